#!/usr/bin/env node
// Process wiring only: the worker itself lives in @newsgraph/pipeline and is driven by the CLI,
// so `node workers/extract/dist/main.js` and `newsgraph worker extract` are the same process.
import { main } from '@newsgraph/cli';

process.exitCode = await main(['worker', 'extract']);
