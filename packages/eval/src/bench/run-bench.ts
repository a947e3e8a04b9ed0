import { formatTable } from '../metrics.js';
import { EvalError } from '../eval-error.js';
import { Warnings } from '../warnings.js';
import { listBenchmarks, registerBenchmark, type BenchContext } from './benchmark.js';
import { createWinkBaseline, extractBenchmark } from './extract-benchmark.js';
import { generateCorpus, type BenchDocument } from './generate-corpus.js';
import { readCorpus } from './read-corpus.js';

registerBenchmark(extractBenchmark);

export interface BenchOptions {
  /** JSONL corpus; default: the generated corpus. */
  corpus?: string;
  /** At most this many documents. */
  limit?: number;
  /** Benchmark names to run; default: every benchmark marked `default`. */
  only?: string[];
  /** Timed passes per benchmark (default 3). */
  rounds?: number;
  warnings?: Warnings;
  print?: (line: string) => void;
  log?: (line: string) => void;
}

/** Everything `newsgraph bench` reports as JSON. */
export interface BenchReport {
  corpus: {
    kind: 'generated' | 'file';
    path?: string;
    docs: number;
    tokens: number;
    chars: number;
  };
  node: string;
  benchmarks: Record<string, Record<string, unknown>>;
}

/**
 * Runs benchmarks on one corpus (a JSONL file, or the seeded generated corpus) and prints a table
 * per benchmark. Token counts come from wink-nlp, so every throughput is in the same unit.
 */
export async function runBench(options: BenchOptions = {}): Promise<BenchReport> {
  const print = options.print ?? ((l: string) => process.stdout.write(l + '\n'));
  const log = options.log ?? ((l: string) => process.stderr.write(l + '\n'));
  const warnings = options.warnings ?? new Warnings();
  const all = listBenchmarks();
  const chosen = options.only?.length
    ? options.only.map((n) => {
        const b = all.find((x) => x.name === n);
        if (!b)
          throw new EvalError(
            'USAGE',
            `bench: expected a benchmark among ${all.map((x) => x.name).join(', ')}, got "${n}". Use --only with one of those.`,
          );
        return b;
      })
    : all.filter((b) => b.default);
  let docs: BenchDocument[] = options.corpus
    ? readCorpus(options.corpus, warnings, options.limit)
    : generateCorpus(options.limit !== undefined ? { articles: options.limit } : {});
  if (options.limit !== undefined) docs = docs.slice(0, options.limit);
  if (docs.length === 0)
    throw new EvalError(
      'USAGE',
      'bench: expected at least one document, got none (is --limit 0?).',
    );
  const counter = createWinkBaseline();
  const tokenCounts = docs.map((d) => counter.countTokens(d.text));
  const totalTokens = tokenCounts.reduce((a, b) => a + b, 0);
  const chars = docs.reduce((a, d) => a + d.text.length, 0);
  const report: BenchReport = {
    corpus: {
      kind: options.corpus ? 'file' : 'generated',
      ...(options.corpus ? { path: options.corpus } : {}),
      docs: docs.length,
      tokens: totalTokens,
      chars,
    },
    node: process.version,
    benchmarks: {},
  };
  print(
    `BENCH  corpus=${options.corpus ?? 'generated (seeded)'}  docs=${docs.length}  tokens=${totalTokens}  chars=${chars}  node ${process.version}, one core`,
  );
  const ctx: BenchContext = {
    docs,
    tokenCounts,
    totalTokens,
    rounds: Math.max(1, options.rounds ?? 3),
    log,
  };
  for (const b of chosen) {
    const result = await b.run(ctx);
    report.benchmarks[b.name] = result.figures;
    print('');
    print(`${b.name}: ${b.description}`);
    print(
      formatTable(
        result.rows.map((r) => [
          r.metric,
          typeof r.value === 'number' ? r.value.toLocaleString('en-US') : r.value,
          r.unit ?? '',
          r.note ?? '',
        ]),
        ['metric', 'value', 'unit', 'note'],
      ),
    );
  }
  warnings.summary();
  return report;
}
