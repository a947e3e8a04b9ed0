import { describe, expect, it } from 'vitest';
import { renderAssemblyPom } from './assemble-neo4j.js';
import { parseNeo4jUri } from './ensure-neo4j.js';
import { parseRedisUrl } from './ensure-redis.js';
import { ServicesError } from './errors.js';
import { isLoopbackHost } from './service-paths.js';

describe('parseNeo4jUri', () => {
  it.each([
    ['default port', 'bolt://127.0.0.1', { host: '127.0.0.1', port: 7687, startable: true }],
    ['explicit port', 'bolt://localhost:7688', { host: 'localhost', port: 7688, startable: true }],
    [
      'routing scheme on loopback',
      'neo4j://127.0.0.1:7687',
      { host: '127.0.0.1', port: 7687, startable: true },
    ],
    [
      'remote host is never started',
      'bolt://db.example.org:7687',
      { host: 'db.example.org', port: 7687, startable: false },
    ],
    [
      'encrypted scheme is never started',
      'neo4j+s://abc.databases.neo4j.io',
      { host: 'abc.databases.neo4j.io', port: 7687, startable: false },
    ],
  ])('%s', (_label, uri, expected) => {
    expect(parseNeo4jUri(uri)).toEqual(expected);
  });

  it('names the bad value and the variable to fix', () => {
    expect(() => parseNeo4jUri('http://127.0.0.1:7474')).toThrow(ServicesError);
    expect(() => parseNeo4jUri('http://127.0.0.1:7474')).toThrow(
      /NEO4J_URI.*http:\/\/127\.0\.0\.1:7474|http:\/\/127\.0\.0\.1:7474.*NEO4J_URI/,
    );
  });
});

describe('parseRedisUrl', () => {
  it.each([
    ['default port', 'redis://127.0.0.1', { host: '127.0.0.1', port: 6379 }],
    ['explicit port and db', 'redis://localhost:6380/2', { host: 'localhost', port: 6380 }],
    ['credentials', 'redis://user:pw@10.0.0.5:7000', { host: '10.0.0.5', port: 7000 }],
  ])('%s', (_label, url, expected) => {
    expect(parseRedisUrl(url)).toEqual(expected);
  });

  it('rejects other schemes with a message naming REDIS_URL', () => {
    expect(() => parseRedisUrl('http://127.0.0.1:6379')).toThrow(/REDIS_URL/);
  });
});

describe('isLoopbackHost', () => {
  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['[::1]', true],
    ['10.0.0.1', false],
    ['neo4j', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHost(host)).toBe(expected);
  });
});

describe('renderAssemblyPom', () => {
  it('asks Maven for the DBMS, its HTTP server and the Browser at the pinned versions', () => {
    const pom = renderAssemblyPom('5.26.30', '5.24.0');
    expect(pom).toContain(
      '<groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>5.26.30</version>',
    );
    expect(pom).toContain(
      '<groupId>org.neo4j.app</groupId><artifactId>neo4j-server</artifactId><version>5.26.30</version>',
    );
    expect(pom).toContain(
      '<groupId>org.neo4j.client</groupId><artifactId>neo4j-browser</artifactId><version>5.24.0</version>',
    );
  });
});
