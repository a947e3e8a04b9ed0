import type { Segment, Span } from '@newsgraph/schemas';
import type { Sentence, Token } from '../types.js';
import type { WinkNlp } from '../resources.js';
import { isSpaceCode } from '../char-class.js';

/** Sentences and tokens of a whole document, with UTF-16 offsets into the original text. */
export interface TokenizedDocument {
  sentences: Sentence[];
}

const NEWLINE = /[\n\r\u2028\u2029]/;
const LONG_RUN_ALL = /\S{200,}/g;
/** Runs of this many non-space characters are hidden from wink (see {@link tokenizeDocument}). */
const LONG_RUN_LENGTH = 200;

function isNewlineCode(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/**
 * True when the text holds a run of {@link LONG_RUN_LENGTH} non-space characters. A character
 * loop: the regex `\S{200}` restarts at every character and cost more than the rest of this stage.
 */
function hasLongRun(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) run = 0;
    else if (++run >= LONG_RUN_LENGTH) return true;
  }
  return false;
}

/** Index of the segment holding `offset` (segments are in text order), or -1. */
function segmentOf(segments: readonly Segment[], offset: number, hint: number): number {
  for (let s = Math.max(0, hint); s < segments.length; s++) {
    const seg = segments[s];
    if (seg && offset >= seg.start && offset < seg.end) return s;
    if (seg && seg.start > offset) return -1;
  }
  return -1;
}

/**
 * Tokenises with wink-nlp and splits into sentences. wink drops only whitespace between tokens,
 * so each token is found right after the whitespace that follows the previous one; where it is not
 * (never seen, but cheap to guard) it is searched for forward. Sentences are also
 * cut at line breaks (headlines and datelines carry no full stop), at segment boundaries and
 * around dropped boilerplate, whose tokens are left out altogether.
 */
export function tokenizeDocument(
  nlp: WinkNlp,
  text: string,
  segments: readonly Segment[],
  dropped: readonly Span[],
): TokenizedDocument {
  const its = nlp.its;
  // wink's tokenizer is superlinear on very long unbroken runs (1 MB without a space takes minutes);
  // such runs (base64, hashes, garbage) hold no names, so wink sees spaces of the same length there
  // and every offset still points into the original text.
  const safe = hasLongRun(text) ? text.replace(LONG_RUN_ALL, (run) => ' '.repeat(run.length)) : text;
  const doc = nlp.readDoc(safe);
  /* eslint-disable @typescript-eslint/unbound-method -- wink's its.* are plain accessors, meant to be passed unbound */
  const tokens = doc.tokens();
  const values = tokens.out(its.value);
  const pos = tokens.out(its.pos);
  const sentenceSpans = doc.sentences().out(its.span) as unknown as [number, number][];
  /* eslint-enable @typescript-eslint/unbound-method */

  const sortedDropped = [...dropped].sort((a, b) => a.start - b.start);
  // Offsets: wink drops only whitespace between tokens, so each token starts after the spaces that
  // follow the previous one (cheaper than asking wink for its.precedingSpaces). A line break in that
  // gap ends the sentence.
  // plain arrays filled in order: cheaper than typed arrays for documents of a few hundred tokens
  const starts: number[] = [];
  const newlineBefore: boolean[] = [];
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i] ?? '';
    let at = cursor;
    let newline = false;
    // the space test first: a token starts at a non-space character far more often than not, so
    // startsWith is asked only inside gaps (where wink's line-break tokens start)
    while (at < safe.length) {
      const c = safe.charCodeAt(at);
      if (!isSpaceCode(c) || safe.startsWith(v, at)) break;
      if (isNewlineCode(c)) newline = true;
      at++;
    }
    if (!safe.startsWith(v, at)) {
      at = safe.indexOf(v, cursor);
      newline = at >= 0 && NEWLINE.test(safe.slice(cursor, at));
    }
    starts.push(at);
    newlineBefore.push(at >= 0 && newline);
    if (at >= 0) cursor = at + v.length;
  }

  const sentences: Sentence[] = [];
  let current: Token[] = [];
  let currentSegment = -1;
  let segHint = 0;
  let dropIdx = 0;
  const flush = (): void => {
    if (current.length > 0) {
      const first = current[0] as Token;
      const last = current[current.length - 1] as Token;
      sentences.push({ start: first.start, end: last.end, index: sentences.length, segment: currentSegment, tokens: current });
    }
    current = [];
  };
  for (const [from, to] of sentenceSpans) {
    // wink ends a sentence at an abbreviation's full stop inside brackets ("Rep. X (R-Va.), like
    // Y, criticized Z"); a sentence never opens with a comma or semicolon, so that one goes on.
    const opener = values[from] ?? '';
    if (!(opener === ',' || opener === ';') || newlineBefore[from] === true) flush();
    for (let i = from; i <= to && i < values.length; i++) {
      const value = values[i] ?? '';
      const start = starts[i] ?? -1;
      if (start < 0 || value.length === 0) continue;
      const end = start + value.length;
      // a token is blank only if its first character is a space (the cheap test before trim())
      const blank = isSpaceCode(value.charCodeAt(0)) && value.trim() === '';
      if (blank || newlineBefore[i] === true) {
        // Whitespace tokens are line breaks (wink types them tabCRLF): a hard boundary.
        if (NEWLINE.test(value) || newlineBefore[i] === true) flush();
        if (blank) continue;
      }
      while (dropIdx < sortedDropped.length && (sortedDropped[dropIdx]?.end ?? 0) <= start) dropIdx++;
      const drop = sortedDropped[dropIdx];
      if (drop && drop.start < end && start < drop.end) {
        flush();
        continue;
      }
      const segment = segmentOf(segments, start, segHint);
      if (segment < 0) {
        flush();
        continue;
      }
      segHint = segment;
      if (segment !== currentSegment) {
        flush();
        currentSegment = segment;
      }
      const normal = value.toLowerCase();
      current.push({ start, end, text: value, normal, pos: pos[i] ?? 'X', lemma: normal });
    }
  }
  flush();
  return { sentences };
}
