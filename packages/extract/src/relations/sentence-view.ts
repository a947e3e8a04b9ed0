import type { AnalyzedDocument, ResolvedMention, Sentence, Token } from '../types.js';

/**
 * One sentence seen by the stance rules: its tokens, and for each token the mention (if any)
 * that covers it. Mentions that cover no token (offset drift) are dropped here, so the rules
 * never see an entity they cannot place.
 */
export interface SentenceView {
  sentence: Sentence;
  tokens: Token[];
  /** For each token index, the index into `mentions` of the mention covering it, or -1. */
  mentionAt: number[];
  mentions: ResolvedMention[];
  /** First and last token index of each mention. */
  mentionTokens: { first: number; last: number }[];
}

/** Groups the document's mentions by sentence and maps them onto tokens. */
export function buildSentenceViews(doc: AnalyzedDocument): SentenceView[] {
  const bySentence = mentionsBySentence(doc);
  return doc.sentences.map((sentence) =>
    buildSentenceView(sentence, bySentence.get(sentence.index) ?? []),
  );
}

/** The document's mentions grouped by sentence index (each list in document order). */
export function mentionsBySentence(doc: AnalyzedDocument): Map<number, ResolvedMention[]> {
  const bySentence = new Map<number, ResolvedMention[]>();
  for (const m of doc.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  return bySentence;
}

/** Nouns a capital names by venue ("the Paris agreement", "the Oslo accords", "Minsk talks"). */
const VENUE_NOUNS: ReadonlySet<string> = new Set(
  'agreement agreements accord accords treaty protocol protocols deal talks summit conference process declaration convention communique format framework pact charter'.split(
    ' ',
  ),
);

/** One sentence's view, given the mentions that name that sentence (in document order). */
export function buildSentenceView(
  sentence: Sentence,
  mentions: readonly ResolvedMention[],
): SentenceView {
  const tokens = sentence.tokens;
  const mentionAt = new Array<number>(tokens.length).fill(-1);
  const kept: ResolvedMention[] = [];
  const mentionTokens: { first: number; last: number }[] = [];
  // Longer mentions first, so a mention never loses tokens to a shorter overlapping one.
  const candidates =
    mentions.length < 2
      ? mentions
      : [...mentions].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const m of candidates) {
    let first = -1;
    let last = -1;
    // Tokens are in text order: binary-search the first one that ends after the mention starts.
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.end <= m.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < tokens.length && tokens[i]!.start < m.end; i++) {
      if (mentionAt[i] === -1) {
        if (first === -1) first = i;
        last = i;
      }
    }
    if (first === -1) continue;
    // "the Paris agreement", "the Minsk talks": a capital naming an accord or a meeting by its
    // venue is a place, not the state acting or acted upon.
    if (m.via === 'capital' && VENUE_NOUNS.has(tokens[last + 1]?.normal ?? '')) continue;
    const idx = kept.length;
    kept.push(m);
    mentionTokens.push({ first, last });
    for (let i = first; i <= last; i++) if (mentionAt[i] === -1) mentionAt[i] = idx;
  }
  return { sentence, tokens, mentionAt, mentions: kept, mentionTokens };
}

/** Heads of a definite NP that stands for an entity of the given type named before it. */
const DEFINITE_HEADS: ReadonlyMap<string, ResolvedMention['type']> = new Map([
  ['organisation', 'Organization'],
  ['organization', 'Organization'],
  ['company', 'Organization'],
  ['firm', 'Organization'],
  ['club', 'Organization'],
  ['party', 'Organization'],
  ['group', 'Organization'],
  ['agency', 'Organization'],
  ['government', 'Country'],
  ['country', 'Country'],
  ['regime', 'Country'],
]);

/**
 * "X, vice president of Y, has been praised by the organisation": the agent of a passive that is
 * a bare definite NP headed by a type noun ("by the company", "by the government"; not "by the
 * company's chief", "by the party conference", "by the government of Z") stands for the nearest
 * mention of that type earlier in the same sentence.
 */
export function withDefiniteAgents(
  sentence: Sentence,
  mentions: readonly ResolvedMention[],
): readonly ResolvedMention[] {
  const toks = sentence.tokens;
  let added: ResolvedMention[] | undefined;
  for (let i = 2; i < toks.length; i++) {
    const type = DEFINITE_HEADS.get(toks[i]!.normal);
    if (type === undefined || toks[i - 1]!.normal !== 'the' || toks[i - 2]!.normal !== 'by')
      continue;
    const t = toks[i]!;
    const next = toks[i + 1];
    if (
      next &&
      (next.normal === 'of' ||
        next.pos === 'NOUN' ||
        next.pos === 'PROPN' ||
        next.pos === 'PART' ||
        /^['’]s?$/.test(next.normal))
    )
      continue;
    let ante: ResolvedMention | undefined;
    for (const m of mentions) if (m.end <= toks[i - 1]!.start && m.type === type) ante = m;
    if (!ante || mentions.some((m) => m.start < t.end && m.end > t.start)) continue;
    (added ??= []).push({
      ...ante,
      start: toks[i - 1]!.start,
      end: t.end,
      text: `the ${t.text}`,
      via: 'description',
      confidence: 0.5,
    });
  }
  if (!added) return mentions;
  return [...mentions, ...added].sort((a, b) => a.start - b.start);
}
