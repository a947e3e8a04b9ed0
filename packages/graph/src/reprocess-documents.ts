import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import type { Extraction, InputDocument } from '@newsgraph/schemas';
import { readStoredDocuments, storedToItem } from './rewrite-documents.js';
import { addStats, writeExtractions, type WriteStats } from './write-extractions.js';

export interface ReprocessOptions {
  /** The running extractor's version; documents made by any other version are re-extracted. */
  extractorVersion: string;
  /** The extractor (pure; the caller builds its resources, e.g. with the alias dictionary). */
  extract: (document: InputDocument) => Extraction | Promise<Extraction>;
  /** Only documents mentioning this entity (any extractor version): after pinning aliases. */
  entityId?: string;
  database?: string;
  batchSize?: number;
  onProgress?: (done: number) => void;
}

export interface ReprocessResult {
  reprocessed: number;
  /** Documents that could not be re-extracted, with the reason (no stored text, extractor error). */
  failed: { id: string; reason: string }[];
  stats: WriteStats;
}

/**
 * Re-extracts documents whose `extractorVersion` differs from the current one (or that mention
 * `entityId`) from the text stored on their Document node, and writes the new extractions in
 * batches through the normal writer, which replaces their articles, mentions and claims.
 */
export async function reprocessDocuments(driver: Driver, opts: ReprocessOptions): Promise<ReprocessResult> {
  const size = opts.batchSize ?? 50;
  const failed: ReprocessResult['failed'] = [];
  const stats: WriteStats = {
    documents: 0, created: 0, replaced: 0, unchanged: 0, duplicates: 0, articles: 0, mentions: 0, claims: 0, relationships: 0,
    recomputed: { stance: 0, coMentioned: 0, roles: 0, entities: 0 }, rejected: [], warnings: [],
  };
  const session = driver.session({ database: opts.database });
  let ids: string[];
  try {
    const res = await session.executeRead((tx) =>
      opts.entityId !== undefined
        ? tx.run(`MATCH (:Entity {id: $id})<-[:MENTIONS]-(:Article)-[:PART_OF]->(d:Document) RETURN DISTINCT d.id AS id ORDER BY id`, { id: opts.entityId })
        : tx.run(`MATCH (d:Document) WHERE d.extractorVersion <> $v RETURN d.id AS id ORDER BY id`, { v: opts.extractorVersion }),
    );
    ids = res.records.map((r) => z.string().parse(r.get('id')));
  } finally {
    await session.close();
  }
  let done = 0;
  for (let i = 0; i < ids.length; i += size) {
    const docs = await readStoredDocuments(driver, ids.slice(i, i + size), opts);
    const items = [];
    for (const d of docs) {
      if (d.text === null) {
        failed.push({ id: d.id, reason: `reprocess: expected the document text on Document ${d.id}, got none (written without text). Re-ingest it from its source.` });
        continue;
      }
      try {
        const extraction = await opts.extract({
          id: d.id,
          text: d.text,
          ...(d.title !== null ? { title: d.title } : {}),
          ...(d.url !== null ? { url: d.url } : {}),
          ...(d.source !== null ? { source: d.source } : {}),
          ...(d.publishedAt !== null ? { publishedAt: d.publishedAt } : {}),
        });
        items.push(storedToItem(d, extraction, opts.extractorVersion));
      } catch (err) {
        failed.push({ id: d.id, reason: `reprocess: extractor failed on ${d.id}: ${(err as Error).message}` });
      }
    }
    if (items.length > 0) addStats(stats, await writeExtractions(driver, items, { database: opts.database, force: true }));
    done += docs.length;
    opts.onProgress?.(done);
  }
  for (const r of stats.rejected) failed.push({ id: r.id ?? '?', reason: r.reason });
  return { reprocessed: stats.created + stats.replaced, failed, stats };
}
