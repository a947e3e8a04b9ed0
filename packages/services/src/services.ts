import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '@newsgraph/schemas';
import { z } from 'zod';
import { NEO4J_BROWSER_VERSION, NEO4J_VERSION } from './assemble-neo4j.js';
import {
  defaultNeo4jHome,
  ensureNeo4j,
  neo4jHomeFiles,
  parseNeo4jUri,
  runningNeo4jPid,
  type EnsureNeo4jResult,
} from './ensure-neo4j.js';
import {
  ensureRedis,
  parseRedisUrl,
  probeRedis,
  redisFiles,
  type EnsureRedisResult,
} from './ensure-redis.js';
import { PROJECT_BROWSER_PATH } from './prepare-browser-classpath.js';
import { probeNeo4j } from './probe-neo4j.js';
import { isPidAlive, processCommandLine, readPidFile, stopPid } from './process-control.js';
import { servicesCacheRoot } from './service-paths.js';
import { silentLog, type ServiceLog } from './service-log.js';

/** The subset of {@link Config} the services need. */
export type ServicesConfig = Pick<
  Config,
  'REDIS_URL' | 'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD' | 'NEO4J_HTTP_PORT' | 'NEWSGRAPH_HOME'
>;

const StartedSchema = z.object({ pid: z.number().int().positive(), startedAt: z.string() });
const StateSchema = z.object({
  redis: z.record(z.string(), StartedSchema.extend({ url: z.string() })).default({}),
  neo4j: z
    .record(z.string(), StartedSchema.extend({ uri: z.string(), home: z.string() }))
    .default({}),
});
type ServicesState = z.infer<typeof StateSchema>;

function statePath(cacheRoot: string): string {
  return join(cacheRoot, 'services-state.json');
}

async function readState(cacheRoot: string): Promise<ServicesState> {
  try {
    const parsed = StateSchema.safeParse(JSON.parse(await readFile(statePath(cacheRoot), 'utf8')));
    // A damaged state file only costs us the memory of what we started; never fail on it.
    if (parsed.success) return parsed.data;
  } catch {
    // missing or not JSON
  }
  return { redis: {}, neo4j: {} };
}

async function writeState(cacheRoot: string, state: ServicesState): Promise<void> {
  await mkdir(cacheRoot, { recursive: true });
  const tmp = `${statePath(cacheRoot)}.tmp-${process.pid}`;
  await writeFile(tmp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(tmp, statePath(cacheRoot));
}

/** What {@link servicesUp} found or started. */
export interface ServicesUpResult {
  redis: EnsureRedisResult;
  neo4j: EnsureNeo4jResult;
}

/**
 * Makes sure Redis and Neo4j answer as configured (starting what is missing) and records what it
 * started in `<cache root>/services-state.json`, so {@link servicesDown} stops only that.
 */
export async function servicesUp(
  config: ServicesConfig,
  options: { log?: ServiceLog } = {},
): Promise<ServicesUpResult> {
  const log = options.log ?? silentLog;
  const cacheRoot = servicesCacheRoot(config.NEWSGRAPH_HOME);
  const redis = await ensureRedis({ url: config.REDIS_URL, log, cacheRoot });
  if (redis.started && redis.pid !== undefined)
    await record(
      cacheRoot,
      (s) =>
        (s.redis[config.REDIS_URL] = {
          pid: redis.pid ?? 0,
          url: config.REDIS_URL,
          startedAt: new Date().toISOString(),
        }),
    );
  const neo4j = await ensureNeo4j({
    uri: config.NEO4J_URI,
    user: config.NEO4J_USER,
    password: config.NEO4J_PASSWORD,
    httpPort: config.NEO4J_HTTP_PORT,
    cacheRoot,
    log,
  });
  if (neo4j.started && neo4j.pid !== undefined && neo4j.home !== undefined) {
    const home = neo4j.home;
    await record(
      cacheRoot,
      (s) =>
        (s.neo4j[config.NEO4J_URI] = {
          pid: neo4j.pid ?? 0,
          uri: config.NEO4J_URI,
          home,
          startedAt: new Date().toISOString(),
        }),
    );
  }
  return { redis, neo4j };
}

async function record(cacheRoot: string, change: (s: ServicesState) => void): Promise<void> {
  const state = await readState(cacheRoot);
  change(state);
  await writeState(cacheRoot, state);
}

/** One line of what {@link servicesDown} did. */
export interface StoppedService {
  service: 'redis' | 'neo4j';
  address: string;
  pid: number;
  outcome: 'stopped' | 'already-gone' | 'not-ours' | 'failed';
}

/**
 * Stops what {@link servicesUp} started under this cache root (as recorded in the state file),
 * for the configured Redis and Neo4j addresses, and nothing else: a server that was already
 * running when `up` ran is left alone, and a pid now held by another program is not signalled.
 */
export async function servicesDown(
  config: ServicesConfig,
  options: { log?: ServiceLog } = {},
): Promise<StoppedService[]> {
  const log = options.log ?? silentLog;
  const cacheRoot = servicesCacheRoot(config.NEWSGRAPH_HOME);
  const state = await readState(cacheRoot);
  const done: StoppedService[] = [];

  const neo = state.neo4j[config.NEO4J_URI];
  if (neo !== undefined) {
    const live = await runningNeo4jPid(neo.home);
    const outcome = !isPidAlive(neo.pid)
      ? 'already-gone'
      : live !== neo.pid
        ? 'not-ours'
        : (log(`Neo4j: stopping pid ${neo.pid} (${neo.uri})`),
          (await stopPid(neo.pid)) ? 'stopped' : 'failed');
    done.push({ service: 'neo4j', address: neo.uri, pid: neo.pid, outcome });
    if (outcome !== 'failed') delete state.neo4j[config.NEO4J_URI];
  }
  const redis = state.redis[config.REDIS_URL];
  if (redis !== undefined) {
    const cmdline = await processCommandLine(redis.pid);
    const ours =
      isPidAlive(redis.pid) && (cmdline === undefined || cmdline.includes('redis-server'));
    const outcome = !isPidAlive(redis.pid)
      ? 'already-gone'
      : !ours
        ? 'not-ours'
        : (log(`Redis: stopping pid ${redis.pid} (${redis.url})`),
          (await stopPid(redis.pid, 15_000)) ? 'stopped' : 'failed');
    done.push({ service: 'redis', address: redis.url, pid: redis.pid, outcome });
    if (outcome !== 'failed') delete state.redis[config.REDIS_URL];
  }
  if (Object.keys(state.redis).length === 0 && Object.keys(state.neo4j).length === 0)
    await rm(statePath(cacheRoot), { force: true });
  else await writeState(cacheRoot, state);
  return done;
}

/** Structured answer of {@link servicesStatus}. */
export interface ServicesStatus {
  cacheRoot: string;
  redis: {
    url: string;
    answers: boolean;
    version: string | undefined;
    pid: number | undefined;
    /** Started by `services up` and not stopped since. */
    startedByUp: boolean;
    logFile: string | undefined;
  };
  neo4j: {
    uri: string;
    /** 'ok': answers and accepts the credentials. */
    state: 'ok' | 'auth-failed' | 'unreachable';
    detail: string | undefined;
    version: string | undefined;
    edition: string | undefined;
    pid: number | undefined;
    startedByUp: boolean;
    home: string | undefined;
    browserUrl: string;
    guideUrl: string | undefined;
    logFile: string | undefined;
    debugLogFile: string | undefined;
    /** The version `services up` would assemble from Maven Central. */
    assembledVersion: string;
    browserVersion: string;
  };
}

/** Reports what answers at the configured addresses, without starting or stopping anything. */
export async function servicesStatus(config: ServicesConfig): Promise<ServicesStatus> {
  const cacheRoot = servicesCacheRoot(config.NEWSGRAPH_HOME);
  const state = await readState(cacheRoot);
  const { port: redisPort } = parseRedisUrl(config.REDIS_URL);
  const { port: boltPort } = parseNeo4jUri(config.NEO4J_URI);
  const [redisInfo, neo] = await Promise.all([
    probeRedis(config.REDIS_URL),
    probeNeo4j(config.NEO4J_URI, config.NEO4J_USER, config.NEO4J_PASSWORD),
  ]);
  const rFiles = redisFiles(cacheRoot, redisPort);
  const ourRedisPid = await readPidFile(rFiles.pidFile);
  const home = state.neo4j[config.NEO4J_URI]?.home ?? defaultNeo4jHome(cacheRoot, boltPort);
  const neoPid = await runningNeo4jPid(home);
  const nFiles = neo4jHomeFiles(home);
  const httpUrl = `http://127.0.0.1:${config.NEO4J_HTTP_PORT}`;
  return {
    cacheRoot,
    redis: {
      url: config.REDIS_URL,
      answers: redisInfo !== undefined,
      version: redisInfo?.version,
      pid: redisInfo?.pid,
      startedByUp:
        state.redis[config.REDIS_URL] !== undefined &&
        state.redis[config.REDIS_URL]?.pid === redisInfo?.pid,
      logFile:
        redisInfo !== undefined && ourRedisPid === redisInfo.pid ? rFiles.logFile : undefined,
    },
    neo4j: {
      uri: config.NEO4J_URI,
      state: neo.state,
      detail: neo.state === 'ok' ? undefined : neo.message,
      version: neo.state === 'ok' ? neo.version : undefined,
      edition: neo.state === 'ok' ? neo.edition : undefined,
      pid: neoPid,
      startedByUp: neoPid !== undefined && state.neo4j[config.NEO4J_URI]?.pid === neoPid,
      home: neoPid === undefined ? undefined : home,
      browserUrl: `${httpUrl}/browser/`,
      guideUrl:
        neoPid !== undefined &&
        existsSync(join(home, 'browser-classpath', 'browser', PROJECT_BROWSER_PATH, 'guide.html'))
          ? `${httpUrl}/browser/${PROJECT_BROWSER_PATH}/guide.html`
          : undefined,
      logFile: neoPid === undefined ? undefined : nFiles.logFile,
      debugLogFile: neoPid === undefined ? undefined : nFiles.debugLogFile,
      assembledVersion: NEO4J_VERSION,
      browserVersion: NEO4J_BROWSER_VERSION,
    },
  };
}
