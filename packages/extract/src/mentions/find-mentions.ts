import type { EntityType } from '@newsgraph/schemas';
import type { Sentence, Token } from '../types.js';
import type { ExtractResources } from '../resources.js';
import { longestMatches, type GazetteerEntry } from '../gazetteer/build-gazetteer.js';
import { tokenKey } from '../gazetteer/normalize-key.js';

/** How a mention refers to its entity before resolution. */
export type MentionVia = 'name' | 'demonym' | 'capital' | 'acronym';

/** A span that names (or may name) a Person, Country or Organization. */
export interface MentionCandidate {
  /** Index of the sentence in the document's sentence list. */
  sentence: number;
  /** Token range inside the sentence, end exclusive. */
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  /** 'Unknown' candidates are settled by document-level evidence, or dropped. */
  type: EntityType | 'Unknown';
  via: MentionVia;
  entry?: GazetteerEntry;
  confidence: number;
  /** Title or honorific right before the name ("President", "leader", "Mr"), lower case. */
  title?: string;
  /** Which rule produced it (for error analysis). */
  rule: string;
}

const LETTER = /\p{L}/u;
const UPPER_START = /^\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const TWO_UPPER = /\p{Lu}[^]*\p{Lu}/u;
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const FIRST_NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE_TAGS = new Set(['City', 'Region', 'Place', 'Country']);
const ORG_TAGS = new Set(['Organization', 'SportsTeam']);
const OPEN_PUNCT = new Set(['"', "'", '\u2018', '\u201c', '(', '[', '-', '\u2014', '\u2013', ':']);
const SAYS = new Set(['said', 'says', 'told', 'added', 'wrote', 'stated', 'argued', 'insisted', 'noted', 'explained', 'recalled', 'warned']);
/** Words that never start or end a name: determiners, possessives, prepositions. */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'to', 'of', 'and', 'or', 'but', 'as', 'if', 'after', 'before', 'when', 'while', 'since', 'during', 'under', 'over', 'about', 'against', 'between', 'into', 'through', 'it', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'here']);
const CALENDAR = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec']);
/** Government bodies: "German Foreign Ministry" is a demonym and an organisation, not one name. */
const GOVERNMENT_HEADS = new Set(['ministry', 'government', 'army', 'police', 'navy', 'embassy', 'parliament', 'cabinet', 'forces', 'troops', 'military', 'office', 'consulate', 'delegation', 'authorities', 'officials']);
const COMPANY_SUFFIXES = new Set(['inc', 'inc.', 'corp', 'corp.', 'co', 'co.', 'ltd', 'ltd.', 'plc', 'llc', 'sa', 'ag', 'nv', 'bv', 'gmbh']);
const COMPASS = new Set(['west', 'east', 'north', 'south', 'central', 'northern', 'southern', 'eastern', 'western']);

// These run several times per token. An ASCII first character answers most of them without a
// Unicode regex; the regexes decide the rest, so the answers are the same.
function isAsciiUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}
function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}
function isWord(t: Token | undefined): t is Token {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  return isAsciiUpper(c) || isAsciiLower(c) || LETTER.test(t.text);
}
function isCap(t: Token | undefined): boolean {
  if (t === undefined) return false;
  // an upper-case first letter is a letter: no second test needed
  const c = t.text.charCodeAt(0);
  if (c < 128) return isAsciiUpper(c);
  return UPPER_START.test(t.text);
}
function isAllUpper(t: Token): boolean {
  // Regex tests, no copies: no lower-case letter, and at least two upper-case ones.
  if (isAsciiLower(t.text.charCodeAt(0))) return false;
  return !LOWER_LETTER.test(t.text) && TWO_UPPER.test(t.text);
}
function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Per-document context the rules share. */
export interface MentionContext {
  resources: ExtractResources;
  text: string;
  sentences: readonly Sentence[];
  /** Sentences written in capitals (headlines, tables): case tells nothing there. */
  capsLine: boolean[];
  /** The document reads as sports news (teams named after places are organisations). */
  sports: boolean;
  /** Words the document also writes in lower case: ordinary words, not names. */
  lowerVocabulary: ReadonlySet<string>;
}

/** Tags compromise's lexicon gives the word, or none. */
function tagsOf(ctx: MentionContext, t: Token): readonly string[] {
  return ctx.resources.lexicon.get(t.normal) ?? [];
}
function hasTag(tags: readonly string[], set: ReadonlySet<string>): boolean {
  return tags.some((x) => set.has(x));
}
/** An ordinary English word (noun, verb, adjective…), not a name, according to the lexicon. */
function isCommonWord(ctx: MentionContext, t: Token): boolean {
  if (ctx.lowerVocabulary.has(t.normal)) return true;
  const tags = tagsOf(ctx, t);
  // Plurals of ordinary nouns ("Extras", "Balls") are ordinary too.
  if (tags.length === 0 && t.normal.length > 3 && t.normal.endsWith('s')) {
    const singular = ctx.resources.lexicon.get(t.normal.slice(0, -1));
    if (singular && !singular.some((x) => NAME_TAGS.has(x) || PLACE_TAGS.has(x) || ORG_TAGS.has(x) || x === 'ProperNoun')) return true;
  }
  if (tags.length === 0) return ctx.resources.cues.notNames.has(t.normal);
  // Initials written without dots ("JD Vance") are abbreviations to the lexicon, not ordinary words.
  if (tags.every((x) => x === 'Abbreviation') && isAllUpper(t) && t.text.length <= 3) return false;
  return !tags.some((x) => NAME_TAGS.has(x) || PLACE_TAGS.has(x) || ORG_TAGS.has(x) || x === 'ProperNoun');
}

const NOUN_LIKE = new Set(['Noun', 'Singular', 'Uncountable', 'Comparative', 'Month']);
/** A word that can also be a given name ("Gail", "Frank", "Rose"): nouns and adjectives, not verbs. */
function nounLike(ctx: MentionContext, t: Token): boolean {
  const tags = tagsOf(ctx, t);
  return tags.length > 0 && tags.every((x) => NOUN_LIKE.has(x));
}

const SCORE = /\b\d{1,3}-\d{1,3}\b/g;

/** Matches of the global regex `re` in `text`, counted up to `max`. */
function countUpTo(re: RegExp, text: string, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.exec(text)) n++;
  re.lastIndex = 0;
  return n;
}

/** Detects sentences set in capitals, and whether the document is sports news. */
export function buildMentionContext(resources: ExtractResources, text: string, sentences: readonly Sentence[]): MentionContext {
  const capsLine = sentences.map((s) => {
    let words = 0;
    let upper = 0;
    for (const t of s.tokens)
      if (isWord(t)) {
        words++;
        if (isAllUpper(t) || (t.text.length === 1 && t.text === t.text.toUpperCase())) upper++;
      }
    if (words > 0 && upper / words >= 0.7 && (words >= 2 || (s.tokens.length <= 3 && upper === words))) return true;
    // Headlines in Title Case ("Russia Destroys Ukraine's Bridge Over Oskol River"): capitals tell
    // nothing there either, so they are read like lines in capitals.
    // (Lists of names are capitalised too: a headline also capitalises ordinary words.)
    let long = 0;
    let capped = 0;
    for (const t of s.tokens)
      if (t.text.length >= 4 && isWord(t)) {
        long++;
        if (isCap(t)) capped++;
      }
    if (long < 5 || capped / long < 0.85) return false;
    let cappedCommon = 0;
    for (const t of s.tokens)
      if (t.text.length >= 4 && isCap(t)) {
        const tags = resources.lexicon.get(t.normal) ?? resources.lexicon.get(t.normal.replace(/e?s$/, '')) ?? [];
        if (tags.length > 0 && !tags.some((x) => NAME_TAGS.has(x) || PLACE_TAGS.has(x) || ORG_TAGS.has(x) || x === 'ProperNoun')) cappedCommon++;
      }
    return cappedCommon >= 3 && cappedCommon / long >= 0.4;
  });
  // Sports news: the first line names a sport ("SOCCER - ...") or scores abound.
  let sports = false;
  const first = sentences[0];
  if (first) sports = first.tokens.slice(0, 3).some((t) => resources.cues.sportsWords.has(t.normal));
  if (!sports) {
    const sportWords = sentences
      .slice(0, 5)
      .some((s) => s.tokens.some((t) => resources.cues.sportsWords.has(t.normal) && t.normal !== 'motor'));
    // the whole-text scan for scores only when a sports word opens the text, and only up to four
    sports = sportWords && countUpTo(SCORE, text, 4) >= 4;
  }
  const lowerVocabulary = new Set<string>();
  for (const s of sentences)
    for (let k = 0; k < s.tokens.length; k++) {
      const t = s.tokens[k] as Token;
      // "myung" in "Jae-myung" is part of a name, not evidence of an ordinary word.
      const prev = s.tokens[k - 1];
      if (t.text === t.normal && isWord(t) && !(prev && prev.end === t.start && prev.text === '-'))
        lowerVocabulary.add(t.normal);
    }
  return { resources, text, sentences, capsLine, sports, lowerVocabulary };
}

/** Does the gazetteer entry accept the `length` tokens from `from` as written (case rules)? */
function caseOk(entry: GazetteerEntry, toks: readonly Token[], from: number, length: number, caps: boolean): boolean {
  for (let k = 0; k < length; k++) {
    const tok = toks[from + k] as Token;
    const surf = entry.surface[k] ?? '';
    if (entry.caseSensitive) {
      if (tok.text === surf) continue;
      if (caps && tok.text.toUpperCase() === surf.toUpperCase() && surf.replace(/[^\p{L}]/gu, '').length > 2) continue;
      // "U.S." written "US" and vice versa share a key only when normalised; require same case.
      return false;
    }
    if (UPPER_START.test(surf) && !UPPER_START.test(tok.text)) return false;
  }
  return true;
}

/**
 * Trie walks of the sentence being read (keyed by its keys array): the rules ask about the same
 * positions often. One sentence at a time, since sentences are read in turn: a WeakMap entry per
 * sentence cost more than the walks it saved.
 */
let cachedKeys: readonly string[] | undefined;
let cachedGazetteer: ExtractResources['gazetteer'] | undefined;
let matchCache: (ReturnType<typeof longestMatches> | undefined)[] = [];

/** Gazetteer match at `i` with the most tokens whose case fits, or undefined. */
function gazetteerAt(ctx: MentionContext, toks: readonly Token[], keys: readonly string[], i: number, caps: boolean, limit: number) {
  const gazetteer = ctx.resources.gazetteer;
  if (cachedKeys !== keys || cachedGazetteer !== gazetteer) {
    cachedKeys = keys;
    cachedGazetteer = gazetteer;
    // sized up front: filled out of order, a growing array would turn into a dictionary
    matchCache = new Array<ReturnType<typeof longestMatches> | undefined>(keys.length);
  }
  let matches = matchCache[i];
  if (!matches) {
    matches = longestMatches(gazetteer, keys, i, keys.length);
    matchCache[i] = matches;
  }
  if (matches.length === 0) return undefined;
  for (const m of matches) {
    if (m.length > limit - i) continue;
    for (const entry of m.entries) if (caseOk(entry, toks, i, m.length, caps)) return { length: m.length, entry };
  }
  return undefined;
}

/** Longest person title starting at token i (e.g. "vice president"), in tokens, or 0. */
function titleAt(ctx: MentionContext, toks: readonly Token[], i: number, limit: number): number {
  const { personTitles, honorifics, maxTitleWords, titleFirstWords } = ctx.resources.cues;
  if (!titleFirstWords.has((toks[i] as Token).normal)) return 0;
  for (let len = Math.min(maxTitleWords, limit - i); len >= 1; len--) {
    const words: string[] = [];
    for (let k = i; k < i + len; k++) words.push((toks[k] as Token).normal);
    const phrase = words.join(' ').replace(/ - /g, '-');
    if (personTitles.has(phrase) || (len === 1 && honorifics.has(phrase))) return len;
  }
  // "Vice-President" is tokenised as Vice - President
  if (i + 2 < limit && toks[i + 1]?.text === '-' && glued(toks[i], toks[i + 1])) {
    const phrase = `${(toks[i] as Token).normal}-${(toks[i + 2] as Token).normal}`;
    if (personTitles.has(phrase)) return 3;
  }
  return 0;
}

function joinText(ctx: MentionContext, toks: readonly Token[], from: number, to: number): { start: number; end: number; text: string } {
  const start = (toks[from] as Token).start;
  const end = (toks[to - 1] as Token).end;
  return { start, end, text: ctx.text.slice(start, end) };
}

/**
 * Finds mention candidates in every sentence: gazetteer phrases (countries, demonyms, capitals,
 * organisations, user aliases) and capitalised name runs classified by title cues, org heads,
 * compromise's name lexicon and context. Mentions never nest: a run is one mention, or is split
 * into non-overlapping pieces.
 */
export function findMentions(ctx: MentionContext): MentionCandidate[] {
  const out: MentionCandidate[] = [];
  ctx.sentences.forEach((sentence, sIdx) => {
    const toks = sentence.tokens;
    const keys = toks.map(tokenKey);
    const caps = ctx.capsLine[sIdx] ?? false;
    let i = 0;
    while (i < toks.length) {
      const t = toks[i] as Token;
      if (caps) {
        // In capitals, only the gazetteer speaks here; names known from the body come later.
        const g = gazetteerAt(ctx, toks, keys, i, true, toks.length);
        if (g) {
          emitGazetteer(ctx, out, sIdx, toks, i, i + g.length, g.entry, 'gazetteer-caps');
          i += g.length;
        } else i++;
        continue;
      }
      if (!isCap(t) && !(isAllUpper(t) && LETTER.test(t.text))) {
        // Lower-case gazetteer forms exist only for case-insensitive entries, which need capitals,
        // except for a name whose listed form opens with a lower-case particle and goes on with a
        // capital ("al-Qaeda", "al Qaeda", "el-Sisi"), written so.
        const g = t.text === t.normal ? gazetteerAt(ctx, toks, keys, i, false, toks.length) : undefined;
        if (g && g.length > 1 && g.entry.surface[0] === t.text && isCap(toks[i + g.length - 1])) {
          emitGazetteer(ctx, out, sIdx, toks, i, i + g.length, g.entry, 'gazetteer-particle');
          i += g.length;
          continue;
        }
        i++;
        continue;
      }
      // "The Organisation for Security and Cooperation in Europe": the name starts after "The".
      if (FUNCTION_WORDS.has(t.normal) && isCap(toks[i + 1])) {
        i++;
        continue;
      }
      const end = extendRun(ctx, toks, i);
      // A known name longer than the capitalised run ("Democratic Republic of the Congo", "Bank of
      // the West"): the gazetteer knows where it ends.
      const long = gazetteerAt(ctx, toks, keys, i, false, toks.length);
      if (long && i + long.length > end) {
        emitGazetteer(ctx, out, sIdx, toks, i, i + long.length, long.entry, 'gazetteer-long');
        i += long.length;
        continue;
      }
      const stop = processRun(ctx, out, sIdx, toks, keys, i, end);
      i = stop !== undefined && stop > end ? stop : end;
    }
  });
  return out;
}

/** End (exclusive) of the capitalised run starting at i. */
function extendRun(ctx: MentionContext, toks: readonly Token[], i: number): number {
  const { nameParticles, orgHeads, orgPrefixes } = ctx.resources.cues;
  let j = i + 1;
  while (j < toks.length) {
    const t = toks[j] as Token;
    const prev = toks[j - 1] as Token;
    if (CALENDAR.has(t.normal) || CALENDAR.has(prev.normal)) break;
    if (isCap(t) && !prev.text.endsWith(':')) {
      j++;
      continue;
    }
    // Hyphenated names: Jae-myung, Jean-Pierre, Al-Assad.
    const after = toks[j + 1];
    if (
      (t.text === '-' || t.text === '\u2010') &&
      glued(prev, t) &&
      glued(t, after) &&
      isWord(after) &&
      (isCap(after) || !isCommonWord(ctx, after))
    ) {
      j += 2;
      continue;
    }
    const next = toks[j + 1];
    if (nameParticles.has(t.normal) && isCap(next) && t.text === t.normal) {
      j++;
      continue;
    }
    // particles in a row: "van der Westhuizen", "de la Vega", "van den Broek"
    if (nameParticles.has(t.normal) && t.text === t.normal && next !== undefined && next.text === next.normal && nameParticles.has(next.normal) && isCap(toks[j + 2])) {
      j += 2;
      continue;
    }
    // "Test and County Cricket Board", "Toronto Bond Traders ' Association", "Boatmen 's Bancshares
    // Inc.": a connector inside an organisation's name, accepted when the name ends in an org word.
    // ("and" is left out: "KeyCorp and Banc One Corp." are two firms far more often than one.)
    if ((t.text === "'" || t.normal === "'s" || t.normal === 'on') && isCap(next)) {
      let k = j + 1;
      while (k < toks.length && isCap(toks[k]) && !CALENDAR.has((toks[k] as Token).normal)) k++;
      const tail = toks[k - 1] as Token;
      const orgBefore = orgHeads.has(prev.normal) || orgPrefixes.has((toks[i] as Token).normal);
      // "Russia's Security Council": a state owning an organisation, not part of its name.
      const runKeys = toks.slice(i, j).map(tokenKey);
      const state = longestMatches(ctx.resources.gazetteer, runKeys, 0, runKeys.length)[0];
      const stateOwner = state?.length === runKeys.length && state.entries.some((e) => e.kind === 'country' || e.kind === 'capital' || e.kind === 'place');
      if (k > j + 1 && !stateOwner && (orgHeads.has(tail.normal) || (t.normal === 'on' && orgBefore)) && !COMPANY_SUFFIXES.has(prev.normal) && (t.normal !== 'on' || orgBefore)) {
        j = k;
        continue;
      }
    }
    if ((t.text === '&' || t.normal === 'of' || t.normal === 'for') && isCap(next)) {
      // "Bank of Russia", "Ministry of Defence", "Standard & Poor's": only after an org word.
      const firstWord = (toks[i] as Token).normal;
      if (t.text === '&' || ((orgHeads.has(prev.normal) || orgPrefixes.has(firstWord)) && !COMPANY_SUFFIXES.has(prev.normal))) {
        j++;
        continue;
      }
    }
    break;
  }
  return j;
}

function emitGazetteer(
  ctx: MentionContext,
  out: MentionCandidate[],
  sIdx: number,
  toks: readonly Token[],
  from: number,
  to: number,
  entry: GazetteerEntry,
  rule: string,
): void {
  if (entry.kind === 'place') {
    // States and provinces name teams in sports news ("Minnesota 6 MILWAUKEE 1"), never in datelines.
    const next = toks[to];
    // "MILWAUKEE , Wisconsin 1996-08-29": any place right before a dateline's date is a place.
    const dateline = next !== undefined && /^\d{4}-\d\d-\d\d$/.test(next.text);
    // "Kansas City": a state name that starts a longer name is not the team.
    const caps = ctx.capsLine[sIdx] ?? false;
    if (ctx.sports && entry.type === 'Organization' && !dateline && !(next && isCap(next) && (!caps || /^(CITY|ST|STATE)$/.test(next.text))))
      out.push({ sentence: sIdx, from, to, ...joinText(ctx, toks, from, to), type: 'Organization', via: 'name', confidence: 0.5, rule: 'sports-place' });
    return;
  }
  const via: MentionVia = entry.kind === 'demonym' ? 'demonym' : entry.kind === 'capital' ? 'capital' : 'name';
  if (entry.kind === 'capital' && !capitalStandsForState(ctx, toks, from, to)) return;
  if (entry.kind === 'demonym') {
    // "West Indian", "East German": a compass word makes it another thing than the country.
    const prev = toks[from - 1];
    if (prev && COMPASS.has(prev.normal) && isCap(prev)) return;
  }
  out.push({
    sentence: sIdx,
    from,
    to,
    ...joinText(ctx, toks, from, to),
    type: entry.type,
    via,
    entry,
    confidence: entry.kind === 'capital' ? 0.7 : 0.95,
    rule,
  });
}

/**
 * A capital names its state when it acts ("Moscow said", "with Pyongyang"), not when it is a
 * place ("in Pyongyang", a dateline "LONDON 1996-08-30", "Washington DC").
 */
function capitalStandsForState(ctx: MentionContext, toks: readonly Token[], from: number, to: number): boolean {
  const prev = toks[from - 1];
  const next = toks[to];
  // "the heart of Paris' art scene" is a place; "response to Islamabad's aggression" is the state.
  if (prev && prev.normal !== 'to' && ctx.resources.cues.locativePrepositions.has(prev.normal)) return false;
  if (next?.normal === "'s" || next?.text === "'" || next?.text === '\u2019') return true;
  if (prev && ctx.resources.cues.locativePrepositions.has(prev.normal)) return false;
  if (from === 0 && next && (next.pos === 'NUM' || /^\d/.test(next.text))) return false;
  if (next && (next.text === '-' || isCap(next))) return false;
  if (from === 0 && next?.text === ',' && /^\p{Lu}/u.test(toks[to + 1]?.text ?? '') && isCap(toks[to + 1])) return false;
  return true;
}

/** Words before a plural that make it a plural, not a possessive ("the two Koreas", "both Clintons"). */
const PLURAL_DETERMINERS = new Set(['two', 'three', 'both', 'all', 'rival', 'many']);
const GLUED_S = /^\p{Lu}[^]*[\p{Ll}\p{Lu}]s$/u;

/**
 * A run with a word that is a known name plus "s" and no word of its own ("Britains", "Al Qaedas",
 * "Canadas Bombardier", "Obamas plan"): scraped text that lost a possessive's apostrophe. The name
 * (without the "s") is emitted, the words before and after it are read as runs of their own.
 * Something owned must follow: a capitalised word in the run, or a noun or an adjective after it.
 * Returns undefined when the run has no such word; else where reading goes on (past `to` when a
 * known name starts after the possessive and ends beyond the run: "Syrias Bashar al-Assad").
 */
function splitGluedPossessive(ctx: MentionContext, out: MentionCandidate[], sIdx: number, toks: readonly Token[], keys: readonly string[], from: number, to: number): number | undefined {
  const gazetteer = ctx.resources.gazetteer;
  for (let k = from; k < to; k++) {
    const t = toks[k] as Token;
    // cheap checks first: this runs for every word of every capitalised run
    if (t.text.charCodeAt(t.text.length - 1) !== 115 || t.text.length < 3 || !GLUED_S.test(t.text) || t.text.endsWith('ss') || ctx.resources.lexicon.has(t.normal)) continue;
    const next = toks[k + 1];
    // (a noun, an adjective, or a gerund: "Russias backing for")
    if (k === to - 1 && !(next !== undefined && !isCap(next) && (next.pos === 'NOUN' || next.pos === 'ADJ' || (next.pos === 'VERB' && next.normal.endsWith('ing'))))) continue;
    const stem = t.text.slice(0, -1);
    // "Holders Manchester United": the plural of an ordinary noun, whatever one-word name shares its
    // singular (a longer name, "Sports Illustrateds", is evidence enough)
    const stemTags = ctx.resources.lexicon.get(stem.toLowerCase());
    const ordinary = (stemTags !== undefined && !stemTags.some((x) => NAME_TAGS.has(x) || PLACE_TAGS.has(x) || ORG_TAGS.has(x) || x === 'ProperNoun')) || ctx.lowerVocabulary.has(t.normal) || ctx.lowerVocabulary.has(stem.toLowerCase());
    const stemKey = tokenKey({ text: stem, normal: stem.toLowerCase() });
    // the name may start up to three words before ("Al Qaedas", "Sports Illustrateds")
    for (let a = Math.max(from, k - 3); a <= k; a++) {
      // only a title may come before the name in the run ("President Obamas plan"; not "Aguas Argentinas")
      if (a > from && titleAt(ctx, toks, from, a) !== a - from) continue;
      if (a < k && !gazetteer.root.next.has(keys[a] ?? '')) continue;
      if (a === k && (ordinary || !gazetteer.root.next.has(stemKey))) continue;
      const keys2 = keys.slice(a, k + 1);
      keys2[keys2.length - 1] = stemKey;
      const match = longestMatches(gazetteer, keys2, 0, keys2.length)[0];
      if (!match || match.length !== keys2.length) continue;
      const toks2 = toks.slice(a, k + 1);
      toks2[toks2.length - 1] = { ...t, text: stem, normal: stem.toLowerCase() };
      const entry = match.entries.find((e) => (e.kind === 'country' || e.kind === 'org' || e.kind === 'person') && caseOk(e, toks2, 0, toks2.length, false));
      if (!entry) continue;
      const before = toks[a - 1];
      if (before && (PLURAL_DETERMINERS.has(before.normal) || (before.normal === 'the' && entry.kind === 'person'))) continue;
      // a surname first in the sentence may be a capitalised plural noun ("Holders Manchester United")
      if (entry.kind === 'person' && isSentenceInitial(toks, a)) continue;
      if (a > from) processRun(ctx, out, sIdx, toks, keys, from, a);
      const first = toks[a] as Token;
      out.push({ sentence: sIdx, from: a, to: k + 1, start: first.start, end: t.end - 1, text: ctx.text.slice(first.start, t.end - 1), type: entry.type, via: 'name', entry, confidence: 0.7, rule: 'glued-possessive' });
      if (k + 1 >= to) return to;
      const long = gazetteerAt(ctx, toks, keys, k + 1, false, toks.length);
      if (long && k + 1 + long.length > to) {
        emitGazetteer(ctx, out, sIdx, toks, k + 1, k + 1 + long.length, long.entry, 'gazetteer-long');
        return k + 1 + long.length;
      }
      return processRun(ctx, out, sIdx, toks, keys, k + 1, to) ?? to;
    }
  }
  return undefined;
}

function processRun(
  ctx: MentionContext,
  out: MentionCandidate[],
  sIdx: number,
  toks: readonly Token[],
  keys: readonly string[],
  from: number,
  to: number,
): number | undefined {
  const { cues } = ctx.resources;
  while (from < to && FUNCTION_WORDS.has((toks[from] as Token).normal)) from++;
  if (from >= to) return;
  // Whole run is a known phrase.
  const whole = gazetteerAt(ctx, toks, keys, from, false, to);
  if (whole && whole.length === to - from) {
    emitGazetteer(ctx, out, sIdx, toks, from, to, whole.entry, 'gazetteer');
    return;
  }
  // "Britains Queen Elizabeth", "Al Qaedas Syrian franchise": a known name whose possessive lost its apostrophe.
  const gluedEnd = splitGluedPossessive(ctx, out, sIdx, toks, keys, from, to);
  if (gluedEnd !== undefined) return gluedEnd;
  // "Bank of Russia", "Ministry of Foreign Affairs": one organisation, nothing inside it.
  const ofAt = toks.slice(from, to).findIndex((t) => t.normal === 'of' || t.normal === 'for');
  if (ofAt > 0) {
    const head = toks[from + ofAt - 1] as Token;
    const firstWord = toks[from] as Token;
    if (cues.orgHeads.has(head.normal) || cues.orgPrefixes.has(firstWord.normal)) {
      const lead = titleAt(ctx, toks, from, to);
      if (lead === 0) {
        out.push(candidate(ctx, sIdx, toks, from, to, 'Organization', 0.85, 'org-of'));
        return;
      }
    }
  }
  let i = from;
  let title: string | undefined = precedingTitle(ctx, toks, from);
  // Sentence-initial capitals may be ordinary words ("Trailing by 213", "Investigative outlet X").
  while (
    i < to &&
    isSentenceInitial(toks, i) &&
    isCommonWord(ctx, toks[i] as Token) &&
    !gazetteerAt(ctx, toks, keys, i, false, to) &&
    // "Gail Devers", "Frank Busemann": a noun-like first word before an unknown surname stays.
    !(i + 1 < to && !isCommonWord(ctx, toks[i + 1] as Token) && nounLike(ctx, toks[i] as Token) && !ctx.resources.cues.notNames.has((toks[i] as Token).normal)) &&
    !ctx.resources.lexicon.has(`${(toks[i] as Token).normal} ${(toks[i + 1])?.normal ?? ''}`)) {
    const len = titleAt(ctx, toks, i, to);
    if (len > 0) {
      title = toks.slice(i, i + len).map((t) => t.normal).join(' ');
      i += len;
    } else i++;
  }
  let pieceStart = i;
  while (i < to) {
    const tlen = titleAt(ctx, toks, i, to);
    if (tlen > 0 && i > pieceStart && i + tlen < to && isCap(toks[i]) && isCap(toks[i + tlen])) {
      // "Boxing Association President Ramon Manzanares": what precedes the title is its own piece.
      classifyPiece(ctx, out, sIdx, toks, pieceStart, i, undefined);
      pieceStart = i;
    }
    if (tlen > 0 && i === pieceStart) {
      // "President Vladimir Putin", "MP Shashi Tharoor": the title is a cue, not part of the name.
      title = toks.slice(i, i + tlen).map((t) => t.normal).join(' ');
      i += tlen;
      pieceStart = i;
      continue;
    }
    const g = gazetteerAt(ctx, toks, keys, i, false, to);
    if (g) {
      const entry = g.entry;
      const runEnd0 = i + g.length;
      // A capital inside a longer name is part of it ("Dynamo Moscow", "Paris St Germain").
      if (entry.kind === 'capital' && (i > pieceStart || runEnd0 < to)) {
        const lastTok = toks[to - 1] as Token;
        if (i === pieceStart && cues.orgHeads.has(lastTok.normal)) {
          out.push(candidate(ctx, sIdx, toks, i, to, 'Organization', 0.8, 'capital-org'));
          return;
        }
        i++;
        continue;
      }
      // "Steve Forbes", "Rep. Randy Forbes": a one-word organisation name after a given name, or
      // ending a name a person's title introduces, is a surname (not in sports news, where
      // "Lola Honda" is a chassis and an engine).
      if (
        entry.kind === 'org' &&
        g.length === 1 &&
        runEnd0 === to &&
        i > pieceStart &&
        i - pieceStart <= 2 &&
        !cues.orgHeads.has((toks[i] as Token).normal) &&
        !isAllUpper(toks[i] as Token) &&
        toks.slice(pieceStart, i).every((t) => isCap(t) && !isAllUpper(t)) &&
        ((!ctx.sports && (hasTag(tagsOf(ctx, toks[pieceStart] as Token), FIRST_NAME_TAGS) || tagsOf(ctx, toks[pieceStart] as Token).includes('Person'))) || precedingTitle(ctx, toks, pieceStart) !== undefined)
      ) {
        out.push(candidate(ctx, sIdx, toks, pieceStart, to, 'Person', 0.8, 'first-name-org-surname', title));
        return;
      }
      // "Kurdistan Democratic Party": a generic organisation name qualified by the words before it.
      if (entry.kind === 'org' && runEnd0 === to && i > pieceStart && titleAt(ctx, toks, pieceStart, to) === 0) {
        const lead = toks.slice(pieceStart, i);
        if (lead.every((t) => isCap(t) && !isCommonWord(ctx, t) && !hasTag(tagsOf(ctx, t), FIRST_NAME_TAGS))) {
          out.push(candidate(ctx, sIdx, toks, pieceStart, to, 'Organization', 0.75, 'qualified-org'));
          return;
        }
      }
      // "Chad Curtis", "Jordan Smith": a country that is also a given name, before a surname.
      const after = toks[runEnd0];
      if (
        entry.kind === 'country' &&
        i === pieceStart &&
        g.length === 1 &&
        after !== undefined &&
        runEnd0 < to &&
        hasTag(tagsOf(ctx, toks[i] as Token), FIRST_NAME_TAGS) &&
        !cues.orgHeads.has((toks[to - 1] as Token).normal) &&
        !isCommonWord(ctx, after)
      ) {
        i++;
        continue;
      }
      const before = toks[i - 1];
      const nameBefore =
        i > pieceStart && before !== undefined && hasTag(tagsOf(ctx, before), FIRST_NAME_TAGS) && entry.type === 'Country';
      const runEnd = i + g.length;
      // "Japan Airlines", "China Daily": a country name heading a company name.
      const lastTok = toks[to - 1] as Token;
      const orgAfter =
        i === pieceStart &&
        entry.kind !== 'org' &&
        entry.kind !== 'user' &&
        runEnd < to &&
        (cues.orgHeads.has(lastTok.normal) || cues.orgHeads.has(lastTok.normal.replace(/ies$/, 'y').replace(/s$/, ''))) &&
        !(entry.kind === 'demonym' && (GOVERNMENT_HEADS.has(lastTok.normal) || GOVERNMENT_HEADS.has((toks[runEnd] as Token).normal)));
      // "Sydney Opera House", "Clarence House": a known organisation that is one ordinary word ends
      // a longer name here, and is not that organisation.
      if (entry.kind === 'org' && g.length === 1 && i > pieceStart && runEnd0 === to && isCommonWord(ctx, toks[i] as Token) && !isAllUpper(toks[i] as Token)) {
        i++;
        continue;
      }
      // "Naina Yeltsin", "Ivanka Trump": a known surname inside someone else's full name is not them.
      // A full name the list knows, after a word that is no given name ("New York AG Eric
      // Schneiderman"), is still that person.
      const before1 = toks[i - 1] as Token;
      if (entry.kind === 'person' && (runEnd0 < to || (i > pieceStart && (g.length === 1 || hasTag(tagsOf(ctx, before1), FIRST_NAME_TAGS) || cues.nameParticles.has(before1.normal))))) {
        i++;
        continue;
      }
      const lastOfRun = toks[to - 1] as Token;
      // "Labour Department", "Reuters Ottawa Bureau", "U.N. Council": a known organisation heading a longer one.
      if ((entry.kind === 'org' || entry.kind === 'place') && i === pieceStart && runEnd < to && cues.orgHeads.has(lastOfRun.normal) && titleAt(ctx, toks, runEnd, to) === 0) {
        out.push(candidate(ctx, sIdx, toks, i, to, 'Organization', 0.75, 'org-extended'));
        return;
      }
      // "Texas Rangers", "Cleveland Indians": a place and a plural nickname make a team.
      if (
        (entry.kind === 'place' || entry.kind === 'capital') &&
        i === pieceStart &&
        runEnd === to - 1 &&
        /\p{Ll}s$/u.test(lastOfRun.text) &&
        !hasTag(tagsOf(ctx, lastOfRun), NAME_TAGS)
      ) {
        out.push(candidate(ctx, sIdx, toks, i, to, 'Organization', 0.7, 'place-team'));
        return;
      }
      // "Air France", "Statistics Canada": a noun naming an organisation after a country.
      if (entry.kind === 'country' && runEnd === to && i === pieceStart + 1 && i > 0) {
        const lead = toks[pieceStart] as Token;
        const leadTags = tagsOf(ctx, lead);
        if (
          LETTER.test(lead.text) &&
          !glued(lead, toks[i]) &&
          lead.pos !== 'VERB' &&
          // "Destroys Ukraine" in a headline: a verb, not a name ("destroy" is a verb to the lexicon).
          !(tagsOf(ctx, { ...lead, normal: lead.normal.replace(/e?s$/, '') }).some((x) => x === 'Infinitive' || x === 'PresentTense')) &&
          !hasTag(leadTags, FIRST_NAME_TAGS) &&
          !hasTag(leadTags, PLACE_TAGS) &&
          titleAt(ctx, toks, pieceStart, to) === 0 &&
          !cues.notNames.has(lead.normal) &&
          !COMPASS.has(lead.normal) &&
          (leadTags.length === 0 || nounLike(ctx, lead) || leadTags.includes('Plural'))
        ) {
          out.push(candidate(ctx, sIdx, toks, pieceStart, to, 'Organization', 0.65, 'noun-country-org'));
          return;
        }
      }
      // "UEFA Cup", "Labour Day": an organisation's name inside an event's name.
      if (entry.kind === 'org' && i === pieceStart && runEnd < to && cues.eventHeads.has((toks[to - 1] as Token).normal)) return;
      // "North Korean Red Cross": a demonym heading a known organisation's name.
      if (!orgAfter && entry.kind === 'demonym' && i === pieceStart && runEnd < to) {
        const rest = gazetteerAt(ctx, toks, keys, runEnd, false, to);
        if (rest && rest.entry.kind === 'org' && runEnd + rest.length === to) {
          out.push(candidate(ctx, sIdx, toks, i, to, 'Organization', 0.7, 'demonym-org'));
          return;
        }
      }
      if (!nameBefore && !orgAfter) {
        if (i > pieceStart) classifyPiece(ctx, out, sIdx, toks, pieceStart, i, title);
        emitGazetteer(ctx, out, sIdx, toks, i, runEnd, entry, 'gazetteer-in-run');
        title = entry.kind === 'org' || entry.kind === 'user' ? undefined : title;
        i = runEnd;
        pieceStart = i;
        continue;
      }
      if (orgAfter) {
        out.push(candidate(ctx, sIdx, toks, i, to, 'Organization', 0.8, 'country-org'));
        return;
      }
    }
    i++;
  }
  if (pieceStart < to) classifyPiece(ctx, out, sIdx, toks, pieceStart, to, title);
  return undefined;
}

function isSentenceInitial(toks: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = toks[k] as Token;
    // After a dateline ("COLOMBO 1996-08-30 Scoreboard of ...") a new sentence starts.
    if (/^\d{4}-\d\d-\d\d$/.test(t.text)) return true;
    if (!OPEN_PUNCT.has(t.text) && !/^[\d.]+$/.test(t.text)) return false;
  }
  return true;
}

/** A lower-case title or cue noun right before the run ("leader Kim", "spokesperson Y"). */
function precedingTitle(ctx: MentionContext, toks: readonly Token[], from: number): string | undefined {
  const prev = toks[from - 1];
  if (!prev) return undefined;
  const { personTitles, honorifics } = ctx.resources.cues;
  if (personTitles.has(prev.normal) || honorifics.has(prev.normal)) {
    const prev2 = toks[from - 2];
    if (prev2 && personTitles.has(`${prev2.normal} ${prev.normal}`)) return `${prev2.normal} ${prev.normal}`;
    return prev.normal;
  }
  return undefined;
}

function candidate(
  ctx: MentionContext,
  sIdx: number,
  toks: readonly Token[],
  from: number,
  to: number,
  type: MentionCandidate['type'],
  confidence: number,
  rule: string,
  title?: string,
): MentionCandidate {
  const c: MentionCandidate = { sentence: sIdx, from, to, ...joinText(ctx, toks, from, to), type, via: 'name', confidence, rule };
  if (title !== undefined) c.title = title;
  return c;
}

/** Decides what a capitalised piece (no gazetteer phrase inside) names. */
function classifyPiece(
  ctx: MentionContext,
  out: MentionCandidate[],
  sIdx: number,
  toks: readonly Token[],
  from: number,
  to: number,
  title: string | undefined,
): void {
  const { cues } = ctx.resources;
  // Trim ordinary words at either end ("Our", "AI Features"): names are not verbs or adverbs.
  while (
    from < to &&
    ((FUNCTION_WORDS.has((toks[from] as Token).normal) && !isAllUpper(toks[from] as Token)) ||
      /^[\p{P}]+$/u.test((toks[from] as Token).text) ||
      (CALENDAR.has((toks[from] as Token).normal) && to - from > 1))
  )
    from++;
  while (to > from && (toks[to - 1] as Token).text.match(/^[\p{P}]+$/u)) to--;
  if (from >= to) return;
  // "State John Kornblum" (the tail of "Secretary of State John Kornblum"): drop the leading word.
  while (to - from >= 3 && isCommonWord(ctx, toks[from] as Token) && hasTag(tagsOf(ctx, toks[from + 1] as Token), FIRST_NAME_TAGS)) {
    from++;
  }
  const first = toks[from] as Token;
  const last = toks[to - 1] as Token;
  // Words, not tokens: "Ata-ur-Rehman" is one word of five wink tokens.
  let len = 1;
  for (let k = from + 1; k < to; k++) if ((toks[k] as Token).start > (toks[k - 1] as Token).end) len++;
  // Name particles ("de", "van", "bin") are lower-case by nature: they say nothing about ordinariness.
  const words = toks.slice(from, to).filter((t) => LETTER.test(t.text) && !(t.text === t.normal && cues.nameParticles.has(t.normal)));
  if (words.length === 0) return;
  const prev = toks[from - 1];
  const next = toks[to];
  let firstTags = tagsOf(ctx, first);
  // "Jean-Michel": a hyphenated given name counts as a first name if its first part is one.
  if (toks[from + 1]?.text === '-' && (toks[from + 1] as Token).start === first.end && hasTag(firstTags, FIRST_NAME_TAGS) === false) {
    const second = toks[from + 2];
    if (second && hasTag(tagsOf(ctx, second), FIRST_NAME_TAGS)) firstTags = tagsOf(ctx, second);
  }
  // Given names the lexicon files under other words (a month, a fabric).
  if (first.normal === 'jean' || first.normal === 'jan') firstTags = ['MaleName'];
  const lastTags = tagsOf(ctx, last);
  const push = (type: MentionCandidate['type'], confidence: number, rule: string, via: MentionVia = 'name'): void => {
    const c = candidate(ctx, sIdx, toks, from, to, type, confidence, rule, type === 'Person' ? title : undefined);
    c.via = via;
    out.push(c);
  };

  if (cues.miscPrefixes.has(first.normal) && len > 1) return;
  // "Douglas & Lomason", "A.G. Edwards & Sons": firms, not people.
  if (len > 2 && toks.slice(from, to).some((t) => t.text === '&')) return push('Organization', 0.75, 'ampersand');
  // "All-Party Delegation Leader": a description ending in a title, not a name.
  if (len > 1 && cues.personTitles.has(last.normal)) return;
  if (len === 1 && cues.notNames.has(first.normal)) return;
  if (cues.locationPrefixes.has(first.normal) && len > 1 && !cues.orgHeads.has(last.normal))
    return ctx.sports ? push('Unknown', 0.4, 'place-in-sports') : undefined;
  // "Studio Albatros and L Galerie": coordinated with an organisation, likely one too.
  const coordinated = out[out.length - 1];
  if (
    prev?.normal === 'and' &&
    coordinated?.type === 'Organization' &&
    coordinated.sentence === sIdx &&
    coordinated.to === from - 1 &&
    !hasTag(firstTags, FIRST_NAME_TAGS)
  )
    return push('Organization', 0.65, 'org-coordination');
  if (cues.orgHeads.has(last.normal) && len > 1 && !cues.personTitles.has(last.normal))
    return push('Organization', 0.8, 'org-head');
  if (len > 1 && cues.orgPrefixes.has(first.normal)) return push('Organization', 0.75, 'org-prefix');
  // "M. Butcher", "A.J.P. Taylor": initials before a capitalised word make a person.
  // "Seattle Mariners", "Rotor Volgograd", "Bucharest Newsroom": a place word inside a name makes
  // it a team or an organisation, not a person.
  if (len > 1) {
    const placeAt = toks.slice(from, to).findIndex((t) => hasTag(tagsOf(ctx, t), PLACE_TAGS) && !hasTag(tagsOf(ctx, t), FIRST_NAME_TAGS));
    // ("Anthony Washington", "Jack London": a given name first makes the place word a surname.)
    if (placeAt === 0 || (placeAt === len - 1 && !(hasTag(firstTags, FIRST_NAME_TAGS) && !hasTag(firstTags, PLACE_TAGS)))) {
      if (ctx.sports) return push('Organization', 0.6, 'sports-team-name');
      const lastPlural = last.normal.endsWith('s') && !hasTag(lastTags, NAME_TAGS);
      if (placeAt === 0 && lastPlural) return push('Organization', 0.55, 'place-plural');
      return;
    }
  }
  // Results tables: "Greenock Morton 3 2 0 1", "Hansa Rostock 0" are teams; people there are named
  // with a given name the lexicon knows ("Gail Devers ( U.S. ) 10.89").
  if (ctx.sports && len > 1 && next !== undefined && /^\d+$/.test(next.text) && !hasTag(firstTags, FIRST_NAME_TAGS) && !/^(\p{Lu}\.)+$/u.test(first.text) && !['b', 'c', 'st', 'lbw', '('].includes(prev?.text ?? ''))
    return push('Organization', 0.55, 'sports-table-team');
  if (len > 1 && /^(\p{Lu}\.)+$/u.test(first.text) && !cues.orgHeads.has(last.normal)) return push('Person', 0.85, 'initials');
  if (len > 1 && len <= 4 && hasTag(firstTags, FIRST_NAME_TAGS) && !cues.strongLocationHeads.has(last.normal) && !cues.eventHeads.has(last.normal) && !cues.personTitles.has(last.normal) && !hasTag(firstTags, PLACE_TAGS))
    return push('Person', 0.85, 'first-name');
  if (cues.locationHeads.has(last.normal) && len > 1) return;
  if (cues.eventHeads.has(last.normal) && len > 1) return;
  // Sports clubs: "Manchester City", "Leicester City".
  if (ctx.sports && len > 1 && last.normal === 'city' && !hasTag(firstTags, FIRST_NAME_TAGS)) return push('Organization', 0.6, 'sports-city');
  if (prev && cues.orgCueNouns.has(prev.normal) && !isCap(prev) && !(len > 1 && hasTag(firstTags, FIRST_NAME_TAGS)))
    return push('Organization', 0.7, 'org-cue-noun');
  // "Major League Baseball": a title word before ordinary words is not a title.
  const orgish = toks.slice(from, to).some((t) => cues.eventHeads.has(t.normal) || cues.orgHeads.has(t.normal));
  if (title !== undefined && !cues.personTitles.has(last.normal) && !orgish && (!isCommonWord(ctx, first) || hasTag(firstTags, FIRST_NAME_TAGS)))
    return push('Person', 0.9, 'title-cue');
  if (prev && cues.personCueNouns.has(prev.normal) && !isCap(prev)) return push('Person', 0.8, 'person-cue-noun');
  if (len === 1 && isAllUpper(first) && first.text.replace(/[^\p{L}]/gu, '').length <= 6) {
    if (hasTag(firstTags, PLACE_TAGS) || cues.personTitles.has(first.normal)) return;
    if (firstTags.length > 0 && !hasTag(firstTags, ORG_TAGS)) return;
    return push('Organization', 0.6, 'acronym', 'acronym');
  }
  if (hasTag(firstTags, ORG_TAGS) && len === 1) return push(ctx.sports ? 'Organization' : 'Organization', 0.75, 'lexicon-org');
  if (len > 1 && hasTag(firstTags, FIRST_NAME_TAGS) && !cues.personTitles.has(last.normal)) return push('Person', 0.85, 'first-name');
  if (len > 1 && hasTag(lastTags, NAME_TAGS) && !isCommonWord(ctx, first) && !hasTag(firstTags, PLACE_TAGS)) return push('Person', 0.8, 'last-name');
  if (len === 1 && hasTag(firstTags, PLACE_TAGS)) {
    // Venues ("at Headingley", "Hove :") are places even in sports news.
    const venue = (prev && (prev.normal === 'at' || prev.normal === 'in')) || next?.text === ':';
    if (ctx.sports && !firstTags.includes('Country') && !venue) push('Unknown', 0.4, 'place-in-sports');
    return;
  }
  // Person names are not written like acronyms or brands ("GDRs", "NationsBank"); McDonald is fine.
  const personCased = words.every((t) => !/^\p{L}\p{Ll}*\p{Lu}/u.test(t.text) || /^(Mc|Mac|O'|D'|De|Di|La|Le|Van|Von)\p{Lu}/u.test(t.text) || isAllUpper(t));
  // Results tables: "Greenock Morton 3 2 0 1", "Hansa Rostock 0" are teams; people there are named
  // with a given name the lexicon knows ("Gail Devers ( U.S. ) 10.89").
  const tableTeam = ctx.sports && next !== undefined && /^\d+$/.test(next.text) && !hasTag(firstTags, FIRST_NAME_TAGS);
  // "Zycie Warszawy daily said": a cue noun after the name.
  if (len > 1 && next && next.text === next.normal && ['daily', 'newspaper', 'weekly', 'agency', 'magazine', 'group', 'company', 'bank'].includes(next.normal))
    return push('Organization', 0.65, 'org-cue-after');
  const allNamey = personCased && (
    words.every((t) => !isCommonWord(ctx, t)) ||
    (len >= 2 && len <= 3 && nounLike(ctx, first) && !isCommonWord(ctx, last) && words.slice(1).every((t) => !isCommonWord(ctx, t)) && !cues.notNames.has(first.normal)));
  if (len >= 2 && len <= 4 && allNamey && tableTeam) return push('Organization', 0.55, 'sports-table-team');
  const orgOrEventWord = toks.slice(from, to).some((t) => cues.eventHeads.has(t.normal) || cues.orgHeads.has(t.normal));
  if (len >= 2 && len <= 4 && allNamey && !cues.personTitles.has(last.normal) && !orgOrEventWord) {
    if (next && (SAYS.has(next.normal) || next.text === ',')) return push('Person', 0.7, 'name-shape');
    return push('Person', 0.6, 'name-shape');
  }
  // "Ata-ur-Rehman", "Inzamam-ul-Haq", "Abd-al-Aziz": a lower-case particle between capitalised parts.
  if (len === 1 && to - from >= 5 && /^\p{Lu}[\p{L}]*-\p{Ll}{1,3}-\p{Lu}/u.test(ctx.text.slice(first.start, last.end)))
    return push('Person', 0.8, 'particle-name');
  // "the Obamas", "the Clintons": a family named by a listed surname; a Person of its own.
  if (len === 1 && to - from === 1 && prev?.normal === 'the' && /\p{Ll}s$/u.test(first.text)) {
    const stems = first.text.endsWith('es') ? [first.text.slice(0, -1), first.text.slice(0, -2)] : [first.text.slice(0, -1)];
    for (const stem of stems) {
      const family = ctx.resources.gazetteer.root.next.get(tokenKey({ text: stem, normal: stem.toLowerCase() }))?.entries.some((e) => e.kind === 'person' && e.surface.length === 1);
      if (family && !ctx.resources.lexicon.has(first.normal)) return push('Person', 0.7, 'family-name');
    }
  }
  // "Russias strongest critics", "CNNs integral role": a possessive whose apostrophe was lost.
  if (len === 1 && to - from === 1 && next !== undefined && (next.pos === 'NOUN' || next.pos === 'ADJ') && /\p{Ll}s$|\p{Lu}s$/u.test(first.text)) {
    const stem = first.text.slice(0, -1);
    const entry = ctx.resources.gazetteer.root.next.get(tokenKey({ text: stem, normal: stem.toLowerCase() }))?.entries.find(
      (e) => (e.kind === 'country' || e.kind === 'org' || e.kind === 'person') && e.surface.length === 1 && (e.caseSensitive ? e.surface[0] === stem : isCap(first)),
    );
    if (entry && !ctx.resources.lexicon.has(first.normal)) {
      const via: MentionVia = 'name';
      out.push({ sentence: sIdx, from, to, start: first.start, end: first.end - 1, text: stem, type: entry.type, via, entry, confidence: 0.7, rule: 'glued-possessive' });
      return;
    }
  }
  if (len === 1 && !isCommonWord(ctx, first) && !CALENDAR.has(first.normal)) {
    if (isSentenceInitial(toks, from) && first.pos !== 'PROPN' && !hasTag(firstTags, NAME_TAGS)) return;
    if (hasTag(firstTags, NAME_TAGS)) return push('Unknown', 0.5, 'lexicon-name-single');
    return push('Unknown', 0.4, 'single-unknown');
  }
  // "Levy", "Major", "Bush": a capitalised ordinary word mid-sentence may be the surname of someone
  // the document names in full; settling keeps it only then.
  if (len === 1 && to - from === 1 && !isSentenceInitial(toks, from) && !cues.notNames.has(first.normal) && !CALENDAR.has(first.normal) && !isAllUpper(first))
    push('Unknown', 0.3, 'single-common');
}
