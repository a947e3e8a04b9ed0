import type { GoldSet } from '../gold.js';
import { bestEntity, div, fmt, formatTable, pickRelation, prf, r4, type Span } from '../metrics.js';
import type { PredictedStance, PredictionSet } from '../predictions.js';
import type { Warnings } from '../warnings.js';

/** The five DSE classes, in gold label order (0..4). */
export const DSE_CLASSES = [
  'neutral',
  'positive_1to2',
  'positive_2to1',
  'negative_1to2',
  'negative_2to1',
] as const;
export type DseClass = (typeof DSE_CLASSES)[number];

/** Everything the DSE suite reports (the reference scorer's `dse` figures). */
export interface DseFigures {
  sentences: number;
  classes: readonly string[];
  /** Rows gold, columns predicted, in {@link DSE_CLASSES} order. */
  confusion: number[][];
  per_class: Record<DseClass, ReturnType<typeof prf> & { support: number }>;
  macro_f1: number | null;
  macro_f1_stance_classes: number | null;
  accuracy: number | null;
  binary_any_stance: ReturnType<typeof prf>;
  diagnostics: {
    sentences: number;
    skipped: number;
    both_entities_found: number;
    ent1_found: number;
    ent2_found: number;
    same_entity_for_both: number;
    with_stance_relation: number;
    conflicting_relations: number;
  };
  /** Per record: gold and predicted class, for error analysis. */
  decisions: { id: string; gold: DseClass; pred: DseClass }[];
}

const isSpan = (x: unknown): x is Span & { role?: unknown } =>
  !!x &&
  typeof x === 'object' &&
  Number.isInteger((x as Span).start) &&
  Number.isInteger((x as Span).end);

/**
 * Directed entity-to-entity sentiment (5 classes). Each gold mention (ent1, ent2) is resolved to
 * the predicted entity whose mention overlaps it most; unresolved or identical entities mean
 * neutral. Otherwise the STANCE relations between the two decide: none = neutral, else the
 * deciding relation (longest evidence, earliest start, first listed) gives direction and sign.
 */
export function scoreDse(
  gold: GoldSet,
  pred: PredictionSet,
  warnings: Warnings,
): { figures: DseFigures; lines: string[] } {
  const K = DSE_CLASSES.length;
  const cm = Array.from({ length: K }, () => new Array<number>(K).fill(0));
  const diag = {
    sentences: 0,
    skipped: 0,
    both_entities_found: 0,
    ent1_found: 0,
    ent2_found: 0,
    same_entity_for_both: 0,
    with_stance_relation: 0,
    conflicting_relations: 0,
  };
  const decisions: DseFigures['decisions'] = [];
  for (const id of gold.order) {
    const g = gold.byId.get(id)!;
    const p = pred.byId.get(id);
    const ents = Array.isArray(g.entities) ? (g.entities as unknown[]) : [];
    const e1 = ents.find((e) => isSpan(e) && e.role === 'ent1') as Span | undefined;
    const e2 = ents.find((e) => isSpan(e) && e.role === 'ent2') as Span | undefined;
    const label = g.label;
    if (
      !e1 ||
      !e2 ||
      typeof label !== 'number' ||
      !Number.isInteger(label) ||
      label < 0 ||
      label >= K
    ) {
      diag.skipped++;
      warnings.warn(
        'gold_bad_dse_record',
        `${gold.file}:${g._line}: ${id} lacks ent1/ent2 or a label 0..4`,
      );
      continue;
    }
    diag.sentences++;
    const a = p ? bestEntity(p, e1) : null;
    const b = p ? bestEntity(p, e2) : null;
    if (a) diag.ent1_found++;
    if (b) diag.ent2_found++;
    let cls = 0;
    if (a && b && p) {
      diag.both_entities_found++;
      if (a.id === b.id) diag.same_entity_for_both++;
      else {
        const rels = p.relations.filter(
          (r) =>
            (r.source === a.id && r.target === b.id) || (r.source === b.id && r.target === a.id),
        );
        if (rels.length > 0) {
          diag.with_stance_relation++;
          const classOf = (r: PredictedStance): number =>
            r.source === a.id ? (r.polarity > 0 ? 1 : 3) : r.polarity > 0 ? 2 : 4;
          if (new Set(rels.map(classOf)).size > 1) diag.conflicting_relations++;
          cls = classOf(pickRelation(rels)!);
        }
      }
    }
    cm[label]![cls]!++;
    decisions.push({ id, gold: DSE_CLASSES[label]!, pred: DSE_CLASSES[cls]! });
  }
  const per = {} as DseFigures['per_class'];
  let macro = 0;
  for (let k = 0; k < K; k++) {
    const tp = cm[k]![k]!;
    let fp = 0;
    let fn = 0;
    for (let i = 0; i < K; i++) {
      if (i === k) continue;
      fp += cm[i]![k]!;
      fn += cm[k]![i]!;
    }
    const f = prf(tp, fp, fn);
    per[DSE_CLASSES[k]!] = { ...f, support: tp + fn };
    macro += f.f1 ?? 0;
  }
  const macroStance = DSE_CLASSES.slice(1).reduce((s, c) => s + (per[c].f1 ?? 0), 0) / (K - 1);
  let btp = 0;
  let bfp = 0;
  let bfn = 0;
  let correct = 0;
  for (let i = 0; i < K; i++)
    for (let j = 0; j < K; j++) {
      const v = cm[i]![j]!;
      if (i === j) correct += v;
      if (i > 0 && j > 0) btp += v;
      else if (i === 0 && j > 0) bfp += v;
      else if (i > 0 && j === 0) bfn += v;
    }
  const n = diag.sentences;
  const figures: DseFigures = {
    sentences: n,
    classes: DSE_CLASSES,
    confusion: cm,
    per_class: per,
    macro_f1: r4(macro / K),
    macro_f1_stance_classes: r4(macroStance),
    accuracy: r4(div(correct, n)),
    binary_any_stance: prf(btp, bfp, bfn),
    diagnostics: diag,
    decisions,
  };
  const short = (c: string): string => c.replace('positive', 'pos').replace('negative', 'neg');
  const lines = [
    `DSE  gold=${gold.file}  sentences=${n}`,
    'confusion matrix (rows = gold, columns = predicted):',
    formatTable(
      cm.map((row, i) => [DSE_CLASSES[i]!, ...row]),
      ['gold \\ pred', ...DSE_CLASSES.map(short)],
    ),
    '',
    formatTable(
      DSE_CLASSES.map((c) => [
        c,
        per[c].support,
        per[c].tp,
        per[c].fp,
        per[c].fn,
        fmt(per[c].precision),
        fmt(per[c].recall),
        fmt(per[c].f1),
      ]),
      ['class', 'support', 'tp', 'fp', 'fn', 'prec', 'rec', 'f1'],
    ),
    `macro-F1 (5 classes) ${fmt(figures.macro_f1)}  macro-F1 (4 stance classes) ${fmt(figures.macro_f1_stance_classes)}  accuracy ${fmt(figures.accuracy)}`,
    `any-stance (binary) P ${fmt(figures.binary_any_stance.precision)} R ${fmt(figures.binary_any_stance.recall)} F1 ${fmt(figures.binary_any_stance.f1)}`,
    `both gold mentions resolved to predicted entities: ${diag.both_entities_found}/${n} (same entity for both: ${diag.same_entity_for_both}); ` +
      `STANCE between them: ${diag.with_stance_relation}; conflicting relations resolved by longest evidence: ${diag.conflicting_relations}`,
  ];
  return { figures, lines };
}
