import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { z } from 'zod';
import { Q } from './cypher.js';
import {
  createResolver,
  GraphWriteItemSchema,
  prepareDocument,
  type GraphWriteItem,
  type PreparedDocument,
} from './prepare-items.js';
import { emptyTouched, recomputeTouched, removeArticleContent, SEP, type Touched } from './touched.js';

export interface WriteOptions {
  /** Neo4j database name; the server default when absent. */
  database?: string;
  /** Rewrite documents even when their stored write hash says nothing changed (curation uses it). */
  force?: boolean;
}

/** What one {@link writeExtractions} call did. */
export interface WriteStats {
  /** Items received (after dropping repeats of one id inside the batch: the last one wins). */
  documents: number;
  created: number;
  replaced: number;
  /** Same id, same content, same extraction: nothing to write. */
  unchanged: number;
  /** Same text as another document: only its sources were added to that one. */
  duplicates: number;
  articles: number;
  mentions: number;
  claims: number;
  /** Relationships written: PART_OF, MENTIONS, STATES, BY, TOWARD, ATTRIBUTED_TO. */
  relationships: number;
  recomputed: { stance: number; coMentioned: number; roles: number; entities: number };
  /** Items that could not be used at all, with the reason (the rest of the batch is written). */
  rejected: { id: string | null; index: number; reason: string }[];
  /** Parts of items that were dropped or adjusted, each naming the document. */
  warnings: string[];
}

const ClassifySchema = z.object({
  id: z.string(),
  exists: z.boolean(),
  writeHash: z.string().nullable(),
  ownHash: z.string().nullable(),
  sources: z.array(z.string()),
  duplicateIds: z.array(z.string()),
  otherId: z.string().nullable(),
  otherSources: z.array(z.string()),
  otherDuplicateIds: z.array(z.string()),
});
const MergeRowSchema = z.object({ absorbed: z.string(), into: z.string() });
const IdRowSchema = z.object({ id: z.string() });

const union = (...lists: string[][]): string[] => [...new Set(lists.flat())].sort();
const sameList = (a: string[], b: string[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

/** Validates items with zod; bad ones are reported, never thrown, so one bad job cannot sink a batch. */
export function validateItems(items: readonly unknown[]): {
  valid: z.output<typeof GraphWriteItemSchema>[];
  rejected: WriteStats['rejected'];
} {
  const valid: z.output<typeof GraphWriteItemSchema>[] = [];
  const rejected: WriteStats['rejected'] = [];
  items.forEach((item, index) => {
    const parsed = GraphWriteItemSchema.safeParse(item);
    if (parsed.success) valid.push(parsed.data);
    else {
      const id = (item as { document?: { id?: unknown } } | null)?.document?.id;
      const why = parsed.error.issues.map((i) => `${i.path.join('.') || '(item)'}: ${i.message}`).join('; ');
      rejected.push({
        id: typeof id === 'string' ? id : null,
        index,
        reason: `graph: expected a GraphWriteItem, got ${why} (item ${index}${typeof id === 'string' ? `, id ${id}` : ''}). Fix the producer; the item was not written.`,
      });
    }
  });
  return { valid, rejected };
}

/**
 * Writes many documents in ONE transaction (UNWIND … MERGE), replacing each document's previous
 * articles, mentions and claims, and recomputing STANCE / CO_MENTIONED / HAS_ROLE for every pair
 * the batch touched, so a replay, a retry after a crash, or a reordered archive leaves the graph
 * as it was (only `ingestedAt`, set on create, can tell). Identical text under another id adds
 * its sources to the existing document instead of a second article. Invalid items are returned
 * in `rejected` and the rest is written. Transient Neo4j errors propagate (the driver already
 * retried the transaction), so queue retries apply.
 */
export async function writeExtractions(driver: Driver, items: readonly GraphWriteItem[], opts: WriteOptions = {}): Promise<WriteStats> {
  const { valid, rejected } = validateItems(items);
  const session = driver.session({ database: opts.database, defaultAccessMode: neo4j.session.WRITE });
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        const stats = valid.length === 0 ? emptyStats(0) : await session.executeWrite((tx) => writeInTransaction(tx, valid, opts));
        stats.rejected.push(...rejected);
        return stats;
      } catch (err) {
        // Another writer committed the same new text first (unique contentHash): running again
        // sees its document and adds this one's sources to it.
        if (attempt >= 3 || (err as { code?: string }).code !== 'Neo.ClientError.Schema.ConstraintValidationFailed') throw err;
      }
    }
  } finally {
    await session.close();
  }
}

/**
 * The naive baseline for `newsgraph bench`: the same writer, one transaction per document.
 * Produces exactly the same graph as {@link writeExtractions}.
 */
export async function writeExtractionsOnePerTx(driver: Driver, items: readonly GraphWriteItem[], opts: WriteOptions = {}): Promise<WriteStats> {
  const total = emptyStats(0);
  for (const item of items) {
    const s = await writeExtractions(driver, [item], opts);
    addStats(total, s);
  }
  return total;
}

function emptyStats(documents: number): WriteStats {
  return {
    documents,
    created: 0,
    replaced: 0,
    unchanged: 0,
    duplicates: 0,
    articles: 0,
    mentions: 0,
    claims: 0,
    relationships: 0,
    recomputed: { stance: 0, coMentioned: 0, roles: 0, entities: 0 },
    rejected: [],
    warnings: [],
  };
}

export function addStats(total: WriteStats, s: WriteStats): void {
  for (const k of ['documents', 'created', 'replaced', 'unchanged', 'duplicates', 'articles', 'mentions', 'claims', 'relationships'] as const) {
    total[k] += s[k];
  }
  for (const k of ['stance', 'coMentioned', 'roles', 'entities'] as const) total.recomputed[k] += s.recomputed[k];
  total.rejected.push(...s.rejected);
  total.warnings.push(...s.warnings);
}

/** Reads analysts' merges (absorbed id → kept id). */
export async function loadMerges(tx: ManagedTransaction): Promise<Map<string, string>> {
  const res = await tx.run(Q.loadMerges);
  return new Map(res.records.map((r) => {
    const m = MergeRowSchema.parse(r.toObject());
    return [m.absorbed, m.into] as const;
  }));
}

/** The writer's body, inside the caller's write transaction (curation reuses it). */
export async function writeInTransaction(
  tx: ManagedTransaction,
  items: z.output<typeof GraphWriteItemSchema>[],
  opts: WriteOptions = {},
): Promise<WriteStats> {
  const resolve = createResolver(await loadMerges(tx));
  const byId = new Map<string, PreparedDocument>();
  for (const item of items) {
    byId.delete(item.document.id); // keep arrival order of the last occurrence
    byId.set(item.document.id, prepareDocument(item, resolve));
  }
  const docs = [...byId.values()];
  const stats = emptyStats(docs.length);
  for (const d of docs) stats.warnings.push(...d.warnings);

  const classified = await tx.run(Q.classify, { docs: docs.map((d) => ({ id: d.id, contentHash: d.contentHash })) });
  const state = new Map(classified.records.map((r) => {
    const c = ClassifySchema.parse(r.toObject());
    return [c.id, c] as const;
  }));

  const toWrite: PreparedDocument[] = [];
  const retract: string[] = [];
  // Stored source lists of documents the graph already has, and what this batch adds to them.
  const stored = new Map<string, { sources: string[]; duplicateIds: string[] }>();
  const adds = new Map<string, { sources: string[]; duplicateIds: string[] }>();
  const add = (target: string, sources: string[], dupIds: string[]): void => {
    const p = adds.get(target) ?? { sources: [], duplicateIds: [] };
    adds.set(target, { sources: union(p.sources, sources), duplicateIds: union(p.duplicateIds, dupIds) });
  };

  // Identical texts are one document: the smallest id among the batch's copies and the graph's
  // wins, whatever order they arrive in; the others only add their sources (and ids) to it.
  const groups = new Map<string, PreparedDocument[]>();
  for (const d of docs) groups.set(d.contentHash, [...(groups.get(d.contentHash) ?? []), d]);
  for (const [hash, members] of groups) {
    const inGraph = new Set<string>();
    for (const m of members) {
      const s = state.get(m.id)!;
      if (s.exists) stored.set(m.id, { sources: s.sources, duplicateIds: s.duplicateIds });
      if (s.exists && s.ownHash === hash) inGraph.add(m.id);
      if (s.otherId !== null) {
        stored.set(s.otherId, { sources: s.otherSources, duplicateIds: s.otherDuplicateIds });
        inGraph.add(s.otherId);
      }
    }
    const memberIds = new Set(members.map((m) => m.id));
    const canonical = [...new Set([...memberIds, ...inGraph])].sort()[0]!;
    for (const g of inGraph) {
      if (g === canonical || memberIds.has(g)) continue;
      const kept = stored.get(g)!;
      retract.push(g); // a smaller id now carries this text
      add(canonical, kept.sources, [...kept.duplicateIds, g]);
    }
    for (const d of members) {
      const s = state.get(d.id)!;
      if (d.id !== canonical) {
        stats.duplicates += 1;
        if (s.exists) {
          retract.push(d.id);
          add(canonical, s.ownHash === hash ? s.sources : [], s.ownHash === hash ? s.duplicateIds : []);
        }
        add(canonical, d.sources, [d.id]);
        continue;
      }
      add(d.id, d.sources, []);
      if (s.exists && s.writeHash === d.writeHash && opts.force !== true) {
        stats.unchanged += 1;
        continue;
      }
      toWrite.push(d);
      if (s.exists) stats.replaced += 1;
      else stats.created += 1;
    }
  }

  // Final source lists: stored ∪ added. Rewritten documents carry them; others get a small update.
  const written = new Set(toWrite.map((d) => d.id));
  const finalLists = new Map<string, { sources: string[]; duplicateIds: string[] }>();
  const sourceUpdates = new Map<string, { sources: string[]; duplicateIds: string[] }>();
  for (const [id, a] of adds) {
    if (retract.includes(id)) continue;
    const base = stored.get(id) ?? { sources: [], duplicateIds: [] };
    const next = { sources: union(base.sources, a.sources), duplicateIds: union(base.duplicateIds, a.duplicateIds) };
    finalLists.set(id, next);
    if (!written.has(id) && (!sameList(next.sources, base.sources) || !sameList(next.duplicateIds, base.duplicateIds))) {
      sourceUpdates.set(id, next);
    }
  }
  for (const d of toWrite) d.sources = finalLists.get(d.id)?.sources ?? d.sources;

  // Remove what replaced and retracted documents contributed before.
  const touched: Touched = emptyTouched();
  const replaceIds = toWrite.filter((d) => state.get(d.id)!.exists).map((d) => d.id);
  const oldIds = [...replaceIds, ...retract];
  if (oldIds.length > 0) {
    const old = await tx.run(Q.articlesOfDocuments, { ids: oldIds });
    const oldArticles = old.records.map((r) => IdRowSchema.parse(r.toObject()).id);
    const keep = new Set(toWrite.flatMap((d) => d.articles.map((a) => a.id)));
    await removeArticleContent(
      tx,
      oldArticles.filter((id) => keep.has(id)),
      oldArticles.filter((id) => !keep.has(id)),
      touched,
    );
    if (retract.length > 0) await tx.run(Q.deleteDocuments, { ids: retract });
  }

  if (toWrite.length > 0) {
    await tx.run(Q.writeDocuments, {
      docs: toWrite.map((d) => ({
        id: d.id,
        contentHash: d.contentHash,
        title: d.title,
        url: d.url,
        source: d.source,
        sources: d.sources,
        duplicateIds: finalLists.get(d.id)?.duplicateIds ?? [],
        publishedAt: d.publishedAt,
        text: d.text,
        extraction: d.extraction,
        extractedIds: d.extractedIds,
        extractorVersion: d.extractorVersion,
        writeHash: d.writeHash,
      })),
    });
    const articles = toWrite.flatMap((d) => d.articles.map((a) => ({ ...a, sources: d.sources })));
    await tx.run(Q.writeArticles, { articles });
    const entities = mergeEntityRows(toWrite);
    await tx.run(Q.writeEntities, { entities });
    const mentions = toWrite.flatMap((d) => d.mentions);
    await tx.run(Q.writeMentions, { mentions });
    const claims = toWrite.flatMap((d) => d.claims);
    if (claims.length > 0) await tx.run(Q.writeClaims, { claims });

    for (const m of mentions) {
      for (const other of m.coIds) touched.co.add(`${m.entityId}${SEP}${other}`);
      for (const key of m.roles) {
        const at = key.lastIndexOf('@');
        touched.roles.add(`${m.entityId}${SEP}${key.slice(0, at)}${SEP}${key.slice(at + 1)}`);
      }
    }
    for (const c of claims) touched.stance.add(`${c.sourceId}${SEP}${c.targetId}`);

    stats.articles = articles.length;
    stats.mentions = mentions.length;
    stats.claims = claims.length;
    const attributed = claims.reduce((n, c) => n + c.attributedTo.length, 0);
    stats.relationships = articles.length + mentions.length + claims.length * 3 + attributed;
  }

  if (sourceUpdates.size > 0) {
    await tx.run(Q.setSources, { docs: [...sourceUpdates].map(([id, u]) => ({ id, ...u })) });
  }
  stats.recomputed = await recomputeTouched(tx, touched);
  return stats;
}

/** One row per entity across the batch, joined with the same rule the graph applies. */
function mergeEntityRows(docs: PreparedDocument[]): PreparedDocument['entities'] {
  const rows = new Map<string, PreparedDocument['entities'][number]>();
  for (const d of docs) {
    for (const e of d.entities) {
      const prev = rows.get(e.id);
      if (!prev) {
        rows.set(e.id, { ...e });
        continue;
      }
      const name = e.name.length !== prev.name.length ? (e.name.length > prev.name.length ? e.name : prev.name) : e.name < prev.name ? e.name : prev.name;
      rows.set(e.id, { ...prev, name, aliases: union(prev.aliases, e.aliases), iso3: prev.iso3 ?? e.iso3 });
    }
  }
  return [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
