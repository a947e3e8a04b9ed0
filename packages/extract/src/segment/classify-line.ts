import {
  BOILERPLATE_LINE_PATTERNS,
  CREDIT_PATTERNS,
  CTA_VERBS,
  LINK_MARKER,
  OUTLET_DOMAINS,
  SECTION_HEADERS,
  SHARE_TARGETS,
  TRAILING_LINK,
  UI_LABELS,
} from './page-patterns.js';
import { isSpaceCode } from '../char-class.js';
import { parseDatelineLine, parseTimeStamp, type Dateline, type TimeStamp } from './parse-date.js';

/**
 * What one line of a page is, judged from the line alone (pass 1) and then from its neighbours
 * (pass 2, {@link promoteOutletLines}):
 * - `chrome`: widgets, calls to action, disclaimers, share blocks, "ALSO READ" lines — dropped;
 * - `section`: a header such as "Related Articles" or "Comments" that ends the story above;
 * - `credit`: "More stories like this are available on bloomberg.com" — names the outlet above;
 * - `stamp`: a time stamp ("an hour ago", "Updated June 7, 2025");
 * - `outlet`: an outlet line ("- Time of India", or a short name next to a stamp);
 * - `byline`: "By Jane Doe";
 * - `dateline`: a line that is only place and date ("BRUSSELS 1996-08-22");
 * - `text`: anything else (titles and paragraphs).
 */
export type LineKind =
  'blank' | 'chrome' | 'section' | 'credit' | 'stamp' | 'outlet' | 'byline' | 'dateline' | 'text';

/** A line of the page with the span of its trimmed content in the original text. */
export interface PageLine {
  index: number;
  start: number;
  end: number;
  text: string;
  kind: LineKind;
  words: number;
  outlet?: string;
  stamp?: TimeStamp;
  section?: 'related' | 'comments' | 'boilerplate';
  dateline?: Dateline;
}

/**
 * Words in a line, counted up to 40: every decision here only asks whether a line is short, and
 * paragraphs can be megabytes long.
 */
function countWords(s: string): number {
  // a character loop: this runs on every line, and a regex per word costs more than the rest
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length && n < 40; i++) {
    const c = s.charCodeAt(i);
    // printable ASCII other than the space is the common case: decided by one range test
    const space =
      !(c > 32 && c < 0xa0) &&
      (c === 32 ||
      (c >= 9 && c <= 13) ||
      c === 0xa0 ||
      c === 0x2028 ||
      c === 0x2029 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x3000 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x1680 ||
      c === 0xfeff);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Splits text into lines, recording the trimmed span of each (UTF-16 offsets, `\r\n` tolerated). */
export function splitLines(text: string): PageLine[] {
  const lines: PageLine[] = [];
  let pos = 0;
  let index = 0;
  while (pos <= text.length) {
    let nl = text.indexOf('\n', pos);
    if (nl === -1) nl = text.length;
    // the trimmed span, found in place: trim() strips exactly the characters isSpaceCode accepts
    let start = pos;
    while (start < nl && isSpaceCode(text.charCodeAt(start))) start++;
    let end = nl;
    while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
    const trimmed = start === end ? '' : text.slice(start, end);
    lines.push({
      index: index++,
      start,
      end,
      text: trimmed,
      kind: trimmed ? 'text' : 'blank',
      words: countWords(trimmed),
    });
    pos = nl + 1;
  }
  return lines;
}

/** Lower case, single spaces, without trailing punctuation or arrows: the form labels are listed in. */
export function labelForm(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’]/g, "'")
    .replace(/[\s:.…!»›>→|•·-]+$/u, '')
    .replace(/^[\s«‹<•·|-]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const capitalised = (w: string): boolean => /^[\p{Lu}\p{N}'‘"“(]/u.test(w);

/** True when most words that matter start with a capital ("Try Our AI Features", "Time of India"). */
export function isTitleCase(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const content = words.filter((w) => w.length > 3 || capitalised(w));
  if (content.length === 0) return false;
  return content.filter(capitalised).length / content.length >= 0.75;
}

/** Turns a credited outlet ("bloomberg.com", "www.reuters.com", "Reuters") into a display name. */
export function outletName(raw: string): string | undefined {
  const s = raw.trim().replace(/[.,;:]+$/, '');
  if (!s) return undefined;
  const domain = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:\/.*)?$/i
    .exec(s)?.[1]
    ?.toLowerCase();
  if (domain) {
    const known = OUTLET_DOMAINS.get(domain);
    if (known) return known;
    const labels = domain.split('.');
    // the registrable label: "edition.cnn.com" → "cnn", "bbc.co.uk" → "bbc"
    const main =
      labels.length >= 3 && (labels.at(-2)?.length ?? 0) <= 3 ? labels.at(-3) : labels.at(-2);
    if (!main) return undefined;
    return main.length <= 4 ? main.toUpperCase() : main[0]!.toUpperCase() + main.slice(1);
  }
  if (!/^[\p{Lu}\p{N}]/u.test(s)) return undefined;
  return s;
}

const UI_LABEL_SET = new Set(UI_LABELS);
const ABOUT_HEADER = /^About (?:the )?\p{Lu}[\p{L}&.'’ -]{1,40}$/u;
const UI_WORDS = /\b(?:our|your|you|us|now|here|app|features?|newsletters?|free|today|more)\b/i;
const SHARE_SPLIT = /\s*[|·•,/]\s*|\s+/;
const META_SPLIT = /\s+[·•|–—]\s+|\s*\|\s*/;

const SHARE_SPLIT_ALL = new RegExp(SHARE_SPLIT.source, 'g');

/**
 * At least two parts, every one a share target. The parts are read one by one and the first that
 * is not a target ends it: most lines are prose, and fail on their first word.
 */
function isShareBlock(s: string): boolean {
  const lower = s.toLowerCase();
  let parts = 0;
  let from = 0;
  const isTarget = (part: string): boolean => SHARE_TARGETS.has(part.replace(/[:.]$/, ''));
  SHARE_SPLIT_ALL.lastIndex = 0;
  for (let m = SHARE_SPLIT_ALL.exec(lower); m; m = SHARE_SPLIT_ALL.exec(lower)) {
    const part = lower.slice(from, m.index);
    from = m.index + m[0].length;
    if (part === '') continue;
    if (!isTarget(part)) return false;
    parts++;
  }
  const tail = lower.slice(from);
  if (tail !== '') {
    if (!isTarget(tail)) return false;
    parts++;
  }
  return parts >= 2;
}

const NAV_FIRST = new Set(['home', 'news', 'latest', 'top', 'main']);

/** A breadcrumb or menu: "Home | World | India", "News › Politics". */
function isBreadcrumb(s: string): boolean {
  const parts = s.split(/\s*[|›»>]\s*|\s+\/\s+/).filter(Boolean);
  if (parts.length < 2) return false;
  const navLike = parts.every(
    (p) => p.split(/\s+/).length <= 3 && capitalised(p) && !/[.!?,;:]$/.test(p),
  );
  return navLike && (parts.length >= 3 || NAV_FIRST.has(parts[0]!.toLowerCase()));
}

function isCallToAction(s: string, words: number): boolean {
  const first =
    /^\S+/
      .exec(s)?.[0]
      .toLowerCase()
      .replace(/[^a-z]/g, '') ?? '';
  if (!CTA_VERBS.has(first)) return false;
  if (words <= 12 && /(?::|…|\.\.\.)$/.test(s) && UI_WORDS.test(s)) return true;
  return words <= 6 && !/[.!?]$/.test(s) && isTitleCase(s) && UI_WORDS.test(s);
}

/** A link marker at the very start of a line ("ALSO READ| …", "Read more: …"). */
const LINK_MARKER_AT_START = new RegExp(LINK_MARKER.source, 'uy');
function startsWithLinkMarker(s: string): boolean {
  // sticky at 0: a failed match costs a few characters, not a scan of the whole line
  LINK_MARKER_AT_START.lastIndex = 0;
  return LINK_MARKER_AT_START.test(s);
}

/** Pass 1: what a line is on its own. */
export function classifyLine(line: PageLine): PageLine {
  const s = line.text;
  if (!s) return { ...line, kind: 'blank' };
  // paragraphs: only the checks a long line can pass (labels, stamps, share blocks are short)
  if (s.length > 300) return classifyLongLine(line);
  // labels and headers are short; lower-casing a long line for them is wasted work
  const label = s.length <= 60 ? labelForm(s) : '';
  const section = SECTION_HEADERS.get(label);
  if (section) return { ...line, kind: 'section', section };
  // "About Acme Corp": the boilerplate paragraph of a press release follows
  if (ABOUT_HEADER.test(s)) return { ...line, kind: 'section', section: 'boilerplate' };
  if (UI_LABEL_SET.has(label)) return { ...line, kind: 'chrome' };
  const stamp = parseTimeStamp(s);
  if (stamp) return { ...line, kind: 'stamp', stamp };
  for (const re of CREDIT_PATTERNS) {
    const raw = re.exec(s)?.groups?.outlet;
    const outlet = raw ? outletName(raw) : undefined;
    if (outlet) return { ...line, kind: 'credit', outlet };
  }
  if (startsWithLinkMarker(s)) return { ...line, kind: 'chrome' };
  if (BOILERPLATE_LINE_PATTERNS.some((re) => re.test(s))) return { ...line, kind: 'chrome' };
  if (/^(?:#[\p{L}\p{N}_]+[\s,]*)+$/u.test(s)) return { ...line, kind: 'chrome' };
  // share blocks, breadcrumbs and "Outlet · 2 hours ago" lines are short
  const shortLine = s.length <= 120;
  if (shortLine && isShareBlock(s)) return { ...line, kind: 'chrome' };
  if (shortLine && /[|›»>/]/.test(s) && isBreadcrumb(s)) return { ...line, kind: 'chrome' };
  if (isCallToAction(s, line.words)) return { ...line, kind: 'chrome' };
  // "Reuters · 2 hours ago", "By Jane Doe | Updated: June 3, 2024"
  const parts = shortLine && /[·•|–—]/.test(s) ? s.split(META_SPLIT).filter(Boolean) : [];
  if (parts.length >= 2 && parts.length <= 4) {
    const stamps = parts.map((p) => parseTimeStamp(p));
    const others = parts.filter((_, i) => !stamps[i]);
    if (
      others.length < parts.length &&
      others.every((p) => p.split(/\s+/).length <= 6 && !/[.!?]$/.test(p))
    ) {
      const outletPart = others.find((p) => !/^by\s/i.test(p));
      const dated = stamps.find((t) => t?.date) ?? stamps.find(Boolean);
      return {
        ...line,
        kind: 'stamp',
        stamp: dated ?? { relative: true },
        ...(outletPart ? { outlet: outletPart } : {}),
      };
    }
  }
  // "- Time of India": only a candidate; pass 2 decides from its neighbours (bullet lists look alike)
  const dash = /^[-–—•·]\s*(\S.{0,58})$/u.exec(s)?.[1];
  if (dash && dash.split(/\s+/).length <= 6 && !/[.!?:;,]$/.test(dash) && isTitleCase(dash)) {
    return { ...line, outlet: dash };
  }
  if (/^by\s+\p{Lu}/iu.test(s) && line.words <= 10 && !/[.!?]$/.test(s))
    return { ...line, kind: 'byline' };
  // a dateline line is short and carries a date: "BRUSSELS 1996-08-22", "LONDON, June 3, 2024"
  const dateline = line.words <= 8 && /\d/.test(s) ? parseDatelineLine(s) : undefined;
  if (dateline) return { ...line, kind: 'dateline', dateline };
  return line;
}

function classifyLongLine(line: PageLine): PageLine {
  const s = line.text;
  for (const re of CREDIT_PATTERNS) {
    const raw = re.exec(s)?.groups?.outlet;
    const outlet = raw ? outletName(raw) : undefined;
    if (outlet) return { ...line, kind: 'credit', outlet };
  }
  if (startsWithLinkMarker(s)) return { ...line, kind: 'chrome' };
  if (BOILERPLATE_LINE_PATTERNS.some((re) => re.test(s))) return { ...line, kind: 'chrome' };
  return line;
}

/** Could this line be an outlet's name: short, capitalised, no sentence punctuation. */
function outletShaped(l: PageLine): boolean {
  return (
    l.kind === 'text' &&
    l.words <= 6 &&
    l.text.length <= 60 &&
    !/[.!?:;,"”']$/.test(l.text) &&
    isTitleCase(l.text)
  );
}

/**
 * Pass 2: short capitalised lines become outlet lines when the layout says so — a name that
 * repeats close by ("Time of India" … "- Time of India"), or a name right before a time stamp
 * that is relative ("an hour ago") or followed by a headline and its paragraph.
 */
export function promoteOutletLines(lines: PageLine[]): void {
  const content = lines.filter((l) => l.kind !== 'blank');
  const nameOf = (l: PageLine): string => labelForm(l.outlet ?? l.text);
  for (let k = 0; k < content.length; k++) {
    const l = content[k]!;
    const dashed = l.kind === 'text' && l.outlet !== undefined;
    if (!dashed && !outletShaped(l)) continue;
    const name = nameOf(l);
    const near = content.slice(Math.max(0, k - 3), k + 4);
    const repeated = near.some(
      (o) => o !== l && (o.kind === 'text' || o.kind === 'outlet') && nameOf(o) === name,
    );
    const stampNear = near.some((o) => o.kind === 'stamp');
    const next = content[k + 1];
    const [a, b] = [content[k + 2], content[k + 3]];
    const headlineNext =
      a !== undefined &&
      isHeadingShaped(a) &&
      b !== undefined &&
      b.kind === 'text' &&
      !isHeadingShaped(b);
    const beforeStamp =
      next?.kind === 'stamp' &&
      (next.stamp?.relative === true || headlineNext || a?.outlet !== undefined);
    if (repeated || beforeStamp || (dashed && stampNear)) {
      l.kind = 'outlet';
      l.outlet = l.outlet ?? l.text;
    } else if (dashed) delete l.outlet;
  }
}

/** A heading rather than a paragraph: short enough, and not ending like a sentence. */
export function isHeadingShaped(l: PageLine): boolean {
  if (l.kind !== 'text') return false;
  if (l.words > 30 || l.text.length > 250) return false;
  // a teaser paragraph ending in "Read more" is still a paragraph
  const t = l.text.replace(TRAILING_LINK, '');
  if (t.length < l.text.length && /[.!?]["'’”]?$/.test(t)) return false;
  // two sentences make a paragraph, whatever its last character
  if (l.words > 12 && /[a-z][.!?]["'’”]?\s+["'‘“]?\p{Lu}/u.test(t)) return false;
  if (/(?:\.\.\.|…)$/.test(t)) return true;
  return !/[.,;:]$/.test(t);
}
