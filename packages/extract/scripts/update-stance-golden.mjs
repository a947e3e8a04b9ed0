#!/usr/bin/env node
// Rewrites fixtures/expected/seed-page.stance.json from the current extractor (build first:
// `pnpm exec tsc -b packages/extract`). Run it only after reading the diff of the edges and
// deciding the change is right: src/relations/seed-stance.test.ts compares the extractor's STANCE
// edges on the seed page with this file, and separately checks the seed's required and forbidden
// edges. Usage: pnpm --filter @newsgraph/extract run update-stance-golden
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract, createResources } from '../dist/index.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const text = readFileSync(`${root}fixtures/articles/seed-page.txt`, 'utf8');
const x = extract({ id: 'seed-page', text }, createResources());
const edges = x.relations
  .filter((r) => r.type === 'STANCE')
  .map((r) => ({
    source: r.source,
    target: r.target,
    polarity: r.polarity,
    quad: r.quad,
    kind: r.kind,
    negated: r.negated,
    modality: r.modality,
    attributedTo: r.attributedTo,
    evidence: text.slice(r.evidence.start, r.evidence.end),
  }));
const golden = {
  about:
    'Golden STANCE edges of fixtures/articles/seed-page.txt, written by packages/extract/scripts/update-stance-golden.mjs. ' +
    'The test requires exactly these edges (order aside), so any change in stance output is seen and reviewed.',
  edges,
};
const out = `${root}fixtures/expected/seed-page.stance.json`;
writeFileSync(out, JSON.stringify(golden, null, 2) + '\n');
console.log(`wrote ${edges.length} edges to ${out}`);
