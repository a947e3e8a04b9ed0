import type { CountryTable } from '../country-table.js';
import type { GoldSet } from '../gold.js';
import { div, fmt, formatTable, overlaps, r4 } from '../metrics.js';
import type { PredictionSet } from '../predictions.js';
import { ErrorPatterns, type ErrorPattern } from './error-patterns.js';

/** Accuracy figures for one gold CoNLL type (LOC names, MISC demonyms …). */
export interface LinkTypeFigures {
  n: number;
  correct: number;
  wrong_country: number;
  accuracy?: number | null;
  wrong_country_rate?: number | null;
}

/** Everything the link suite reports (the reference scorer's `link` figures). */
export interface LinkFigures {
  docs: number;
  gold_country_mentions: number;
  accuracy: number | null;
  correct: number;
  wrong_country_rate: number | null;
  wrong_country: number;
  non_country_entity_rate: number | null;
  non_country_entity: number;
  missed_rate: number | null;
  missed: number;
  accuracy_exact_span: number | null;
  gold_non_country_links: number;
  gold_non_country_overlapped_by_country_id: number;
  gold_non_country_overlapped_by_country_id_rate: number | null;
  by_gold_type: Record<string, LinkTypeFigures>;
  wrong_pairs: Record<string, number>;
  /** Extra (not in the reference scorer): misses by gold type and kind, with their most frequent texts. */
  error_patterns: ErrorPattern[];
}

const isInt = (x: unknown): x is number => Number.isInteger(x);

/**
 * Country linking on AIDA: each non-NIL gold mention whose Wikidata label is a country is right
 * when some predicted mention overlapping it belongs to `country:<that ISO3>`; otherwise it is a
 * wrong country (another country id overlaps), another entity, or missed.
 */
export function scoreLink(
  gold: GoldSet,
  pred: PredictionSet,
  countries: CountryTable,
): { figures: LinkFigures; lines: string[] } {
  let total = 0;
  let correct = 0;
  let wrong = 0;
  let nonCountry = 0;
  let missed = 0;
  let exactCorrect = 0;
  let nonCountryGold = 0;
  let nonCountryGoldAsCountry = 0;
  const wrongPairs = new Map<string, number>();
  const errors = new ErrorPatterns();
  const byType: Record<string, LinkTypeFigures> = {};
  for (const id of gold.order) {
    const g = gold.byId.get(id)!;
    const p = pred.byId.get(id)!;
    const ms: { start: number; end: number; code: string | null }[] = [];
    for (const ent of p.entities.values())
      for (const m of ent.mentions) ms.push({ ...m, code: countries.codeOfId(ent.id) });
    for (const e of Array.isArray(g.entities) ? (g.entities as Record<string, unknown>[]) : []) {
      if (!e || !isInt(e.start) || !isInt(e.end)) continue;
      if (e.nil || e.kb_name == null) continue;
      const span = { start: e.start, end: e.end };
      const iso = typeof e.kb_name === 'string' ? countries.codeOf(e.kb_name) : null;
      const ov = ms.filter((m) => overlaps(m, span));
      if (!iso) {
        nonCountryGold++;
        if (ov.some((m) => m.code)) nonCountryGoldAsCountry++;
        continue;
      }
      total++;
      // gold types are strings in practice; anything else is shown as JSON rather than [object Object]
      const gt =
        e.type == null ? 'none' : typeof e.type === 'string' ? e.type : JSON.stringify(e.type);
      const bt = (byType[gt] ??= { n: 0, correct: 0, wrong_country: 0 });
      bt.n++;
      if (ov.some((m) => m.code === iso)) {
        correct++;
        bt.correct++;
        if (ov.some((m) => m.code === iso && m.start === span.start && m.end === span.end))
          exactCorrect++;
      } else if (ov.some((m) => m.code)) {
        wrong++;
        bt.wrong_country++;
        const got = ov.find((m) => m.code)!.code!;
        const k = `${iso}->${got}`;
        wrongPairs.set(k, (wrongPairs.get(k) ?? 0) + 1);
      } else if (ov.length) nonCountry++;
      else missed++;
      if (!ov.some((m) => m.code === iso)) {
        const what = ov.some((m) => m.code)
          ? 'wrong country'
          : ov.length
            ? 'other entity'
            : 'missed';
        errors.add(
          `${gt} ${what}`,
          `${g.text.slice(span.start, span.end).replace(/\s+/g, ' ')} (${iso})`,
        );
      }
    }
  }
  const topWrong = [...wrongPairs].sort((a, b) => b[1] - a[1]).slice(0, 10);
  for (const b of Object.values(byType)) {
    b.accuracy = r4(div(b.correct, b.n));
    b.wrong_country_rate = r4(div(b.wrong_country, b.n));
  }
  const figures: LinkFigures = {
    docs: gold.order.length,
    gold_country_mentions: total,
    accuracy: r4(div(correct, total)),
    correct,
    wrong_country_rate: r4(div(wrong, total)),
    wrong_country: wrong,
    non_country_entity_rate: r4(div(nonCountry, total)),
    non_country_entity: nonCountry,
    missed_rate: r4(div(missed, total)),
    missed,
    accuracy_exact_span: r4(div(exactCorrect, total)),
    gold_non_country_links: nonCountryGold,
    gold_non_country_overlapped_by_country_id: nonCountryGoldAsCountry,
    gold_non_country_overlapped_by_country_id_rate: r4(
      div(nonCountryGoldAsCountry, nonCountryGold),
    ),
    by_gold_type: byType,
    wrong_pairs: Object.fromEntries(topWrong),
    error_patterns: errors.top(10),
  };
  const lines = [
    `LINK  gold=${gold.file}  docs=${gold.order.length}`,
    formatTable(
      [
        ['right country (accuracy)', correct, fmt(figures.accuracy)],
        ['wrong country', wrong, fmt(figures.wrong_country_rate)],
        ['other (non-country) entity', nonCountry, fmt(figures.non_country_entity_rate)],
        ['no overlapping mention', missed, fmt(figures.missed_rate)],
        ['total gold country mentions', total, ''],
      ],
      ['gold mentions linked to a country', 'n', 'rate'],
    ),
    `by gold CoNLL type: ${Object.entries(byType)
      .sort((a, b) => b[1].n - a[1].n)
      .map(([t, b]) => `${t} ${b.correct}/${b.n} = ${fmt(b.accuracy)}`)
      .join(', ')} (MISC = demonyms like "French")`,
    `right country with exact span: ${fmt(figures.accuracy_exact_span)}; gold non-country (non-NIL) links overlapped by a country:* id: ${nonCountryGoldAsCountry}/${nonCountryGold}`,
    topWrong.length
      ? `most frequent wrong links (gold->pred): ${topWrong.map(([k, v]) => `${k} ${v}`).join(', ')}`
      : 'no wrong-country links',
    ...(figures.error_patterns.length ? ['Most frequent misses (gold type, kind: examples):'] : []),
    ...figures.error_patterns.map(
      (p) =>
        `  ${String(p.count).padStart(5)}  ${p.pattern}: ${p.examples.map(([x, n]) => `${x}${n > 1 ? ` x${n}` : ''}`).join('; ')}`,
    ),
  ];
  return { figures, lines };
}
