import { pino, type Logger } from 'pino';

/** Structured logs on stderr (stdout is kept for command output such as extract's JSONL). */
export function createLogger(level: string, name = 'newsgraph'): Logger {
  return pino({ name, level, redact: { paths: ['*.password', '*.NEO4J_PASSWORD', 'config.NEO4J_PASSWORD'], censor: '[hidden]' } }, pino.destination(2));
}
export type { Logger } from 'pino';
