import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '@newsgraph/schemas';
import { extract } from './extract.js';
import { createResources } from './resources.js';

// Golden test of the seed page (fixtures/articles/seed-page.txt). The expected file is written by
// `pnpm --filter @newsgraph/extract run update-golden`, never by this test.

interface Golden {
  entities: { id: string; type: string; name: string; mentions: string[] }[];
  roles: { source: string; target: string; title: string }[];
  forbidden: string[];
}

const fixtures = new URL('../../../fixtures/', import.meta.url);
const text = readFileSync(new URL('articles/seed-page.txt', fixtures), 'utf8');
const golden = JSON.parse(readFileSync(new URL('expected/seed-page.entities.json', fixtures), 'utf8')) as Golden;

let x: Extraction;
beforeAll(() => {
  x = extract({ id: 'seed-page', text }, createResources());
});

describe('seed page golden', () => {
  it.each(golden.entities.map((e) => [e.id, e] as const))('%s is found with its aliases', (_id, g) => {
    const e = x.entities.find((p) => p.id === g.id);
    expect(e, `entity ${g.id} missing`).toBeDefined();
    expect(e?.type).toBe(g.type);
    const got = new Set(e?.mentions.map((m) => m.text));
    for (const m of g.mentions) expect(got.has(m), `"${m}" no longer attached to ${g.id}`).toBe(true);
  });

  it('no split and no false merge: each golden surface resolves to its golden id', () => {
    for (const g of golden.entities)
      for (const m of g.mentions) {
        const owners = x.entities.filter((e) => e.mentions.some((p) => p.text === m)).map((e) => e.id);
        expect(owners, `"${m}"`).toContain(g.id);
      }
    const ids = x.entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('roles are kept', () => {
    const roles = x.relations.filter((r) => r.type === 'HAS_ROLE').map((r) => (r.type === 'HAS_ROLE' ? `${r.source}|${r.target}|${r.title}` : ''));
    for (const r of golden.roles) expect(roles).toContain(`${r.source}|${r.target}|${r.title}`);
  });

  it('boilerplate never becomes an entity', () => {
    const surfaces = x.entities.flatMap((e) => [e.name, ...e.mentions.map((m) => m.text)].map((s) => s.toLowerCase()));
    for (const f of golden.forbidden) expect(surfaces).not.toContain(f.toLowerCase());
  });

  it('every mention slices exactly', () => {
    for (const e of x.entities) for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
