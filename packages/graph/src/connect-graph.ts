import type { Driver } from 'neo4j-driver';
import type { Config } from '@newsgraph/schemas';
import { createGraphDriver } from './create-graph-driver.js';
import { GraphError } from './graph-error.js';
import { migrate } from './migrate.js';

/**
 * Opens the graph for a command: a driver that has answered, with migrations applied. Throws a
 * GraphError saying what to set when Neo4j does not answer or refuses the credentials.
 */
export async function connectGraph(config: Pick<Config, 'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD'>): Promise<Driver> {
  const driver = createGraphDriver(config);
  try {
    await driver.verifyConnectivity();
  } catch (cause) {
    await driver.close();
    throw new GraphError(
      'CONNECTION_FAILED',
      `graph: expected Neo4j at ${config.NEO4J_URI} (user ${config.NEO4J_USER}), got ${(cause as Error).message}. Start it with \`newsgraph services up\`, or set NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD.`,
      true,
      { cause },
    );
  }
  await migrate(driver);
  return driver;
}
