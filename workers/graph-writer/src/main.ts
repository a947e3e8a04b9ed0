#!/usr/bin/env node
// Process wiring only: the worker itself lives in @newsgraph/pipeline and is driven by the CLI,
// so `node workers/graph-writer/dist/main.js` and `newsgraph worker graph` are the same process.
import { main } from '@newsgraph/cli';

process.exitCode = await main(['worker', 'graph']);
