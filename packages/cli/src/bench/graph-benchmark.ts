import { createResources, extract, EXTRACTOR_VERSION } from '@newsgraph/extract';
import type { Benchmark, BenchResult } from '@newsgraph/eval';
import { contentHash } from '@newsgraph/ingest';
import { graphSnapshot, graphSummary, writeExtractions, writeExtractionsOnePerTx, type GraphWriteItem } from '@newsgraph/graph';
import type { Config } from '@newsgraph/schemas';
import { benchServices, clearGraph } from './bench-services.js';

/**
 * Graph write throughput: the batched writer (UNWIND batches of NEWSGRAPH_GRAPH_BATCH articles
 * per transaction) beside one transaction per article, on the same extractions, in one run.
 * Extraction happens before the clock starts.
 */
export function graphBenchmark(getConfig: () => Config): Benchmark {
  return {
    name: 'graph',
    description: 'Neo4j write throughput: batched writer vs one transaction per article (own throwaway Neo4j)',
    default: true,
    async run(ctx): Promise<BenchResult> {
      const config = getConfig();
      const services = await benchServices(config, ctx.log);
      const resources = createResources();
      const items: GraphWriteItem[] = ctx.docs.map((d) => ({
        document: { id: d.id, title: d.title, source: d.source, text: d.text },
        contentHash: contentHash(d.text),
        sources: d.source ? [d.source] : [],
        extraction: extract(d, resources),
        extractorVersion: EXTRACTOR_VERSION,
      }));
      const batch = config.NEWSGRAPH_GRAPH_BATCH;
      const time = async (write: () => Promise<unknown>): Promise<number> => {
        await clearGraph(services.driver);
        const t0 = performance.now();
        await write();
        return (performance.now() - t0) / 1000;
      };
      ctx.log(`bench graph: one transaction per article, ${items.length} documents`);
      const singleSeconds = await time(() => writeExtractionsOnePerTx(services.driver, items));
      const singleSnapshot = await graphSnapshot(services.driver);
      ctx.log(`bench graph: batched, ${batch} documents per transaction`);
      const batchedSeconds = await time(async () => {
        for (let i = 0; i < items.length; i += batch) await writeExtractions(services.driver, items.slice(i, i + batch));
      });
      const summary = await graphSummary(services.driver);
      const sameGraph = JSON.stringify(await graphSnapshot(services.driver)) === JSON.stringify(singleSnapshot);
      const rels = Object.values(summary.relationships).reduce((a, b) => a + b, 0);
      const articles = summary.articles;
      const figures = {
        documents: items.length,
        articles,
        relationships: rels,
        batchSize: batch,
        batchedSeconds,
        singleSeconds,
        batchedArticlesPerSecond: articles / batchedSeconds,
        singleArticlesPerSecond: articles / singleSeconds,
        batchedRelationshipsPerSecond: rels / batchedSeconds,
        singleRelationshipsPerSecond: rels / singleSeconds,
        speedup: singleSeconds / batchedSeconds,
        sameGraph,
      };
      return {
        figures,
        rows: [
          { metric: 'graph: batched writer', value: Math.round(figures.batchedArticlesPerSecond), unit: 'articles/s', note: `${Math.round(figures.batchedRelationshipsPerSecond)} relationships/s, ${batch} per tx` },
          { metric: 'graph: one tx per article', value: Math.round(figures.singleArticlesPerSecond), unit: 'articles/s', note: `${Math.round(figures.singleRelationshipsPerSecond)} relationships/s` },
          { metric: 'graph: batched speed-up', value: Number(figures.speedup.toFixed(2)), unit: '×', note: sameGraph ? 'identical graphs' : 'GRAPHS DIFFER' },
        ],
      };
    },
  };
}
