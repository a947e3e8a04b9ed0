import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { InputDocumentSchema, type InputDocument, type Origin } from '@newsgraph/schemas';
import { contentHash } from './content-hash.js';
import { decodeHtml } from './decode-html.js';
import { IngestError } from './ingest-error.js';

/** One ingested document, or the reason one input could not become a document. */
export type IngestItem =
  | { ok: true; document: InputDocument; contentHash: string; origin: Origin }
  | { ok: false; error: IngestError };

export interface ReadInputsOptions {
  /** Base for ids derived from file paths (default: process.cwd() as given by the caller). */
  cwd: string;
  /** Largest accepted article text, in UTF-16 code units (default 20 MB). */
  maxTextLength?: number;
}

const SUPPORTED = new Set(['.txt', '.html', '.htm', '.json', '.jsonl', '.ndjson']);
const DEFAULT_MAX = 20_000_000;

/**
 * Walks files and directories and yields one item per document (per line for JSONL). Never
 * throws for bad input: every problem becomes an `{ ok: false }` item naming file and line.
 * Directory entries with other extensions are skipped (fixtures keep expected outputs apart).
 */
export async function* readInputs(paths: string[], options: ReadInputsOptions): AsyncGenerator<IngestItem> {
  for (const p of paths) {
    yield* readPath(path.resolve(options.cwd, p), options, true);
  }
}

async function* readPath(abs: string, options: ReadInputsOptions, explicit: boolean): AsyncGenerator<IngestItem> {
  const shown = displayPath(abs, options.cwd);
  let info;
  try {
    info = await stat(abs);
  } catch (cause) {
    yield fail('UNREADABLE', { file: shown }, `cannot read: ${errMessage(cause)}`, cause);
    return;
  }
  if (info.isDirectory()) {
    let entries: string[];
    try {
      entries = (await readdir(abs)).sort();
    } catch (cause) {
      yield fail('UNREADABLE', { file: shown }, `cannot list directory: ${errMessage(cause)}`, cause);
      return;
    }
    for (const name of entries) {
      if (name.startsWith('.')) continue;
      yield* readPath(path.join(abs, name), options, false);
    }
    return;
  }
  const ext = path.extname(abs).toLowerCase();
  if (!SUPPORTED.has(ext)) {
    if (explicit) {
      yield fail('UNSUPPORTED', { file: shown }, `expected a .txt, .html, .json or .jsonl file, got "${ext || 'no extension'}"`);
    }
    return;
  }
  if (ext === '.jsonl' || ext === '.ndjson') {
    yield* readJsonl(abs, shown, options);
    return;
  }
  let buf: Buffer;
  try {
    buf = await readFile(abs);
  } catch (cause) {
    yield fail('UNREADABLE', { file: shown }, `cannot read: ${errMessage(cause)}`, cause);
    return;
  }
  if (buf.length === 0) {
    yield fail('EMPTY', { file: shown }, 'expected an article, got an empty file');
    return;
  }
  const decoded = decodeText(buf);
  if (!decoded.ok) {
    yield fail('BINARY', { file: shown }, decoded.reason);
    return;
  }
  const raw = decoded.text;
  const fileId = idFromPath(shown);
  if (ext === '.json') {
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (cause) {
      yield fail('BAD_JSON', { file: shown }, `expected one JSON article object, got invalid JSON: ${errMessage(cause)}`, cause);
      return;
    }
    if (value && typeof value === 'object' && !Array.isArray(value) && !('id' in value)) {
      value = { ...value, id: fileId };
    }
    yield toItem(value, { file: shown }, options);
    return;
  }
  if (ext === '.html' || ext === '.htm') {
    const html = decodeHtml(raw);
    yield toItem(
      { id: fileId, text: html.text, title: html.title, publishedAt: html.publishedAt, source: html.siteName },
      { file: shown },
      options,
    );
    return;
  }
  yield toItem({ id: fileId, text: raw }, { file: shown }, options);
}

async function* readJsonl(abs: string, shown: string, options: ReadInputsOptions): AsyncGenerator<IngestItem> {
  let lineNo = 0;
  let sawAny = false;
  const stream = createReadStream(abs, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  try {
    for await (const line of lines) {
      lineNo += 1;
      if (line.trim() === '') continue;
      sawAny = true;
      if (line.includes('\u0000') || line.includes('\uFFFD')) {
        yield fail('BINARY', { file: shown, line: lineNo }, 'expected UTF-8 JSON, got binary data');
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (cause) {
        yield fail('BAD_JSON', { file: shown, line: lineNo }, `expected a JSON object, got invalid JSON: ${errMessage(cause)}`, cause);
        continue;
      }
      yield toItem(value, { file: shown, line: lineNo }, options);
    }
  } catch (cause) {
    yield fail('UNREADABLE', { file: shown, line: lineNo || undefined }, `cannot read: ${errMessage(cause)}`, cause);
    return;
  }
  if (!sawAny) yield fail('EMPTY', { file: shown }, 'expected JSONL documents, got an empty file');
}

function toItem(value: unknown, where: { file: string; line?: number }, options: ReadInputsOptions): IngestItem {
  const id = value && typeof value === 'object' && 'id' in value && typeof value.id === 'string' ? value.id : undefined;
  const parsed = InputDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues
      .map((i) => `${i.path.join('.') || '(document)'}: ${i.message}`)
      .join('; ');
    return fail('BAD_DOCUMENT', { ...where, id }, `expected {"id": string, "text": string, …}, got ${issues}`);
  }
  const doc = parsed.data;
  const max = options.maxTextLength ?? DEFAULT_MAX;
  if (doc.text.trim() === '') return fail('EMPTY', { ...where, id: doc.id }, 'expected article text, got an empty text');
  if (doc.text.length > max) {
    return fail('TOO_LARGE', { ...where, id: doc.id }, `expected at most ${max} characters, got ${doc.text.length}. Split the article or raise the limit.`);
  }
  return { ok: true, document: doc, contentHash: contentHash(doc.text), origin: where };
}

/** UTF-8 decode that rejects binary (NUL bytes or invalid sequences) instead of tagging garbage. */
function decodeText(buf: Buffer): { ok: true; text: string } | { ok: false; reason: string } {
  if (buf.includes(0)) return { ok: false, reason: 'expected UTF-8 text, got binary data (NUL bytes)' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { ok: false, reason: 'expected UTF-8 text, got invalid byte sequences (binary or another encoding)' };
  }
}

/** Stable id from a file path: relative path without extension, with forward slashes. */
function idFromPath(shown: string): string {
  const noExt = shown.slice(0, shown.length - path.extname(shown).length);
  return noExt.split(path.sep).join('/').replace(/^(\.\.\/)+/, '');
}

function displayPath(abs: string, cwd: string): string {
  const rel = path.relative(cwd, abs);
  return rel === '' ? path.basename(abs) : rel.startsWith('..') ? abs : rel;
}

function fail(code: IngestError['code'], where: { file: string; line?: number; id?: string }, detail: string, cause?: unknown): IngestItem {
  return { ok: false, error: new IngestError(code, where, detail, cause === undefined ? undefined : { cause }) };
}

function errMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
