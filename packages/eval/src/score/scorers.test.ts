import { describe, expect, test } from 'vitest';
import { countryTableFromJson, normAlias } from '../country-table.js';
import { countryTableFromWorldCountries } from '../world-country-table.js';
import { parseGold } from '../gold.js';
import { pickRelation } from '../metrics.js';
import { matchPredictions } from '../predictions.js';
import type { JsonlRecord } from '../read-jsonl.js';
import { Warnings } from '../warnings.js';
import { scoreLink } from './score-link.js';
import { scoreNer } from './score-ner.js';
import { scoreSeed } from './score-seed.js';

const quiet = (): Warnings => new Warnings(0, () => {});
const countries = countryTableFromJson(
  {
    aliases: {
      france: 'FRA',
      germany: 'DEU',
      us: 'USA',
      'united states': 'USA',
      kosovo: 'XKX',
      japan: 'JPN',
    },
    code_equivalents: { UNK: 'XKX' },
    countries: { FRA: { name: 'France' } },
  },
  'test table',
);
const goldOf = (records: object[]) =>
  parseGold(records.map((r) => JSON.stringify(r)).join('\n'), 'gold.jsonl', quiet());
const predsOf = (records: object[], gold: ReturnType<typeof goldOf>, w = quiet()) =>
  matchPredictions(
    records.map((obj, i): JsonlRecord => ({ obj: obj as Record<string, unknown>, line: i + 1 })),
    'pred.jsonl',
    gold,
    w,
  );
const span = (text: string, s: string, from = 0) => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};

describe('normAlias', () => {
  test.each([
    ['U. S.', 'us'],
    ['U.S.A.', 'usa'],
    ['the Netherlands', 'netherlands'],
    ['St. Lucia', 'saint lucia'],
    ['Côte d’Ivoire', "cote d'ivoire"],
    ['Bosnia-Herzegovina', 'bosnia herzegovina'],
    ['Trinidad & Tobago', 'trinidad and tobago'],
    ['S. Korea', 's korea'],
  ])('%s → %s', (raw, want) => expect(normAlias(raw)).toBe(want));
});

describe('countryTableFromWorldCountries (for data folders without countries.json)', () => {
  const t = countryTableFromWorldCountries();
  test.each([
    ['U.S.', 'USA'],
    ['Britain', 'GBR'],
    ['Turkey', 'TUR'],
    ['Türkiye', 'TUR'],
    ['Holland', 'NLD'],
    ['Kosovo', 'XKX'],
    ['the Netherlands', 'NLD'],
    ['Ivory Coast', 'CIV'],
    ['Zaire', 'COD'],
    ['England', null],
    ['Soviet Union', null],
    ['Korea', null],
    ['Thai', null],
    ['London', null],
  ])('%s → %s', (name, code) => expect(t.codeOf(name)).toBe(code));
  test('entity ids: case-insensitive, UNK read as XKX', () => {
    expect(t.codeOfId('country:unk')).toBe('XKX');
    expect(t.codeOfId('person:kim')).toBeNull();
  });
});

describe('scoreNer', () => {
  const text = 'Jacques Chirac of France met Bank of Japan officials and French farmers in London.';
  const gold = goldOf([
    {
      id: 'd1',
      text,
      entities: [
        { ...span(text, 'Jacques Chirac'), type: 'PER' },
        { ...span(text, 'France'), type: 'LOC' },
        { ...span(text, 'Bank of Japan'), type: 'ORG' },
        { ...span(text, 'French'), type: 'MISC' },
        { ...span(text, 'London'), type: 'LOC' },
      ],
    },
    {
      id: 'd2',
      text: 'Germany won.',
      entities: [{ start: 0, end: 7, type: 'LOC', text: 'Germany' }],
    },
  ]);

  test('strict spans, Country against country LOC only, MISC/non-country LOC overlaps ignored', () => {
    const pred = predsOf(
      [
        {
          id: 'd1',
          entities: [
            { id: 'person:chirac', type: 'Person', mentions: [span(text, 'Chirac')] }, // boundary error: FP (partial)
            {
              id: 'country:FRA',
              type: 'Country',
              mentions: [span(text, 'France'), span(text, 'French')],
            }, // TP + ignored
            { id: 'country:JPN', type: 'Country', mentions: [span(text, 'Japan')] }, // inside an ORG span: FP
            {
              id: 'org:boj',
              type: 'Organization',
              mentions: [span(text, 'Bank of Japan'), span(text, 'Bank of Japan')],
            }, // TP once
            { id: 'x', type: 'Location', mentions: [span(text, 'London')] }, // other type: not scored
          ],
        },
      ],
      gold,
    );
    const { figures } = scoreNer(gold, pred, countries);
    expect(figures.per_type.Person).toMatchObject({ tp: 0, fp: 1, fn: 1, fp_partial_overlap: 1 });
    expect(figures.per_type.Organization).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    // d2's Germany has no prediction line: an FN, and the line is counted missing
    expect(figures.per_type.Country).toMatchObject({
      tp: 1,
      fp: 1,
      fn: 1,
      ignored: 1,
      precision: 0.5,
      recall: 0.5,
    });
    expect(figures.micro).toMatchObject({ tp: 2, fp: 2, fn: 2, f1: 0.5 });
    expect(figures.gold_counts).toMatchObject({
      PER: 1,
      ORG: 1,
      LOC: 3,
      'LOC-country': 2,
      MISC: 1,
    });
    expect(figures.pred_counts).toMatchObject({
      Person: 1,
      Organization: 1,
      Country: 3,
      other_types: 1,
      duplicate_spans: 1,
    });
    expect(pred.stats.missing).toBe(1);
    // error patterns (an extra over the reference scorer): what kind of miss, on which text
    const patterns = Object.fromEntries(figures.error_patterns.map((p) => [p.pattern, p.examples]));
    expect(patterns).toMatchObject({
      'Person FP boundary': [['Chirac (gold "Jacques Chirac")', 1]],
      'Person FN boundary': [['Jacques Chirac', 1]],
      'Country FP over gold ORG': [['Japan (gold "Bank of Japan")', 1]],
      'Country FN missed': [['Germany', 1]],
    });
  });
});

describe('scoreLink', () => {
  const text = 'French and German troops entered Kosovo , U.S. officials said of the JAPAN team .';
  const gold = goldOf([
    {
      id: 'a1',
      text,
      entities: [
        { ...span(text, 'French'), type: 'MISC', kb_name: 'France' },
        { ...span(text, 'German'), type: 'MISC', kb_name: 'Germany' },
        { ...span(text, 'Kosovo'), type: 'LOC', kb_name: 'Kosovo' },
        { ...span(text, 'U.S.'), type: 'LOC', kb_name: 'United States' },
        { ...span(text, 'JAPAN'), type: 'ORG', kb_name: 'Japan national football team' },
        { ...span(text, 'officials'), type: 'MISC', nil: true, kb_name: null },
      ],
    },
  ]);
  test('right, wrong, other entity, missed; code equivalents; teams overlapped by country ids', () => {
    const pred = predsOf(
      [
        {
          id: 'a1',
          entities: [
            { id: 'country:FRA', type: 'Country', mentions: [span(text, 'French')] },
            { id: 'country:AUT', type: 'Country', mentions: [span(text, 'German')] },
            { id: 'country:UNK', type: 'Country', mentions: [span(text, 'Kosovo')] },
            {
              id: 'org:us-officials',
              type: 'Organization',
              mentions: [span(text, 'U.S. officials')],
            },
            { id: 'country:JPN', type: 'Country', mentions: [span(text, 'JAPAN')] },
          ],
        },
      ],
      gold,
    );
    const { figures } = scoreLink(gold, pred, countries);
    expect(figures).toMatchObject({
      gold_country_mentions: 4,
      correct: 2,
      wrong_country: 1,
      non_country_entity: 1,
      missed: 0,
      accuracy: 0.5,
      gold_non_country_links: 1,
      gold_non_country_overlapped_by_country_id: 1,
      wrong_pairs: { 'DEU->AUT': 1 },
    });
    expect(figures.by_gold_type.MISC).toMatchObject({ n: 2, correct: 1, wrong_country: 1 });
    expect(figures.error_patterns.map((p) => [p.pattern, p.examples])).toEqual([
      ['LOC other entity', [['U.S. (USA)', 1]]],
      ['MISC wrong country', [['German (DEU)', 1]]],
    ]);
  });
});

describe('matchPredictions', () => {
  const gold = goldOf([{ id: 'g1', text: 'Obama met Putin.' }]);
  test('bad lines are reported and skipped, offsets checked, only valid STANCE kept', () => {
    const seen: string[] = [];
    const w = new Warnings(100, (l) => seen.push(l));
    const pred = predsOf(
      [
        {
          id: 'g1',
          entities: [
            {
              id: 'p:obama',
              type: 'Person',
              mentions: [
                { start: 0, end: 5, text: 'Obama' },
                { start: 10, end: 99, text: 'x' },
              ],
            },
            { id: 'p:putin', type: 'Person', mentions: [{ start: 10, end: 15, text: 'Putln' }] },
            { id: 'p:obama', type: 'Person', mentions: [{ start: 0, end: 5 }] },
          ],
          relations: [
            {
              type: 'STANCE',
              source: 'p:obama',
              target: 'p:putin',
              polarity: -1,
              evidence: { start: 0, end: 16 },
            },
            { type: 'STANCE', source: 'p:obama', target: 'p:nobody', polarity: 1 },
            { type: 'STANCE', source: 'p:obama', target: 'p:putin', polarity: 0 },
            {
              type: 'STANCE',
              source: 'p:putin',
              target: 'p:obama',
              polarity: 1,
              evidence: { start: 5, end: 999 },
            },
            { type: 'CO_MENTION', source: 'p:obama', target: 'p:putin' },
          ],
        },
        { id: 'g1', entities: [] },
        { id: 'nope' },
      ],
      gold,
      w,
    );
    expect(pred.stats).toMatchObject({
      duplicate_ids: 1,
      unknown_ids: 1,
      bad_mentions: 1,
      offset_text_mismatch: 1,
      bad_relations: 2,
      missing: 0,
    });
    const p = pred.byId.get('g1')!;
    expect(p.entities.get('p:obama')!.mentions).toHaveLength(2);
    expect(p.entities.get('p:putin')!.mentions[0]!.text).toBe('Putin');
    expect(p.relations.map((r) => [r.source, r.polarity, r.evidence])).toEqual([
      ['p:obama', -1, { start: 0, end: 16 }],
      ['p:putin', 1, null],
    ]);
    expect(seen.some((l) => l.includes('pred.jsonl:3') && l.includes('not in gold'))).toBe(true);
  });

  test('pickRelation: longest evidence, then earliest, then first listed; no evidence loses', () => {
    const r = (idx: number, evidence: { start: number; end: number } | null) => ({
      source: 'a',
      target: 'b',
      polarity: 1 as const,
      kind: null,
      evidence,
      idx,
    });
    expect(
      pickRelation([r(0, null), r(1, { start: 5, end: 10 }), r(2, { start: 0, end: 5 })])!.idx,
    ).toBe(2);
    expect(pickRelation([r(0, { start: 5, end: 20 }), r(1, { start: 0, end: 10 })])!.idx).toBe(0);
    expect(pickRelation([r(0, null), r(1, null)])!.idx).toBe(0);
  });
});

describe('scoreSeed', () => {
  const text = 'Kim Jong Un backs Putin. Kim met Lee. Read More';
  const gold = {
    articles: [
      {
        title: 'Kim backs Putin',
        source: 'Wire',
        roles: [
          { person: 'Kim Jong Un', role: 'leader', of: 'country:PRK' },
          { person: 'Kim Jong Un', role: 'ally', of: 'Putin' },
        ],
        entities: {
          required: [
            { type: 'Person', name: 'Kim Jong Un', aliases: ['Kim'] },
            { type: 'Country', id: 'country:RUS', aliases: ['Russia'] },
          ],
          optional: [{ type: 'Person', name: 'Lee' }],
        },
        stance: {
          required: [
            {
              source: ['Kim Jong Un', 'country:PRK'],
              target: ['Putin'],
              polarity: 1,
              evidence: 'backs',
            },
          ],
          optional: [],
          forbidden: [{ source: ['Kim Jong Un'], target: ['Putin'], polarity: -1 }],
        },
      },
    ],
    forbidden_entities: ['Read More'],
    merges: { must_merge: [['Kim Jong Un', 'Kim']], must_not_merge: [['Kim Jong Un', 'Lee']] },
  };
  test('entities, aliases, stance, forbidden names, splits and segments', () => {
    const pred = {
      segments: [{ start: 0, end: 37, title: 'Kim backs Putin', source: 'wire' }],
      entities: [
        {
          id: 'person:kim-jong-un',
          type: 'Person',
          name: 'Kim Jong Un',
          mentions: [span(text, 'Kim Jong Un')],
        },
        { id: 'person:kim', type: 'Person', name: 'Kim', mentions: [span(text, 'Kim', 5)] },
        { id: 'person:putin', type: 'Person', name: 'Putin', mentions: [span(text, 'Putin')] },
        {
          id: 'org:read-more',
          type: 'Organization',
          name: 'Read More',
          mentions: [span(text, 'Read More')],
        },
      ],
      relations: [
        { type: 'STANCE', source: 'person:kim-jong-un', target: 'person:putin', polarity: 1 },
        { type: 'HAS_ROLE', source: 'person:kim-jong-un', target: 'person:putin', title: 'Ally' },
      ],
    };
    const { figures } = scoreSeed(gold, 'gold.json', text, [pred]);
    expect(figures).toMatchObject({
      entitiesRequired: '1/2',
      entitiesOptional: '0/1',
      stanceRequired: '1/1',
      forbiddenEntities: 1,
      segmentsFound: '1/1',
      rolesFound: '1/2',
      offsetErrors: 0,
    });
    expect(figures.missList).toEqual([
      'alias not attached: "Kim" -> Kim Jong Un (Wire)',
      'entity missing: Country country:RUS (Wire)',
      'alias not attached: "Russia" -> country:RUS (Wire)',
      'forbidden entity: Organization "Read More"',
      'split aliases: Kim Jong Un / Kim -> person:kim-jong-un, person:kim',
      'role missing: Kim Jong Un leader of country:PRK (Wire)',
    ]);
    // the count the team's seed check reports leaves segments and roles out
    expect(figures.misses).toBe(5);
  });

  test('a malformed gold file is a clear error', () => {
    expect(() => scoreSeed({ nope: 1 }, 'gold.json', text, [])).toThrow(
      /seed gold: expected \{articles/,
    );
  });
});
