import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { findGraphDir } from './find-graph-dir.js';
import { GraphError } from './graph-error.js';
import { plain } from './graph-snapshot.js';

/** One analyst query from `graph/queries/*.cypher` with its header fields. */
export interface SavedQuery {
  name: string;
  path: string;
  purpose: string;
  params: string;
  returns: string;
  idempotent: string;
  /** Parameters that make the query return rows on the seed graph (header `Example:`). */
  example: Record<string, unknown>;
  cypher: string;
}

/**
 * Reads the saved queries. Each file opens with `//` header lines `Purpose:`, `Params:`,
 * `Returns:`, `Idempotent:` and `Example:` (JSON parameters); continuation lines are indented.
 */
export function loadSavedQueries(queriesDir?: string): SavedQuery[] {
  const dir = queriesDir ?? join(findGraphDir(), 'queries');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.cypher'))
    .sort()
    .map((file) => {
      const path = join(dir, file);
      const text = readFileSync(path, 'utf8');
      const header: Record<string, string> = {};
      let current: string | null = null;
      const body: string[] = [];
      for (const line of text.split('\n')) {
        const m = /^\/\/\s?(.*)$/.exec(line);
        if (!m) {
          body.push(line);
          continue;
        }
        const field = /^([A-Za-z]+):\s*(.*)$/.exec(m[1]!);
        if (field) {
          current = field[1]!.toLowerCase();
          header[current] = field[2]!;
        } else if (current !== null) header[current] = `${header[current]} ${m[1]!.trim()}`;
      }
      for (const key of ['purpose', 'params', 'returns', 'idempotent', 'example']) {
        if (header[key] === undefined) {
          throw new GraphError('MIGRATION_FAILED', `saved query: expected a "// ${key[0]!.toUpperCase()}${key.slice(1)}:" header line in ${path}, got none. Add it.`);
        }
      }
      let example: Record<string, unknown>;
      try {
        example = JSON.parse(header.example!) as Record<string, unknown>;
      } catch (err) {
        throw new GraphError('MIGRATION_FAILED', `saved query: expected JSON after "// Example:" in ${path}, got ${header.example}.`, false, { cause: err });
      }
      return {
        name: basename(file, '.cypher'),
        path,
        purpose: header.purpose!,
        params: header.params!,
        returns: header.returns!,
        idempotent: header.idempotent!,
        example,
        cypher: body.join('\n').trim(),
      };
    });
}

/** Runs a saved query by name (read-only) and returns its rows as plain JSON values. */
export async function runSavedQuery(
  driver: Driver,
  name: string,
  params: Record<string, unknown>,
  opts: { database?: string; queriesDir?: string } = {},
): Promise<Record<string, unknown>[]> {
  const query = loadSavedQueries(opts.queriesDir).find((q) => q.name === name);
  if (!query) throw new GraphError('MIGRATION_FAILED', `saved query: expected one named ${name}, got none. Look in graph/queries/.`);
  const session = driver.session({ database: opts.database });
  try {
    const res = await session.executeRead((tx) => tx.run(query.cypher, params));
    return res.records.map((r) => plain(r.toObject()) as Record<string, unknown>);
  } finally {
    await session.close();
  }
}
