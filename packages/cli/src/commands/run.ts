import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { createGraphDriver, graphSummary, migrate } from '@newsgraph/graph';
import { createLogger, runPipeline, type RunProgress } from '@newsgraph/pipeline';
import { createRedisConnection } from '@newsgraph/queues';
import { servicesUp } from '@newsgraph/services';
import { CliError, ExitCode } from '../exit-codes.js';
import { browserUrl, loadContext } from '../context.js';
import { loadResources } from '../load-resources.js';

interface RunFlags {
  services: boolean;
  workers: boolean;
  progress: boolean;
  force?: boolean;
  aliases?: string;
}

/** Registers `newsgraph run <paths…>`: the main job. */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('ensure Redis and Neo4j, ingest files/directories, extract and write everything to Neo4j, print a summary')
    .argument('<paths...>', '.txt, .html, .json, .jsonl files or directories of them')
    .option('--no-services', 'do not start Redis/Neo4j; fail if they do not answer')
    .option('--no-workers', 'only enqueue and wait; separate `newsgraph worker` processes do the work')
    .option('--no-progress', 'no progress bar or progress lines')
    .option('--aliases <file>', 'alias dictionary (JSON or CSV: id, names, type) that pins entity ids; default graph/aliases.json when present')
    .option('--force', 're-extract documents already in the graph unchanged (default: skip them, so an interrupted import resumes)')
    .action(async (paths: string[], flags: RunFlags) => {
      const ctx = loadContext();
      const { config } = ctx;
      // Failures are summarised at the end; per-attempt worker warnings (a retried deadlock, say)
      // would only bury the progress, so `run` logs errors only unless LOG_LEVEL asks for more.
      const logger = process.env['LOG_LEVEL'] ? ctx.logger : createLogger('error');
      if (flags.services) {
        await servicesUp(config, { log: (m: string) => process.stderr.write(`${m}\n`) });
      }
      const driver = createGraphDriver(config);
      const redis = createRedisConnection(config.REDIS_URL);
      redis.on('error', () => undefined); // surfaced by the first command instead
      const bar = flags.progress && process.stderr.isTTY ? new cliProgress.SingleBar({ format: '{phase} [{bar}] {value}/{total} documents · {failed} failed · {eta_formatted} left', stream: process.stderr }, cliProgress.Presets.shades_classic) : undefined;
      let started = false;
      let lastLine = 0;
      const onProgress = (p: RunProgress): void => {
        if (!bar) {
          // Without a terminal (a script, a CI log) print a line every few seconds instead.
          const now = Date.now();
          if (flags.progress && now - lastLine > 5000) {
            lastLine = now;
            process.stderr.write(`progress: ${p.phase}: read ${p.read}, queued ${p.enqueued}, done ${p.done}, failed ${p.failed}, skipped ${p.skipped}\n`);
          }
          return;
        }
        if (!started) {
          bar.start(Math.max(p.enqueued, 1), 0, { phase: p.phase, failed: 0 });
          started = true;
        }
        bar.setTotal(Math.max(p.enqueued, 1));
        bar.update(p.done, { phase: p.phase, failed: p.failed });
      };
      try {
        try {
          await Promise.race([
            redis.ping(),
            new Promise((_, reject) => setTimeout(() => reject(new Error('no answer within 5 s')), 5000).unref()),
          ]);
        } catch (cause) {
          throw new CliError(`run: expected Redis at ${redactUrl(config.REDIS_URL)}, got ${(cause as Error).message}. Start it with \`newsgraph services up\` or set REDIS_URL.`, ExitCode.usage, { cause });
        }
        try {
          await driver.verifyConnectivity();
        } catch (cause) {
          throw new CliError(`run: expected Neo4j at ${config.NEO4J_URI}, got ${(cause as Error).message}. Start it with \`newsgraph services up\` or set NEO4J_URI / NEO4J_PASSWORD.`, ExitCode.usage, { cause });
        }
        await migrate(driver);
        const result = await runPipeline({
          paths,
          cwd: process.cwd(),
          redis,
          driver,
          prefix: config.NEWSGRAPH_QUEUE_PREFIX,
          batchSize: config.NEWSGRAPH_GRAPH_BATCH,
          extractConcurrency: config.NEWSGRAPH_EXTRACT_CONCURRENCY,
          inProcessWorkers: flags.workers,
          force: flags.force === true,
          resources: loadResources(flags.aliases).resources,
          logger,
          onProgress,
        });
        bar?.stop();
        const summary = await graphSummary(driver);
        const out = process.stdout;
        out.write(`\nnewsgraph run: ${result.documentsOk + result.skipped} of ${result.documentsRead} documents in Neo4j in ${result.seconds.toFixed(1)} s`);
        const notes = [
          result.skipped ? `${result.skipped} already there unchanged, skipped (--force redoes them)` : '',
          result.duplicates ? `${result.duplicates} duplicate texts merged` : '',
        ].filter(Boolean);
        out.write(notes.length ? ` (${notes.join('; ')})\n` : '\n');
        out.write(`  this run: ${result.articles} articles written\n`);
        out.write(`  graph now: ${summary.articles} articles; entities: ${Object.entries(summary.entities).map(([k, v]) => `${v} ${k}`).join(', ')}\n`);
        out.write(`  relationships: ${Object.entries(summary.relationships).map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}\n`);
        if (result.failures.length > 0) {
          out.write(`  failed: ${result.failures.length}\n`);
          for (const f of result.failures.slice(0, 50)) out.write(`    ${f.where}${f.id ? ` (id ${f.id})` : ''}: ${f.reason}\n`);
          if (result.failures.length > 50) out.write(`    … and ${result.failures.length - 50} more (see the failed set of queue "${config.NEWSGRAPH_QUEUE_PREFIX}:extract")\n`);
        }
        out.write(`\n  Neo4j Browser: ${browserUrl(config)}  (user ${config.NEO4J_USER}, password from NEO4J_PASSWORD)\n`);
        out.write(`  Try:\n`);
        out.write(`    MATCH (a:Entity)-[s:STANCE]->(b:Entity) RETURN a.name, s.score, s.positive, s.negative, b.name ORDER BY s.positive + s.negative DESC LIMIT 25\n`);
        out.write(`    MATCH (p:Person)<-[m:MENTIONS]-(a:Article) RETURN p.name, count(a) AS articles ORDER BY articles DESC LIMIT 10\n`);
        process.exitCode = result.failures.length > 0 ? ExitCode.someFailed : ExitCode.ok;
      } finally {
        bar?.stop();
        await driver.close();
        redis.disconnect();
      }
    });
}

/** A URL fit for messages: any password in it is hidden. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparseable URL)';
  }
}
