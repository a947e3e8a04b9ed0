import path from 'node:path';
import type { Command } from 'commander';
import { EvalError, listBenchmarks, registerBenchmark, runBench, Warnings } from '@newsgraph/eval';
import { parseConfig } from '@newsgraph/schemas';
import { closeBenchServices } from '../bench/bench-services.js';
import { e2eBenchmark } from '../bench/e2e-benchmark.js';
import { graphBenchmark } from '../bench/graph-benchmark.js';
import { CliError, ExitCode } from '../exit-codes.js';

interface BenchFlags {
  corpus?: string;
  limit?: string;
  only?: string[];
  rounds: string;
}

const wholeNumber = (flag: string, v: string, min: number): number => {
  const n = Number(v);
  if (!Number.isInteger(n) || n < min)
    throw new CliError(
      `bench: expected ${flag} to be a whole number >= ${min}, got "${v}".`,
      ExitCode.usage,
    );
  return n;
};

/**
 * Registers `newsgraph bench`. Further benchmarks (graph writes, end to end through Redis and
 * Neo4j) register themselves with `registerBenchmark` from @newsgraph/eval and are picked with
 * `--only`.
 */
export function registerBench(program: Command): void {
  // Benchmarks that write get their own throwaway Neo4j (see bench-services.ts).
  const config = () => parseConfig(process.env);
  registerBenchmark(graphBenchmark(config));
  registerBenchmark(e2eBenchmark(config));
  program
    .command('bench')
    .description(
      'speed figures: extraction tokens/s per core beside wink-nlp readDoc+POS on the same text, stage shares, memory',
    )
    .option(
      '--corpus <file>',
      'JSONL corpus ({"id","text",…} a line); default: a seeded generated corpus',
    )
    .option('--limit <n>', 'use at most n documents')
    .option(
      '--only <name...>',
      `benchmarks to run (default: ${listBenchmarks()
        .filter((b) => b.default)
        .map((b) => b.name)
        .join(', ')})`,
    )
    .option('--rounds <n>', 'timed passes per benchmark; the median is reported', '3')
    .action(async (flags: BenchFlags) => {
      const limit = flags.limit !== undefined ? wholeNumber('--limit', flags.limit, 1) : undefined;
      const rounds = wholeNumber('--rounds', flags.rounds, 1);
      try {
        const report = await runBench({
          ...(flags.corpus ? { corpus: path.resolve(flags.corpus) } : {}),
          ...(limit !== undefined ? { limit } : {}),
          ...(flags.only ? { only: flags.only.flatMap((s) => s.split(',')).filter(Boolean) } : {}),
          rounds,
          warnings: new Warnings(),
        });
        // the last stdout line is every figure as JSON
        process.stdout.write(JSON.stringify(report) + '\n');
      } catch (e) {
        if (e instanceof EvalError) throw new CliError(e.message, ExitCode.usage, { cause: e });
        throw e;
      } finally {
        await closeBenchServices();
      }
    });
}
