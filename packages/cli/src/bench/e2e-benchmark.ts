import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue } from 'bullmq';
import type { Benchmark, BenchResult } from '@newsgraph/eval';
import { createLogger, runPipeline } from '@newsgraph/pipeline';
import { createRedisConnection, QueueName } from '@newsgraph/queues';
import type { Config } from '@newsgraph/schemas';
import { benchServices, clearGraph } from './bench-services.js';

/**
 * End to end: a JSONL file through ingest, Redis queues, the extract and graph workers (in this
 * process) into Neo4j, timed from the first read to the last commit; RSS sampled throughout.
 */
export function e2eBenchmark(getConfig: () => Config): Benchmark {
  return {
    name: 'e2e',
    description: 'end-to-end articles/s through Redis and Neo4j, and peak memory (own throwaway Neo4j)',
    default: true,
    async run(ctx): Promise<BenchResult> {
      const config = getConfig();
      const services = await benchServices(config, ctx.log);
      await clearGraph(services.driver);
      const dir = await mkdtemp(path.join(tmpdir(), 'newsgraph-bench-'));
      const file = path.join(dir, 'corpus.jsonl');
      await writeFile(file, ctx.docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
      const redis = createRedisConnection(services.redisUrl);
      let peakRss = process.memoryUsage().rss;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
      const rssStart = process.memoryUsage().rss;
      try {
        ctx.log(`bench e2e: ${ctx.docs.length} documents through queues and workers`);
        const result = await runPipeline({
          paths: [file],
          cwd: dir,
          redis,
          driver: services.driver,
          prefix: services.prefix,
          batchSize: config.NEWSGRAPH_GRAPH_BATCH,
          extractConcurrency: config.NEWSGRAPH_EXTRACT_CONCURRENCY,
          logger: createLogger('silent'),
        });
        const figures = {
          documents: result.documentsOk,
          failed: result.failures.length,
          articles: result.articles,
          seconds: result.seconds,
          articlesPerSecond: result.articles / result.seconds,
          tokensPerSecond: ctx.totalTokens / result.seconds,
          rssStartMB: rssStart / 2 ** 20,
          rssPeakMB: peakRss / 2 ** 20,
        };
        return {
          figures,
          rows: [
            { metric: 'e2e: articles through Redis + Neo4j', value: Number(figures.articlesPerSecond.toFixed(1)), unit: 'articles/s', note: `${result.articles} articles in ${result.seconds.toFixed(1)} s, ${figures.failed} failed` },
            { metric: 'e2e: process memory', value: Math.round(figures.rssPeakMB), unit: 'MB peak RSS', note: `${Math.round(figures.rssStartMB)} MB at start` },
          ],
        };
      } finally {
        clearInterval(sampler);
        for (const name of Object.values(QueueName)) {
          const q = new Queue(name, { connection: redis, prefix: services.prefix });
          await q.obliterate({ force: true }).catch(() => undefined);
          await q.close();
        }
        redis.disconnect();
        await rm(dir, { recursive: true, force: true });
      }
    },
  };
}
