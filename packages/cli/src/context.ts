import { parseConfig, type Config } from '@newsgraph/schemas';
import { createLogger, type Logger } from '@newsgraph/pipeline';

/** Config parsed once from the environment, and a logger at its level. */
export function loadContext(): { config: Config; logger: Logger } {
  const config = parseConfig(process.env);
  return { config, logger: createLogger(config.LOG_LEVEL) };
}

/** Browser URL for the configured Neo4j. */
export function browserUrl(config: Config): string {
  const host = new URL(config.NEO4J_URI.replace(/^[a-z+]+:/, 'http:')).hostname;
  return `http://${host}:${config.NEO4J_HTTP_PORT}/browser/`;
}
