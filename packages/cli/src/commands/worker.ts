import type { Command } from 'commander';
import { createGraphDriver, migrate } from '@newsgraph/graph';
import { startExtractWorker, startGraphWorker } from '@newsgraph/pipeline';
import { createGraphQueue, createRedisConnection } from '@newsgraph/queues';
import { CliError } from '../exit-codes.js';
import { loadContext } from '../context.js';
import { loadResources } from '../load-resources.js';

/** Registers `newsgraph worker extract|graph`: a long-lived worker process. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('run a long-lived worker: `extract` (NLP) or `graph` (Neo4j writer); stops cleanly on SIGINT/SIGTERM')
    .argument('<kind>', 'extract | graph')
    .option('--aliases <file>', 'alias dictionary for the extract worker; default graph/aliases.json when present')
    .action(async (kind: string, flags: { aliases?: string }) => {
      if (kind !== 'extract' && kind !== 'graph') throw new CliError(`worker: expected "extract" or "graph", got "${kind}"`);
      const { config, logger } = loadContext();
      const redis = createRedisConnection(config.REDIS_URL);
      const settings = { connection: redis, prefix: config.NEWSGRAPH_QUEUE_PREFIX };
      const closers: (() => Promise<unknown>)[] = [];
      if (kind === 'extract') {
        const graphQueue = createGraphQueue(settings);
        const worker = startExtractWorker({ settings, resources: loadResources(flags.aliases).resources, graphQueue, concurrency: config.NEWSGRAPH_EXTRACT_CONCURRENCY, logger });
        closers.push(() => worker.close(), () => graphQueue.close());
      } else {
        const driver = createGraphDriver(config);
        await migrate(driver);
        const worker = startGraphWorker({ settings, driver, batchSize: config.NEWSGRAPH_GRAPH_BATCH, logger });
        closers.push(async () => {
          await worker.close();
          await worker.batcher.drain();
        }, () => driver.close());
      }
      logger.info({ kind, prefix: config.NEWSGRAPH_QUEUE_PREFIX }, 'worker started');
      await new Promise<void>((resolve) => {
        const stop = (sig: string): void => {
          logger.info({ sig }, 'worker stopping: finishing jobs in hand');
          resolve();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      for (const close of closers) await close();
      redis.disconnect();
    });
}
