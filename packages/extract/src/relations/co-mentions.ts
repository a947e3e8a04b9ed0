import type { CoMentionRelation } from '@newsgraph/schemas';
import type { AnalyzedDocument } from '../types.js';

/** Sentence-scope pair counts of one segment: source → target → count (source < target). */
type PairCounts = Map<string, Map<string, number>>;

/**
 * CO_MENTION relations: per segment, one `sentence`-scope relation per unordered entity pair
 * that shares at least one sentence (count = number of such sentences), and one `article`-scope
 * relation per pair that occurs anywhere in the segment (count 1). Each pair is stored once,
 * with `source` < `target` by id, so replays and both readings of a pair agree.
 *
 * Output order is by segment, then sentence scope before article scope, then source, then
 * target (code-unit order), so it never depends on Map insertion details. The order is built
 * directly (ids sorted once per sentence and per segment) rather than by sorting the output,
 * whose article-scope part grows with the square of a segment's entities.
 */
export function extractCoMentions(doc: AnalyzedDocument): CoMentionRelation[] {
  const mentions = doc.mentions;
  if (mentions.length < 2) return [];
  // Sentence index → segment; sentence indices are small integers, so an array beats a Map.
  const segmentOfSentence: (number | undefined)[] = [];
  for (const s of doc.sentences) segmentOfSentence[s.index] = s.segment;

  const sentenceEntities = new Map<number, Set<string>>();
  const segmentEntities = new Map<number, Set<string>>();
  for (const m of mentions) {
    const segment = segmentOfSentence[m.sentence] ?? m.segment;
    let ids = sentenceEntities.get(m.sentence);
    if (!ids) sentenceEntities.set(m.sentence, (ids = new Set()));
    ids.add(m.entityId);
    let seg = segmentEntities.get(segment);
    if (!seg) segmentEntities.set(segment, (seg = new Set()));
    seg.add(m.entityId);
  }

  const sentencePairs = new Map<number, PairCounts>();
  for (const [sentence, ids] of sentenceEntities) {
    if (ids.size < 2) continue;
    const segment = segmentOfSentence[sentence] ?? 0;
    let counts = sentencePairs.get(segment);
    if (!counts) sentencePairs.set(segment, (counts = new Map<string, Map<string, number>>()));
    // Default sort compares UTF-16 code units, the same order as `<` on strings.
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length - 1; i++) {
      const a = sorted[i]!;
      let row = counts.get(a);
      if (!row) counts.set(a, (row = new Map<string, number>()));
      for (let j = i + 1; j < sorted.length; j++) {
        const b = sorted[j]!;
        row.set(b, (row.get(b) ?? 0) + 1);
      }
    }
  }

  const segments = new Set<number>();
  for (const s of sentencePairs.keys()) segments.add(s);
  for (const [s, ids] of segmentEntities) if (ids.size >= 2) segments.add(s);
  const out: CoMentionRelation[] = [];
  for (const segment of [...segments].sort((x, y) => x - y)) {
    const counts = sentencePairs.get(segment);
    if (counts)
      for (const source of [...counts.keys()].sort()) {
        const row = counts.get(source)!;
        for (const target of [...row.keys()].sort())
          out.push({
            type: 'CO_MENTION',
            source,
            target,
            scope: 'sentence',
            count: row.get(target)!,
            segment,
          });
      }
    const ids = segmentEntities.get(segment);
    if (!ids || ids.size < 2) continue;
    const sorted = [...ids].sort();
    for (let i = 0; i < sorted.length - 1; i++) {
      const source = sorted[i]!;
      for (let j = i + 1; j < sorted.length; j++)
        out.push({
          type: 'CO_MENTION',
          source,
          target: sorted[j]!,
          scope: 'article',
          count: 1,
          segment,
        });
    }
  }
  return out;
}
