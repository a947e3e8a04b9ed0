import neo4j, { type Driver } from 'neo4j-driver';
import { z } from 'zod';
import type { AliasDictionary, EntityType } from '@newsgraph/schemas';
import { readAliasDictionary, writeAliasDictionary } from './alias-dictionary-file.js';
import { GraphError } from './graph-error.js';
import { createResolver } from './prepare-items.js';
import { rewriteDocuments } from './rewrite-documents.js';
import { loadMerges } from './write-extractions.js';

export interface CurationOptions {
  database?: string;
  /** Alias dictionary to record the change in (JSON or CSV); none when absent. */
  dictionaryPath?: string;
  batchSize?: number;
}

export interface CurationResult {
  /** False when the call found the work already done (a repeat). */
  changed: boolean;
  /** Documents rewritten so articles, claims and aggregates follow the change. */
  documents: number;
  message: string;
}

const EntityRowSchema = z.object({ id: z.string(), type: z.enum(['Person', 'Country', 'Organization']), name: z.string().nullable(), aliases: z.array(z.string()).nullable() });

/** Ids that currently resolve through `id` (itself included), given absorbed → kept merges. */
function idsThrough(merges: Map<string, string>, id: string): string[] {
  const out = new Set([id]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [absorbed, into] of merges) {
      if (out.has(into) && !out.has(absorbed)) {
        out.add(absorbed);
        grew = true;
      }
    }
  }
  return [...out].sort();
}

async function entityName(driver: Driver, id: string, database?: string): Promise<string | null> {
  const session = driver.session({ database });
  try {
    const res = await session.executeRead((tx) => tx.run('MATCH (e:Entity {id: $id}) RETURN e.name AS name', { id }));
    return z.string().nullable().parse(res.records[0]?.get('name') ?? null);
  } finally {
    await session.close();
  }
}

async function documentsWith(driver: Driver, ids: string[], database?: string): Promise<string[]> {
  const session = driver.session({ database });
  try {
    const res = await session.executeRead((tx) =>
      tx.run(`MATCH (d:Document) WHERE any(x IN d.extractedIds WHERE x IN $ids) RETURN d.id AS id ORDER BY id`, { ids }),
    );
    return res.records.map((r) => z.string().parse(r.get('id')));
  } finally {
    await session.close();
  }
}

/**
 * Merges entity `absorb` into `keep`: records `(:Merge {absorbed, into})`, which the writer
 * applies to every later write, then rewrites every document that mentions `absorb` (or an id
 * merged into it) from its stored extraction, so its mentions, claims and roles move to `keep`,
 * aggregates are recomputed and `absorb` disappears. With `dictionaryPath`, the merge and the
 * absorbed names are recorded on `keep`'s dictionary entry, so the extractor links them to
 * `keep` too. Repeating the call is a no-op.
 */
export async function mergeEntities(driver: Driver, keep: string, absorb: string, opts: CurationOptions = {}): Promise<CurationResult> {
  if (keep === absorb) throw new GraphError('CURATION_CONFLICT', `entities merge: expected two different ids, got ${keep} twice.`);
  const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.WRITE });
  let changed = false;
  let keepRow: z.infer<typeof EntityRowSchema>;
  let absorbNames: string[] = [];
  let ids: string[];
  try {
    ({ changed, keepRow, absorbNames, ids } = await session.executeWrite(async (tx) => {
      const merges = await loadMerges(tx);
      if (merges.has(keep)) {
        throw new GraphError('CURATION_CONFLICT', `entities merge: expected ${keep} to be a live entity, got one merged into ${merges.get(keep)}. Merge into ${createResolver(merges)(keep)} instead.`);
      }
      const rows = await tx.run(
        `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.type AS type, e.name AS name, e.aliases AS aliases`,
        { ids: [keep, absorb] },
      );
      const found = new Map(rows.records.map((r) => {
        const row = EntityRowSchema.parse(r.toObject());
        return [row.id, row] as const;
      }));
      const k = found.get(keep);
      if (!k) throw new GraphError('ENTITY_NOT_FOUND', `entities merge: expected entity ${keep} in the graph, got none. Check the id (CALL db.index.fulltext.queryNodes('entity_names', '<name>')).`);
      const existing = merges.get(absorb);
      if (existing !== undefined && existing !== keep) {
        throw new GraphError('CURATION_CONFLICT', `entities merge: expected ${absorb} unmerged, got it merged into ${existing}. Run "newsgraph entities split ${existing} ${absorb}" first.`);
      }
      const a = found.get(absorb);
      if (!a && existing === undefined) {
        throw new GraphError('ENTITY_NOT_FOUND', `entities merge: expected entity ${absorb} in the graph, got none. Check the id.`);
      }
      const names = [...new Set([...(a?.name ? [a.name] : []), ...(a?.aliases ?? [])])].sort();
      if (existing === undefined) {
        await tx.run(
          `MERGE (m:Merge {absorbed: $absorb}) ON CREATE SET m.mergedAt = datetime()
           SET m.into = $keep, m.type = $type, m.names = $names`,
          { absorb, keep, type: a?.type ?? k.type, names },
        );
      }
      merges.set(absorb, keep);
      return { changed: existing === undefined, keepRow: k, absorbNames: names, ids: idsThrough(merges, absorb) };
    }));
  } finally {
    await session.close();
  }
  // Rewriting runs in batches after the merge is recorded: if it is interrupted, repeating the
  // command finishes it (the documents are found from their extracted ids, not the graph state).
  const docs = await documentsWith(driver, ids, opts.database);
  await rewriteDocuments(driver, docs, opts);
  if (opts.dictionaryPath !== undefined) {
    const dict = readAliasDictionary(opts.dictionaryPath);
    const absorbedEntry = dict.find((e) => e.id === absorb);
    const next: AliasDictionary = dict.filter((e) => e.id !== absorb && e.id !== keep);
    const keepEntry = dict.find((e) => e.id === keep);
    next.push({
      id: keep,
      type: keepEntry?.type ?? keepRow.type,
      names: [...new Set([...(keepEntry?.names ?? []), ...(absorbedEntry?.names ?? []), ...absorbNames, ...(keepRow.name ? [keepRow.name] : [])])],
      merged: [...new Set([...(keepEntry?.merged ?? []), ...(absorbedEntry?.merged ?? []), absorb])],
    });
    writeAliasDictionary(opts.dictionaryPath, next);
  }
  return {
    changed,
    documents: docs.length,
    message: `${changed ? 'merged' : 'already merged:'} ${absorb} into ${keep}; ${docs.length} document(s) rewritten`,
  };
}

/**
 * Undoes `mergeEntities(keep, absorb)`: removes the merge record, rewrites the documents that
 * mentioned `absorb` so it comes back as its own entity, and takes the merge and the names it
 * brought out of `keep`'s dictionary entry. Repeating it (or splitting what was never merged)
 * changes nothing.
 */
export async function splitEntity(driver: Driver, keep: string, absorb: string, opts: CurationOptions = {}): Promise<CurationResult> {
  const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.WRITE });
  let found: { changed: boolean; ids: string[]; names: string[] };
  try {
    found = await session.executeWrite(async (tx) => {
      const merges = await loadMerges(tx);
      const into = merges.get(absorb);
      if (into !== undefined && into !== keep) {
        throw new GraphError('CURATION_CONFLICT', `entities split: expected ${absorb} merged into ${keep}, got it merged into ${into}. Run "newsgraph entities split ${into} ${absorb}".`);
      }
      const ids = idsThrough(merges, absorb);
      if (into === undefined) return { changed: false, ids, names: [] };
      const res = await tx.run(`MATCH (m:Merge {absorbed: $absorb}) WITH m, m.names AS names DELETE m RETURN names`, { absorb });
      return { changed: true, ids, names: z.array(z.string()).nullable().parse(res.records[0]?.get('names') ?? null) ?? [] };
    });
  } finally {
    await session.close();
  }
  const docs = await documentsWith(driver, found.ids, opts.database);
  await rewriteDocuments(driver, docs, opts);
  if (opts.dictionaryPath !== undefined) {
    const dict = readAliasDictionary(opts.dictionaryPath);
    const entry = dict.find((e) => e.id === keep);
    if (entry && (entry.merged ?? []).includes(absorb)) {
      const merged = (entry.merged ?? []).filter((x) => x !== absorb);
      const names = entry.names.filter((n) => !found.names.includes(n));
      // An entry left holding only the entity's own name and no merge pins nothing: drop it.
      const keepName = await entityName(driver, keep, opts.database);
      const useless = merged.length === 0 && names.every((n) => n === keepName);
      const next = dict.flatMap((e) =>
        e.id !== keep ? [e] : useless ? [] : [{ ...e, names, ...(merged.length > 0 ? { merged } : { merged: undefined }) }],
      );
      writeAliasDictionary(opts.dictionaryPath, next);
    }
  }
  return {
    changed: found.changed,
    documents: docs.length,
    message: `${found.changed ? 'split' : 'not merged, nothing to split:'} ${absorb} from ${keep}; ${docs.length} document(s) rewritten`,
  };
}

/**
 * Pins names to an entity id in the alias dictionary (taking them away from any other entry),
 * so the extractor links those names to `id` from now on. The graph changes when the affected
 * documents are re-extracted (`newsgraph reprocess --entity <old id>`).
 */
export function pinAliases(dictionaryPath: string, entry: { id: string; type: EntityType; names: string[] }): AliasDictionary {
  const dict = readAliasDictionary(dictionaryPath).map((e) => (e.id === entry.id ? e : { ...e, names: e.names.filter((n) => !entry.names.includes(n)) }));
  const own = dict.find((e) => e.id === entry.id);
  const next = own
    ? dict.map((e) => (e.id === entry.id ? { ...e, names: [...new Set([...e.names, ...entry.names])] } : e))
    : [...dict, { id: entry.id, type: entry.type, names: entry.names }];
  writeAliasDictionary(dictionaryPath, next);
  return readAliasDictionary(dictionaryPath);
}
