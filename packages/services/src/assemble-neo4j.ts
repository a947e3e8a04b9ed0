import { access, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import AdmZip from 'adm-zip';
import { ServicesError } from './errors.js';
import { commandExists, runCommand } from './run-command.js';
import { silentLog, type ServiceLog } from './service-log.js';

/** The Neo4j Community release we assemble: the 5.26 LTS line, which runs on Java 17. */
export const NEO4J_VERSION = '5.26.30';
/** Newest Neo4j Browser on Maven Central; a static web app that works against 5.26. */
export const NEO4J_BROWSER_VERSION = '5.24.0';
/** Pinned so a fresh machine resolves the same plugin as ours did. */
const DEPENDENCY_PLUGIN = 'org.apache.maven.plugins:maven-dependency-plugin:3.8.1';

/** A Neo4j assembled from Maven Central, shared by every instance under one cache root. */
export interface Neo4jDistribution {
  version: string;
  browserVersion: string;
  /** Every runtime jar of the DBMS, except the Browser jar. */
  libDir: string;
  /** The Browser jar as published (kept for reference; instances serve an extracted copy). */
  browserJar: string;
  /** The Browser's static files, extracted from its jar: `<dir>/browser/index.html` etc. */
  browserDir: string;
}

/** The throwaway pom whose runtime dependencies are the whole DBMS plus the Browser. */
export function renderAssemblyPom(version: string, browserVersion: string): string {
  const dep = (g: string, a: string, v: string): string =>
    `    <dependency><groupId>${g}</groupId><artifactId>${a}</artifactId><version>${v}</version></dependency>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!-- Written by @newsgraph/services to fetch Neo4j from Maven Central; safe to delete. -->',
    '<project xmlns="http://maven.apache.org/POM/4.0.0">',
    '  <modelVersion>4.0.0</modelVersion>',
    '  <groupId>newsgraph.local</groupId>',
    '  <artifactId>neo4j-assembly</artifactId>',
    `  <version>${version}</version>`,
    '  <packaging>pom</packaging>',
    '  <dependencies>',
    dep('org.neo4j', 'neo4j', version),
    dep('org.neo4j.app', 'neo4j-server', version),
    dep('org.neo4j.client', 'neo4j-browser', browserVersion),
    '  </dependencies>',
    '</project>',
    '',
  ].join('\n');
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Returns the cached distribution, assembling it first when missing: Maven copies the runtime
 * dependencies of `org.neo4j:neo4j` + `org.neo4j.app:neo4j-server` + `org.neo4j.client:neo4j-browser`
 * into `<cacheRoot>/neo4j-<version>/lib`, and the Browser's `browser/` folder is extracted
 * beside it. Every step writes to a temporary name and renames when complete, so an
 * interrupted run or two concurrent ones never leave a half-filled cache behind.
 */
export async function assembleNeo4j(options: {
  cacheRoot: string;
  log?: ServiceLog;
}): Promise<Neo4jDistribution> {
  const log = options.log ?? silentLog;
  const dir = join(options.cacheRoot, `neo4j-${NEO4J_VERSION}`);
  const libDir = join(dir, 'lib');
  const browserRoot = join(dir, `browser-${NEO4J_BROWSER_VERSION}`);
  const dist: Neo4jDistribution = {
    version: NEO4J_VERSION,
    browserVersion: NEO4J_BROWSER_VERSION,
    libDir,
    browserJar: join(dir, `neo4j-browser-${NEO4J_BROWSER_VERSION}.jar`),
    browserDir: join(browserRoot, 'browser'),
  };
  await mkdir(dir, { recursive: true });

  if (!(await exists(libDir)) || !(await exists(dist.browserJar))) await copyJars(dir, dist, log);
  if (!(await exists(dist.browserDir))) {
    const tmp = `${browserRoot}.tmp-${process.pid}`;
    await rm(tmp, { recursive: true, force: true });
    await mkdir(tmp, { recursive: true });
    // Only the static web app; the jar's META-INF is of no use outside the classpath.
    new AdmZip(dist.browserJar).extractEntryTo('browser/', tmp, true, true);
    await renameOrDiscard(tmp, browserRoot);
  }
  return dist;
}

async function copyJars(dir: string, dist: Neo4jDistribution, log: ServiceLog): Promise<void> {
  for (const tool of ['java', 'mvn']) {
    if (!(await commandExists(tool))) {
      throw new ServicesError(
        'TOOL_MISSING',
        `services: expected \`${tool}\` on PATH to assemble Neo4j ${NEO4J_VERSION}, got none. Install it (Debian: apt-get update && apt-get install -y ${tool === 'mvn' ? 'maven' : 'openjdk-17-jre-headless'}), or point NEO4J_URI at a running Neo4j.`,
      );
    }
  }
  const pom = join(dir, 'pom.xml');
  await writeFile(pom, renderAssemblyPom(NEO4J_VERSION, NEO4J_BROWSER_VERSION));
  const tmp = join(dir, `lib.tmp-${process.pid}`);
  await rm(tmp, { recursive: true, force: true });
  log(
    `Neo4j: fetching Neo4j ${NEO4J_VERSION} Community and Browser ${NEO4J_BROWSER_VERSION} from Maven Central into ${dir} (once; ~140 MB)`,
  );
  const started = Date.now();
  try {
    await runCommand(
      'mvn',
      [
        '-q',
        '-B',
        '-f',
        pom,
        `${DEPENDENCY_PLUGIN}:copy-dependencies`,
        '-DincludeScope=runtime',
        `-DoutputDirectory=${tmp}`,
      ],
      { timeoutMs: 15 * 60_000 },
    );
  } catch (cause) {
    await rm(tmp, { recursive: true, force: true });
    throw new ServicesError(
      'NEO4J_ASSEMBLY_FAILED',
      `services: expected Maven to download Neo4j ${NEO4J_VERSION} from Maven Central, got a failure. Check that https://repo.maven.apache.org is reachable (or Maven's settings.xml mirror), then run again.\n${cause instanceof Error ? cause.message : String(cause)}`,
      { cause, retriable: true },
    );
  }
  const jars = (await readdir(tmp)).filter((f) => f.endsWith('.jar'));
  const browserJarName = `neo4j-browser-${NEO4J_BROWSER_VERSION}.jar`;
  if (!jars.includes(browserJarName) || !jars.includes(`neo4j-${NEO4J_VERSION}.jar`)) {
    await rm(tmp, { recursive: true, force: true });
    throw new ServicesError(
      'NEO4J_ASSEMBLY_FAILED',
      `services: expected neo4j-${NEO4J_VERSION}.jar and ${browserJarName} from Maven, got ${jars.length} jars without them. Delete ${dir} and run again.`,
    );
  }
  // The Browser jar lives beside lib/, not in it: instances put an extracted copy on the
  // classpath instead, so that the project's guide and style can be served next to it.
  await rename(join(tmp, browserJarName), `${dist.browserJar}.tmp-${process.pid}`);
  await rename(`${dist.browserJar}.tmp-${process.pid}`, dist.browserJar);
  await rm(dist.libDir, { recursive: true, force: true });
  await renameOrDiscard(tmp, dist.libDir);
  log(`Neo4j: ${jars.length} jars ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Renames `from` to `to`; when another process got there first, keeps theirs. */
async function renameOrDiscard(from: string, to: string): Promise<void> {
  try {
    await rename(from, to);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw err;
    await rm(from, { recursive: true, force: true });
  }
}
