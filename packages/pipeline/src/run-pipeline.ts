import type { Worker } from 'bullmq';
import type { Driver } from 'neo4j-driver';
import type { Redis } from 'ioredis';
import { createResources, EXTRACTOR_VERSION, type ExtractResources } from '@newsgraph/extract';
import { findWrittenDocuments } from '@newsgraph/graph';
import { readInputs } from '@newsgraph/ingest';
import {
  createExtractQueue,
  createGraphQueue,
  createQueueEvents,
  enqueueExtractJobs,
  QueueName,
  type QueueSettings,
} from '@newsgraph/queues';
import type { ExtractJob } from '@newsgraph/schemas';
import type { Logger } from 'pino';
import { startExtractWorker } from './extract-worker.js';
import { startGraphWorker } from './graph-worker.js';

export interface RunFailure {
  /** file[:line] or job id */
  where: string;
  id?: string;
  reason: string;
}

export interface RunProgress {
  phase: 'ingest' | 'process';
  read: number;
  /** Already in the graph unchanged, skipped (see RunOptions.force). */
  skipped: number;
  enqueued: number;
  done: number;
  failed: number;
}

export interface RunOptions {
  paths: string[];
  cwd: string;
  redis: Redis;
  driver: Driver;
  prefix: string;
  batchSize: number;
  extractConcurrency?: number;
  /** Start extract and graph workers in this process (default true). */
  inProcessWorkers?: boolean;
  resources?: ExtractResources;
  logger: Logger;
  onProgress?: (p: RunProgress) => void;
  /**
   * Re-extract and rewrite documents that are already in the graph unchanged (same id, text,
   * extractor version and sources). Off by default, so an interrupted import resumes cheaply.
   */
  force?: boolean;
  /** Give up waiting after this long without any job finishing (default 10 min). */
  stallTimeoutMs?: number;
}

export interface RunResult {
  documentsRead: number;
  documentsOk: number;
  /** Already in the graph unchanged, not processed again. */
  skipped: number;
  duplicates: number;
  articles: number;
  failures: RunFailure[];
  seconds: number;
}

/**
 * The main job: ingest inputs, enqueue them, let the workers extract and write, and wait until
 * every document of this run is in Neo4j or has failed with a reason.
 */
export async function runPipeline(opts: RunOptions): Promise<RunResult> {
  const t0 = performance.now();
  const settings: QueueSettings = { connection: opts.redis, prefix: opts.prefix };
  const extractQueue = createExtractQueue(settings);
  const graphQueue = createGraphQueue(settings);
  // QueueEvents block on XREAD, so each gets its own connection, closed by us in `finally`
  // (BullMQ leaves connections it was handed open).
  const eventConnections = [opts.redis.duplicate(), opts.redis.duplicate()] as const;
  const extractEvents = createQueueEvents(QueueName.extract, { ...settings, connection: eventConnections[0] });
  const graphEvents = createQueueEvents(QueueName.graph, { ...settings, connection: eventConnections[1] });
  const workers: Worker[] = [];
  const failures: RunFailure[] = [];
  const pending = new Map<string, { id: string; where: string }>();
  const progress: RunProgress = { phase: 'ingest', read: 0, skipped: 0, enqueued: 0, done: 0, failed: 0 };
  let articles = 0;
  let lastActivity = Date.now();
  let wake: (() => void) | undefined;
  const report = (): void => opts.onProgress?.({ ...progress });

  const finish = (jobId: string, failed?: string): void => {
    const entry = pending.get(jobId);
    if (!entry) return;
    pending.delete(jobId);
    lastActivity = Date.now();
    if (failed !== undefined) {
      progress.failed += 1;
      failures.push({ where: entry.where, id: entry.id, reason: failed });
    } else progress.done += 1;
    report();
    if (pending.size === 0) wake?.();
  };

  try {
    await Promise.all([extractEvents.waitUntilReady(), graphEvents.waitUntilReady()]);
    extractEvents.on('failed', ({ jobId, failedReason }) => finish(jobId, `extract: ${failedReason}`));
    graphEvents.on('failed', ({ jobId, failedReason }) => finish(jobId, `graph: ${failedReason}`));
    graphEvents.on('completed', ({ jobId, returnvalue }) => {
      const rv = typeof returnvalue === 'string' ? safeJson(returnvalue) : returnvalue;
      if (pending.has(jobId)) articles += Number((rv as { articles?: number } | undefined)?.articles ?? 1);
      finish(jobId);
    });

    if (opts.inProcessWorkers !== false) {
      const resources = opts.resources ?? createResources();
      workers.push(
        startExtractWorker({ settings, resources, graphQueue, concurrency: opts.extractConcurrency, logger: opts.logger }),
        startGraphWorker({ settings, driver: opts.driver, batchSize: opts.batchSize, logger: opts.logger }),
      );
    }

    // Ingest: validate, dedup identical texts within the run (keeping every source), enqueue.
    const byHash = new Map<string, ExtractJob>();
    let duplicates = 0;
    let chunk: ExtractJob[] = [];
    const flushChunk = async (): Promise<void> => {
      if (chunk.length === 0) return;
      let jobs = chunk;
      chunk = [];
      if (!opts.force) {
        const written = await findWrittenDocuments(
          opts.driver,
          jobs.map((j) => ({ id: j.document.id, contentHash: j.contentHash, sources: j.sources ?? [] })),
          EXTRACTOR_VERSION,
        );
        progress.skipped += written.size;
        jobs = jobs.filter((j) => !written.has(j.document.id));
        if (jobs.length === 0) return report();
      }
      const ids = await enqueueExtractJobs(extractQueue, jobs);
      ids.forEach((id, i) => {
        const j = jobs[i];
        if (j) pending.set(id, { id: j.document.id, where: whereOf(j) });
      });
      progress.enqueued += ids.length;
      report();
    };
    for await (const item of readInputs(opts.paths, { cwd: opts.cwd })) {
      progress.read += 1;
      if (!item.ok) {
        progress.failed += 1;
        failures.push({ where: item.error.line ? `${item.error.file}:${item.error.line}` : item.error.file, id: item.error.id, reason: item.error.message });
        opts.logger.warn({ err: item.error.message }, 'input rejected');
        report();
        continue;
      }
      const seen = byHash.get(item.contentHash);
      if (seen) {
        duplicates += 1;
        const src = item.document.source;
        if (src && !(seen.sources ?? []).includes(src)) (seen.sources ??= []).push(src);
        continue;
      }
      const job: ExtractJob = {
        document: item.document,
        contentHash: item.contentHash,
        origin: item.origin,
        sources: item.document.source ? [item.document.source] : [],
      };
      byHash.set(item.contentHash, job);
      chunk.push(job);
      if (chunk.length >= 200) {
        // Sources of a duplicate appearing later in the run than its chunk are lost; keep chunks
        // moderate so memory stays bounded on million-line archives.
        await flushChunk();
      }
    }
    await flushChunk();
    progress.phase = 'process';
    report();

    const stall = opts.stallTimeoutMs ?? 600_000;
    lastActivity = Date.now();
    while (pending.size > 0) {
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 2000);
      });
      if (pending.size > 0 && Date.now() - lastActivity > 5000) await reconcile();
      if (pending.size > 0 && Date.now() - lastActivity > stall) {
        for (const [jobId] of pending) finish(jobId, `timed out after ${Math.round(stall / 1000)} s without progress; are the workers running?`);
      }
    }
    return {
      documentsRead: progress.read,
      documentsOk: progress.done,
      skipped: progress.skipped,
      duplicates,
      articles,
      failures,
      seconds: (performance.now() - t0) / 1000,
    };
  } finally {
    await Promise.allSettled(workers.map((w) => w.close()));
    await Promise.allSettled([extractEvents.close(), graphEvents.close(), extractQueue.close(), graphQueue.close()]);
    eventConnections.forEach((c) => c.disconnect());
  }

  /** Catches up on events that could have been missed (e.g. a job finished by another run). */
  async function reconcile(): Promise<void> {
    for (const [jobId] of [...pending]) {
      const g = await graphQueue.getJobState(jobId);
      const e = await extractQueue.getJobState(jobId);
      if (g === 'failed') {
        const job = await graphQueue.getJob(jobId);
        finish(jobId, `graph: ${job?.failedReason ?? 'failed'}`);
      } else if (e === 'failed') {
        const job = await extractQueue.getJob(jobId);
        finish(jobId, `extract: ${job?.failedReason ?? 'failed'}`);
      } else if (g === 'unknown' && e === 'unknown') {
        articles += 1;
        finish(jobId); // both removed on completion
      }
    }
  }
}

function whereOf(j: ExtractJob): string {
  const o = j.origin;
  if (!o?.file) return j.document.id;
  return o.line ? `${o.file}:${o.line}` : o.file;
}

function safeJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}
