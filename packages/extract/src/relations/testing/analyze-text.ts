import type { EntityType } from '@newsgraph/schemas';
import winkNLP, { type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { AnalyzedDocument, ResolvedMention, Sentence, Token } from '../../types.js';

/** An entity to mark in a test text: every occurrence of each surface form becomes a mention. */
export interface MarkedEntity {
  id: string;
  type?: EntityType;
  /** Surface forms to search for (case-sensitive, whole words). */
  names: string[];
  via?: ResolvedMention['via'];
}

let nlp: ReturnType<typeof winkNLP> | undefined;

/** Tokens and sentences with wink-nlp, as the segment stage does. One segment. */
export function tokenizeForRelations(text: string): Sentence[] {
  nlp ??= winkNLP(model);
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const sentences: Sentence[] = [];
  let cursor = 0;
  doc.sentences().each((s, index) => {
    const tokens: Token[] = [];
    s.tokens().each((t: ItemToken) => {
      // wink's typings do not cover every its.* helper; its output is a string either way.
      const out = t.out.bind(t) as (f?: unknown) => unknown;
      const value = String(out());
      const at = text.indexOf(value, cursor);
      // wink normalises some characters; keep spans honest by skipping what we cannot place.
      if (at < 0) return;
      cursor = at + value.length;
      tokens.push({
        text: value,
        start: at,
        end: at + value.length,
        normal: value.toLowerCase().replace(/’/g, "'"),
        // wink's its.* helpers are designed to be passed unbound.
        // eslint-disable-next-line @typescript-eslint/unbound-method
        pos: String(out(its.pos)),
        // eslint-disable-next-line @typescript-eslint/unbound-method
        lemma: String(out(its.lemma)).toLowerCase(),
      });
    });
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) return;
    sentences.push({ index, segment: 0, start: first.start, end: last.end, tokens });
  });
  return sentences.map((s, i) => ({ ...s, index: i }));
}

/**
 * A hand-built AnalyzedDocument for relation tests and oracle evaluation: wink tokens plus
 * mentions found by string search (or given as spans), so the relation layer can be tested
 * without the entity layer.
 */
export function analyzeForRelations(
  text: string,
  marked: MarkedEntity[],
  spans: { entityId: string; start: number; end: number; type?: EntityType }[] = [],
): AnalyzedDocument {
  const sentences = tokenizeForRelations(text);
  const mentions: ResolvedMention[] = [];
  const entities: AnalyzedDocument['entities'] = new Map();
  const sentenceOf = (start: number): number => {
    const s =
      sentences.find((x) => start >= x.start && start < x.end) ??
      sentences.find((x) => start < x.end);
    return s?.index ?? 0;
  };
  const taken: { start: number; end: number }[] = [];
  const add = (
    entityId: string,
    type: EntityType,
    start: number,
    end: number,
    via: ResolvedMention['via'],
  ): void => {
    if (taken.some((t) => t.start < end && start < t.end)) return;
    taken.push({ start, end });
    mentions.push({
      entityId,
      type,
      start,
      end,
      text: text.slice(start, end),
      sentence: sentenceOf(start),
      segment: 0,
      via,
      confidence: 1,
    });
    if (!entities.has(entityId)) entities.set(entityId, { type, name: text.slice(start, end) });
  };
  for (const s of spans) add(s.entityId, s.type ?? 'Person', s.start, s.end, 'name');
  // Longest surface forms first, so "South Korea" wins over "Korea".
  const forms = marked
    .flatMap((e) => e.names.map((name) => ({ e, name })))
    .sort((a, b) => b.name.length - a.name.length);
  for (const { e, name } of forms) {
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'gu',
    );
    for (const m of text.matchAll(re))
      add(
        e.id,
        e.type ?? (e.id.startsWith('country:') ? 'Country' : 'Person'),
        m.index,
        m.index + name.length,
        e.via ?? 'name',
      );
  }
  mentions.sort((a, b) => a.start - b.start);
  for (const e of marked)
    if (!entities.has(e.id))
      entities.set(e.id, { type: e.type ?? 'Person', name: e.names[0] ?? e.id });
  return { text, segments: [{ start: 0, end: text.length }], sentences, mentions, entities };
}
