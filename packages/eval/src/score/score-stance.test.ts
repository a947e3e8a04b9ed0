import { describe, expect, test } from 'vitest';
import { parseGold } from '../gold.js';
import { matchPredictions } from '../predictions.js';
import type { JsonlRecord } from '../read-jsonl.js';
import { Warnings } from '../warnings.js';
import { scoreDse } from './score-dse.js';
import { scorePlover } from './score-plover.js';

const quiet = (): Warnings => new Warnings(0, () => {});
const goldOf = (records: object[]) =>
  parseGold(records.map((r) => JSON.stringify(r)).join('\n'), 'gold.jsonl', quiet());
const predsOf = (records: object[], gold: ReturnType<typeof goldOf>) =>
  matchPredictions(
    records.map((obj, i): JsonlRecord => ({ obj: obj as Record<string, unknown>, line: i + 1 })),
    'pred.jsonl',
    gold,
    quiet(),
  );
const at = (text: string, s: string) => {
  const start = text.indexOf(s);
  return { start, end: start + s.length, text: s };
};
const ent = (id: string, text: string, s: string) => ({
  id,
  type: 'Person',
  name: s,
  mentions: [at(text, s)],
});
const stance = (
  source: string,
  target: string,
  polarity: 1 | -1,
  evidence = { start: 0, end: 10 },
) => ({ type: 'STANCE', source, target, polarity, quad: 'verbal_conflict', kind: 'x', evidence });

describe('scoreDse', () => {
  const t = 'Hurd has also denounced Trump today.';
  const record = (id: string, label: number) => ({
    id,
    text: t,
    label,
    entities: [
      { ...at(t, 'Hurd'), role: 'ent1' },
      { ...at(t, 'Trump'), role: 'ent2' },
    ],
  });
  const gold = goldOf([
    record('a', 3),
    record('b', 0),
    record('c', 4),
    record('d', 1),
    record('e', 3),
  ]);
  const both = [ent('p:hurd', t, 'Hurd'), ent('p:trump', t, 'Trump')];
  const pred = predsOf(
    [
      { id: 'a', entities: both, relations: [stance('p:hurd', 'p:trump', -1)] }, // negative_1to2, right
      { id: 'b', entities: both, relations: [stance('p:trump', 'p:hurd', 1)] }, // neutral gold, positive_2to1 predicted
      // conflicting relations: the longer evidence (2→1, −1) decides
      {
        id: 'c',
        entities: both,
        relations: [
          stance('p:hurd', 'p:trump', 1, { start: 0, end: 5 }),
          stance('p:trump', 'p:hurd', -1, { start: 0, end: 30 }),
        ],
      },
      { id: 'd', entities: [ent('p:hurd', t, 'Hurd')], relations: [] }, // ent2 unresolved → neutral
      {
        id: 'e',
        entities: [
          { id: 'p:x', type: 'Person', name: 'x', mentions: [at(t, 'Hurd'), at(t, 'Trump')] },
        ],
        relations: [],
      }, // same entity → neutral
    ],
    gold,
  );
  const { figures } = scoreDse(gold, pred, quiet());
  test('confusion rows are gold, columns predicted', () => {
    expect(figures.confusion[3]).toEqual([1, 0, 0, 1, 0]);
    expect(figures.confusion[0]).toEqual([0, 0, 1, 0, 0]);
    expect(figures.confusion[4]).toEqual([0, 0, 0, 0, 1]);
    expect(figures.confusion[1]).toEqual([1, 0, 0, 0, 0]);
  });
  test('diagnostics count resolution and conflicts', () => {
    expect(figures.diagnostics).toMatchObject({
      sentences: 5,
      both_entities_found: 4,
      same_entity_for_both: 1,
      conflicting_relations: 1,
    });
  });
  test('macro-F1 averages all five classes (an empty class counts 0)', () => {
    // neutral: tp0 fp2 fn1 → 0; pos12: 0; pos21: tp0 fp1 → 0; neg12: tp1 fn1 → 2/3; neg21: tp1 → 1
    expect(figures.per_class.negative_1to2.f1).toBeCloseTo(2 / 3, 4);
    expect(figures.macro_f1).toBeCloseTo((2 / 3 + 1) / 5, 4);
  });
});

describe('scorePlover', () => {
  const t1 = 'Russia attacked Ukraine on Monday.';
  const t2 = 'India and Pakistan agreed to talk.';
  const t3 = 'Nobody did anything.';
  const gold = goldOf([
    {
      id: 'r1',
      text: t1,
      quad: 'material_conflict',
      reciprocal: false,
      source: [at(t1, 'Russia')],
      target: [at(t1, 'Ukraine')],
    },
    {
      id: 'r2',
      text: t2,
      quad: 'verbal_cooperation',
      reciprocal: true,
      source: [at(t2, 'India'), at(t2, 'Pakistan')],
      target: [],
    },
    {
      id: 'r3',
      text: t1,
      quad: 'verbal_cooperation',
      reciprocal: false,
      source: [at(t1, 'Ukraine')],
      target: [at(t1, 'Russia')],
    },
    {
      id: 'r4',
      text: t3,
      quad: 'verbal_conflict',
      reciprocal: false,
      source: [{ text: 'x', start: null, end: null }],
      target: [],
    },
  ]);
  const pred = predsOf(
    [
      {
        id: 'r1',
        entities: [ent('c:rus', t1, 'Russia'), ent('c:ukr', t1, 'Ukraine')],
        relations: [stance('c:rus', 'c:ukr', -1)],
      },
      {
        id: 'r2',
        entities: [ent('c:ind', t2, 'India'), ent('c:pak', t2, 'Pakistan')],
        relations: [stance('c:pak', 'c:ind', 1)],
      },
      // only the reversed direction, with the wrong sign
      {
        id: 'r3',
        entities: [ent('c:rus', t1, 'Russia'), ent('c:ukr', t1, 'Ukraine')],
        relations: [stance('c:rus', 'c:ukr', -1)],
      },
    ],
    gold,
  );
  const { figures } = scorePlover(gold, pred, quiet());
  test('found, reciprocal in any direction, reversed-only and skipped records', () => {
    expect(figures.evaluated_records).toBe(3);
    expect(figures.skipped_no_pair).toBe(1);
    expect(figures.found).toBe(2);
    expect(figures.found_reversed_only).toBe(1);
    expect(figures.polarity_correct).toBe(2);
    expect(figures.by_quad.verbal_cooperation).toMatchObject({ n: 2, found: 1, recall: 0.5 });
    expect(figures.precision_proxy).toBeCloseTo(2 / 3, 4);
  });
});
