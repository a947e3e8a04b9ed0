import type { GoldSet } from '../gold.js';
import {
  div,
  entitiesOverlapping,
  fmt,
  formatTable,
  pickRelation,
  r4,
  ratio,
  type Span,
} from '../metrics.js';
import type { PredictedStance, PredictionSet } from '../predictions.js';
import type { Warnings } from '../warnings.js';

/** PLOVER quad classes and the polarity each implies. */
export const QUAD_POLARITY: Readonly<Record<string, 1 | -1>> = {
  verbal_cooperation: 1,
  material_cooperation: 1,
  verbal_conflict: -1,
  material_conflict: -1,
};

/** Per-quad (and overall) PLOVER counts. */
export interface QuadFigures {
  n: number;
  found: number;
  polarity_correct: number;
  recall: number | null;
  polarity_accuracy: number | null;
}

/** Everything the PLOVER suite reports (the reference scorer's `plover` figures). */
export interface PloverFigures {
  records: number;
  skipped_no_pair: number;
  evaluated_reciprocal: number;
  evaluated_records: number;
  recall: number | null;
  found: number;
  polarity_accuracy: number | null;
  polarity_correct: number;
  recall_with_polarity: number | null;
  found_reversed_only: number;
  pred_stance_in_evaluated: number;
  pred_stance_unmatched: number;
  precision_proxy: number | null;
  by_quad: Record<string, QuadFigures>;
  /** Per evaluated record: found or not and the polarity verdict, for error analysis. */
  decisions: {
    id: string;
    quad: string;
    found: boolean;
    polarityOk: boolean;
    reversedOnly: boolean;
  }[];
}

const located = (xs: unknown): Span[] =>
  Array.isArray(xs)
    ? (xs as unknown[]).filter(
        (s): s is Span =>
          !!s &&
          typeof s === 'object' &&
          Number.isInteger((s as Span).start) &&
          Number.isInteger((s as Span).end),
      )
    : [];

/**
 * PLOVER/CAMEO event records: a record is found when a predicted STANCE runs from an entity
 * overlapping a source actor to a different entity overlapping a target actor (reciprocal
 * SRC/TAR records: any ordered pair of distinct listed actors). Polarity is right when
 * cooperation = +1 and conflict = −1, judged on the deciding relation among the matches.
 */
export function scorePlover(
  gold: GoldSet,
  pred: PredictionSet,
  warnings: Warnings,
): { figures: PloverFigures; lines: string[] } {
  const d = {
    records: 0,
    evaluated: 0,
    reciprocal: 0,
    skipped: 0,
    found: 0,
    reversedOnly: 0,
    polarityCorrect: 0,
    predStance: 0,
    predMatched: 0,
  };
  const byQuad: Record<string, QuadFigures> = {};
  const decisions: PloverFigures['decisions'] = [];
  for (const id of gold.order) {
    const g = gold.byId.get(id)!;
    const p = pred.byId.get(id);
    const rels: PredictedStance[] = p?.relations ?? [];
    d.records++;
    const src = located(g.source);
    const tgt = located(g.target);
    const quad = typeof g.quad === 'string' ? g.quad : '';
    const pol = QUAD_POLARITY[quad];
    let matches: (r: PredictedStance) => boolean;
    let reversed: (r: PredictedStance) => boolean = () => false;
    if (
      g.reciprocal === true &&
      src.length + tgt.length >= 2 &&
      !(src.length > 0 && tgt.length > 0)
    ) {
      // SRC/TAR: every listed actor acts on the others; any two distinct actors, either way.
      const sets = [...src, ...tgt].map((s) =>
        p ? entitiesOverlapping(p, [s]) : new Set<string>(),
      );
      matches = (r) =>
        r.source !== r.target &&
        sets.some((A, i) => A.has(r.source) && sets.some((B, j) => j !== i && B.has(r.target)));
    } else if (src.length > 0 && tgt.length > 0) {
      const S = p ? entitiesOverlapping(p, src) : new Set<string>();
      const T = p ? entitiesOverlapping(p, tgt) : new Set<string>();
      if (g.reciprocal === true)
        matches = (r) =>
          r.source !== r.target &&
          ((S.has(r.source) && T.has(r.target)) || (T.has(r.source) && S.has(r.target)));
      else {
        matches = (r) => r.source !== r.target && S.has(r.source) && T.has(r.target);
        reversed = (r) => r.source !== r.target && T.has(r.source) && S.has(r.target);
      }
    } else {
      d.skipped++;
      continue;
    }
    if (pol === undefined) {
      warnings.warn(
        'gold_bad_quad',
        `${gold.file}:${g._line}: ${id} has quad ${JSON.stringify(g.quad)}, expected one of ${Object.keys(QUAD_POLARITY).join(', ')}`,
      );
      d.skipped++;
      continue;
    }
    d.evaluated++;
    if (g.reciprocal === true) d.reciprocal++;
    const q = (byQuad[quad] ??= {
      n: 0,
      found: 0,
      polarity_correct: 0,
      recall: null,
      polarity_accuracy: null,
    });
    q.n++;
    d.predStance += rels.length;
    const hit = rels.filter(matches);
    d.predMatched += hit.length;
    let polarityOk = false;
    let reversedOnly = false;
    if (hit.length > 0) {
      d.found++;
      q.found++;
      polarityOk = pickRelation(hit)!.polarity === pol;
      if (polarityOk) {
        d.polarityCorrect++;
        q.polarity_correct++;
      }
    } else if (rels.some(reversed)) {
      d.reversedOnly++;
      reversedOnly = true;
    }
    decisions.push({ id, quad, found: hit.length > 0, polarityOk, reversedOnly });
  }
  for (const q of Object.values(byQuad)) {
    q.recall = r4(div(q.found, q.n));
    q.polarity_accuracy = ratio(q.polarity_correct, q.found);
  }
  const figures: PloverFigures = {
    records: d.records,
    skipped_no_pair: d.skipped,
    evaluated_reciprocal: d.reciprocal,
    evaluated_records: d.evaluated,
    recall: r4(div(d.found, d.evaluated)),
    found: d.found,
    polarity_accuracy: ratio(d.polarityCorrect, d.found),
    polarity_correct: d.polarityCorrect,
    recall_with_polarity: r4(div(d.polarityCorrect, d.evaluated)),
    found_reversed_only: d.reversedOnly,
    pred_stance_in_evaluated: d.predStance,
    pred_stance_unmatched: d.predStance - d.predMatched,
    precision_proxy: ratio(d.predMatched, d.predStance),
    by_quad: byQuad,
    decisions,
  };
  const rows = Object.entries(byQuad)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, q]) => [
      k,
      q.n,
      q.found,
      fmt(q.recall),
      q.polarity_correct,
      fmt(q.polarity_accuracy),
    ]);
  const lines = [
    `PLOVER  gold=${gold.file}  records=${d.records} evaluated=${d.evaluated} (reciprocal ${d.reciprocal}; skipped without source+target ${d.skipped})`,
    formatTable(
      [
        ...rows,
        [
          'all',
          d.evaluated,
          d.found,
          fmt(figures.recall),
          d.polarityCorrect,
          fmt(figures.polarity_accuracy),
        ],
      ],
      ['quad', 'records', 'found', 'recall', 'pol.ok', 'pol.acc'],
    ),
    `recall with right polarity ${fmt(figures.recall_with_polarity)}; only reversed direction found: ${d.reversedOnly}`,
    `predicted STANCE in evaluated sentences: ${d.predStance}, matching no gold pair: ${figures.pred_stance_unmatched} (precision proxy ${fmt(figures.precision_proxy)})`,
  ];
  return { figures, lines };
}
