import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { testServices } from '../../../test/support/services.js';
import { ensureNeo4j, wipeNeo4j } from './ensure-neo4j.js';
import { probeRedis } from './ensure-redis.js';
import { isServicesError } from './errors.js';
import { fetchNeo4jDiscovery, probeNeo4j } from './probe-neo4j.js';

describe('test services (real Redis, real Neo4j)', () => {
  it('Redis answers PING', async () => {
    const info = await probeRedis(testServices().redisUrl);
    expect(info).toBeDefined();
    expect(info?.version).toMatch(/^\d+\.\d+/);
  });

  it('Neo4j 5.26 answers a query with the test credentials', async () => {
    const s = testServices();
    const probe = await probeNeo4j(s.neo4jUri, s.neo4jUser, s.neo4jPassword);
    expect(probe).toMatchObject({ state: 'ok', edition: 'community' });
    expect(probe.state === 'ok' ? probe.version : '').toMatch(/^5\.26\./);
  });

  it('ensureNeo4j on the running instance with a wrong password says what listens and what to set', async () => {
    const s = testServices();
    const err = await ensureNeo4j({
      uri: s.neo4jUri,
      user: s.neo4jUser,
      password: 'not-the-password',
      httpPort: s.neo4jHttpPort,
    }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isServicesError(err, 'NEO4J_AUTH_FAILED')).toBe(true);
    const message = (err as Error).message;
    expect(message).toContain(s.neo4jUri);
    expect(message).toContain('NEO4J_PASSWORD');
    expect(message).toMatch(/Neo4j 5\.26\.\d+|newsgraph Neo4j in /);
  });

  it('Browser is served over HTTP, and discovery advertises the test Bolt port (not 7687)', async () => {
    const s = testServices();
    const page = await fetch(`${s.neo4jHttpUrl}/browser/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<title>Neo4j Browser<\/title>/i);
    const discovery = await fetchNeo4jDiscovery(s.neo4jHttpUrl);
    expect(discovery?.bolt_direct).toBe(s.neo4jUri);
  });

  it('serves the project guide from graph/browser on the same loopback server', async () => {
    const s = testServices();
    const guide = await fetch(`${s.neo4jHttpUrl}/browser/newsgraph/guide.html`);
    expect(guide.status).toBe(200);
    expect(await guide.text()).toContain('<article class="guide"');
  });

  it('wipeNeo4j leaves no node, constraint or index of ours', async () => {
    const s = testServices();
    const driver = neo4j.driver(s.neo4jUri, neo4j.auth.basic(s.neo4jUser, s.neo4jPassword));
    try {
      await driver.executeQuery(
        'CREATE CONSTRAINT wipe_probe_id IF NOT EXISTS FOR (n:WipeProbe) REQUIRE n.id IS UNIQUE',
      );
      await driver.executeQuery(
        'UNWIND range(1, $n) AS i CREATE (:WipeProbe {id: i})-[:NEXT]->(:WipeProbe {id: -i})',
        { n: neo4j.int(50) },
      );
      await wipeNeo4j(driver);
      const nodes = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
      expect(Number(nodes.records[0]?.get('c'))).toBe(0);
      const constraints = await driver.executeQuery(
        'SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names',
      );
      expect(constraints.records[0]?.get('names')).toEqual([]);
      const indexes = await driver.executeQuery(
        "SHOW INDEXES YIELD type WHERE type <> 'LOOKUP' RETURN count(*) AS c",
      );
      expect(Number(indexes.records[0]?.get('c'))).toBe(0);
    } finally {
      await driver.close();
    }
  });
});
