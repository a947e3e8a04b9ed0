import type { Command } from 'commander';
import { parseConfig } from '@newsgraph/schemas';
import {
  isServicesError,
  servicesDown,
  servicesStatus,
  servicesUp,
  type ServicesError,
} from '@newsgraph/services';
import { CliError, ExitCode } from '../exit-codes.js';

interface ServicesFlags {
  json?: boolean;
}

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};
const progress = (line: string): void => {
  process.stderr.write(`${line}\n`);
};

/** Problems the user fixes by changing configuration exit 2; the rest (start failures) exit 1. */
function toCliError(err: ServicesError): CliError {
  const usage =
    err.code === 'SERVICES_CONFIG' ||
    err.code === 'NEO4J_AUTH_FAILED' ||
    err.code === 'NEO4J_PORT_BUSY' ||
    err.code === 'TOOL_MISSING';
  return new CliError(
    err.message.replace(/^services: /, 'services: '),
    usage ? ExitCode.usage : ExitCode.someFailed,
    { cause: err },
  );
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isServicesError(err)) throw toCliError(err);
    throw err;
  }
}

/** Registers `newsgraph services up|down|status`. */
export function registerServices(program: Command): void {
  const services = program
    .command('services')
    .description(
      'start, stop (only what `up` started) and report Redis and Neo4j (assembled from Maven Central when missing)',
    );

  services
    .command('up')
    .description('make sure Redis and Neo4j answer as configured, starting what is missing')
    .option('--json', 'print the result as JSON')
    .action(async (flags: ServicesFlags) => {
      const config = parseConfig(process.env);
      const { redis, neo4j } = await guarded(() => servicesUp(config, { log: progress }));
      if (flags.json === true) {
        say(JSON.stringify({ redis, neo4j }, null, 2));
        return;
      }
      say(
        `Redis   ${redis.url}  ${redis.started ? 'started' : 'already running'}${redis.version === undefined ? '' : ` (${redis.version}, pid ${redis.pid ?? '?'})`}`,
      );
      if (redis.logFile !== undefined) say(`        log ${redis.logFile}`);
      say(
        `Neo4j   ${neo4j.uri}  ${neo4j.started ? 'started' : 'already running'} (${neo4j.version ?? '?'} ${neo4j.edition ?? ''}${neo4j.pid === undefined ? '' : `, pid ${neo4j.pid}`})`,
      );
      say(`Browser ${neo4j.browserUrl}  (user ${neo4j.user}, password from NEO4J_PASSWORD)`);
      if (neo4j.guideUrl !== undefined)
        say(`Guide   ${neo4j.guideUrl}  (opens in Browser on connect)`);
      if (neo4j.logFile !== undefined)
        say(`Logs    ${neo4j.logFile}\n        ${neo4j.debugLogFile ?? ''}`);
    });

  services
    .command('down')
    .description('stop the Redis and Neo4j that `services up` started (nothing else)')
    .option('--json', 'print the result as JSON')
    .action(async (flags: ServicesFlags) => {
      const config = parseConfig(process.env);
      const stopped = await guarded(() => servicesDown(config, { log: progress }));
      if (flags.json === true) {
        say(JSON.stringify(stopped, null, 2));
      } else if (stopped.length === 0) {
        say(
          'nothing to stop: `services up` started nothing that is still recorded for these addresses',
        );
      } else {
        for (const s of stopped) {
          const what = {
            stopped: 'stopped',
            'already-gone': 'was already gone',
            'not-ours': 'left alone (the pid now belongs to another program)',
            failed: 'did not stop',
          }[s.outcome];
          say(`${s.service === 'neo4j' ? 'Neo4j' : 'Redis'}  ${s.address}  pid ${s.pid} ${what}`);
        }
      }
      if (stopped.some((s) => s.outcome === 'failed')) process.exitCode = ExitCode.someFailed;
    });

  services
    .command('status')
    .description('report what answers at REDIS_URL and NEO4J_URI (exit 1 when something does not)')
    .option('--json', 'print the status as JSON')
    .action(async (flags: ServicesFlags) => {
      const config = parseConfig(process.env);
      const status = await guarded(() => servicesStatus(config));
      if (flags.json === true) {
        say(JSON.stringify(status, null, 2));
      } else {
        const r = status.redis;
        say(
          `Redis   ${r.url}  ${r.answers ? `up (${r.version ?? '?'}, pid ${r.pid ?? '?'})${r.startedByUp ? ', started by services up' : ''}` : 'DOWN'}`,
        );
        if (r.logFile !== undefined) say(`        log ${r.logFile}`);
        const n = status.neo4j;
        const state =
          n.state === 'ok'
            ? `up (${n.version ?? '?'} ${n.edition ?? ''}${n.pid === undefined ? '' : `, pid ${n.pid}`})${n.startedByUp ? ', started by services up' : ''}`
            : n.state === 'auth-failed'
              ? `REJECTS the credentials (${n.detail ?? ''}): set NEO4J_USER / NEO4J_PASSWORD`
              : `DOWN (${n.detail ?? ''})`;
        say(`Neo4j   ${n.uri}  ${state}`);
        say(`Browser ${n.browserUrl}`);
        if (n.guideUrl !== undefined) say(`Guide   ${n.guideUrl}`);
        if (n.home !== undefined) say(`Home    ${n.home}`);
        if (n.logFile !== undefined) say(`Logs    ${n.logFile}\n        ${n.debugLogFile ?? ''}`);
        say(
          `Cache   ${status.cacheRoot} (Neo4j ${n.assembledVersion}, Browser ${n.browserVersion} from Maven Central)`,
        );
      }
      if (!status.redis.answers || status.neo4j.state !== 'ok')
        process.exitCode = ExitCode.someFailed;
    });
}
