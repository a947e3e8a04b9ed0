import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction, StanceRelation } from '@newsgraph/schemas';
import { extract } from '../extract.js';
import { createResources } from '../resources.js';

// Stance golden test of the seed page. The expected edges are written by
// `pnpm --filter @newsgraph/extract run update-stance-golden`, never by this test.

interface GoldenEdge {
  source: string;
  target: string;
  polarity: 1 | -1;
  quad: string;
  kind: string;
  negated: boolean;
  modality: string | null;
  attributedTo: string[];
  evidence: string;
}

const fixtures = new URL('../../../../fixtures/', import.meta.url);
const text = readFileSync(new URL('articles/seed-page.txt', fixtures), 'utf8');
const golden = JSON.parse(
  readFileSync(new URL('expected/seed-page.stance.json', fixtures), 'utf8'),
) as { edges: GoldenEdge[] };

/**
 * The seed page's stance requirements: each endpoint lists acceptable entity ids (a leader or
 * their state), as the seed's gold does.
 */
const REQUIRED: { source: string[]; target: string[]; polarity: 1 | -1; why: string }[] = [
  {
    source: ['person:kim-jong-un', 'country:PRK'],
    target: ['person:vladimir-putin', 'country:RUS'],
    polarity: 1,
    why: 'vows full backing',
  },
  {
    source: ['country:PRK', 'person:kim-jong-un'],
    target: ['country:RUS'],
    polarity: 1,
    why: "will 'unconditionally support' Russia",
  },
  {
    source: ['person:kim-jong-un', 'country:PRK'],
    target: ['country:KOR'],
    polarity: -1,
    why: 'severed links with South Korea',
  },
  {
    source: ['country:USA'],
    target: ['country:RUS'],
    polarity: -1,
    why: 'Washington and Seoul allege that Moscow',
  },
  {
    source: ['country:KOR'],
    target: ['country:RUS'],
    polarity: -1,
    why: 'Washington and Seoul allege that Moscow',
  },
  {
    source: ['country:RUS'],
    target: ['country:UKR'],
    polarity: -1,
    why: 'Russia has delivered a major blow to Ukraine',
  },
  {
    source: ['person:yury-ushakov', 'country:RUS'],
    target: ['person:donald-trump', 'country:USA'],
    polarity: 1,
    why: "endorsed Trump's claim",
  },
  {
    source: ['country:IND'],
    target: ['country:PAK'],
    polarity: -1,
    why: 'hit terror infrastructure in Pakistan',
  },
];
const FORBIDDEN: { source: string[]; target: string[]; polarity: 1 | -1 }[] = [
  {
    source: ['person:kim-jong-un', 'country:PRK'],
    target: ['person:vladimir-putin', 'country:RUS'],
    polarity: -1,
  },
];

let stances: StanceRelation[];
beforeAll(() => {
  const x: Extraction = extract({ id: 'seed-page', text }, createResources());
  stances = x.relations.filter((r): r is StanceRelation => r.type === 'STANCE');
});

const has = (e: { source: string[]; target: string[]; polarity: 1 | -1 }): boolean =>
  stances.some(
    (r) => e.source.includes(r.source) && e.target.includes(r.target) && r.polarity === e.polarity,
  );

describe('seed page stance', () => {
  it.each(REQUIRED.map((r) => [r.why, r] as const))('required: %s', (_why, r) => {
    expect(has(r), `${r.source[0]} -> ${r.target[0]} (${r.polarity})`).toBe(true);
  });

  it('forbidden edges are absent', () => {
    for (const f of FORBIDDEN)
      expect(has(f), `${f.source[0]} -> ${f.target[0]} (${f.polarity})`).toBe(false);
  });

  it('the attributed claim is marked as such', () => {
    const helping = stances.find(
      (r) => r.source === 'country:RUS' && r.target === 'country:PRK' && r.polarity === 1,
    );
    expect(helping?.attributedTo.sort()).toEqual(['country:KOR', 'country:USA']);
  });

  it('edges equal the golden file (update it with the script after review)', () => {
    const key = (e: Omit<GoldenEdge, 'evidence'> & { evidence: string }): string =>
      JSON.stringify([
        e.source,
        e.target,
        e.polarity,
        e.quad,
        e.kind,
        e.negated,
        e.modality,
        [...e.attributedTo].sort(),
        e.evidence,
      ]);
    const got = stances
      .map((r) => key({ ...r, evidence: text.slice(r.evidence.start, r.evidence.end) }))
      .sort();
    expect(got).toEqual(golden.edges.map(key).sort());
  });
});
