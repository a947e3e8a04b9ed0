import { join } from 'node:path';

/** What goes into an instance's neo4j.conf. */
export interface Neo4jConfOptions {
  home: string;
  boltPort: number;
  httpPort: number;
  /** Commands Neo4j Browser runs after it connects (without the leading colon). */
  postConnectCommands: readonly string[];
  /** Hosts Browser may fetch guides and styles from (`:play <url>`, `:style <url>`). */
  remoteContentHosts: readonly string[];
  pageCache?: string;
}

/**
 * Renders neo4j.conf for a loopback-only instance. Setting names are the 5.26 ones: Neo4j runs
 * with strict config validation and refuses to start on an unknown key, which is why the 5.x
 * docs' `browser.remote_content_hostname_allowlist` and `browser.allow_outgoing_connections`
 * do not appear (5.26 only declares `browser.remote_content_hostname_whitelist`, and
 * `client.allow_telemetry` for the Browser's analytics).
 */
export function renderNeo4jConf(o: Neo4jConfOptions): string {
  const settings: [string, string][] = [
    ['server.default_listen_address', '127.0.0.1'],
    // Advertised addresses feed the discovery document that Browser reads to pre-fill its
    // connect form; left at the defaults they would say :7687 whatever port we listen on.
    ['server.default_advertised_address', '127.0.0.1'],
    ['server.bolt.listen_address', `:${o.boltPort}`],
    ['server.bolt.advertised_address', `:${o.boltPort}`],
    ['server.http.listen_address', `:${o.httpPort}`],
    ['server.http.advertised_address', `:${o.httpPort}`],
    ['server.https.enabled', 'false'],
    ['server.memory.pagecache.size', o.pageCache ?? '256m'],
    ['dbms.usage_report.enabled', 'false'],
    ['client.allow_telemetry', 'false'],
    ['server.directories.data', join(o.home, 'data')],
    ['server.directories.logs', join(o.home, 'logs')],
    ['server.directories.run', join(o.home, 'run')],
    ['server.directories.import', join(o.home, 'import')],
    ['server.directories.plugins', join(o.home, 'plugins')],
    ['server.directories.transaction.logs.root', join(o.home, 'data', 'transactions')],
    ['browser.remote_content_hostname_whitelist', o.remoteContentHosts.join(',')],
  ];
  if (o.postConnectCommands.length > 0)
    settings.push(['browser.post_connect_cmd', o.postConnectCommands.join('; ')]);
  return [
    '# Written by @newsgraph/services at every start; edit the code, not this file.',
    ...settings.map(([k, v]) => `${k}=${v}`),
    '',
  ].join('\n');
}

/**
 * JVM flags for running the server class directly: bin/neo4j would add these, and the heap
 * limits in neo4j.conf are only read by that launcher (the JVM default would take a quarter of
 * the machine's memory).
 */
export function neo4jJvmFlags(
  heap: { min: string; max: string } = { min: '512m', max: '1g' },
): string[] {
  return [
    `-Xms${heap.min}`,
    `-Xmx${heap.max}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dfile.encoding=UTF-8',
  ];
}
