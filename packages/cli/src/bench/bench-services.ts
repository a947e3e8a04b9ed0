import type { Driver } from 'neo4j-driver';
import { createGraphDriver, migrate } from '@newsgraph/graph';
import { ensureNeo4j, ensureRedis, servicesCacheRoot, stopPid } from '@newsgraph/services';
import type { Config } from '@newsgraph/schemas';

/**
 * Benchmarks that write never touch the user's graph: they get their own throwaway Neo4j
 * (own home, Bolt 7691, HTTP 7477, wiped at start) and their own queue prefix.
 */
export interface BenchServices {
  driver: Driver;
  redisUrl: string;
  prefix: string;
  close(): Promise<void>;
}

let shared: Promise<BenchServices> | undefined;

export function benchServices(config: Config, log: (line: string) => void): Promise<BenchServices> {
  shared ??= start(config, log);
  return shared;
}

async function start(config: Config, log: (line: string) => void): Promise<BenchServices> {
  const cacheRoot = servicesCacheRoot(config.NEWSGRAPH_HOME);
  const redis = await ensureRedis({ url: config.REDIS_URL, log, cacheRoot });
  const password = 'newsgraph-bench';
  const neo = await ensureNeo4j({
    uri: 'bolt://127.0.0.1:7691',
    user: 'neo4j',
    password,
    httpPort: 7477,
    home: `${cacheRoot}/bench-neo4j`,
    cacheRoot,
    wipe: true,
    log,
  });
  const driver = createGraphDriver({ NEO4J_URI: neo.uri, NEO4J_USER: 'neo4j', NEO4J_PASSWORD: password });
  await migrate(driver);
  return {
    driver,
    redisUrl: redis.url,
    prefix: `newsgraph-bench-${process.pid}`,
    async close() {
      await driver.close();
      if (neo.started && neo.pid !== undefined) await stopPid(neo.pid);
      shared = undefined;
    },
  };
}

/** Empties the bench graph between measured passes (constraints stay). */
export async function clearGraph(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}

/** Stops the bench Neo4j if a benchmark started it. */
export async function closeBenchServices(): Promise<void> {
  const s = shared;
  if (s) await (await s).close();
}
