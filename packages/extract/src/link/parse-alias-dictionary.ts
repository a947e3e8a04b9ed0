import { z } from 'zod';
import { EntityTypeSchema, type EntityType } from '@newsgraph/schemas';

/** One pinned identity from the user's alias dictionary. */
export interface AliasEntry {
  id: string;
  names: string[];
  type: EntityType;
}

const AliasEntrySchema = z.object({
  id: z.string().min(1),
  names: z.array(z.string().min(1)).min(1),
  type: EntityTypeSchema,
});

/** Thrown when the alias dictionary cannot be read; the message says where and what. */
export class AliasDictionaryError extends Error {
  readonly code = 'ALIAS_DICTIONARY_INVALID';
  readonly retriable = false;
}

/** Splits one CSV line, honouring double quotes (`"a, b"`) and doubled quotes inside them. */
function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out.map((s) => s.trim());
}

/**
 * Parses a user alias dictionary: JSON (`[{ "id", "names": [...], "type" }]`) or CSV with a header
 * `id,names,type` where names are separated by `|`. Throws {@link AliasDictionaryError} naming the
 * entry or line that is wrong.
 */
export function parseAliasDictionary(text: string): AliasEntry[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (cause) {
      throw new AliasDictionaryError(
        `alias dictionary: expected JSON, got a parse error (${(cause as Error).message}). Fix the file or use CSV (id,names,type).`,
        { cause },
      );
    }
    const list = Array.isArray(data) ? data : (data as { aliases?: unknown }).aliases;
    if (!Array.isArray(list))
      throw new AliasDictionaryError('alias dictionary: expected an array of {id, names, type}, got an object. Wrap the entries in [ ].');
    return list.map((raw, i) => {
      const parsed = AliasEntrySchema.safeParse(raw);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new AliasDictionaryError(
          `alias dictionary: expected {id, names[], type: Person|Country|Organization} at entry ${i}, got ${JSON.stringify(raw)} (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}). Fix that entry.`,
        );
      }
      return parsed.data;
    });
  }
  const lines = trimmed.split(/\r?\n/);
  const header = splitCsvLine(lines[0] ?? '').map((h) => h.toLowerCase());
  const idCol = header.indexOf('id');
  const namesCol = header.indexOf('names');
  const typeCol = header.indexOf('type');
  if (idCol < 0 || namesCol < 0 || typeCol < 0)
    throw new AliasDictionaryError(
      `alias dictionary: expected a CSV header with id,names,type, got "${lines[0] ?? ''}" (line 1). Add the header.`,
    );
  const entries: AliasEntry[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() === '') return;
    const cells = splitCsvLine(line);
    const raw = {
      id: cells[idCol] ?? '',
      names: (cells[namesCol] ?? '').split('|').map((s) => s.trim()).filter(Boolean),
      type: cells[typeCol] ?? '',
    };
    const parsed = AliasEntrySchema.safeParse(raw);
    if (!parsed.success)
      throw new AliasDictionaryError(
        `alias dictionary: expected id,names,type with type Person|Country|Organization at line ${i + 2}, got "${line}". Fix that line.`,
      );
    entries.push(parsed.data);
  });
  return entries;
}
