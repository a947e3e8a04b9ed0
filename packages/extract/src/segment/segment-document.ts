import type { Dateline, Segment, Span } from '@newsgraph/schemas';
import {
  classifyLine,
  isHeadingShaped,
  isTitleCase,
  promoteOutletLines,
  splitLines,
  type PageLine,
} from './classify-line.js';
import { LINK_MARKER, SENTENCE_OPENERS, TRAILING_LINK } from './page-patterns.js';
import { formatPartialDate, parseDateline, type PartialDate } from './parse-date.js';

/** What segmentation needs from a document: its text and metadata. */
export interface SegmentationInput {
  text: string;
  title?: string;
  source?: string;
  publishedAt?: string;
}

/** A dateline found at the head of a segment ("Washington DC [US], June 7 (ANI):"); see the schema's `Dateline`. */
export type SegmentDateline = Dateline;

/** A segment with what segmentation learnt beyond the contract's fields. */
export interface SegmentInfo extends Segment {
  dateline?: SegmentDateline;
}

export interface SegmentationResult {
  /** Articles found in the document, in text order; never empty. */
  segments: SegmentInfo[];
  /** Boilerplate spans (share widgets, "Read More", disclaimers…) that must yield no entities; sorted, disjoint. */
  dropped: Span[];
}

interface Draft {
  first: PageLine;
  last: PageLine;
  title?: PageLine;
  hasBody: boolean;
  /** Opened under a "Related …" header: a headline with a paragraph starts the next teaser. */
  teaser: boolean;
  metaOutlet?: string;
  creditOutlet?: string;
  date?: PartialDate;
  dateline?: SegmentDateline;
}

type Mode = 'story' | 'gap' | 'related' | 'comments' | 'boilerplate';

/**
 * Splits a document into articles (a scraped page: the story plus related-article teasers) and
 * marks boilerplate to drop. Works from layout cues only — section headers, outlet lines, time
 * stamps, credit lines, calls to action, heading-then-paragraph shape — so it carries over to
 * pages it was not written against. A plain article comes back as one segment over its text.
 * Pure: no clock, so dates without a year stay partial (see {@link SegmentDateline}).
 */
export function segmentDocument(input: SegmentationInput): SegmentationResult {
  const { text } = input;
  const lines = splitLines(text).map(classifyLine);
  promoteOutletLines(lines);
  const content = lines.filter((l) => l.kind !== 'blank');

  const drafts: Draft[] = [];
  const dropped: Span[] = [];
  const drop = (l: PageLine): void => void dropped.push({ start: l.start, end: l.end });
  let cur: Draft | undefined;
  let lastClosed: Draft | undefined;
  let mode: Mode = 'story';
  let pending: PageLine[] = [];

  const close = (): void => {
    if (cur) {
      drafts.push(cur);
      lastClosed = cur;
    }
    cur = undefined;
  };
  const absorbMeta = (d: Draft, l: PageLine): void => {
    if (l.outlet && !d.metaOutlet) d.metaOutlet = l.outlet;
    const date = l.stamp?.date ?? l.dateline?.date;
    if (date?.year !== undefined && !d.date) d.date = date;
  };
  /** Kinds of the next content lines after position k (skipping nothing but blanks). */
  const ahead = (k: number, n: number): PageLine[] => content.slice(k + 1, k + 1 + n);
  /** A paragraph follows, possibly after meta lines (stamps, outlets, bylines, datelines). */
  const bodyFollows = (k: number): boolean => {
    // meta lines and chrome (image captions, widgets) may stand between a headline and its text
    for (const l of ahead(k, 6)) {
      if (['stamp', 'outlet', 'byline', 'dateline', 'chrome'].includes(l.kind)) continue;
      return l.kind === 'text' && !isHeadingShaped(l);
    }
    return false;
  };
  /** The content line at k is a headline with a paragraph after it. */
  const headingThenBody = (k: number): boolean => {
    const l = content[k];
    return l !== undefined && isHeadingShaped(l) && bodyFollows(k);
  };
  const metaThenBody = (k: number): boolean => {
    const next = content[k + 1];
    return (
      next !== undefined && ['stamp', 'outlet', 'byline'].includes(next.kind) && bodyFollows(k)
    );
  };
  const open = (l: PageLine, k: number): Draft => {
    const heading =
      isHeadingShaped(l) &&
      (bodyFollows(k) || (drafts.length === 0 && content[k + 1] !== undefined));
    const d: Draft = {
      first: l,
      last: l,
      hasBody: !heading,
      teaser: mode === 'related',
      ...(heading ? { title: l } : {}),
    };
    for (const m of pending) absorbMeta(d, m);
    pending = [];
    // once under a "Related …" header, every later article is a teaser too
    if (mode !== 'related') mode = 'story';
    return d;
  };

  for (let k = 0; k < content.length; k++) {
    const l = content[k]!;
    switch (l.kind) {
      case 'section':
        drop(l);
        close();
        pending = [];
        mode = l.section ?? 'related';
        break;
      case 'chrome':
        drop(l);
        if (cur) close();
        // chrome before any story (a cookie banner) does not end anything
        if (mode === 'story' && (cur || drafts.length > 0)) mode = 'gap';
        break;
      case 'credit': {
        drop(l);
        const target = cur ?? lastClosed;
        if (target && !target.creditOutlet && l.outlet) target.creditOutlet = l.outlet;
        if (cur) close();
        // chrome before any story (a cookie banner) does not end anything
        if (mode === 'story' && (cur || drafts.length > 0)) mode = 'gap';
        break;
      }
      case 'stamp':
      case 'outlet':
      case 'byline':
        if (cur && (!cur.hasBody || (l.kind !== 'outlet' && !headingThenBody(k + 1)))) {
          // meta between a headline and its paragraphs belongs to that headline; a stamp inside
          // a story ("FARMINGTON HILLS, Mich. / 1996-08-30") does not end it unless a new
          // headline and paragraph follow
          absorbMeta(cur, l);
          if (l.kind !== 'byline') drop(l);
          else cur.last = l;
        } else {
          if (cur) close();
          pending.push(l);
          drop(l);
        }
        break;
      case 'dateline':
        if (cur) {
          absorbMeta(cur, l);
          cur.last = l;
        } else if (mode !== 'comments' && mode !== 'boilerplate') {
          cur = open(l, k);
          cur.hasBody = false;
          absorbMeta(cur, l);
        } else drop(l);
        break;
      default: {
        const heading = isHeadingShaped(l);
        if (cur) {
          if (cur.hasBody && heading && (metaThenBody(k) || (cur.teaser && headingThenBody(k)))) {
            close();
            cur = open(l, k);
          } else {
            cur.last = l;
            cur.hasBody = true;
          }
          break;
        }
        if (mode === 'comments' || mode === 'boilerplate') {
          drop(l);
          break;
        }
        if (mode === 'gap' && lastClosed && !heading && pending.length === 0) {
          // a share widget in the middle of a story: the story goes on
          drafts.pop();
          cur = lastClosed;
          cur.last = l;
          mode = 'story';
          break;
        }
        if (drafts.length === 0 && mode === 'story') {
          cur = open(l, k);
          break;
        }
        if (!heading || bodyFollows(k)) cur = open(l, k);
        else {
          // an orphan heading among page chrome (a link list); its meta lines go with it
          drop(l);
          pending = [];
        }
      }
    }
  }
  close();

  const segments: SegmentInfo[] = [];
  drafts.forEach((d) => {
    const isFirst = segments.length === 0;
    const spans = innerDrops(text, d);
    dropped.push(...spans.dropped);
    const end = Math.max(d.first.start, spans.end);
    const head = firstBodyLine(content, d);
    const dateline = head ? readDateline(head) : undefined;
    const date =
      d.date ?? (dateline?.date && !dateline.date.startsWith('--') ? dateline.date : undefined);
    const ownDate = typeof date === 'string' ? date : date ? formatPartialDate(date) : undefined;
    const title = d.title?.text ?? (isFirst ? input.title : undefined);
    const source = isFirst
      ? (d.creditOutlet ?? d.metaOutlet ?? input.source)
      : (d.metaOutlet ?? d.creditOutlet);
    const publishedAt = isFirst ? (input.publishedAt ?? ownDate) : (ownDate ?? input.publishedAt);
    segments.push({
      start: d.first.start,
      end,
      ...(title !== undefined ? { title } : {}),
      ...(source !== undefined ? { source } : {}),
      ...(publishedAt !== undefined ? { publishedAt } : {}),
      ...(dateline ? { dateline } : {}),
    });
  });
  if (segments.length === 0) {
    segments.push({
      start: 0,
      end: text.length,
      ...(input.title !== undefined ? { title: input.title } : {}),
      ...(input.source !== undefined ? { source: input.source } : {}),
      ...(input.publishedAt !== undefined ? { publishedAt: input.publishedAt } : {}),
    });
  }
  return { segments, dropped: normaliseSpans(dropped) };
}

/** The first paragraph line of a draft (where a dateline would stand). */
function firstBodyLine(content: PageLine[], d: Draft): PageLine | undefined {
  // content is in text order: binary-search the draft's first line instead of scanning from the top
  let lo = 0;
  let hi = content.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (content[mid]!.start < d.first.start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < content.length; k++) {
    const l = content[k]!;
    if (l === d.title) continue;
    if (l.start > d.last.start) break;
    if (l.kind === 'text') return l;
  }
  return undefined;
}

function readDateline(l: PageLine): SegmentDateline | undefined {
  const dl = parseDateline(l.text);
  if (!dl) return undefined;
  const raw = l.text.slice(0, dl.length);
  const trimmed = raw.trimEnd();
  return {
    start: l.start,
    end: l.start + trimmed.length,
    text: trimmed,
    ...(dl.place ? { place: dl.place } : {}),
    ...(dl.date ? { date: formatPartialDate(dl.date) } : {}),
    ...(dl.agency ? { agency: dl.agency } : {}),
  };
}

/**
 * Link markers inside the draft's lines ("ALSO READ| <headline>") and a trailing "Read More" on its
 * last line: the spans to drop, and where the segment really ends.
 */
function innerDrops(text: string, d: Draft): { dropped: Span[]; end: number } {
  const out: Span[] = [];
  let end = d.last.end;
  const from = d.first.start;
  const to = d.last.end;
  const region = text.slice(from, to);
  LINK_MARKER.lastIndex = 0;
  // a plain literal scan first: most articles hold no marker word at all
  const maybe = LINK_WORDS.test(region);
  for (let m = maybe ? LINK_MARKER.exec(region) : null; m; m = LINK_MARKER.exec(region)) {
    const at = from + m.index;
    if (!atSentenceStart(text, at)) continue;
    const headlineEnd = linkHeadlineEnd(text, at + m[0].length);
    out.push({ start: at, end: headlineEnd });
    LINK_MARKER.lastIndex = Math.max(LINK_MARKER.lastIndex, headlineEnd - from);
  }
  // only the tail can hold a trailing link; a bounded tail keeps the regex linear on huge lines
  const tailStart = Math.max(d.last.start, d.last.end - 200);
  const lastText = text.slice(tailStart, d.last.end);
  const trail = TRAILING_LINK.exec(lastText);
  if (trail && tailStart + trail.index > d.last.start) {
    const s = tailStart + trail.index;
    const ws = text.slice(s, d.last.end).length - text.slice(s, d.last.end).trimStart().length;
    out.push({ start: s + ws, end: d.last.end });
    end = s;
  }
  // the segment never ends inside a dropped link headline
  for (const sp of out) if (sp.end >= end && sp.start < end) end = Math.min(end, sp.start);
  while (end > from && /\s/.test(text[end - 1] ?? '')) end--;
  return { dropped: out, end };
}

const LINK_WORDS = /READ|Read|WATCH|Watch|RELATED|Related|SEE ALSO|See Also/;

/** A link marker counts only where a sentence could start: line start, or after . ! ? (and quotes). */
function atSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0 || text[i] === '\n') return true;
  return /[.!?:;'"’”)\]]/.test(text[i] ?? '');
}

const OPEN_QUOTE = /^['"‘“]\p{Lu}/u;
const FUNCTION_WORDS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'for',
  'and',
  'or',
  'with',
  'at',
  'by',
  'from',
]);

/**
 * Where the headline after a link marker ends. Headlines carry no final full stop and often run
 * straight into the next sentence, so the end is the first of: the line end, a word closing a
 * sentence, a quotation that opens a sentence (a long quote, or one holding punctuation), or a
 * sentence-opening word ("However,", "The" in a sentence-case headline). At most 30 words.
 */
export function linkHeadlineEnd(text: string, from: number): number {
  // a headline is at most 30 words: look at a bounded window, never the rest of a huge line
  const windowText = text.slice(from, from + 600);
  const nl = windowText.indexOf('\n');
  const lineEnd = nl === -1 ? from + windowText.length : from + nl;
  const windowEnd = lineEnd;
  const words: { start: number; end: number; w: string }[] = [];
  const re = /\S+/g;
  const slice = text.slice(from, windowEnd);
  for (let m = re.exec(slice); m && words.length < 31; m = re.exec(slice)) {
    words.push({ start: from + m.index, end: from + m.index + m[0].length, w: m[0] });
  }
  const caps = (n: number): boolean =>
    isTitleCase(
      words
        .slice(0, n)
        .map((x) => x.w)
        .join(' '),
    );
  for (let i = 0; i < words.length; i++) {
    const cur = words[i]!;
    if (i >= 2) {
      const prev = words[i - 1]!;
      if (
        /[.!?]["'’”]?$/.test(prev.w) &&
        !/^(?:[A-Z]\.|Mr\.|Mrs\.|Dr\.|St\.|U\.S\.|U\.K\.)$/.test(prev.w)
      )
        return prev.end;
      if (OPEN_QUOTE.test(cur.w) && quoteOpensSentence(text, cur.start, lineEnd)) return prev.end;
      const bare = cur.w.replace(/[,;:]$/, '');
      if (SENTENCE_OPENERS.has(bare) && !FUNCTION_WORDS.has(prev.w.toLowerCase())) {
        if (cur.w.endsWith(',') || !caps(i)) return prev.end;
      }
    }
    if (i === 29) return cur.end;
  }
  const last = words.at(-1);
  return last ? last.end : from;
}

/** A quotation that is a sentence of its own rather than a quoted phrase in a headline. */
function quoteOpensSentence(text: string, at: number, lineEnd: number): boolean {
  const open = text[at] ?? '';
  const closeRe = open === '"' || open === '“' ? /["”]/g : /['’](?=[\s,.;:!?]|$)/g;
  // quotes that matter here close within a few hundred characters
  const region = text.slice(at + 1, Math.min(lineEnd, at + 400));
  const m = closeRe.exec(region);
  const inner = m ? region.slice(0, m.index) : region;
  return !m || /[.!?,;]/.test(inner) || inner.split(/\s+/).length > 8;
}

/** Sorted, merged, non-empty spans. */
function normaliseSpans(spans: Span[]): Span[] {
  const sorted = spans
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
