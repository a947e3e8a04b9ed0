import type { HasRoleRelation } from '@newsgraph/schemas';
import type { Sentence, Token } from '../types.js';
import type { ExtractResources } from '../resources.js';
import type { MentionCandidate } from '../mentions/find-mentions.js';
import type { Resolution } from '../resolve/resolve-entities.js';

/** A description that refers to a person ("the North Korean leader"): its head-word span. */
export interface DescriptionMention {
  sentence: number;
  start: number;
  end: number;
  text: string;
  entityId: string;
}

const SKIPPABLE = new Set(['a', 'an', 'the', 'top', 'senior', 'chief', 'former', 'new', 'close', 'key', 'longtime', 'long-time', 'veteran', 'deputy', 'personal', 'special', 'security', 'foreign', 'policy', 'military', 'economic', 'national', 'his', 'her', 'their', 'its']);

/**
 * The normal forms of tokens `from`..`to` (exclusive) joined by spaces, with " - " closed up
 * ("vice - president" → "vice-president"): the form titles are listed in. Built without a slice
 * and a mapped array per candidate length; the regex only runs when a spaced hyphen is there.
 */
function phraseOf(toks: readonly Token[], from: number, to: number): string {
  let phrase = (toks[from] as Token).normal;
  for (let k = from + 1; k < to; k++) phrase += ' ' + (toks[k] as Token).normal;
  return phrase.includes(' - ') ? phrase.replace(/ - /g, '-') : phrase;
}

/** Longest role title ending at token index `end` (exclusive); returns its start, or -1. */
function titleEndingAt(resources: ExtractResources, toks: readonly Token[], end: number): number {
  const { roleTitles, personTitles, maxTitleWords, titleLastWords } = resources.cues;
  if (!titleLastWords.has(toks[end - 1]?.normal ?? '')) return -1;
  for (let len = Math.min(maxTitleWords, end); len >= 1; len--) {
    const phrase = phraseOf(toks, end - len, end);
    if (roleTitles.has(phrase) || (len > 1 && personTitles.has(phrase))) return end - len;
  }
  return -1;
}

/** Longest role title starting at token index `from`; returns its end (exclusive), or -1. */
function titleStartingAt(resources: ExtractResources, toks: readonly Token[], from: number): number {
  const { roleTitles, maxTitleWords, titleFirstWords } = resources.cues;
  if (!titleFirstWords.has(toks[from]?.normal ?? '')) return -1;
  for (let len = Math.min(maxTitleWords, toks.length - from); len >= 1; len--) {
    const phrase = phraseOf(toks, from, from + len);
    if (roleTitles.has(phrase)) return from + len;
  }
  return -1;
}

function titleText(toks: readonly Token[], from: number, to: number, text: string): string {
  const raw = text.slice((toks[from] as Token).start, (toks[to - 1] as Token).end);
  // A title that only starts the sentence is capitalised by position, not by office.
  return from === 0 && raw !== raw.toUpperCase() ? raw[0]?.toLowerCase() + raw.slice(1) : raw;
}

/**
 * Roles the text states, as HAS_ROLE relations:
 * - "Russian President Vladimir Putin", "US Vice President JD Vance", "South Korea's President X"
 *   → the person holds the title of the country; "Congress MP Shashi Tharoor" → of the organisation;
 * - "new President Lee Jae-myung" in a sentence that names one country → of that country;
 * - "aide to Putin, Sergei Shoigu" and "Sergei Shoigu, a top aide to Putin" → of that person.
 * Also returns descriptions ("the North Korean leader") that refer to a role holder.
 */
export function findRoles(
  resources: ExtractResources,
  text: string,
  sentences: readonly Sentence[],
  mentions: readonly MentionCandidate[],
  resolution: Resolution,
): { roles: HasRoleRelation[]; descriptions: DescriptionMention[] } {
  const roles: HasRoleRelation[] = [];
  const seen = new Set<string>();
  const bySentence = new Map<number, MentionCandidate[]>();
  for (const m of mentions) {
    const arr = bySentence.get(m.sentence) ?? [];
    arr.push(m);
    bySentence.set(m.sentence, arr);
  }
  const idOf = (m: MentionCandidate): string | undefined => resolution.entityOf.get(m);
  const add = (person: MentionCandidate, target: string | undefined, title: string, s: Sentence): void => {
    const source = idOf(person);
    if (!source || !target || source === target) return;
    const key = `${source}|${target}|${title.toLowerCase()}|${s.segment}`;
    if (seen.has(key)) return;
    seen.add(key);
    roles.push({ type: 'HAS_ROLE', source, target, title, evidence: { start: s.start, end: s.end }, segment: s.segment });
  };

  for (const [sIdx, ms] of bySentence) {
    // roles are read around people: a sentence without one needs no indexes
    if (!ms.some((m) => m.type === 'Person')) continue;
    const s = sentences[sIdx] as Sentence;
    const toks = s.tokens;
    const at = new Map<number, MentionCandidate>();
    const endingAt = new Map<number, MentionCandidate>();
    for (const m of ms) {
      at.set(m.from, m);
      endingAt.set(m.to, m);
    }
    const countries = new Set(ms.filter((m) => m.type === 'Country').map((m) => idOf(m)));
    for (const p of ms) {
      if (p.type !== 'Person') continue;
      // [holder] [title] Person, also across an honorific ("supreme leader Ayatollah Ali Khamenei")
      let nameStart = p.from;
      while (nameStart > 0 && resources.cues.honorifics.has(toks[nameStart - 1]?.normal ?? '')) nameStart--;
      const tStart = titleEndingAt(resources, toks, nameStart);
      if (tStart >= 0) {
        const title = titleText(toks, tStart, nameStart, text);
        let holder = endingAt.get(tStart);
        if (!holder && toks[tStart - 1]?.normal === "'s") holder = endingAt.get(tStart - 1);
        if (holder && holder.type !== 'Person') add(p, idOf(holder), title, s);
        else if (!holder) {
          // "aide to Putin, Sergei Shoigu" is handled below; here: one country in the sentence.
          const before = toks[tStart - 1];
          if (countries.size === 1 && before?.normal !== 'to' && resources.cues.roleTitles.has(title.toLowerCase()))
            add(p, [...countries][0], title, s);
        } else if (holder.type === 'Person' && toks[tStart - 1]?.normal === "'s") add(p, idOf(holder), title, s);
      }
      // [title] to [X], Person   /   [title] to [Demonym Title X], Person
      if (toks[p.from - 1]?.text === ',') {
        const x = endingAt.get(p.from - 1);
        if (x) {
          let k = x.from;
          // skip "Russian President" in front of X
          const xt = titleEndingAt(resources, toks, k);
          if (xt >= 0) {
            k = xt;
            const d = endingAt.get(k);
            if (d && d.type === 'Country') k = d.from;
          }
          if (toks[k - 1]?.normal === 'to' || toks[k - 1]?.normal === 'of' || toks[k - 1]?.normal === 'for') {
            const ts = titleEndingAt(resources, toks, k - 1);
            if (ts >= 0) add(p, idOf(x), titleText(toks, ts, k - 1, text), s);
          }
        }
      }
      // Person, [a top] title to|of|for X   /   Person, X's title
      if (toks[p.to]?.text === ',') {
        let k = p.to + 1;
        while (k < toks.length && SKIPPABLE.has((toks[k] as Token).normal)) k++;
        const x0 = at.get(k);
        const afterX0 = x0 ? titleStartingAt(resources, toks, x0.to) : -1;
        if (x0 && toks[x0.to]?.normal === "'s") {
          const te = titleStartingAt(resources, toks, x0.to + 1);
          if (te >= 0) add(p, idOf(x0), titleText(toks, x0.to + 1, te, text), s);
        } else if (x0 && x0.type !== 'Person' && afterX0 >= 0) {
          // "Sergei Lavrov, the Russian foreign minister," / "X, a Kremlin spokesman,"
          add(p, idOf(x0), titleText(toks, x0.to, afterX0, text), s);
        } else {
          while (k < toks.length && SKIPPABLE.has((toks[k] as Token).normal)) k++;
          const te = titleStartingAt(resources, toks, k);
          if (te >= 0 && ['to', 'of', 'for', 'at'].includes(toks[te]?.normal ?? '')) {
            let x = at.get(te + 1);
            // "secretary of Russia's Security Council": the organisation after the possessive.
            if (x && x.type === 'Country' && toks[x.to]?.normal === "'s") x = at.get(x.to + 1) ?? x;
            if (x) add(p, idOf(x), titleText(toks, k, te, text), s);
          }
        }
      }
    }
  }

  // "the North Korean leader": a description of the one person who holds that title there.
  const descriptions: DescriptionMention[] = [];
  const holders = new Map<string, Set<string>>();
  for (const r of roles) {
    const key = `${r.segment ?? 0}|${r.target}|${r.title.toLowerCase()}`;
    const set = holders.get(key) ?? new Set<string>();
    set.add(r.source);
    holders.set(key, set);
  }
  for (const [sIdx, ms] of bySentence) {
    const s = sentences[sIdx] as Sentence;
    const toks = s.tokens;
    for (const c of ms) {
      if (c.type !== 'Country' || toks[c.from - 1]?.normal !== 'the') continue;
      const te = titleStartingAt(resources, toks, c.to);
      if (te < 0) continue;
      if (te < toks.length && /^\p{Lu}/u.test((toks[te] as Token).text)) continue; // a name follows: not a description
      const title = toks.slice(c.to, te).map((t) => t.normal).join(' ');
      const who = holders.get(`${s.segment}|${idOf(c)}|${title}`);
      if (who?.size === 1) {
        const start = (toks[c.to] as Token).start;
        const end = (toks[te - 1] as Token).end;
        descriptions.push({ sentence: sIdx, start, end, text: text.slice(start, end), entityId: [...who][0] as string });
      }
    }
  }
  return { roles, descriptions };
}
