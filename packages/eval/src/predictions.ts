import type { GoldSet } from './gold.js';
import type { Span } from './metrics.js';
import type { JsonlRecord } from './read-jsonl.js';
import type { Warnings } from './warnings.js';

/** A predicted mention with offsets checked against the gold text. */
export interface PredictedMention extends Span {
  text: string;
}
export interface PredictedEntity {
  id: string;
  type: string | null;
  name: string;
  mentions: PredictedMention[];
}
export interface PredictedStance {
  source: string;
  target: string;
  polarity: 1 | -1;
  kind: string | null;
  evidence: Span | null;
  /** Position in the record's relations array (the last tie-break). */
  idx: number;
}
/** One record's prediction after validation (the shape every scorer works on). */
export interface NormalisedPrediction {
  entities: Map<string, PredictedEntity>;
  relations: PredictedStance[];
  missing?: boolean;
}
/** Counts of what was wrong with the prediction lines, reported with the figures. */
export interface PredictionStats {
  lines: number;
  unknown_ids: number;
  duplicate_ids: number;
  missing: number;
  offset_text_mismatch: number;
  bad_mentions: number;
  bad_relations: number;
}
export interface PredictionSet {
  byId: Map<string, NormalisedPrediction>;
  stats: PredictionStats;
}

const isInt = (x: unknown): x is number => Number.isInteger(x);
const isObj = (x: unknown): x is Record<string, unknown> =>
  !!x && typeof x === 'object' && !Array.isArray(x);

/**
 * Validates one prediction line against its gold text, with the reference scorer's rules:
 * mentions with invalid offsets are dropped, a mention whose text disagrees with the slice is
 * reported but scored by offsets, repeated entity ids merge their mentions, and only STANCE
 * relations between the record's entities with polarity ±1 are kept (invalid evidence is ignored).
 */
export function normalisePrediction(
  obj: Record<string, unknown>,
  text: string,
  where: string,
  stats: PredictionStats,
  warnings: Warnings,
): NormalisedPrediction {
  const entities = new Map<string, PredictedEntity>();
  const ents = obj.entities ?? [];
  if (!Array.isArray(ents))
    warnings.warn('pred_bad_entities', `${where}: "entities" is not an array`);
  (Array.isArray(ents) ? (ents as unknown[]) : []).forEach((e, i) => {
    if (!isObj(e)) {
      warnings.warn('pred_bad_entity', `${where}: entities[${i}] is not an object`);
      return;
    }
    let eid = e.id;
    if (typeof eid !== 'string' || !eid) {
      eid = `_entity${i}`;
      warnings.warn('pred_entity_without_id', `${where}: entities[${i}] has no string id`);
    }
    const id = eid as string;
    let ent = entities.get(id);
    if (ent)
      warnings.warn(
        'pred_duplicate_entity_id',
        `${where}: entity id ${id} repeated (mentions merged)`,
      );
    else {
      ent = {
        id,
        type: typeof e.type === 'string' ? e.type : null,
        name: typeof e.name === 'string' ? e.name : '',
        mentions: [],
      };
      entities.set(id, ent);
    }
    const ms = e.mentions ?? [];
    if (!Array.isArray(ms)) {
      warnings.warn('pred_bad_mentions', `${where}: entity ${id} "mentions" is not an array`);
      return;
    }
    for (const m of ms as unknown[]) {
      if (
        !isObj(m) ||
        !isInt(m.start) ||
        !isInt(m.end) ||
        m.start < 0 ||
        m.end <= m.start ||
        m.end > text.length
      ) {
        stats.bad_mentions++;
        warnings.warn(
          'pred_bad_mention',
          `${where}: entity ${id} mention with invalid offsets ${JSON.stringify(m)?.slice(0, 120)}`,
        );
        continue;
      }
      if (typeof m.text === 'string' && text.slice(m.start, m.end) !== m.text) {
        stats.offset_text_mismatch++;
        warnings.warn(
          'pred_offset_text_mismatch',
          `${where}: entity ${id} mention [${m.start},${m.end}) text ${JSON.stringify(m.text)} but input has ${JSON.stringify(text.slice(m.start, m.end))}`,
        );
      }
      ent.mentions.push({ start: m.start, end: m.end, text: text.slice(m.start, m.end) });
    }
  });
  const relations: PredictedStance[] = [];
  const rels = obj.relations ?? [];
  if (!Array.isArray(rels))
    warnings.warn('pred_bad_relations', `${where}: "relations" is not an array`);
  (Array.isArray(rels) ? (rels as unknown[]) : []).forEach((r, i) => {
    if (!isObj(r)) {
      stats.bad_relations++;
      warnings.warn('pred_bad_relation', `${where}: relations[${i}] is not an object`);
      return;
    }
    if (r.type !== 'STANCE') return; // CO_MENTION and the rest are not scored
    const source = typeof r.source === 'string' ? r.source : '';
    const target = typeof r.target === 'string' ? r.target : '';
    if (!entities.has(source) || !entities.has(target)) {
      stats.bad_relations++;
      warnings.warn(
        'pred_bad_relation',
        `${where}: STANCE relations[${i}] source/target ${String(r.source)} -> ${String(r.target)} not among the record's entities`,
      );
      return;
    }
    if (r.polarity !== 1 && r.polarity !== -1) {
      stats.bad_relations++;
      warnings.warn(
        'pred_bad_relation',
        `${where}: STANCE relations[${i}] polarity ${JSON.stringify(r.polarity)} is not 1 or -1`,
      );
      return;
    }
    let evidence: Span | null = null;
    if (r.evidence != null) {
      const e = r.evidence;
      if (
        isObj(e) &&
        isInt(e.start) &&
        isInt(e.end) &&
        e.start >= 0 &&
        e.end >= e.start &&
        e.end <= text.length
      )
        evidence = { start: e.start, end: e.end };
      else
        warnings.warn(
          'pred_bad_evidence',
          `${where}: STANCE relations[${i}] evidence ${JSON.stringify(e)} invalid (ignored)`,
        );
    }
    relations.push({
      source,
      target,
      polarity: r.polarity,
      kind: typeof r.kind === 'string' ? r.kind : null,
      evidence,
      idx: i,
    });
  });
  return { entities, relations };
}

/**
 * Matches prediction records to gold by id: unknown and repeated ids are reported (first kept),
 * and a gold id without a prediction is scored as an empty prediction.
 */
export function matchPredictions(
  records: JsonlRecord[],
  file: string,
  gold: GoldSet,
  warnings: Warnings,
): PredictionSet {
  const byId = new Map<string, NormalisedPrediction>();
  const stats: PredictionStats = {
    lines: records.length,
    unknown_ids: 0,
    duplicate_ids: 0,
    missing: 0,
    offset_text_mismatch: 0,
    bad_mentions: 0,
    bad_relations: 0,
  };
  for (const { obj, line } of records) {
    if (typeof obj.id !== 'string' && typeof obj.id !== 'number') {
      warnings.warn('pred_missing_id', `${file}:${line}: record without id`);
      continue;
    }
    const id = String(obj.id);
    const g = gold.byId.get(id);
    if (!g) {
      stats.unknown_ids++;
      warnings.warn('pred_unknown_id', `${file}:${line}: id ${id} not in gold`);
      continue;
    }
    if (byId.has(id)) {
      stats.duplicate_ids++;
      warnings.warn('pred_duplicate_id', `${file}:${line}: duplicate id ${id} (first kept)`);
      continue;
    }
    byId.set(id, normalisePrediction(obj, g.text, `${file}:${line}`, stats, warnings));
  }
  for (const id of gold.order) {
    if (!byId.has(id)) {
      stats.missing++;
      byId.set(id, { entities: new Map(), relations: [], missing: true });
    }
  }
  if (stats.missing)
    warnings.warn(
      'pred_missing_record',
      `${file}: ${stats.missing} gold ids have no prediction line (scored as empty)`,
    );
  return { byId, stats };
}
