import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createResources } from '@newsgraph/extract';
import { createGraphDriver, graphSnapshot, migrate } from '@newsgraph/graph';
import { createExtractQueue, createGraphQueue, createRedisConnection } from '@newsgraph/queues';
import { obliterateQueues } from '../../../test/support/queues.js';
import { testServices } from '../../../test/support/services.js';
import { createLogger } from './logger.js';
import { runPipeline } from './run-pipeline.js';
import { startExtractWorker } from './extract-worker.js';
import { startGraphWorker } from './graph-worker.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const logger = createLogger('silent');
const resources = createResources();

describe('pipeline: files → queues → workers → Neo4j', () => {
  let driver: Driver;
  let redis: Redis;
  const prefix = `ngtest-${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    const s = testServices();
    driver = createGraphDriver({ NEO4J_URI: s.neo4jUri, NEO4J_USER: s.neo4jUser, NEO4J_PASSWORD: s.neo4jPassword });
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await migrate(driver);
    redis = createRedisConnection(s.redisUrl);
  });

  afterAll(async () => {
    await obliterateQueues(testServices().redisUrl, prefix);
    redis.disconnect();
    await driver.close();
  });

  const run = (force = false) =>
    runPipeline({ paths: ['fixtures/articles'], cwd: repoRoot, redis, driver, prefix, batchSize: 10, logger, resources, force });

  it('puts the seed page into Neo4j with its key people and countries', async () => {
    const result = await run();
    expect(result.failures).toEqual([]);
    expect(result.documentsOk).toBe(1);
    const { records } = await driver.executeQuery(
      'MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id ORDER BY id',
      { ids: ['person:kim-jong-un', 'person:vladimir-putin', 'country:PRK', 'country:RUS'] },
      { routing: neo4j.routing.READ },
    );
    expect(records.map((r) => r.get('id'))).toEqual(['country:PRK', 'country:RUS', 'person:kim-jong-un', 'person:vladimir-putin']);
    const articles = await driver.executeQuery('MATCH (a:Article) RETURN count(a) AS n');
    expect(Number(articles.records[0]?.get('n'))).toBeGreaterThanOrEqual(1);
  });

  it('running the same input again (forced through extraction and writing) leaves every node, relationship and count unchanged', async () => {
    const before = await graphSnapshot(driver);
    const result = await run(true);
    expect(result.failures).toEqual([]);
    expect(result.documentsOk).toBe(1);
    const after = await graphSnapshot(driver);
    expect(after).toEqual(before);
  });

  it('a plain re-run skips documents already in the graph unchanged (cheap resume)', async () => {
    const before = await graphSnapshot(driver);
    const result = await run();
    expect(result).toMatchObject({ skipped: 1, documentsOk: 0, failures: [] });
    expect(await graphSnapshot(driver)).toEqual(before);
  });

  it('a poison job lands in the failed set with a readable reason while good jobs complete', async () => {
    const qPrefix = `${prefix}-poison`;
    const conn = createRedisConnection(testServices().redisUrl);
    const settings = { connection: conn, prefix: qPrefix };
    const extractQueue = createExtractQueue(settings);
    const graphQueue = createGraphQueue(settings);
    const ew = startExtractWorker({ settings, resources, graphQueue, logger });
    const gw = startGraphWorker({ settings, driver, batchSize: 5, logger });
    try {
      const good = { document: { id: 'poison-test-good', text: 'Russia accused Ukraine of attacking a bridge.' }, contentHash: 'a'.repeat(64) };
      await extractQueue.add('extract', { document: { id: 42 } } as never, { jobId: 'poison-1' });
      await extractQueue.add('extract', good, { jobId: good.contentHash });
      const deadline = Date.now() + 60_000;
      let failed: Awaited<ReturnType<typeof extractQueue.getFailed>> = [];
      let graphDone = false;
      while (Date.now() < deadline) {
        failed = await extractQueue.getFailed();
        const g = await graphQueue.getJobState(good.contentHash);
        graphDone = g === 'unknown' && (await extractQueue.getJobState(good.contentHash)) === 'unknown';
        if (failed.length === 1 && graphDone) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(failed.map((j) => j.id)).toEqual(['poison-1']);
      expect(failed[0]?.failedReason).toMatch(/expected an ExtractJob payload, got document\.id: .*string/);
      expect(failed[0]?.attemptsMade).toBe(1); // unrecoverable: no retries
      const { records } = await driver.executeQuery('MATCH (a:Article {id: $id}) RETURN a.id AS id', { id: 'poison-test-good' });
      expect(records).toHaveLength(1);
      expect(graphDone).toBe(true);
    } finally {
      await ew.close();
      await gw.close();
      await extractQueue.obliterate({ force: true });
      await graphQueue.obliterate({ force: true });
      await extractQueue.close();
      await graphQueue.close();
      conn.disconnect();
    }
  });
});
