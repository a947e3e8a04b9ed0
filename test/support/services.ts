import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';

/** How integration tests reach the real services that test/global-setup.ts made sure of. */
export interface TestServices {
  redisUrl: string;
  /** Bolt URI of the test-only Neo4j (wiped at the start of every run). */
  neo4jUri: string;
  neo4jUser: string;
  neo4jPassword: string;
  /** `http://127.0.0.1:<port>`; Browser is at `${neo4jHttpUrl}/browser/`. */
  neo4jHttpUrl: string;
  neo4jHttpPort: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    services: TestServices;
  }
}

/** The test services (only inside the `int` project, whose global set-up provides them). */
export function testServices(): TestServices {
  const services = inject('services');
  if (services === undefined) {
    throw new Error(
      "test services: expected the int project's global set-up to provide them, got nothing. Run integration tests with `pnpm exec vitest run --project int`.",
    );
  }
  return services;
}

/**
 * Environment for a child process (`newsgraph run`, a worker) that must use the test services,
 * with a queue prefix of its own so parallel users of the shared Redis never collide.
 */
export function testEnv(overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  const s = testServices();
  return {
    ...process.env,
    REDIS_URL: s.redisUrl,
    NEO4J_URI: s.neo4jUri,
    NEO4J_USER: s.neo4jUser,
    NEO4J_PASSWORD: s.neo4jPassword,
    NEO4J_HTTP_PORT: String(s.neo4jHttpPort),
    NEWSGRAPH_QUEUE_PREFIX: uniquePrefix('ngtest'),
    ...overrides,
  };
}

/** A fresh key/queue prefix such as `ngtest-1a2b3c4d`. */
export function uniquePrefix(stem = 'ngtest'): string {
  return `${stem}-${randomUUID().slice(0, 8)}`;
}
