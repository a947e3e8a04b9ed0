import { spawn } from 'node:child_process';
import { mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { assembleNeo4j } from './assemble-neo4j.js';
import { ServicesError } from './errors.js';
import { isPortOpen } from './port-probe.js';
import { PROJECT_BROWSER_PATH, prepareBrowserClasspath } from './prepare-browser-classpath.js';
import { fetchNeo4jDiscovery, openProbeDriver, probeNeo4j } from './probe-neo4j.js';
import {
  isPidAlive,
  processCommandLine,
  readPidFile,
  stopPid,
  waitUntil,
} from './process-control.js';
import { neo4jJvmFlags, renderNeo4jConf } from './render-neo4j-conf.js';
import { runCommand, tailLines } from './run-command.js';
import { isLoopbackHost, projectBrowserAssetsDir, servicesCacheRoot } from './service-paths.js';
import { silentLog, type ServiceLog } from './service-log.js';
import { pathExists } from './path-exists.js';

/** Options of {@link ensureNeo4j}. */
export interface EnsureNeo4jOptions {
  /** `bolt://host:port` or `neo4j://host:port`. */
  uri: string;
  user: string;
  password: string;
  /** Port of the HTTP server that serves Neo4j Browser. */
  httpPort: number;
  /** Home of this instance (conf, data, logs). Default: `<cacheRoot>/neo4j` (`neo4j-<port>` off 7687). */
  home?: string;
  /** Where the shared jars are cached. Default: {@link servicesCacheRoot}. */
  cacheRoot?: string;
  log?: ServiceLog;
  /** Start from an empty graph (tests): no nodes, relationships, constraints or indexes. */
  wipe?: boolean;
  /** The project's Browser guide and style folder. Default: the repository's `graph/browser`. */
  browserAssetsDir?: string;
  /** How long to wait for Bolt after starting the JVM. Default 120 s. */
  startTimeoutMs?: number;
  heap?: { min: string; max: string };
}

/** Outcome of {@link ensureNeo4j}: where things are and whether this call started the server. */
export interface EnsureNeo4jResult {
  uri: string;
  user: string;
  httpUrl: string;
  browserUrl: string;
  /** Browser guide of the project, when served by an instance of ours. */
  guideUrl: string | undefined;
  /** True when this call started the server (so whoever called it may stop it). */
  started: boolean;
  /** Pid of an instance of ours (started now or earlier); undefined for a foreign server. */
  pid: number | undefined;
  version: string | undefined;
  edition: string | undefined;
  /** Home of an instance of ours. */
  home: string | undefined;
  /** Console log (neo4j.log content and JVM output) of an instance of ours. */
  logFile: string | undefined;
  /** Neo4j's debug.log of an instance of ours. */
  debugLogFile: string | undefined;
}

/** Files of one instance home. */
export function neo4jHomeFiles(home: string): {
  confDir: string;
  dataDir: string;
  logsDir: string;
  pidFile: string;
  logFile: string;
  debugLogFile: string;
  startLock: string;
  /** Copy of neo4j.conf as of the last start, to tell when the running server is behind. */
  startedConf: string;
} {
  return {
    confDir: join(home, 'conf'),
    dataDir: join(home, 'data'),
    logsDir: join(home, 'logs'),
    pidFile: join(home, 'run', 'newsgraph-neo4j.pid'),
    logFile: join(home, 'logs', 'console.log'),
    debugLogFile: join(home, 'logs', 'debug.log'),
    startLock: join(home, 'run', 'starting.lock'),
    startedConf: join(home, 'run', 'started-with.conf'),
  };
}

/** Host, Bolt port and whether we could start a server for this URI. */
export function parseNeo4jUri(uri: string): { host: string; port: number; startable: boolean } {
  const m = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/([^/:?#]+|\[[^\]]+\])(?::(\d+))?\/?$/.exec(uri);
  if (m === null) {
    throw new ServicesError(
      'SERVICES_CONFIG',
      `services: expected NEO4J_URI like bolt://127.0.0.1:7687, got ${JSON.stringify(uri)}. Fix NEO4J_URI.`,
    );
  }
  const host = m[3] ?? '127.0.0.1';
  return {
    host,
    port: m[4] === undefined ? 7687 : Number(m[4]),
    startable: m[2] === undefined && isLoopbackHost(host),
  };
}

/** Default home of the instance serving a Bolt port. */
export function defaultNeo4jHome(cacheRoot: string, boltPort: number): string {
  return join(cacheRoot, boltPort === 7687 ? 'neo4j' : `neo4j-${boltPort}`);
}

/** Pid of the Neo4j of ours running from `home`, if any (guards against a recycled pid). */
export async function runningNeo4jPid(home: string): Promise<number | undefined> {
  const pid = await readPidFile(neo4jHomeFiles(home).pidFile);
  if (pid === undefined || !isPidAlive(pid)) return undefined;
  const cmdline = await processCommandLine(pid);
  // Without /proc we cannot check, and trust the pid file.
  if (cmdline !== undefined && !cmdline.includes(`--home-dir=${home}`)) return undefined;
  return pid;
}

/**
 * Makes sure Neo4j answers at `uri` with these credentials, and returns where it is.
 *
 * - A server that answers and accepts the credentials is used as it is (started: false).
 * - A server that answers but rejects them is an error that says what listens and what to set.
 * - Otherwise, for a loopback URI, starts Neo4j 5.26 Community assembled from Maven Central
 *   (cached under the cache root) in its own home, with Browser, the project's guide and
 *   style, and the initial password set before its first start; waits until Bolt runs a query.
 */
export async function ensureNeo4j(options: EnsureNeo4jOptions): Promise<EnsureNeo4jResult> {
  const log = options.log ?? silentLog;
  const { host, port, startable } = parseNeo4jUri(options.uri);
  const cacheRoot = options.cacheRoot ?? servicesCacheRoot(process.env['NEWSGRAPH_HOME']);
  const home = options.home ?? defaultNeo4jHome(cacheRoot, port);
  const files = neo4jHomeFiles(home);
  const httpHost = isLoopbackHost(host) ? '127.0.0.1' : host;
  const httpUrl = `http://${httpHost}:${options.httpPort}`;
  const base = { uri: options.uri, user: options.user, httpUrl, browserUrl: `${httpUrl}/browser/` };

  // Another process (a second `newsgraph run`, a bench) may be starting this instance right now.
  await waitForStartLock(files.startLock, options.startTimeoutMs ?? 120_000, home, log);
  let ourPid = await runningNeo4jPid(home);

  const probe = await probeNeo4j(options.uri, options.user, options.password);
  if (probe.state === 'ok') {
    ourPid = await runningNeo4jPid(home);
    let guideUrl: string | undefined;
    if (ourPid !== undefined) {
      // Refresh the guide and style so edits in graph/browser show without a restart.
      const dist = await assembleNeo4j({ cacheRoot, log });
      const cp = await prepareBrowserClasspath({
        home,
        browserDir: dist.browserDir,
        projectAssetsDir: options.browserAssetsDir ?? projectBrowserAssetsDir(),
      });
      const wanted = instanceConf(home, port, options.httpPort, httpUrl, cp.projectFiles);
      guideUrl = wanted.guideUrl;
      // neo4j.conf is read at start only: keep the file current for the next start, and say so
      // when the running server was started with other settings (e.g. a style file added since).
      const confPath = join(files.confDir, 'neo4j.conf');
      const startedWith =
        (await readFile(files.startedConf, 'utf8').catch(() => undefined)) ??
        (await readFile(confPath, 'utf8').catch(() => undefined));
      await writeFile(confPath, wanted.conf);
      if (startedWith !== undefined && startedWith !== wanted.conf) {
        log(
          `Neo4j: pid ${ourPid} runs with older settings (e.g. before a Browser guide or style was added); restart to apply: newsgraph services down && newsgraph services up`,
        );
      }
    }
    if (options.wipe === true) await wipeRunningNeo4j(options, log);
    return {
      ...base,
      guideUrl,
      started: false,
      pid: ourPid,
      version: probe.version,
      edition: probe.edition,
      home: ourPid === undefined ? undefined : home,
      logFile: ourPid === undefined ? undefined : files.logFile,
      debugLogFile: ourPid === undefined ? undefined : files.debugLogFile,
    };
  }
  if (probe.state === 'auth-failed')
    throw await authFailedError(options, home, ourPid, httpUrl, probe.message);

  // Nothing usable answers Bolt. Before starting one, make sure the ports are really free.
  if (!startable) {
    throw new ServicesError(
      'NEO4J_START_FAILED',
      `services: expected Neo4j to answer at ${options.uri}, got: ${probe.message}. That is not a loopback bolt:// or neo4j:// address, so it cannot be started here: start it there, or set NEO4J_URI to bolt://127.0.0.1:7687 to let newsgraph run its own.`,
      { retriable: true },
    );
  }
  if (ourPid !== undefined) {
    log(`Neo4j: the instance in ${home} (pid ${ourPid}) does not answer Bolt; restarting it`);
    await stopPid(ourPid);
  }
  for (const [what, p, envVar] of [
    ['Bolt', port, 'NEO4J_URI'],
    ['HTTP', options.httpPort, 'NEO4J_HTTP_PORT'],
  ] as const) {
    if (await isPortOpen('127.0.0.1', p)) {
      const discovery = await fetchNeo4jDiscovery(`http://127.0.0.1:${options.httpPort}`);
      const who =
        discovery?.neo4j_version === undefined
          ? 'a program that does not answer as Neo4j'
          : `Neo4j ${discovery.neo4j_version} ${discovery.neo4j_edition ?? ''} (Bolt at ${discovery.bolt_direct ?? '?'})`;
      throw new ServicesError(
        'NEO4J_PORT_BUSY',
        `services: expected ${what} port ${p} to be free to start Neo4j (nothing usable answers Bolt at ${options.uri}: ${probe.message}), got ${who} listening on it. Stop it, or set ${envVar} to a free port.`,
      );
    }
  }
  return startNeo4j(options, { cacheRoot, home, port, base, log });
}

async function authFailedError(
  options: EnsureNeo4jOptions,
  home: string,
  ourPid: number | undefined,
  httpUrl: string,
  message: string,
): Promise<ServicesError> {
  if (ourPid !== undefined) {
    return new ServicesError(
      'NEO4J_AUTH_FAILED',
      `services: expected the newsgraph Neo4j in ${home} (pid ${ourPid}, ${options.uri}) to accept user ${JSON.stringify(options.user)} with NEO4J_PASSWORD, got: ${message}. It was created with another password: set NEO4J_PASSWORD to that one, or stop it (newsgraph services down) and delete ${join(home, 'data')} to start over with the new password.`,
    );
  }
  const discovery = await fetchNeo4jDiscovery(httpUrl);
  const who =
    discovery?.neo4j_version === undefined
      ? `a server not started from ${home}`
      : `Neo4j ${discovery.neo4j_version} ${discovery.neo4j_edition ?? ''} (not started from ${home}; its HTTP discovery is at ${httpUrl})`;
  return new ServicesError(
    'NEO4J_AUTH_FAILED',
    `services: expected ${options.uri} to accept user ${JSON.stringify(options.user)} with the configured password, got: ${message}. What is listening there is ${who}. Set NEO4J_PASSWORD (and NEO4J_USER) to its credentials, or set NEO4J_URI and NEO4J_HTTP_PORT to free ports so newsgraph starts its own Neo4j.`,
  );
}

async function startNeo4j(
  options: EnsureNeo4jOptions,
  ctx: {
    cacheRoot: string;
    home: string;
    port: number;
    base: { uri: string; user: string; httpUrl: string; browserUrl: string };
    log: ServiceLog;
  },
): Promise<EnsureNeo4jResult> {
  const { home, log, base } = ctx;
  const files = neo4jHomeFiles(home);
  const dist = await assembleNeo4j({ cacheRoot: ctx.cacheRoot, log });

  for (const d of ['conf', 'data', 'logs', 'run', 'import', 'plugins', 'tmp'])
    await mkdir(join(home, d), { recursive: true });
  try {
    await writeFile(files.startLock, String(process.pid), { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    // Lost a race with another starter: let it finish, then use what it started.
    await waitForStartLock(files.startLock, options.startTimeoutMs ?? 120_000, home, log);
    return ensureNeo4j(options);
  }
  try {
    // Under the lock, so that a concurrent starter never sees a half-deleted store.
    if (options.wipe === true) await rm(files.dataDir, { recursive: true, force: true });
    await mkdir(files.dataDir, { recursive: true });
    const classpath = await prepareBrowserClasspath({
      home,
      browserDir: dist.browserDir,
      projectAssetsDir: options.browserAssetsDir ?? projectBrowserAssetsDir(),
    });
    const { conf, guideUrl } = instanceConf(
      home,
      ctx.port,
      options.httpPort,
      base.httpUrl,
      classpath.projectFiles,
    );
    await writeFile(join(files.confDir, 'neo4j.conf'), conf);
    await writeFile(files.startedConf, conf);

    const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: files.confDir };
    const classpathArg = `${classpath.classpathDir}:${join(dist.libDir, '*')}`;
    if (!(await pathExists(join(files.dataDir, 'databases', 'system')))) {
      // Only effective before the first start, which is exactly when there is no system database.
      log('Neo4j: setting the initial password (first start of this home)');
      await runCommand(
        'java',
        [
          '-cp',
          classpathArg,
          'org.neo4j.cli.AdminTool',
          'dbms',
          'set-initial-password',
          options.password,
        ],
        { env, timeoutMs: 120_000 },
      );
    }

    log(
      `Neo4j: starting ${dist.version} in ${home} (Bolt ${base.uri}, Browser ${base.browserUrl})`,
    );
    const out = await open(files.logFile, 'a');
    const child = spawn(
      'java',
      [
        ...neo4jJvmFlags(options.heap),
        // Jetty unpacks into java.io.tmpdir; keep that inside the home instead of /tmp.
        `-Djava.io.tmpdir=${join(home, 'tmp')}`,
        '-cp',
        classpathArg,
        'org.neo4j.server.CommunityEntryPoint',
        `--home-dir=${home}`,
        `--config-dir=${files.confDir}`,
        '--console-mode',
      ],
      { detached: true, stdio: ['ignore', out.fd, out.fd], env, cwd: home },
    );
    await out.close();
    const started = Date.now();
    let exitCode: number | undefined;
    child.once('exit', (code, signal) => {
      exitCode = code ?? (signal === null ? -1 : 128);
    });
    child.once('error', () => {
      exitCode = -1;
    });
    child.unref();
    const pid = child.pid;
    if (pid === undefined)
      throw new ServicesError(
        'NEO4J_START_FAILED',
        `services: expected to start java for Neo4j, got no process. Is java on PATH? See ${files.logFile}.`,
      );
    await writeFile(files.pidFile, String(pid));

    let version: string | undefined;
    let edition: string | undefined;
    let lastError = '';
    const ready = await waitUntil(
      async () => {
        if (exitCode !== undefined) return true;
        const probe = await probeNeo4j(base.uri, base.user, options.password);
        if (probe.state === 'ok') ({ version, edition } = probe);
        else lastError = probe.message;
        return probe.state === 'ok' || probe.state === 'auth-failed';
      },
      options.startTimeoutMs ?? 120_000,
      500,
    );
    if (exitCode !== undefined || !ready || version === undefined) {
      const logText = await readFile(files.logFile, 'utf8').catch(() => '');
      const why =
        exitCode !== undefined
          ? `the process exited with code ${exitCode}${exitMeaning(exitCode)}`
          : ready
            ? `it rejected the configured credentials (${lastError}); the password of an existing data directory wins: delete ${files.dataDir} or set NEO4J_PASSWORD to it`
            : `Bolt did not answer within ${Math.round((options.startTimeoutMs ?? 120_000) / 1000)} s (last error: ${lastError})`;
      if (exitCode === undefined) await stopPid(pid);
      throw new ServicesError(
        'NEO4J_START_FAILED',
        `services: expected Neo4j to start in ${home}, got: ${why}. Logs: ${files.logFile} and ${files.debugLogFile}. Last lines:\n${tailLines(logText, 20)}`,
        { retriable: exitCode === undefined },
      );
    }
    log(
      `Neo4j: ${version} ${edition ?? ''} answers at ${base.uri} after ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${pid})`,
    );
    return {
      ...base,
      guideUrl,
      started: true,
      pid,
      version,
      edition,
      home,
      logFile: files.logFile,
      debugLogFile: files.debugLogFile,
    };
  } finally {
    await rm(files.startLock, { force: true });
  }
}

function exitMeaning(code: number): string {
  switch (code) {
    case 1:
      return ' (web server failure: is the HTTP port taken?)';
    case 2:
      return ' (database failure)';
    case 3:
      return ' (configuration failure)';
    default:
      return '';
  }
}

async function wipeRunningNeo4j(options: EnsureNeo4jOptions, log: ServiceLog): Promise<void> {
  const driver = openProbeDriver(options.uri, options.user, options.password);
  try {
    log(`Neo4j: wiping ${options.uri} (all nodes, constraints and indexes)`);
    await wipeNeo4j(driver);
  } finally {
    await driver.close();
  }
}

/**
 * Empties the default database: drops every constraint and index (except the built-in token
 * lookup indexes) and deletes every node and relationship, in batches so a large test graph
 * does not need one huge transaction. For tests only.
 */
export async function wipeNeo4j(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    // Names come from the database itself, not from input; DDL cannot take them as parameters,
    // so they are quoted as identifiers (backticks doubled).
    const quote = (name: string): string => `\`${name.replace(/`/g, '``')}\``;
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN name');
    for (const r of constraints.records)
      await session.run(`DROP CONSTRAINT ${quote(String(r.get('name')))} IF EXISTS`);
    const indexes = await session.run(
      "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP' RETURN name",
    );
    for (const r of indexes.records)
      await session.run(`DROP INDEX ${quote(String(r.get('name')))} IF EXISTS`);
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/**
 * neo4j.conf of an instance, with Browser told to apply the project's style and open its guide
 * after connecting (whichever of the two graph/browser provides).
 */
function instanceConf(
  home: string,
  boltPort: number,
  httpPort: number,
  httpUrl: string,
  projectFiles: readonly string[],
): { conf: string; guideUrl: string | undefined } {
  const assetUrl = (name: string): string => `${httpUrl}/browser/${PROJECT_BROWSER_PATH}/${name}`;
  const style = projectFiles.find((f) => f.endsWith('.grass'));
  const guideUrl = projectFiles.includes('guide.html') ? assetUrl('guide.html') : undefined;
  const conf = renderNeo4jConf({
    home,
    boltPort,
    httpPort,
    postConnectCommands: [
      ...(style === undefined ? [] : [`style ${assetUrl(style)}`]),
      ...(guideUrl === undefined ? [] : [`play ${guideUrl}`]),
    ],
    // Browser's allowlist compares host names only (no port): 127.0.0.1 admits just loopback.
    remoteContentHosts: ['127.0.0.1'],
  });
  return { conf, guideUrl };
}

/**
 * Waits while another live process holds the start lock of an instance home (it is starting that
 * Neo4j), and clears a lock left by a process that died. Returns when the lock is free.
 */
async function waitForStartLock(
  lock: string,
  timeoutMs: number,
  home: string,
  log: ServiceLog,
): Promise<void> {
  let told = false;
  const free = await waitUntil(
    async () => {
      const owner = await readPidFile(lock);
      if (owner === undefined) {
        const since = await stat(lock).then(
          (st) => Date.now() - st.mtimeMs,
          () => undefined,
        );
        if (since === undefined) return true;
        // Empty for a moment while its owner writes it; empty for long means a crash.
        if (since < 5_000) return false;
      }
      if (owner === undefined || owner === process.pid || !isPidAlive(owner)) {
        await rm(lock, { force: true });
        return true;
      }
      if (!told) log(`Neo4j: process ${owner} is starting the instance in ${home}; waiting for it`);
      told = true;
      return false;
    },
    timeoutMs,
    500,
  );
  if (!free) {
    throw new ServicesError(
      'NEO4J_START_FAILED',
      `services: expected the start of the Neo4j in ${home} by another process to finish within ${Math.round(timeoutMs / 1000)} s, got ${lock} still held. If no such process runs, delete that file and run again.`,
      { retriable: true },
    );
  }
}
