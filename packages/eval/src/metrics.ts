import type { NormalisedPrediction, PredictedEntity, PredictedStance } from './predictions.js';

/** Half-open span. */
export interface Span {
  start: number;
  end: number;
}

/** Rounds to 4 decimals; null for non-finite numbers (printed as "-"). */
export const r4 = (x: number): number | null =>
  Number.isFinite(x) ? Math.round(x * 10000) / 10000 : null;
/** a / b, 0 when b is 0. */
export const div = (a: number, b: number): number => (b ? a / b : 0);
/** a / b rounded, null when there is nothing to measure. */
export const ratio = (a: number, b: number): number | null => (b ? r4(a / b) : null);

/** Precision, recall and F1 from counts (0 when undefined), rounded like the reference scorer. */
export function prf(
  tp: number,
  fp: number,
  fn: number,
): {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
} {
  const p = div(tp, tp + fp);
  const r = div(tp, tp + fn);
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return { tp, fp, fn, precision: r4(p), recall: r4(r), f1: r4(f) };
}

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const overlapLen = (a: Span, b: Span): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** The predicted entity whose mentions overlap the span most (ties: the entity listed first). */
export function bestEntity(pred: NormalisedPrediction, span: Span): PredictedEntity | null {
  let best: PredictedEntity | null = null;
  let bestOv = 0;
  for (const ent of pred.entities.values()) {
    let ov = 0;
    for (const m of ent.mentions) ov = Math.max(ov, overlapLen(m, span));
    if (ov > bestOv) {
      best = ent;
      bestOv = ov;
    }
  }
  return best;
}

/** Ids of predicted entities with a mention overlapping any of the spans. */
export function entitiesOverlapping(pred: NormalisedPrediction, spans: Span[]): Set<string> {
  const s = new Set<string>();
  for (const ent of pred.entities.values())
    if (ent.mentions.some((m) => spans.some((sp) => overlaps(m, sp)))) s.add(ent.id);
  return s;
}

/**
 * Among several STANCE relations, the deciding one: longest evidence, then earliest evidence
 * start, then first listed; a relation without evidence loses to any with evidence.
 */
export function pickRelation(rels: PredictedStance[]): PredictedStance | undefined {
  const key = (r: PredictedStance): number[] => [
    r.evidence ? r.evidence.end - r.evidence.start : -1,
    r.evidence ? -r.evidence.start : -1e15,
    -r.idx,
  ];
  return rels.slice().sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return kb[i]! - ka[i]!;
    return 0;
  })[0];
}

/** A number as the tables print it: 4 decimals, "-" for null. */
export const fmt = (x: number | null | undefined): string => (x == null ? '   -  ' : x.toFixed(4));

/** A text table: first column left-aligned, the others right-aligned. */
export function formatTable(rows: (string | number)[][], header: string[]): string {
  const all = [header, ...rows].map((r) => r.map(String));
  const w = header.map((_, i) => Math.max(...all.map((r) => (r[i] ?? '').length)));
  return all
    .map((r) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  '))
    .join('\n');
}
