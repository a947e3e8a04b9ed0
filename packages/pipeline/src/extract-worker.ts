import { UnrecoverableError, Worker, type Job, type Queue } from 'bullmq';
import { extract, EXTRACTOR_VERSION, type ExtractResources } from '@newsgraph/extract';
import { ExtractJobSchema, ExtractionSchema, type GraphJob } from '@newsgraph/schemas';
import { enqueueGraphJob, QueueName, type QueueSettings } from '@newsgraph/queues';
import type { Logger } from 'pino';

export interface ExtractWorkerOptions {
  settings: QueueSettings;
  resources: ExtractResources;
  graphQueue: Queue<GraphJob>;
  concurrency?: number;
  logger: Logger;
}

export interface ExtractJobResult {
  id: string;
  entities: number;
  relations: number;
  segments: number;
}

/**
 * Processes one extract job: validate the payload, run the pure extractor, hand the result to
 * the graph queue. Invalid payloads and extractor failures are deterministic, so they fail the
 * job at once (UnrecoverableError) with the reason kept on the failed job; Redis errors are
 * rethrown so BullMQ retries with backoff.
 */
export function createExtractProcessor(opts: Omit<ExtractWorkerOptions, 'settings' | 'concurrency'>) {
  return async (job: Job): Promise<ExtractJobResult> => {
    const parsed = ExtractJobSchema.safeParse(job.data);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(payload)'}: ${i.message}`).join('; ');
      throw new UnrecoverableError(`extract job ${job.id}: expected an ExtractJob payload, got ${issues}. Re-enqueue the document through ingest.`);
    }
    const { document, contentHash, origin, sources } = parsed.data;
    let extraction;
    try {
      extraction = ExtractionSchema.parse(extract(document, opts.resources));
    } catch (err) {
      const msg = err instanceof Error ? err.message : String(err);
      opts.logger.error({ jobId: job.id, docId: document.id, err: msg }, 'extraction failed');
      throw new UnrecoverableError(`extract job ${job.id} (id ${document.id}): extractor failed: ${msg}`);
    }
    const { text, ...meta } = document;
    await enqueueGraphJob(opts.graphQueue, {
      document: { ...meta, text },
      contentHash,
      sources,
      origin,
      extraction: { ...extraction, extractorVersion: extraction.extractorVersion ?? EXTRACTOR_VERSION },
    });
    return {
      id: document.id,
      entities: extraction.entities.length,
      relations: extraction.relations.length,
      segments: extraction.segments.length,
    };
  };
}

/** Starts a BullMQ worker on the extract queue. */
export function startExtractWorker(opts: ExtractWorkerOptions): Worker {
  const worker = new Worker(QueueName.extract, createExtractProcessor(opts), {
    connection: opts.settings.connection,
    prefix: opts.settings.prefix,
    // Extraction is synchronous CPU work; more than a couple in flight only adds latency.
    concurrency: opts.concurrency ?? 2,
  });
  worker.on('failed', (job, err) => opts.logger.warn({ jobId: job?.id, err: err.message }, 'extract job failed'));
  worker.on('error', (err) => opts.logger.error({ err: err.message }, 'extract worker error'));
  return worker;
}
