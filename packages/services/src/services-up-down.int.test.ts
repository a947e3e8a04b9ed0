import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { testServices } from '../../../test/support/services.js';
import { probeRedis } from './ensure-redis.js';
import { isPidAlive } from './process-control.js';
import { servicesDown, servicesStatus, servicesUp, type ServicesConfig } from './services.js';

describe('services up / status / down (real Redis and Neo4j)', () => {
  const cacheRootPromise = mkdtemp(join(tmpdir(), 'newsgraph-services-'));
  // A port no one else uses, so that `up` has to start a Redis of its own there.
  const redisPort = 20_000 + (process.pid % 20_000);
  let startedRedisPid: number | undefined;

  const config = async (): Promise<ServicesConfig> => {
    const s = testServices();
    return {
      REDIS_URL: `redis://127.0.0.1:${redisPort}`,
      // The test Neo4j is already running (started by the global set-up, not by `up`).
      NEO4J_URI: s.neo4jUri,
      NEO4J_USER: s.neo4jUser,
      NEO4J_PASSWORD: s.neo4jPassword,
      NEO4J_HTTP_PORT: s.neo4jHttpPort,
      NEWSGRAPH_HOME: await cacheRootPromise,
    };
  };

  afterAll(async () => {
    if (startedRedisPid !== undefined && isPidAlive(startedRedisPid))
      process.kill(startedRedisPid, 'SIGKILL');
    await rm(await cacheRootPromise, { recursive: true, force: true });
  });

  it('up starts what is missing (Redis) and uses what already answers (Neo4j)', async () => {
    const up = await servicesUp(await config());
    startedRedisPid = up.redis.pid;
    expect(up.redis.started).toBe(true);
    expect(await probeRedis(up.redis.url)).toBeDefined();
    expect(up.neo4j.started).toBe(false);
    expect(up.neo4j.version).toMatch(/^5\.26\./);
  });

  it('status reports both, and which one up started', async () => {
    const status = await servicesStatus(await config());
    expect(status.redis).toMatchObject({ answers: true, startedByUp: true, pid: startedRedisPid });
    expect(status.redis.logFile).toMatch(/redis\.log$/);
    expect(status.neo4j).toMatchObject({ state: 'ok', edition: 'community', startedByUp: false });
  });

  it('a second up starts nothing', async () => {
    const again = await servicesUp(await config());
    expect(again.redis.started).toBe(false);
    expect(again.redis.pid).toBe(startedRedisPid);
    expect(again.neo4j.started).toBe(false);
  });

  it('down stops only what up started: its Redis goes, the test Neo4j stays', async () => {
    const stopped = await servicesDown(await config());
    expect(stopped).toEqual([
      {
        service: 'redis',
        address: `redis://127.0.0.1:${redisPort}`,
        pid: startedRedisPid,
        outcome: 'stopped',
      },
    ]);
    expect(await probeRedis(`redis://127.0.0.1:${redisPort}`)).toBeUndefined();
    const status = await servicesStatus(await config());
    expect(status.neo4j.state).toBe('ok');
    expect(await servicesDown(await config())).toEqual([]);
  });
});
