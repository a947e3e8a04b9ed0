import type { CountryTable } from '../country-table.js';
import type { GoldSet } from '../gold.js';
import { fmt, formatTable, overlaps, prf, type Span } from '../metrics.js';
import type { PredictedMention, PredictionSet } from '../predictions.js';
import { ErrorPatterns, type ErrorPattern } from './error-patterns.js';

const NER_TYPES = [
  ['Person', 'PER'],
  ['Organization', 'ORG'],
  ['Country', 'LOC-country'],
] as const;
type GoldKey = (typeof NER_TYPES)[number][1];

/** Per-type figures of the NER suite. */
export interface NerTypeFigures {
  tp: number;
  fp: number;
  fn: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  gold: number;
  pred: number;
  fp_partial_overlap: number;
  ignored?: number;
}

/** Everything the NER suite reports (the reference scorer's `ner` figures). */
export interface NerFigures {
  docs: number;
  per_type: Record<'Person' | 'Organization' | 'Country', NerTypeFigures>;
  micro: ReturnType<typeof prf>;
  gold_counts: Record<string, number>;
  pred_counts: Record<string, number>;
  /** Extra (not in the reference scorer): errors grouped by pattern, with their most frequent texts. */
  error_patterns: ErrorPattern[];
}

const isInt = (x: unknown): x is number => Number.isInteger(x);
const TYPE_NAME: Record<GoldKey, string> = {
  PER: 'Person',
  ORG: 'Organization',
  'LOC-country': 'Country',
};

/**
 * CoNLL-style NER scoring. Person ↔ PER and Organization ↔ ORG are strict (exact span and type).
 * Country is scored against gold LOC spans whose text is a country name; a predicted Country that
 * misses but overlaps a MISC or non-country LOC span ("Russian", "London") is ignored, any other
 * miss is a false positive. Identical predicted spans of one type count once.
 */
export function scoreNer(
  gold: GoldSet,
  pred: PredictionSet,
  countries: CountryTable,
): { figures: NerFigures; lines: string[] } {
  const c: Record<
    GoldKey,
    { tp: number; fp: number; fn: number; partial: number; ignored: number }
  > = {
    PER: { tp: 0, fp: 0, fn: 0, partial: 0, ignored: 0 },
    ORG: { tp: 0, fp: 0, fn: 0, partial: 0, ignored: 0 },
    'LOC-country': { tp: 0, fp: 0, fn: 0, partial: 0, ignored: 0 },
  };
  const errors = new ErrorPatterns();
  const goldCounts: Record<string, number> = {
    PER: 0,
    ORG: 0,
    LOC: 0,
    'LOC-country': 0,
    MISC: 0,
    other: 0,
  };
  const predCounts: Record<string, number> = {
    Person: 0,
    Organization: 0,
    Country: 0,
    other_types: 0,
    duplicate_spans: 0,
  };
  for (const id of gold.order) {
    const g = gold.byId.get(id)!;
    const p = pred.byId.get(id)!;
    const gs: Record<GoldKey, Span[]> = { PER: [], ORG: [], 'LOC-country': [] };
    const exempt: Span[] = [];
    for (const e of Array.isArray(g.entities) ? (g.entities as Record<string, unknown>[]) : []) {
      if (!e || !isInt(e.start) || !isInt(e.end)) continue;
      const span = { start: e.start, end: e.end };
      if (e.type === 'PER' || e.type === 'ORG') {
        gs[e.type].push(span);
        goldCounts[e.type]!++;
      } else if (e.type === 'LOC') {
        goldCounts.LOC!++;
        const t = typeof e.text === 'string' ? e.text : g.text.slice(e.start, e.end);
        if (countries.codeOf(t)) {
          gs['LOC-country'].push(span);
          goldCounts['LOC-country']!++;
        } else exempt.push(span);
      } else if (e.type === 'MISC') {
        goldCounts.MISC!++;
        exempt.push(span);
      } else goldCounts.other!++;
    }
    const ps: Record<GoldKey, Map<string, PredictedMention>> = {
      PER: new Map(),
      ORG: new Map(),
      'LOC-country': new Map(),
    };
    for (const ent of p.entities.values()) {
      const t: GoldKey | null =
        ent.type === 'Person'
          ? 'PER'
          : ent.type === 'Organization'
            ? 'ORG'
            : ent.type === 'Country'
              ? 'LOC-country'
              : null;
      if (!t) {
        predCounts.other_types! += ent.mentions.length;
        continue;
      }
      for (const m of ent.mentions) {
        const k = `${m.start}:${m.end}`;
        if (ps[t].has(k)) {
          predCounts.duplicate_spans!++;
          continue;
        }
        ps[t].set(k, m);
        predCounts[ent.type as string]!++;
      }
    }
    const goldAll = (Array.isArray(g.entities) ? (g.entities as Record<string, unknown>[]) : [])
      .filter((e) => e && isInt(e.start) && isInt(e.end))
      .map((e) => ({
        start: e.start as number,
        end: e.end as number,
        type: String(e.type as string),
      }));
    const predAll = (Object.keys(ps) as GoldKey[]).flatMap((t) =>
      [...ps[t].values()].map((m) => ({ ...m, type: t })),
    );
    for (const t of Object.keys(gs) as GoldKey[]) {
      const gk = new Set(gs[t].map((s) => `${s.start}:${s.end}`));
      const hit = new Set<string>();
      for (const [k, m] of ps[t]) {
        if (gk.has(k)) {
          c[t].tp++;
          hit.add(k);
          continue;
        }
        if (t === 'LOC-country' && exempt.some((s) => overlaps(s, m))) {
          c[t].ignored++;
          continue;
        }
        c[t].fp++;
        if (gs[t].some((s) => overlaps(s, m))) c[t].partial++;
        const other = goldAll.find((s) => overlaps(s, m));
        const kind = gs[t].some((s) => overlaps(s, m))
          ? 'boundary'
          : other
            ? `over gold ${other.type}`
            : 'spurious';
        const goldText = other ? ` (gold "${g.text.slice(other.start, other.end)}")` : '';
        errors.add(`${TYPE_NAME[t]} FP ${kind}`, m.text.replace(/\s+/g, ' ') + goldText);
      }
      c[t].fn += gk.size - hit.size;
      for (const sp of gs[t]) {
        if (hit.has(`${sp.start}:${sp.end}`)) continue;
        const over = predAll.filter((m) => overlaps(m, sp));
        const kind = over.some((m) => m.type === t)
          ? 'boundary'
          : over[0]
            ? `predicted ${TYPE_NAME[over[0].type]}`
            : 'missed';
        errors.add(
          `${TYPE_NAME[t]} FN ${kind}`,
          g.text.slice(sp.start, sp.end).replace(/\s+/g, ' '),
        );
      }
    }
  }
  const per = {} as NerFigures['per_type'];
  for (const [name, t] of NER_TYPES) {
    per[name] = {
      ...prf(c[t].tp, c[t].fp, c[t].fn),
      gold: c[t].tp + c[t].fn,
      pred: c[t].tp + c[t].fp,
      fp_partial_overlap: c[t].partial,
      ...(t === 'LOC-country' ? { ignored: c[t].ignored } : {}),
    };
  }
  const sum = (k: 'tp' | 'fp' | 'fn'): number => NER_TYPES.reduce((a, [, t]) => a + c[t][k], 0);
  const [tp, fp, fn] = [sum('tp'), sum('fp'), sum('fn')];
  const micro = prf(tp, fp, fn);
  const rows: (string | number)[][] = NER_TYPES.map(([name]) => {
    const f = per[name];
    return [name, f.gold, f.pred, f.tp, f.fp, f.fn, fmt(f.precision), fmt(f.recall), fmt(f.f1)];
  });
  rows.push([
    'micro (3 types)',
    tp + fn,
    tp + fp,
    tp,
    fp,
    fn,
    fmt(micro.precision),
    fmt(micro.recall),
    fmt(micro.f1),
  ]);
  const lines = [
    `NER  gold=${gold.file}  docs=${gold.order.length}`,
    formatTable(rows, ['type', 'gold', 'pred', 'tp', 'fp', 'fn', 'prec', 'rec', 'f1']),
    `Country: gold = ${goldCounts['LOC-country']} of ${goldCounts.LOC} LOC spans whose text is a country name; ` +
      `${c['LOC-country'].ignored} predicted Country mentions ignored (overlap MISC / non-country LOC).`,
    `Predicted mentions of other types (not scored): ${predCounts.other_types}; duplicate predicted spans dropped: ${predCounts.duplicate_spans}.`,
    'Most frequent error patterns (examples by frequency):',
    ...errors
      .top(10)
      .map(
        (p) =>
          `  ${String(p.count).padStart(5)}  ${p.pattern}: ${p.examples.map(([x, n]) => `${x}${n > 1 ? ` x${n}` : ''}`).join('; ')}`,
      ),
  ];
  return {
    figures: {
      docs: gold.order.length,
      per_type: per,
      micro,
      gold_counts: goldCounts,
      pred_counts: predCounts,
      error_patterns: errors.top(20),
    },
    lines,
  };
}
