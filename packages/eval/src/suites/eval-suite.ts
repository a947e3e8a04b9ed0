import type { InputDocument } from '@newsgraph/schemas';
import type { CountryTable } from '../country-table.js';
import type { GoldSet } from '../gold.js';
import type { PredictionSet } from '../predictions.js';
import type { Warnings } from '../warnings.js';

/** What a suite produced: every figure (for the JSON), the printed lines, and a short headline for the summary. */
export interface SuiteResult {
  figures: Record<string, unknown>;
  lines: string[];
  /** The few figures that matter most (shown in the summary table). */
  headline: Record<string, number | string | null>;
  /** The suite's own pass condition failed (e.g. a seed requirement is missed). */
  failed?: boolean;
}

/** Everything a suite may use; built once per run and shared, so extraction runs once per gold file. */
export interface SuiteContext {
  readonly dataDir: string;
  readonly repoRoot: string;
  readonly warnings: Warnings;
  /** Absolute path of a file in the data directory. */
  path(file: string): string;
  /** A data file's text (an EvalError names the file when it cannot be read). */
  readText(file: string): string;
  /** The country table of the data directory (`countries.json`). */
  countries(): CountryTable;
  /** A gold JSONL file of the data directory, parsed once. */
  gold(file: string): GoldSet;
  /**
   * Predictions for a gold set, validated and matched by id: the extractor run in-process on
   * what the system may see of each record, or the `--pred` file when one was given.
   */
  predictions(gold: GoldSet): PredictionSet;
  /** Raw extractor output for documents (for suites that check more than entities, like the seed). */
  extractDocuments(docs: InputDocument[]): Record<string, unknown>[];
  /** The seed page text file, when one was found or given. */
  readonly seedTextPath?: string;
  /**
   * The raw lines of the `--pred` file (objects, with a warning for each bad line), for suites
   * that read predictions their own way; undefined when the extractor runs in-process.
   */
  predictionLines(): Record<string, unknown>[] | undefined;
}

/**
 * One evaluation suite. Register it in `suites/index.ts`; `newsgraph eval` runs every registered
 * suite whose `requires` files are present in the data directory (or those named by `--suite`).
 */
export interface EvalSuite {
  readonly name: string;
  readonly description: string;
  /** Files, relative to the data directory, the suite needs; a suite missing one is skipped with a note. */
  readonly requires: readonly string[];
  /** The gold file that `--pred FILE` is scored against; suites without it cannot score a prediction file. */
  readonly predGold?: string;
  run(ctx: SuiteContext): SuiteResult;
}
