/**
 * Dates as news pages write them: time stamps on their own line ("an hour ago", "Updated: June 7,
 * 2025 10:32 AM IST") and datelines opening a story ("Washington DC [US], June 7 (ANI):",
 * "LONDON (Reuters) -", "BRUSSELS 1996-08-22"). Pure string work: no clock, so a date without a
 * year stays partial ("--06-07", the ISO 8601 form for month and day) instead of being completed
 * from today's date.
 */

const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1],
  ['jan', 1],
  ['february', 2],
  ['feb', 2],
  ['march', 3],
  ['mar', 3],
  ['april', 4],
  ['apr', 4],
  ['may', 5],
  ['june', 6],
  ['jun', 6],
  ['july', 7],
  ['jul', 7],
  ['august', 8],
  ['aug', 8],
  ['september', 9],
  ['sep', 9],
  ['sept', 9],
  ['october', 10],
  ['oct', 10],
  ['november', 11],
  ['nov', 11],
  ['december', 12],
  ['dec', 12],
]);

const MONTH_RE =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY_RE =
  '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|nesday|sday|urday)?\\.?,?\\s+)';
const TIME_RE =
  '(?:(?:,|\\bat|\\||-|–)?\\s*\\d{1,2}[:.]\\d{2}(?:[:.]\\d{2})?\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[A-Z]{2,4}|UTC[+-]\\d{1,2}(?::?\\d{2})?|GMT[+-]\\d{1,2}(?::?\\d{2})?)?)';

/** The date part of a time stamp or dateline, in the orders news pages use. */
const DATE_FORMS: readonly { re: RegExp; read: (m: RegExpExecArray) => PartialDate | undefined }[] =
  [
    {
      re: /(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?/y,
      read: (m) => ymd(m[1], m[2], m[3]),
    },
    {
      re: new RegExp(`(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`, 'iy'),
      read: (m) => mdy(m[1], m[2], m[3]),
    },
    {
      re: new RegExp(`(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE}),?(?:\\s+(\\d{4}))?`, 'iy'),
      read: (m) => mdy(m[2], m[1], m[3]),
    },
  ];

/** A calendar date; `year` is absent when the text gives none. */
export interface PartialDate {
  year?: number;
  month: number;
  day: number;
}

function valid(d: PartialDate): PartialDate | undefined {
  if (d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) return undefined;
  if (d.year !== undefined && (d.year < 1800 || d.year > 2200)) return undefined;
  return d;
}
function ymd(y?: string, m?: string, d?: string): PartialDate | undefined {
  return valid({ year: Number(y), month: Number(m), day: Number(d) });
}
function mdy(month?: string, day?: string, year?: string): PartialDate | undefined {
  const mo = MONTHS.get((month ?? '').toLowerCase().replace(/\.$/, ''));
  if (mo === undefined) return undefined;
  return valid({ month: mo, day: Number(day), ...(year ? { year: Number(year) } : {}) });
}

/** ISO 8601 text of a (partial) date: `2025-06-07`, or `--06-07` without a year. */
export function formatPartialDate(d: PartialDate): string {
  const mm = String(d.month).padStart(2, '0');
  const dd = String(d.day).padStart(2, '0');
  return d.year === undefined ? `--${mm}-${dd}` : `${String(d.year).padStart(4, '0')}-${mm}-${dd}`;
}

/** Reads a date starting exactly at `from` in `s`; returns it and where it ends. */
function readDateAt(s: string, from: number): { date: PartialDate; end: number } | undefined {
  for (const form of DATE_FORMS) {
    form.re.lastIndex = from;
    const m = form.re.exec(s);
    if (!m) continue;
    const date = form.read(m);
    if (date) return { date, end: from + m[0].length };
  }
  return undefined;
}

const RELATIVE_TIME =
  /^(?:about |around |over |nearly |almost )?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s*(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mos?|months?|y|yrs?|years?)\s+ago\.?$/i;
const RELATIVE_WORDS =
  /^(?:just now|moments? ago|yesterday|today|last (?:week|month|year)|this (?:morning|afternoon|evening|week))$/i;
const STAMP_PREFIX =
  /^(?:(?:published|updated|posted|last updated|first published|last modified|modified|date)(?: on| at)?\s*:?\s*)+/i;

// Compiled once: these run on every short line of every page (none is global or sticky, so sharing is safe).
const LEADING_WEEKDAY = new RegExp(`^${WEEKDAY_RE}`, 'i');
const LEADING_TIME = new RegExp(`^${TIME_RE}[,\\s]+`, 'i');
const ONLY_TIME = new RegExp(`^\\s*${TIME_RE}?\\s*$`, 'i');
const PLACE_THEN_REST = new RegExp(`^(?<place>[A-Z][\\p{L}.'’ -]{1,40}?)[, ]+(?<rest>.+)$`, 'u');

/** What a time-stamp line says: a date when it gives one, else that it is relative ("2 hours ago"). */
export interface TimeStamp {
  date?: PartialDate;
  relative: boolean;
}

/**
 * Reads a line that is only a time stamp ("an hour ago", "Updated: 07 Jun 2025, 10:32 AM IST",
 * "June 7, 2025"); returns undefined for anything else, so a sentence that merely contains a
 * date is not taken for a stamp.
 */
export function parseTimeStamp(line: string): TimeStamp | undefined {
  let s = line.trim();
  if (s.length === 0 || s.length > 80) return undefined;
  if (RELATIVE_TIME.test(s) || RELATIVE_WORDS.test(s)) return { relative: true };
  const hadPrefix = STAMP_PREFIX.test(s);
  s = s.replace(STAMP_PREFIX, '');
  s = s.replace(LEADING_WEEKDAY, '');
  // "6:32 PM EST, November 15, 2023": the time may come first
  const timeFirst = LEADING_TIME.exec(s);
  const read = readDateAt(s, 0) ?? (timeFirst ? readDateAt(s, timeFirst[0].length) : undefined);
  if (!read) {
    // "Updated 2 hours ago"
    if (hadPrefix && RELATIVE_TIME.test(s)) return { relative: true };
    return undefined;
  }
  const rest = s.slice(read.end);
  if (!ONLY_TIME.test(rest)) return undefined;
  return { date: read.date, relative: false };
}

/** A dateline opening a story: where, when (possibly without a year) and which agency filed it. */
export interface Dateline {
  /** Length of the dateline, from the start of the line, separator included. */
  length: number;
  place?: string;
  date?: PartialDate;
  agency?: string;
}

const DATELINE = new RegExp(
  // place: capitalised words, optionally "[US]"-style qualifier; then date and/or (Agency); then a separator
  `^(?<place>(?:[A-Z][\\p{L}.'’-]*)(?:[ ,]+(?:[A-Z][\\p{L}.'’-]*|DC|D\\.C\\.))*(?:\\s*\\[[^\\]]{1,30}\\])?)` +
    `(?:,?\\s+(?<date>${WEEKDAY_RE}?(?:${MONTH_RE}\\s+\\d{1,2}(?:,?\\s+\\d{4})?|\\d{1,2}\\s+${MONTH_RE}(?:\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2})))?` +
    `(?:\\s*\\((?<agency>[A-Z][\\p{L}&.' -]{1,30})\\))?` +
    `\\s*(?<sep>[:\\-–—]|\\s(?=[A-Z]))`,
  'u',
);

const DIGIT_OR_BRACKET = /[\d(]/;

/**
 * Reads a dateline at the start of a paragraph. It needs a date or an agency in brackets, so an
 * ordinary sentence starting with a capitalised word is not mistaken for one.
 */
export function parseDateline(paragraph: string): Dateline | undefined {
  const head = paragraph.slice(0, 160);
  // every date form holds a digit and an agency its bracket: without either the (backtracking)
  // regex below cannot yield a dateline, and most paragraphs are plain sentences
  if (!DIGIT_OR_BRACKET.test(head)) return undefined;
  const m = DATELINE.exec(head);
  const g = m?.groups;
  if (!m || !g) return undefined;
  if (!g.date && !g.agency) return undefined;
  // "BRUSSELS 1996-08-22" (a line of its own) has no separator; a bare space separator is only
  // trusted after an all-caps place, the wire-service style.
  if (g.sep?.trim() === '' && !/^[A-Z .'’-]+$/.test(g.place ?? '')) return undefined;
  let date: PartialDate | undefined;
  if (g.date) {
    const bare = g.date.replace(LEADING_WEEKDAY, '');
    date = readDateAt(bare, 0)?.date;
  }
  const length = g.sep?.trim() === '' ? m[0].length - 1 : m[0].length;
  return {
    length,
    place: g.place?.trim(),
    ...(date ? { date } : {}),
    ...(g.agency ? { agency: g.agency.trim() } : {}),
  };
}

/** Reads a whole line that is a dateline and nothing else ("BRUSSELS 1996-08-22", "LONDON, June 3, 2024"). */
export function parseDatelineLine(line: string): Dateline | undefined {
  const t = line.trim();
  const m = PLACE_THEN_REST.exec(t);
  if (!m?.groups?.rest) return undefined;
  const stamp = parseTimeStamp(m.groups.rest);
  if (!stamp?.date) return undefined;
  return { length: t.length, place: m.groups.place?.trim(), date: stamp.date };
}
