import { z } from 'zod';

const port = z.coerce.number().int().min(1).max(65535);

/** Environment variables the project reads; parsed once at start-up. */
export const ConfigSchema = z.object({
  REDIS_URL: z.string().url().default('redis://127.0.0.1:6379'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must start with bolt://, neo4j://, bolt+s:// or neo4j+s://')
    .default('bolt://127.0.0.1:7687'),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'Neo4j needs at least 8 characters').default('newsgraph'),
  NEO4J_HTTP_PORT: port.default(7474),
  /** Prefix for every BullMQ key, so our queues never collide with other users of the Redis. */
  NEWSGRAPH_QUEUE_PREFIX: z.string().min(1).default('newsgraph'),
  /** Where services keep their state (Neo4j home, Maven-assembled jars are cached here too). */
  NEWSGRAPH_HOME: z.string().optional(),
  NEWSGRAPH_GRAPH_BATCH: z.coerce.number().int().min(1).max(10000).default(50),
  NEWSGRAPH_EXTRACT_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(4),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});
export type Config = z.infer<typeof ConfigSchema>;

/** Thrown by {@link parseConfig}; its message lists every problem. */
export class ConfigError extends Error {
  readonly code = 'CONFIG_INVALID';
  readonly retriable = false;
}

/**
 * Parses configuration from an env-like record. Throws a {@link ConfigError} that names every
 * bad variable, what was expected and what was found.
 */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const picked: Record<string, string> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const v = env[key];
    if (v !== undefined && v !== '') picked[key] = v;
  }
  const result = ConfigSchema.safeParse(picked);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => {
    const key = String(i.path[0] ?? '?');
    const shown = key.includes('PASSWORD') ? '(hidden)' : JSON.stringify(picked[key]);
    return `  ${key}: ${i.message} (got ${shown})`;
  });
  return ((): never => {
    throw new ConfigError(`configuration: invalid environment\n${lines.join('\n')}\nFix these variables and run again.`);
  })();
}
