import neo4j, { type Driver } from 'neo4j-driver';
import type { Config } from '@newsgraph/schemas';

/**
 * Creates a Neo4j driver from the project configuration. Integers come back as JavaScript
 * numbers (`disableLosslessIntegers`): every count in this graph fits in 2^53, and no driver
 * `Integer` should leak into callers. The caller closes the driver.
 */
export function createGraphDriver(config: Pick<Config, 'NEO4J_URI' | 'NEO4J_USER' | 'NEO4J_PASSWORD'>): Driver {
  return neo4j.driver(config.NEO4J_URI, neo4j.auth.basic(config.NEO4J_USER, config.NEO4J_PASSWORD), {
    disableLosslessIntegers: true,
    // Writers hold big UNWIND transactions; a generous timeout avoids giving up on a busy server.
    connectionAcquisitionTimeout: 120_000,
    maxTransactionRetryTime: 60_000,
    userAgent: 'newsgraph',
  });
}
