import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import type { Extraction } from '@newsgraph/schemas';
import { plain } from './graph-snapshot.js';
import type { GraphWriteItem } from './prepare-items.js';
import { addStats, writeExtractions, type WriteStats } from './write-extractions.js';

const StoredSchema = z.object({
  id: z.string(),
  text: z.string().nullable(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  source: z.string().nullable(),
  publishedAt: z.string().nullable(),
  contentHash: z.string(),
  sources: z.array(z.string()).nullable(),
  extraction: z.string(),
  extractorVersion: z.string(),
});
export type StoredDocument = z.infer<typeof StoredSchema>;

/** Reads documents back as the writer stored them (text, metadata, original extraction). */
export async function readStoredDocuments(driver: Driver, ids: readonly string[], opts: { database?: string } = {}): Promise<StoredDocument[]> {
  const session = driver.session({ database: opts.database });
  try {
    const res = await session.executeRead((tx) =>
      tx.run(
        `UNWIND $ids AS id MATCH (d:Document {id: id})
         RETURN d.id AS id, d.text AS text, d.title AS title, d.url AS url, d.source AS source,
                toString(d.publishedAt) AS publishedAt, d.contentHash AS contentHash, d.sources AS sources,
                d.extraction AS extraction, d.extractorVersion AS extractorVersion`,
        { ids: [...ids] },
      ),
    );
    return res.records.map((r) => StoredSchema.parse(plain(r.toObject())));
  } finally {
    await session.close();
  }
}

/** A stored document as a write item, optionally with a new extraction. */
export function storedToItem(d: StoredDocument, extraction?: Extraction, extractorVersion?: string): GraphWriteItem {
  return {
    document: {
      id: d.id,
      ...(d.text !== null ? { text: d.text } : {}),
      ...(d.title !== null ? { title: d.title } : {}),
      ...(d.url !== null ? { url: d.url } : {}),
      ...(d.source !== null ? { source: d.source } : {}),
      ...(d.publishedAt !== null ? { publishedAt: d.publishedAt } : {}),
    },
    contentHash: d.contentHash,
    sources: d.sources ?? [],
    extraction: extraction ?? (JSON.parse(d.extraction) as Extraction),
    extractorVersion: extractorVersion ?? d.extractorVersion,
  };
}

/**
 * Rewrites documents from what the graph stored about them, in batches, so that a change of
 * analysts' merges reaches every article, claim and aggregate. Safe to repeat.
 */
export async function rewriteDocuments(driver: Driver, ids: readonly string[], opts: { database?: string; batchSize?: number } = {}): Promise<WriteStats> {
  const total: WriteStats = {
    documents: 0, created: 0, replaced: 0, unchanged: 0, duplicates: 0, articles: 0, mentions: 0, claims: 0, relationships: 0,
    recomputed: { stance: 0, coMentioned: 0, roles: 0, entities: 0 }, rejected: [], warnings: [],
  };
  const size = opts.batchSize ?? 100;
  const sorted = [...new Set(ids)].sort();
  for (let i = 0; i < sorted.length; i += size) {
    const docs = await readStoredDocuments(driver, sorted.slice(i, i + size), opts);
    addStats(total, await writeExtractions(driver, docs.map((d) => storedToItem(d)), { database: opts.database, force: true }));
  }
  return total;
}
