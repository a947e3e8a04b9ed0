import neo4j, { type Driver } from 'neo4j-driver';
import { z } from 'zod';

/** What answers at a Bolt URI, as seen with the configured credentials. */
export type Neo4jProbe =
  | { state: 'ok'; version: string | undefined; edition: string | undefined }
  | { state: 'auth-failed'; message: string }
  | { state: 'unreachable'; message: string };

/** Opens a driver with short timeouts, for probes and admin work (not for the pipeline). */
export function openProbeDriver(uri: string, user: string, password: string): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(user, password), {
    connectionTimeout: 3_000,
    connectionAcquisitionTimeout: 5_000,
    maxTransactionRetryTime: 0,
    maxConnectionPoolSize: 2,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => undefined },
  });
}

/**
 * Connects and runs a query, so "ok" means Bolt accepts these credentials and the database
 * answers — not merely that a port is open. Never throws.
 */
export async function probeNeo4j(uri: string, user: string, password: string): Promise<Neo4jProbe> {
  const driver = openProbeDriver(uri, user, password);
  try {
    await driver.verifyConnectivity();
    const { records } = await driver.executeQuery(
      'CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition',
      {},
      { routing: neo4j.routing.READ, database: 'system' },
    );
    const record = records[0];
    return {
      state: 'ok',
      version: record === undefined ? undefined : String(record.get('version')),
      edition: record === undefined ? undefined : String(record.get('edition')),
    };
  } catch (err) {
    const code = (err as { code?: unknown }).code;
    // Driver messages end with a period; ours get embedded mid-sentence.
    const message = (err instanceof Error ? err.message : String(err)).trim().replace(/\.+$/, '');
    if (typeof code === 'string' && code.startsWith('Neo.ClientError.Security.'))
      return { state: 'auth-failed', message };
    // The driver's connection message is a paragraph of advice; its cause is what matters.
    const cause = /Caused by: (.*)$/s.exec(message)?.[1];
    return { state: 'unreachable', message: cause ?? message };
  } finally {
    await driver.close();
  }
}

const DiscoverySchema = z.looseObject({
  neo4j_version: z.string().optional(),
  neo4j_edition: z.string().optional(),
  bolt_direct: z.string().optional(),
});
/** Neo4j's HTTP discovery document (`GET /`). */
export type Neo4jDiscovery = z.infer<typeof DiscoverySchema>;

/** The HTTP discovery document, when something Neo4j-like serves it at `httpUrl`; never throws. */
export async function fetchNeo4jDiscovery(httpUrl: string): Promise<Neo4jDiscovery | undefined> {
  try {
    const response = await fetch(httpUrl, {
      signal: AbortSignal.timeout(2_000),
      headers: { accept: 'application/json' },
    });
    if (!response.ok) return undefined;
    const parsed = DiscoverySchema.safeParse(await response.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
