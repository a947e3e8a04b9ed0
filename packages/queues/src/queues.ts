import { Queue, QueueEvents, type JobsOptions, type ConnectionOptions } from 'bullmq';
import { ExtractJobSchema, GraphJobSchema, type ExtractJob, type GraphJob } from '@newsgraph/schemas';
import { QueueName } from './queue-names.js';
import { QueueError } from './queue-error.js';

export interface QueueSettings {
  connection: ConnectionOptions;
  /** BullMQ key prefix; queues of different users/tests on one Redis never meet. */
  prefix: string;
}

/**
 * Defaults for every job: retries with exponential backoff for transient failures (Redis/Neo4j
 * hiccups); completed jobs are removed (a replay is harmless: the graph writes are idempotent);
 * failed jobs are kept with their reason for inspection.
 */
export const defaultJobOptions: JobsOptions = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 500 },
  removeOnComplete: true,
  removeOnFail: { count: 100_000 },
};

export function createExtractQueue(s: QueueSettings): Queue<ExtractJob> {
  return new Queue<ExtractJob>(QueueName.extract, { connection: s.connection, prefix: s.prefix, defaultJobOptions });
}

export function createGraphQueue(s: QueueSettings): Queue<GraphJob> {
  return new Queue<GraphJob>(QueueName.graph, { connection: s.connection, prefix: s.prefix, defaultJobOptions });
}

export function createQueueEvents(name: QueueName, s: QueueSettings): QueueEvents {
  return new QueueEvents(name, { connection: s.connection, prefix: s.prefix });
}

/** Job id for a document: its content hash, so the same text submitted twice is one job. */
export function jobIdFor(contentHash: string): string {
  return contentHash;
}

/**
 * Validates and enqueues documents for extraction. A job id that already sits in the failed set
 * is removed first, so re-running an input after fixing the cause tries it again.
 */
export async function enqueueExtractJobs(queue: Queue<ExtractJob>, jobs: ExtractJob[]): Promise<string[]> {
  const valid = jobs.map((j) => {
    const r = ExtractJobSchema.safeParse(j);
    if (!r.success) {
      throw new QueueError('BAD_PAYLOAD', `enqueue extract: expected a valid ExtractJob, got ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} (id ${j.document?.id ?? '?'})`);
    }
    return r.data;
  });
  const ids = valid.map((j) => jobIdFor(j.contentHash));
  await removeFailed(queue, ids);
  await queue.addBulk(valid.map((data, i) => ({ name: 'extract', data, opts: { jobId: ids[i] } })));
  return ids;
}

/** Enqueues a validated graph job (from the extract worker). */
export async function enqueueGraphJob(queue: Queue<GraphJob>, job: GraphJob): Promise<string> {
  const r = GraphJobSchema.safeParse(job);
  if (!r.success) {
    throw new QueueError('BAD_PAYLOAD', `enqueue graph: expected a valid GraphJob, got ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')} (id ${job.document.id})`);
  }
  const id = jobIdFor(job.contentHash);
  await removeFailed(queue, [id]);
  await queue.add('graph', r.data, { jobId: id });
  return id;
}

async function removeFailed(queue: Queue, ids: string[]): Promise<void> {
  const states = await Promise.all(ids.map(async (id) => ((await queue.getJobState(id)) === 'failed' ? id : null)));
  await Promise.all(states.filter((id): id is string => id !== null).map((id) => queue.remove(id)));
}
