import type { Driver } from 'neo4j-driver';
import { testServices } from '../../../../test/support/services.js';
import { createGraphDriver } from '../create-graph-driver.js';

/** A driver to the test-only Neo4j that test/global-setup.ts started. */
export function testDriver(): Driver {
  const s = testServices();
  return createGraphDriver({ NEO4J_URI: s.neo4jUri, NEO4J_USER: s.neo4jUser, NEO4J_PASSWORD: s.neo4jPassword });
}

/** Test files share one Neo4j and run serially: each starts from an empty graph it controls. */
export async function wipeGraph(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
  } finally {
    await session.close();
  }
}
