import type { Entity, Extraction, InputDocument, Mention, Relation } from '@newsgraph/schemas';
import type { ExtractResources } from './resources.js';
import type { AnalyzedDocument, ResolvedMention } from './types.js';
import { segmentDocument } from './segment/index.js';
import { extractRelations } from './relations/index.js';
import { tokenizeDocument } from './tokenize/tokenize-document.js';
import { buildMentionContext, findMentions } from './mentions/find-mentions.js';
import { settleMentions } from './mentions/settle-mentions.js';
import { resolveEntities } from './resolve/resolve-entities.js';
import { findRoles } from './roles/find-roles.js';
import { detectLanguage } from './language/detect-language.js';
import { compareText } from './text-order.js';
import { singleSpaced } from './single-spaced.js';

/** Bumped whenever output for the same input may change; stored on every Article. */
export const EXTRACTOR_VERSION = '0.5.0';

/**
 * Runs the entity layer: tokens and sentences (wink-nlp), mentions, within-article resolution,
 * linking and roles. The relation layer and the orchestrator build on the result.
 */
export function analyzeDocument(
  document: InputDocument,
  resources: ExtractResources,
): { analyzed: AnalyzedDocument; roles: Relation[]; language: string; warnings: string[] } {
  const text = document.text;
  const warnings: string[] = [];
  const seg = segmentDocument({ text, title: document.title, source: document.source, publishedAt: document.publishedAt });
  const segments = seg.segments.length > 0 ? seg.segments : [{ start: 0, end: text.length }];
  const lang = detectLanguage(text);
  const empty: AnalyzedDocument = { text, segments, sentences: [], mentions: [], entities: new Map() };
  if (lang.notEnglish) {
    warnings.push(
      `extract: expected English text, got language '${lang.language}' (document ${document.id}). No entities were tagged; translate the text first.`,
    );
    return { analyzed: empty, roles: [], language: lang.language, warnings };
  }
  const { sentences } = tokenizeDocument(resources.nlp, text, segments, seg.dropped);
  if (sentences.length === 0) return { analyzed: { ...empty, sentences }, roles: [], language: lang.language, warnings };
  const ctx = buildMentionContext(resources, text, sentences);
  const candidates = settleMentions(ctx, findMentions(ctx));
  const resolution = resolveEntities(resources, sentences, candidates);
  const { roles, descriptions } = findRoles(resources, text, sentences, candidates, resolution);

  const mentions: ResolvedMention[] = [];
  for (const m of candidates) {
    const entityId = resolution.entityOf.get(m);
    const entity = entityId ? resolution.entities.get(entityId) : undefined;
    if (!entityId || !entity) continue;
    mentions.push({
      start: m.start,
      end: m.end,
      text: m.text,
      entityId,
      type: entity.type,
      sentence: m.sentence,
      segment: sentences[m.sentence]?.segment ?? 0,
      via: m.via,
      confidence: m.confidence,
    });
  }
  for (const d of descriptions) {
    const entity = resolution.entities.get(d.entityId);
    if (!entity) continue;
    mentions.push({
      start: d.start,
      end: d.end,
      text: d.text,
      entityId: d.entityId,
      type: entity.type,
      sentence: d.sentence,
      segment: sentences[d.sentence]?.segment ?? 0,
      via: 'description',
      confidence: 0.6,
    });
  }
  mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  const entities: AnalyzedDocument['entities'] = new Map();
  for (const e of [...resolution.entities.values()].sort((a, b) => compareText(a.id, b.id))) {
    const info: { type: typeof e.type; name: string; iso3?: string } = { type: e.type, name: e.name };
    if (e.iso3) info.iso3 = e.iso3;
    entities.set(e.id, info);
  }
  return { analyzed: { text, segments, sentences, mentions, entities }, roles, language: lang.language, warnings };
}

/**
 * Pure: document in, extraction out. No I/O, env, clock or randomness. Every mention satisfies
 * `text.slice(start, end) === mention.text`; descriptions ("the North Korean leader") are handed
 * to the relation layer but not listed as mentions, since they are not names.
 */
export function extract(document: InputDocument, resources: ExtractResources): Extraction {
  const { analyzed, roles, language, warnings } = analyzeDocument(document, resources);
  const relations: Relation[] = [...roles, ...extractRelations(analyzed)];
  const byId = new Map<string, Entity>();
  for (const m of analyzed.mentions) {
    if (m.via === 'description') continue;
    const info = analyzed.entities.get(m.entityId);
    if (!info) continue;
    let e = byId.get(m.entityId);
    if (!e) {
      e = { id: m.entityId, type: info.type, name: info.name, mentions: [] };
      if (info.iso3) e.iso3 = info.iso3;
      byId.set(m.entityId, e);
    }
    const mention: Mention = { start: m.start, end: m.end, text: m.text, confidence: Math.round(m.confidence * 100) / 100 };
    e.mentions.push(mention);
  }
  const entities = [...byId.values()].sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || compareText(a.id, b.id));
  for (const e of entities) {
    // distinct single-spaced forms other than the name, without an array per step (most entities have none)
    let forms: Set<string> | undefined;
    for (const m of e.mentions) {
      const form = singleSpaced(m.text);
      if (form !== e.name) (forms ??= new Set()).add(form);
    }
    if (forms) e.aliases = [...forms].sort();
  }
  const out: Extraction = {
    id: document.id,
    segments: analyzed.segments,
    entities,
    relations,
    language,
    extractorVersion: EXTRACTOR_VERSION,
  };
  if (warnings.length > 0) out.warnings = warnings;
  return out;
}
