import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { AliasDictionarySchema, AliasEntrySchema, type AliasDictionary, type AliasEntry } from '@newsgraph/schemas';
import { findGraphDir } from './find-graph-dir.js';
import { GraphError } from './graph-error.js';

/** The project's curated dictionary, versioned with the code: `graph/aliases.json`. */
export function defaultAliasDictionaryPath(): string {
  return join(findGraphDir(), 'aliases.json');
}

const isCsv = (path: string): boolean => path.toLowerCase().endsWith('.csv');
const splitList = (s: unknown): string[] =>
  typeof s === 'string' ? s.split('|').map((x) => x.trim()).filter((x) => x.length > 0) : [];

/**
 * Reads an alias dictionary: JSON `[{id, type, names, merged?}]`, or CSV with a header
 * `id,type,names[,merged]` whose lists are `|`-separated. A missing file is an empty dictionary.
 * Errors name the file and the entry (JSON index or CSV line).
 */
export function readAliasDictionary(path: string): AliasDictionary {
  if (!existsSync(path)) return [];
  const text = readFileSync(path, 'utf8');
  let raw: { value: unknown; where: string }[];
  if (isCsv(path)) {
    let rows: Record<string, string>[];
    try {
      rows = parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true, trim: true });
    } catch (err) {
      throw new GraphError('ALIAS_DICTIONARY_INVALID', `alias dictionary: expected CSV with header id,type,names[,merged], got ${(err as Error).message} (${path}). Fix the file.`, false, { cause: err });
    }
    raw = rows.map((r, i) => {
      const merged = splitList(r.merged);
      return { where: `line ${i + 2}`, value: { id: r.id, type: r.type, names: splitList(r.names), ...(merged.length > 0 ? { merged } : {}) } };
    });
  } else {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new GraphError('ALIAS_DICTIONARY_INVALID', `alias dictionary: expected JSON, got ${(err as Error).message} (${path}). Fix the file.`, false, { cause: err });
    }
    if (!Array.isArray(value)) {
      throw new GraphError('ALIAS_DICTIONARY_INVALID', `alias dictionary: expected a JSON array of {id, type, names}, got ${typeof value} (${path}).`);
    }
    raw = (value as unknown[]).map((v, i) => ({ where: `entry ${i}`, value: v }));
  }
  return raw.map(({ value, where }) => {
    const parsed = AliasEntrySchema.safeParse(value);
    if (!parsed.success) {
      const why = parsed.error.issues.map((x) => `${x.path.join('.') || '(entry)'}: ${x.message}`).join('; ');
      throw new GraphError('ALIAS_DICTIONARY_INVALID', `alias dictionary: expected {id, type: Person|Country|Organization, names}, got ${why} (${path}, ${where}). Fix that entry.`);
    }
    return parsed.data;
  });
}

/** Writes a dictionary (sorted by id, lists sorted) atomically, in the format its extension says. */
export function writeAliasDictionary(path: string, dictionary: AliasDictionary): void {
  // Entries without names are dropped: the extractor's reader (and any linker) needs at least one.
  const sorted: AliasEntry[] = AliasDictionarySchema.parse(dictionary)
    .filter((e) => e.names.length > 0)
    .map((e) => ({
      id: e.id,
      type: e.type,
      names: [...new Set(e.names)].sort(),
      ...(e.merged && e.merged.length > 0 ? { merged: [...new Set(e.merged)].sort() } : {}),
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const text = isCsv(path)
    ? stringify(sorted.map((e) => [e.id, e.type, e.names.join('|'), (e.merged ?? []).join('|')]), { header: true, columns: ['id', 'type', 'names', 'merged'] })
    : `${JSON.stringify(sorted, null, 2)}\n`;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}
