import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '@newsgraph/schemas';
import { deleteArticles } from './delete-articles.js';
import type { GraphWriteItem } from './prepare-items.js';
import { writeExtractions, writeExtractionsOnePerTx } from './write-extractions.js';

export interface WriterThroughput {
  seconds: number;
  articlesPerSecond: number;
  relationshipsPerSecond: number;
}

export interface GraphBenchResult {
  documents: number;
  /** Article nodes one run creates. */
  articles: number;
  /** Relationships one run creates (PART_OF, MENTIONS, claims' edges, STANCE, CO_MENTIONED, HAS_ROLE). */
  relationships: number;
  batchSize: number;
  batched: WriterThroughput;
  onePerTx: WriterThroughput;
  /** batched articles/s ÷ one-per-tx articles/s. */
  speedup: number;
}

/** Puts every id of an item under `ns` so bench writes never touch (or count) the real graph. */
function namespaced(item: GraphWriteItem, ns: string): GraphWriteItem {
  const id = (x: string): string => `${ns}${x}`;
  const e: Extraction = item.extraction;
  return {
    ...item,
    document: { ...item.document, id: id(item.document.id) },
    contentHash: id(item.contentHash),
    extraction: {
      ...e,
      id: id(e.id),
      entities: e.entities.map((x) => ({ ...x, id: id(x.id) })),
      relations: e.relations.map((r) =>
        r.type === 'STANCE'
          ? { ...r, source: id(r.source), target: id(r.target), attributedTo: r.attributedTo.map(id) }
          : { ...r, source: id(r.source), target: id(r.target) },
      ),
    },
  };
}

async function countUnder(driver: Driver, ns: string, database?: string): Promise<{ articles: number; relationships: number }> {
  const session = driver.session({ database });
  try {
    const res = await session.executeRead((tx) =>
      tx.run(
        `RETURN COUNT { MATCH (a:Article) WHERE a.id STARTS WITH $ns } AS articles,
                COUNT { MATCH (n)-[r]->() WHERE n.id STARTS WITH $ns } AS relationships`,
        { ns },
      ),
    );
    const row = res.records[0]!;
    return { articles: Number(row.get('articles')), relationships: Number(row.get('relationships')) };
  } finally {
    await session.close();
  }
}

async function cleanUp(driver: Driver, items: GraphWriteItem[], database?: string): Promise<void> {
  const ids = items.map((i) => i.document.id);
  for (let i = 0; i < ids.length; i += 500) await deleteArticles(driver, ids.slice(i, i + 500), { database });
}

/**
 * Measures graph write throughput of the batched writer (`batchSize` documents per transaction)
 * against one transaction per document, on the same items in the same run. Every id is put
 * under a fresh `bench-…:` namespace (so the runs start from the same empty state and never
 * touch the analysts' graph) and removed afterwards. A small warm-up of both writers runs first,
 * so neither pays for query planning.
 */
export async function benchGraphWrites(
  driver: Driver,
  items: readonly GraphWriteItem[],
  opts: { batchSize?: number; database?: string } = {},
): Promise<GraphBenchResult> {
  const batchSize = opts.batchSize ?? 50;
  const run = randomUUID().slice(0, 8);
  const { database } = opts;

  const warm = items.slice(0, Math.min(10, items.length));
  const warmA = warm.map((i) => namespaced(i, `bench-${run}-wa:`));
  const warmB = warm.map((i) => namespaced(i, `bench-${run}-wb:`));
  await writeExtractions(driver, warmA, { database });
  await writeExtractionsOnePerTx(driver, warmB, { database });
  await cleanUp(driver, [...warmA, ...warmB], database);

  const measure = async (ns: string, write: (xs: GraphWriteItem[]) => Promise<void>) => {
    const xs = items.map((i) => namespaced(i, ns));
    const started = performance.now();
    await write(xs);
    const seconds = (performance.now() - started) / 1000;
    const counts = await countUnder(driver, ns, database);
    await cleanUp(driver, xs, database);
    return { seconds, ...counts };
  };
  const batched = await measure(`bench-${run}-b:`, async (xs) => {
    for (let i = 0; i < xs.length; i += batchSize) await writeExtractions(driver, xs.slice(i, i + batchSize), { database });
  });
  const single = await measure(`bench-${run}-s:`, async (xs) => {
    await writeExtractionsOnePerTx(driver, xs, { database });
  });
  const rate = (m: typeof batched): WriterThroughput => ({
    seconds: m.seconds,
    articlesPerSecond: m.articles / m.seconds,
    relationshipsPerSecond: m.relationships / m.seconds,
  });
  return {
    documents: items.length,
    articles: batched.articles,
    relationships: batched.relationships,
    batchSize,
    batched: rate(batched),
    onePerTx: rate(single),
    speedup: single.seconds / batched.seconds,
  };
}
