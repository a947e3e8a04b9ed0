import { describe, expect, it } from 'vitest';
import { neo4jJvmFlags, renderNeo4jConf } from './render-neo4j-conf.js';

function settings(conf: string): Map<string, string> {
  return new Map(
    conf
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
}

describe('renderNeo4jConf', () => {
  const conf = settings(
    renderNeo4jConf({
      home: '/h',
      boltPort: 7688,
      httpPort: 7475,
      postConnectCommands: [
        'style http://127.0.0.1:7475/browser/newsgraph/style.grass',
        'play http://127.0.0.1:7475/browser/newsgraph/guide.html',
      ],
      remoteContentHosts: ['127.0.0.1'],
    }),
  );

  it.each([
    ['listens on loopback only', 'server.default_listen_address', '127.0.0.1'],
    ['Bolt on the configured port', 'server.bolt.listen_address', ':7688'],
    ['advertises the Bolt port Browser must use', 'server.bolt.advertised_address', ':7688'],
    ['HTTP on the configured port', 'server.http.listen_address', ':7475'],
    ['no HTTPS', 'server.https.enabled', 'false'],
    ['a small page cache', 'server.memory.pagecache.size', '256m'],
    ['no usage report', 'dbms.usage_report.enabled', 'false'],
    ['no Browser telemetry', 'client.allow_telemetry', 'false'],
    ['data inside the home', 'server.directories.data', '/h/data'],
    ['guides only from loopback', 'browser.remote_content_hostname_whitelist', '127.0.0.1'],
    [
      'style then guide after connecting',
      'browser.post_connect_cmd',
      'style http://127.0.0.1:7475/browser/newsgraph/style.grass; play http://127.0.0.1:7475/browser/newsgraph/guide.html',
    ],
  ])('%s', (_label, key, value) => {
    expect(conf.get(key)).toBe(value);
  });

  it('uses no setting 5.26 rejects under strict validation', () => {
    expect([...conf.keys()]).not.toContain('browser.allow_outgoing_connections');
    expect([...conf.keys()]).not.toContain('browser.remote_content_hostname_allowlist');
  });

  it('omits post_connect_cmd when there is nothing to run', () => {
    const bare = settings(
      renderNeo4jConf({
        home: '/h',
        boltPort: 7687,
        httpPort: 7474,
        postConnectCommands: [],
        remoteContentHosts: ['127.0.0.1'],
      }),
    );
    expect(bare.has('browser.post_connect_cmd')).toBe(false);
  });
});

describe('neo4jJvmFlags', () => {
  it('bounds the heap and opens the modules Netty needs', () => {
    const flags = neo4jJvmFlags();
    expect(flags).toEqual(
      expect.arrayContaining([
        '-Xms512m',
        '-Xmx1g',
        '--add-opens=java.base/java.nio=ALL-UNNAMED',
        '-Dio.netty.tryReflectionSetAccessible=true',
      ]),
    );
  });
});
