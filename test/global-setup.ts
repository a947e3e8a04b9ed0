/**
 * Global set-up of vitest's `int` project: real services, never mocks.
 *
 * - Redis at REDIS_URL (default redis://127.0.0.1:6379), started if none answers. It may be
 *   shared with others: tests use their own key/queue prefixes (see `uniquePrefix`).
 * - A test-only Neo4j 5.26 (own home `<cache>/test-neo4j`, Bolt 7688, HTTP 7475, password
 *   `newsgraph-test`), so tests never touch a developer's graph. It starts empty on every run:
 *   its data directory is deleted before it starts, or, when it is already running (see
 *   NEWSGRAPH_TEST_KEEP_SERVICES), every node, constraint and index is dropped.
 *
 * Teardown stops only what this set-up started. Environment knobs:
 * - NEWSGRAPH_TEST_NEO4J_BOLT_PORT / NEWSGRAPH_TEST_NEO4J_HTTP_PORT: other ports (and home).
 * - NEWSGRAPH_TEST_KEEP_SERVICES=1: leave the test Neo4j running for a faster next run.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import {
  ensureNeo4j,
  isServicesError,
  ensureRedis,
  isPidAlive,
  ServicesError,
  servicesCacheRoot,
  stopPid,
} from '../packages/services/src/index.js';
import type { TestServices } from './support/services.js';

const TEST_PASSWORD = 'newsgraph-test';

function portFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ServicesError(
      'SERVICES_CONFIG',
      `test set-up: expected ${name} to be a port number, got ${JSON.stringify(raw)}. Fix or unset it.`,
    );
  }
  return port;
}

const log = (message: string): void => {
  process.stderr.write(`[test services] ${message}\n`);
};

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const cacheRoot = servicesCacheRoot(process.env['NEWSGRAPH_HOME']);
  const boltPort = portFromEnv('NEWSGRAPH_TEST_NEO4J_BOLT_PORT', 7688);
  const httpPort = portFromEnv('NEWSGRAPH_TEST_NEO4J_HTTP_PORT', 7475);
  const home = join(cacheRoot, boltPort === 7688 ? 'test-neo4j' : `test-neo4j-${boltPort}`);
  const redisUrl =
    process.env['REDIS_URL'] !== undefined && process.env['REDIS_URL'] !== ''
      ? process.env['REDIS_URL']
      : 'redis://127.0.0.1:6379';
  const neo4jUri = `bolt://127.0.0.1:${boltPort}`;

  const releaseLock = await lockTestInstance(home, neo4jUri);
  try {
    const redis = await ensureRedis({ url: redisUrl, log, cacheRoot });
    const neo4j = await ensureNeo4j({
      uri: neo4jUri,
      user: 'neo4j',
      password: TEST_PASSWORD,
      httpPort,
      home,
      cacheRoot,
      log,
      wipe: true,
    }).catch((err: unknown) => {
      if (!isServicesError(err, 'NEO4J_AUTH_FAILED') && !isServicesError(err, 'NEO4J_PORT_BUSY'))
        throw err;
      // The generic advice names NEO4J_URI/NEO4J_PASSWORD, which tests do not read.
      throw new ServicesError(
        err.code,
        `${err.message}\nFor the test Neo4j, set NEWSGRAPH_TEST_NEO4J_BOLT_PORT and NEWSGRAPH_TEST_NEO4J_HTTP_PORT to free ports instead (the test password is always ${TEST_PASSWORD}).`,
        { cause: err },
      );
    });
    log(
      `ready in ${((Date.now() - started) / 1000).toFixed(1)} s: Redis ${redis.url}${redis.started ? ' (started)' : ''}, Neo4j ${neo4j.uri}${neo4j.started ? ' (started)' : ''}, Browser ${neo4j.browserUrl}`,
    );

    const services: TestServices = {
      redisUrl,
      neo4jUri,
      neo4jUser: 'neo4j',
      neo4jPassword: TEST_PASSWORD,
      neo4jHttpUrl: neo4j.httpUrl,
      neo4jHttpPort: httpPort,
    };
    project.provide('services', services);

    return async () => {
      const keep = process.env['NEWSGRAPH_TEST_KEEP_SERVICES'] === '1';
      try {
        if (neo4j.started && neo4j.pid !== undefined && !keep) {
          // Its data is thrown away at the next start, so there is nothing to shut down cleanly.
          await stopPid(neo4j.pid, 0);
        }
        if (redis.started && redis.pid !== undefined && !keep) await stopPid(redis.pid, 5_000);
      } finally {
        await releaseLock();
      }
    };
  } catch (err) {
    await releaseLock();
    throw err;
  }
}

/**
 * Two test runs sharing one test Neo4j would wipe each other's data, so a run holds a lock file
 * in the instance home. A second run waits for the first (several people may share a machine),
 * and takes over a lock whose owner is gone.
 */
async function lockTestInstance(home: string, uri: string): Promise<() => Promise<void>> {
  const lock = join(home, 'run', 'test-run.lock');
  await mkdir(join(home, 'run'), { recursive: true });
  const waitMs = Number(process.env['NEWSGRAPH_TEST_LOCK_WAIT_MS'] ?? 20 * 60_000);
  const deadline = Date.now() + waitMs;
  let told = false;
  for (;;) {
    try {
      await writeFile(lock, String(process.pid), { flag: 'wx' });
      return () => rm(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
    // A pid can be reused after a crash: only a live vitest process counts as the owner.
    const ownerCmd = Number.isInteger(owner)
      ? await readFile(`/proc/${owner}/cmdline`, 'utf8').catch(() => undefined)
      : undefined;
    const ownerIsVitest = ownerCmd === undefined || ownerCmd.includes('vitest');
    if (!Number.isInteger(owner) || !isPidAlive(owner) || owner === process.pid || !ownerIsVitest) {
      await rm(lock, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new ServicesError(
        'SERVICES_BUSY',
        `test set-up: expected the test Neo4j at ${uri} to be free, got another test run (pid ${owner}) still using it after ${Math.round(waitMs / 1000)} s. Wait for it, or set NEWSGRAPH_TEST_NEO4J_BOLT_PORT and NEWSGRAPH_TEST_NEO4J_HTTP_PORT to other free ports.`,
      );
    }
    if (!told)
      log(
        `another test run (pid ${owner}) is using the test Neo4j at ${uri}; waiting for it (or set NEWSGRAPH_TEST_NEO4J_BOLT_PORT/HTTP_PORT)`,
      );
    told = true;
    await new Promise((r) => setTimeout(r, 1_000));
  }
}
