import type { CoMentionRelation } from '@newsgraph/schemas';
import type { AnalyzedDocument } from '../types.js';

/**
 * CO_MENTION relations: per segment, one `sentence`-scope relation per unordered entity pair
 * that shares at least one sentence (count = number of such sentences), and one `article`-scope
 * relation per pair that occurs anywhere in the segment (count 1). Each pair is stored once,
 * with `source` < `target` by id, so replays and both readings of a pair agree.
 */
export function extractCoMentions(doc: AnalyzedDocument): CoMentionRelation[] {
  const sentenceEntities = new Map<number, Set<string>>();
  const segmentEntities = new Map<number, Set<string>>();
  const segmentOfSentence = new Map<number, number>();
  for (const s of doc.sentences) segmentOfSentence.set(s.index, s.segment);
  for (const m of doc.mentions) {
    const segment = segmentOfSentence.get(m.sentence) ?? m.segment;
    let ids = sentenceEntities.get(m.sentence);
    if (!ids) sentenceEntities.set(m.sentence, (ids = new Set()));
    ids.add(m.entityId);
    let seg = segmentEntities.get(segment);
    if (!seg) segmentEntities.set(segment, (seg = new Set()));
    seg.add(m.entityId);
  }
  const key = (segment: number, a: string, b: string): string => `${segment}\u0000${a}\u0000${b}`;
  const sentenceCounts = new Map<
    string,
    { segment: number; source: string; target: string; count: number }
  >();
  for (const [sentence, ids] of sentenceEntities) {
    const segment = segmentOfSentence.get(sentence) ?? 0;
    for (const [a, b] of pairs(ids)) {
      const k = key(segment, a, b);
      const hit = sentenceCounts.get(k);
      if (hit) hit.count++;
      else sentenceCounts.set(k, { segment, source: a, target: b, count: 1 });
    }
  }
  const out: CoMentionRelation[] = [];
  for (const r of sentenceCounts.values())
    out.push({
      type: 'CO_MENTION',
      source: r.source,
      target: r.target,
      scope: 'sentence',
      count: r.count,
      segment: r.segment,
    });
  for (const [segment, ids] of segmentEntities)
    for (const [a, b] of pairs(ids))
      out.push({ type: 'CO_MENTION', source: a, target: b, scope: 'article', count: 1, segment });
  // Deterministic order: output must not depend on Map insertion details across versions.
  return out.sort(
    (x, y) =>
      (x.segment ?? 0) - (y.segment ?? 0) ||
      (x.scope === y.scope ? 0 : x.scope === 'sentence' ? -1 : 1) ||
      cmp(x.source, y.source) ||
      cmp(x.target, y.target),
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Unordered pairs of distinct ids, each as [lower, higher]. */
function* pairs(ids: Set<string>): Generator<[string, string]> {
  const sorted = [...ids].sort(cmp);
  for (let i = 0; i < sorted.length; i++)
    for (let j = i + 1; j < sorted.length; j++) yield [sorted[i]!, sorted[j]!];
}
