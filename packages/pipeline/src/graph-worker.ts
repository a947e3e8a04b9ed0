import { UnrecoverableError, Worker, type Job } from 'bullmq';
import neo4j, { type Driver } from 'neo4j-driver';
import { validateItems, writeExtractions, type GraphWriteItem } from '@newsgraph/graph';
import { EXTRACTOR_VERSION } from '@newsgraph/extract';
import { GraphJobSchema } from '@newsgraph/schemas';
import { QueueName, type QueueSettings } from '@newsgraph/queues';
import type { Logger } from 'pino';
import { createMicroBatcher, type MicroBatcher } from './micro-batcher.js';

export interface GraphWorkerOptions {
  settings: QueueSettings;
  driver: Driver;
  /** Articles per Neo4j transaction. */
  batchSize: number;
  /** How long a lone job waits for others before its batch is written. */
  maxWaitMs?: number;
  logger: Logger;
}

export interface GraphJobResult {
  id: string;
  articles: number;
}

/**
 * The graph-writer worker. BullMQ hands it up to `batchSize` jobs at once (concurrency); each
 * job's item goes into a micro-batch and the job completes only after the batch's transaction
 * commits. Bad payloads fail at once; Neo4j errors that the driver marks retriable are rethrown
 * for BullMQ's backoff, others fail the job with the database's message.
 */
export function startGraphWorker(opts: GraphWorkerOptions): Worker & { batcher: MicroBatcher<GraphWriteItem> } {
  const batcher = createMicroBatcher<GraphWriteItem>({
    maxSize: opts.batchSize,
    maxWaitMs: opts.maxWaitMs ?? 25,
    flush: async (items) => {
      await writeExtractions(opts.driver, items);
    },
  });
  const processor = async (job: Job): Promise<GraphJobResult> => {
    const parsed = GraphJobSchema.safeParse(job.data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
      throw new UnrecoverableError(`graph job ${job.id}: expected a GraphJob payload, got ${issues}`);
    }
    const { document, contentHash, sources, extraction } = parsed.data;
    const item: GraphWriteItem = {
      document,
      contentHash,
      sources: sources ?? (document.source ? [document.source] : []),
      extraction,
      extractorVersion: extraction.extractorVersion ?? EXTRACTOR_VERSION,
    };
    // The writer skips items it cannot use (and writes the rest); check here so such an item
    // fails its own job with the reason instead of completing silently.
    const rejected = validateItems([item]).rejected[0];
    if (rejected) throw new UnrecoverableError(`graph job ${job.id}: ${rejected.reason}`);
    try {
      await batcher.submit(item);
    } catch (err) {
      if (neo4j.isRetriableError(err)) throw err;
      const msg = err instanceof Error ? err.message : String(err);
      if (/ServiceUnavailable|SessionExpired|ECONNREFUSED|Pool is closed|connection/i.test(msg)) throw err;
      throw new UnrecoverableError(`graph job ${job.id} (id ${document.id}): Neo4j rejected the write: ${msg}`);
    }
    return { id: document.id, articles: Math.max(1, extraction.segments.length) };
  };
  const worker = new Worker(QueueName.graph, processor, {
    connection: opts.settings.connection,
    prefix: opts.settings.prefix,
    concurrency: opts.batchSize,
  });
  worker.on('failed', (job, err) => opts.logger.warn({ jobId: job?.id, err: err.message }, 'graph job failed'));
  worker.on('error', (err) => opts.logger.error({ err: err.message }, 'graph worker error'));
  return Object.assign(worker, { batcher });
}
