import { describe, expect, it } from 'vitest';
import type { Extraction } from '@newsgraph/schemas';
import { createResolver, GraphWriteItemSchema, normaliseDate, prepareDocument, betterName } from './prepare-items.js';

const text = 'Alpha praised Beta. Gamma met Alpha.\nTeaser: Beta attacked Gamma.';
const teaser = text.indexOf('Teaser');
const span = (s: string, from = 0): { start: number; end: number; text: string } => {
  const start = text.indexOf(s, from);
  return { start, end: start + s.length, text: s };
};
const base: Extraction = {
  id: 'd1',
  segments: [
    { start: 0, end: teaser, title: 'Main' },
    { start: teaser, end: text.length, source: 'Teaser Times' },
  ],
  entities: [
    { id: 'person:alpha', type: 'Person', name: 'Alpha', mentions: [span('Alpha'), span('Alpha', 10)] },
    { id: 'person:beta', type: 'Person', name: 'Beta', mentions: [span('Beta'), span('Beta', teaser)] },
    { id: 'country:GAM', type: 'Country', name: 'Gamma', mentions: [span('Gamma'), span('Gamma', teaser)], iso3: 'GAM' },
  ],
  relations: [
    { type: 'STANCE', source: 'person:alpha', target: 'person:beta', polarity: 1, quad: 'verbal_cooperation', kind: 'praise', intensity: 3, evidence: { start: 0, end: 19 }, negated: false, modality: null, attributedTo: [] },
    { type: 'STANCE', source: 'person:beta', target: 'country:GAM', polarity: -1, quad: 'material_conflict', kind: 'attack', intensity: 8, evidence: { start: teaser + 8, end: text.length }, negated: false, modality: null, attributedTo: [] },
    { type: 'CO_MENTION', source: 'person:alpha', target: 'country:GAM', scope: 'sentence' },
    { type: 'CO_MENTION', source: 'person:beta', target: 'person:alpha', scope: 'sentence', count: 2, segment: 0 },
    { type: 'HAS_ROLE', source: 'person:alpha', target: 'country:GAM', title: 'President' },
    { type: 'STANCE', source: 'person:ghost', target: 'person:beta', polarity: 1, quad: 'verbal_cooperation', kind: 'praise', intensity: 3, evidence: { start: 0, end: 5 }, negated: false, modality: null, attributedTo: [] },
  ],
};
const item = (extraction: Extraction = base) =>
  GraphWriteItemSchema.parse({ document: { id: 'd1', text, source: 'Wire', publishedAt: '2025-06-07' }, contentHash: 'h1', extraction, extractorVersion: 'v1' });
const identity = createResolver(new Map());

describe('prepareDocument', () => {
  const doc = prepareDocument(item(), identity);

  it('makes one article per segment, ids <doc>#<n>, outlet from the segment', () => {
    expect(doc.articles.map((a) => [a.id, a.title, a.source])).toEqual([
      ['d1#0', 'Main', 'Wire'],
      ['d1#1', null, 'Teaser Times'],
    ]);
  });

  it('keeps the bare document id for a one-segment document', () => {
    const one = prepareDocument(item({ ...base, segments: [{ start: 0, end: text.length }] }), identity);
    expect(one.articles.map((a) => a.id)).toEqual(['d1']);
  });

  it('assigns mentions to the segment whose span holds them', () => {
    const counts = doc.mentions.map((m) => `${m.articleId} ${m.entityId} ${m.count}`);
    expect(counts).toEqual(['d1#0 country:GAM 1', 'd1#0 person:alpha 2', 'd1#0 person:beta 1', 'd1#1 country:GAM 1', 'd1#1 person:beta 1']);
  });

  it('places claims by evidence offset and takes the sentence from the text', () => {
    expect(doc.claims.map((c) => [c.id, c.sourceId, c.targetId, c.sentence])).toEqual([
      ['d1#0/claim/0', 'person:alpha', 'person:beta', 'Alpha praised Beta.'],
      ['d1#1/claim/0', 'person:beta', 'country:GAM', 'Beta attacked Gamma.'],
    ]);
  });

  it('stores co-mentions on the lower id and roles on the person', () => {
    const gam = doc.mentions.find((m) => m.articleId === 'd1#0' && m.entityId === 'country:GAM')!;
    expect([gam.coIds, gam.coSentences]).toEqual([['person:alpha'], [1]]);
    const alpha = doc.mentions.find((m) => m.articleId === 'd1#0' && m.entityId === 'person:alpha')!;
    expect([alpha.coIds, alpha.coSentences, alpha.roles]).toEqual([['person:beta'], [2], ['President@country:GAM']]);
  });

  it('drops a relation with an unknown endpoint and says which', () => {
    expect(doc.claims).toHaveLength(2);
    expect(doc.warnings.join('\n')).toMatch(/unknown person:ghost \(document d1, relation 5 STANCE\)/);
  });

  it('gives the same write hash for the same input and another for another', () => {
    expect(prepareDocument(item(), identity).writeHash).toBe(doc.writeHash);
    const changed = { ...base, relations: base.relations.slice(1) };
    expect(prepareDocument(item(changed), identity).writeHash).not.toBe(doc.writeHash);
  });

  it('maps merged ids to the kept entity and drops what becomes a self-relation', () => {
    const merged = prepareDocument(item(), createResolver(new Map([['person:beta', 'person:alpha']])));
    expect(merged.entities.map((e) => e.id)).toEqual(['country:GAM', 'person:alpha']);
    expect(merged.claims.map((c) => `${c.sourceId}>${c.targetId}`)).toEqual(['person:alpha>country:GAM']);
    expect(merged.extractedIds).toContain('person:beta');
  });
});

describe('helpers', () => {
  it.each([
    ['2025-06-07', '2025-06-07T00:00:00.000Z'],
    ['2025-06-07T10:00:00+02:00', '2025-06-07T08:00:00.000Z'],
    ['not a date', null],
    [undefined, null],
  ])('normaliseDate(%s)', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it('betterName prefers the longer name, then the smaller string, in any order', () => {
    expect(betterName('Kim', 'Kim Jong Un')).toBe('Kim Jong Un');
    expect(betterName('Kim Jong Un', 'Kim')).toBe('Kim Jong Un');
    expect(betterName('Kim Jong-un', 'Kim Jong Un')).toBe(betterName('Kim Jong Un', 'Kim Jong-un'));
  });

  it('createResolver follows chains and stops on a cycle', () => {
    const r = createResolver(new Map([['a', 'b'], ['b', 'c'], ['x', 'y'], ['y', 'x']]));
    expect([r('a'), r('b'), r('c'), r('x')]).toEqual(['c', 'c', 'c', 'y']);
  });
});
