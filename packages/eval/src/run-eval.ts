import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createResources, extract, EXTRACTOR_VERSION } from '@newsgraph/extract';
import type { InputDocument } from '@newsgraph/schemas';
import { countryTableFromJson, type CountryTable } from './country-table.js';
import { countryTableFromWorldCountries } from './world-country-table.js';
import { EvalError } from './eval-error.js';
import { parseGold, systemInput, type GoldSet } from './gold.js';
import { formatTable } from './metrics.js';
import { matchPredictions, type PredictionSet } from './predictions.js';
import { parseJsonl, type JsonlRecord } from './read-jsonl.js';
import { repoRoot as defaultRepoRoot, defaultSeedText } from './paths.js';
import {
  getSuite,
  listSuites,
  type EvalSuite,
  type SuiteContext,
  type SuiteResult,
} from './suites/index.js';
import { Warnings } from './warnings.js';

/** Something that turns a document into a prediction line (the extract contract). */
export interface Extractor {
  version: string;
  extract(document: InputDocument): Record<string, unknown>;
}

/** The project's extractor, run in-process with resources built once. */
export function defaultExtractor(): Extractor {
  const resources = createResources();
  return { version: EXTRACTOR_VERSION, extract: (doc) => extract(doc, resources) };
}

export interface EvalOptions {
  dataDir: string;
  /** Suite names to run; default: every registered suite whose data is present. */
  suites?: string[];
  /** Score this prediction file (JSONL in the extract contract) instead of running the extractor; needs exactly one suite. */
  predFile?: string;
  seedTextPath?: string;
  extractor?: Extractor;
  warnings?: Warnings;
  /** Where tables go (stdout by default). */
  print?: (line: string) => void;
  repoRoot?: string;
}

/** One suite's outcome in the report. */
export type SuiteReport =
  | {
      status: 'ok' | 'failed';
      figures: Record<string, unknown>;
      headline: SuiteResult['headline'];
      seconds: number;
    }
  | { status: 'skipped'; reason: string };

/** Everything `newsgraph eval` writes as JSON. */
export interface EvalReport {
  dataDir: string;
  extractorVersion: string;
  predFile?: string;
  suites: Record<string, SuiteReport>;
  warnings: Record<string, number>;
}

/**
 * Runs the evaluation suites over a data directory and prints a table per suite. Extraction runs
 * in-process, once per gold file, on exactly what the reference scorer's `input` would pass to
 * the system; the scores follow the reference scorer's matching rules.
 */
export function runEval(options: EvalOptions): EvalReport {
  const { dataDir } = options;
  if (!existsSync(dataDir)) {
    throw new EvalError(
      'DATA_MISSING',
      `eval: expected a data directory at ${dataDir}, got nothing there. Point --data at the folder with conll2003-dev.jsonl, seed-gold.json, countries.json.`,
    );
  }
  const print = options.print ?? ((l: string) => process.stdout.write(l + '\n'));
  const warnings = options.warnings ?? new Warnings();
  const root = options.repoRoot ?? defaultRepoRoot();
  const chosen = chooseSuites(options);
  const extractor = options.predFile ? undefined : (options.extractor ?? defaultExtractor());

  let countries: CountryTable | undefined;
  const golds = new Map<string, GoldSet>();
  const predCache = new Map<string, PredictionSet>();
  const file = (f: string): string => path.resolve(dataDir, f);
  const readText = (f: string): string => {
    try {
      return readFileSync(file(f), 'utf8');
    } catch (e) {
      throw new EvalError(
        'DATA_MISSING',
        `eval: expected to read ${file(f)}, got ${(e as Error).message}. Check --data.`,
        { cause: e },
      );
    }
  };
  const extractDocuments = (docs: InputDocument[]): Record<string, unknown>[] =>
    docs.map((doc) => {
      try {
        return extractor!.extract(doc);
      } catch (e) {
        warnings.warn(
          'extract_failed',
          `document ${doc.id}: extractor threw ${(e as Error).message}`,
        );
        return { id: doc.id, error: (e as Error).message };
      }
    });
  const loadCountries = (): CountryTable => {
    if (existsSync(file('countries.json'))) {
      return countryTableFromJson(JSON.parse(readText('countries.json')), file('countries.json'));
    }
    print(
      `country table: no countries.json in ${dataDir}; built from world-countries (close to the reference table, not guaranteed identical)`,
    );
    return countryTableFromWorldCountries();
  };
  const readPredFile = (predFile: string): JsonlRecord[] => {
    let text: string;
    try {
      text = readFileSync(predFile, 'utf8');
    } catch (e) {
      throw new EvalError(
        'DATA_MISSING',
        `eval: expected a prediction file at ${predFile}, got ${(e as Error).message}.`,
        { cause: e },
      );
    }
    return parseJsonl(text, predFile, 'pred', warnings);
  };
  const seedTextPath = options.seedTextPath ?? defaultSeedText(dataDir, root);
  const ctx: SuiteContext = {
    dataDir,
    repoRoot: root,
    warnings,
    path: file,
    readText,
    countries: () => (countries ??= loadCountries()),
    gold: (f) => {
      let g = golds.get(f);
      if (!g) {
        g = parseGold(readText(f), file(f), warnings);
        golds.set(f, g);
      }
      return g;
    },
    predictions: (gold) => {
      const cached = predCache.get(gold.file);
      if (cached) return cached;
      let records: JsonlRecord[];
      let where: string;
      if (options.predFile) {
        where = options.predFile;
        records = readPredFile(options.predFile);
      } else {
        where = `extract(${path.basename(gold.file)})`;
        const docs = gold.order.map((id) => systemInput(gold.byId.get(id)!));
        records = extractDocuments(docs).map((obj, i) => ({ obj, line: i + 1 }));
      }
      const set = matchPredictions(records, where, gold, warnings);
      predCache.set(gold.file, set);
      return set;
    },
    predictionLines: () =>
      options.predFile ? readPredFile(options.predFile).map((r) => r.obj) : undefined,
    extractDocuments: (docs) => {
      if (!extractor)
        throw new EvalError(
          'USAGE',
          'eval: this suite runs the extractor itself and cannot score a --pred file. Run it without --pred.',
        );
      return extractDocuments(docs);
    },
    ...(seedTextPath ? { seedTextPath } : {}),
  };

  const report: EvalReport = {
    dataDir,
    extractorVersion: extractor?.version ?? 'n/a (--pred)',
    ...(options.predFile ? { predFile: options.predFile } : {}),
    suites: {},
    warnings: warnings.counts,
  };
  for (const suite of chosen) {
    const missing = suite.requires.filter((f) => !existsSync(file(f)));
    if (missing.length) {
      const reason = `needs ${missing.join(', ')} in ${dataDir}`;
      report.suites[suite.name] = { status: 'skipped', reason };
      print(`${suite.name.toUpperCase()}  skipped: ${reason}`);
      print('');
      continue;
    }
    const t0 = process.hrtime.bigint();
    const result = suite.run(ctx);
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    for (const l of result.lines) print(l);
    print('');
    report.suites[suite.name] = {
      status: result.failed ? 'failed' : 'ok',
      figures: result.figures,
      headline: result.headline,
      seconds: Math.round(seconds * 100) / 100,
    };
  }
  print(summaryTable(report));
  warnings.summary();
  return report;
}

function chooseSuites(options: EvalOptions): EvalSuite[] {
  const names = options.suites?.length ? options.suites : undefined;
  const all = listSuites();
  const chosen = names
    ? names.map((n) => {
        const s = getSuite(n);
        if (!s)
          throw new EvalError(
            'USAGE',
            `eval: expected a suite among ${all.map((x) => x.name).join(', ')}, got "${n}". Use --suite with one of those.`,
          );
        return s;
      })
    : all;
  if (options.predFile) {
    if (chosen.length !== 1 || !chosen[0]!.predGold) {
      const scorable = all
        .filter((s) => s.predGold)
        .map((s) => s.name)
        .join(', ');
      throw new EvalError(
        'USAGE',
        `eval: --pred scores one suite's gold file, got ${chosen.length === 1 ? `suite "${chosen[0]!.name}", which runs the extractor itself` : `${chosen.length} suites`}. Add --suite with one of: ${scorable}.`,
      );
    }
  }
  return chosen;
}

/** One row per suite with its headline figures. */
export function summaryTable(report: EvalReport): string {
  const rows = Object.entries(report.suites).map(([name, s]) => [
    name,
    s.status,
    s.status === 'skipped'
      ? s.reason
      : Object.entries(s.headline)
          .map(
            ([k, v]) =>
              `${k} ${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(4) : String(v)}`,
          )
          .join('  '),
  ]);
  return formatTable(rows, ['suite', 'status', 'figures']);
}
