import type { BenchDocument } from './generate-corpus.js';

/** What every benchmark gets: the corpus, its size in wink-nlp tokens, and where to print. */
export interface BenchContext {
  docs: readonly BenchDocument[];
  /** wink-nlp token count per document (same order as `docs`), the unit of every throughput. */
  tokenCounts: readonly number[];
  totalTokens: number;
  /** Timed passes each benchmark makes over the corpus (it reports the median). */
  rounds: number;
  /** Where a benchmark reports progress (stderr by default, so stdout stays tables + JSON). */
  log: (line: string) => void;
}

/** One printed row: a label, a value and its unit, and an optional note. */
export interface BenchRow {
  metric: string;
  value: number | string;
  unit?: string;
  note?: string;
}

/** What a benchmark returns: rows for the table and every figure for the JSON. */
export interface BenchResult {
  rows: BenchRow[];
  figures: Record<string, unknown>;
}

/**
 * One benchmark. The built-in `extract` benchmark measures extraction against wink-nlp's own
 * speed; others (graph writes batched vs one transaction per article, end-to-end articles/s
 * through Redis and Neo4j) plug in with {@link registerBenchmark} and run when named with
 * `newsgraph bench --only <name>` (or by default when `default` is true).
 */
export interface Benchmark {
  readonly name: string;
  readonly description: string;
  /** Run when no `--only` is given. Benchmarks that need services should say false. */
  readonly default: boolean;
  run(ctx: BenchContext): Promise<BenchResult> | BenchResult;
}

const registry = new Map<string, Benchmark>();

/** Adds (or replaces) a benchmark. */
export function registerBenchmark(b: Benchmark): void {
  registry.set(b.name, b);
}

/** Every registered benchmark, in registration order. */
export function listBenchmarks(): Benchmark[] {
  return [...registry.values()];
}
