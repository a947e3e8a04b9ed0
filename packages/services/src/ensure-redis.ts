import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { ServicesError } from './errors.js';
import { isPidAlive, readPidFile, waitUntil } from './process-control.js';
import { commandExists, runCommand } from './run-command.js';
import { isLoopbackHost, servicesCacheRoot } from './service-paths.js';
import { silentLog, type ServiceLog } from './service-log.js';

/** Options of {@link ensureRedis}. */
export interface EnsureRedisOptions {
  /** `redis://[user:pass@]host:port[/db]`. */
  url: string;
  log?: ServiceLog;
  /** Where a Redis we start keeps its pid and log files (default: the services cache root). */
  cacheRoot?: string;
}

/** Outcome of {@link ensureRedis}. */
export interface EnsureRedisResult {
  url: string;
  /** True when this call started the server (so whoever called it may stop it). */
  started: boolean;
  /** Pid of the server, from Redis itself. */
  pid: number | undefined;
  version: string | undefined;
  /** Log file of a server we started (ours or a previous run's). */
  logFile: string | undefined;
  pidFile: string | undefined;
}

/** Facts a Redis server reports about itself. */
export interface RedisInfo {
  pid: number | undefined;
  version: string | undefined;
}

/**
 * PINGs Redis at `url`; resolves its pid and version when it answers, undefined otherwise.
 * Never throws for an unreachable server: that is the normal "not running" case.
 */
export async function probeRedis(url: string, timeoutMs = 1_500): Promise<RedisInfo | undefined> {
  const client = new Redis(url, {
    lazyConnect: true,
    connectTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: () => null,
  });
  // Connection errors surface through connect(); without a listener ioredis would also log them.
  client.on('error', () => undefined);
  try {
    await client.connect();
    const pong = await client.ping();
    if (pong !== 'PONG') return undefined;
    const info = await client.info('server');
    const pid = /^process_id:(\d+)/m.exec(info)?.[1];
    const version = /^redis_version:(\S+)/m.exec(info)?.[1];
    return { pid: pid === undefined ? undefined : Number(pid), version };
  } catch {
    return undefined;
  } finally {
    client.disconnect();
  }
}

/** Host and port of a Redis URL, or a configuration error that names the URL. */
export function parseRedisUrl(url: string): { host: string; port: number } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw new ServicesError(
      'SERVICES_CONFIG',
      `services: expected REDIS_URL like redis://127.0.0.1:6379, got ${JSON.stringify(url)}. Fix REDIS_URL.`,
      { cause },
    );
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new ServicesError(
      'SERVICES_CONFIG',
      `services: expected REDIS_URL to start with redis:// or rediss://, got ${JSON.stringify(url)}. Fix REDIS_URL.`,
    );
  }
  return {
    host: parsed.hostname || '127.0.0.1',
    port: parsed.port === '' ? 6379 : Number(parsed.port),
  };
}

/** Pid and log files of a Redis this project starts on `port`. */
export function redisFiles(
  cacheRoot: string,
  port: number,
): { dir: string; pidFile: string; logFile: string } {
  const dir = join(cacheRoot, `redis-${port}`);
  return { dir, pidFile: join(dir, 'redis.pid'), logFile: join(dir, 'redis.log') };
}

/**
 * Makes sure Redis answers at `url`: uses a running server as is, otherwise starts a throwaway
 * `redis-server` on that loopback host and port (no persistence: queues here are work in
 * flight, and the graph in Neo4j is the durable result), installing Debian's `redis-server`
 * package first when the binary is missing.
 */
export async function ensureRedis(options: EnsureRedisOptions): Promise<EnsureRedisResult> {
  const log = options.log ?? silentLog;
  const { host, port } = parseRedisUrl(options.url);
  const files = redisFiles(
    options.cacheRoot ?? servicesCacheRoot(process.env['NEWSGRAPH_HOME']),
    port,
  );

  const running = await probeRedis(options.url);
  if (running !== undefined) {
    const ourPid = await readPidFile(files.pidFile);
    const ours = ourPid !== undefined && ourPid === running.pid;
    return {
      url: options.url,
      started: false,
      ...running,
      logFile: ours ? files.logFile : undefined,
      pidFile: ours ? files.pidFile : undefined,
    };
  }
  if (!isLoopbackHost(host)) {
    throw new ServicesError(
      'REDIS_UNAVAILABLE',
      `services: expected Redis to answer at ${options.url}, got no answer. It is not a loopback address, so it cannot be started here: start it on ${host}, or set REDIS_URL to a local one (e.g. redis://127.0.0.1:6379).`,
      { retriable: true },
    );
  }

  if (!(await commandExists('redis-server'))) await installRedis(log);

  await mkdir(files.dir, { recursive: true });
  log(`Redis: starting redis-server on ${host}:${port} (log ${files.logFile})`);
  await runCommand('redis-server', [
    '--daemonize',
    'yes',
    '--bind',
    host === 'localhost' ? '127.0.0.1' : host.replace(/^\[|\]$/g, ''),
    '--port',
    String(port),
    '--save',
    '',
    '--appendonly',
    'no',
    '--dir',
    files.dir,
    '--pidfile',
    files.pidFile,
    '--logfile',
    files.logFile,
  ]);
  let info: RedisInfo | undefined;
  const up = await waitUntil(
    async () => (info = await probeRedis(options.url, 500)) !== undefined,
    15_000,
  );
  if (!up || info === undefined) {
    const pid = await readPidFile(files.pidFile);
    throw new ServicesError(
      'REDIS_UNAVAILABLE',
      `services: expected redis-server to answer at ${options.url} after starting it, got no answer${pid !== undefined && isPidAlive(pid) ? ` (pid ${pid} is running)` : ''}. See ${files.logFile}.`,
      { retriable: true },
    );
  }
  log(`Redis: ${info.version ?? '?'} answers at ${options.url} (pid ${info.pid ?? '?'})`);
  return {
    url: options.url,
    started: true,
    ...info,
    logFile: files.logFile,
    pidFile: files.pidFile,
  };
}

/** Installs Debian's redis-server; as root directly, otherwise through passwordless sudo. */
async function installRedis(log: ServiceLog): Promise<void> {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = asRoot ? [] : ['sudo', '-n'];
  if (!asRoot && !(await commandExists('sudo'))) {
    throw new ServicesError(
      'REDIS_INSTALL_FAILED',
      'services: expected redis-server on PATH, got none, and installing it needs root. Run `sudo apt-get update && sudo apt-get install -y redis-server`, or set REDIS_URL to a running Redis.',
    );
  }
  log(
    'Redis: redis-server is not installed; running apt-get update && apt-get install -y redis-server',
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    const [cmd = 'apt-get', ...rest] = [...prefix, 'apt-get'];
    await runCommand(cmd, [...rest, 'update', '-q'], { env });
    await runCommand(cmd, [...rest, 'install', '-y', '-q', 'redis-server'], { env });
  } catch (cause) {
    throw new ServicesError(
      'REDIS_INSTALL_FAILED',
      `services: expected to install redis-server with apt-get, got a failure (${cause instanceof Error ? cause.message : String(cause)}). Install Redis 7 yourself, or set REDIS_URL to a running Redis.`,
      { cause, retriable: true },
    );
  }
}
