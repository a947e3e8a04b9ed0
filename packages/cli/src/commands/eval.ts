import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { defaultDataDir, EvalError, listSuites, runEval, Warnings } from '@newsgraph/eval';
import { CliError, ExitCode } from '../exit-codes.js';

interface EvalFlags {
  data?: string;
  suite?: string[];
  out: string;
  pred?: string;
  seedText?: string;
  maxWarnings: string;
}

/** Registers `newsgraph eval`. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(
      'score the extractor on development data (CoNLL NER, AIDA country links, the seed page, …) and write every figure as JSON',
    )
    .option(
      '--data <dir>',
      'folder with the development sets (default: ../shared/eval beside the repository, when present)',
    )
    .option(
      '--suite <name...>',
      `suites to run (default: all whose data is present): ${listSuites()
        .map((s) => s.name)
        .join(', ')}`,
    )
    .option('--out <file>', 'where to write the JSON figures', 'eval-results.json')
    .option(
      '--pred <file>',
      'score this prediction file (newsgraph extract output) instead of running the extractor; needs one --suite',
    )
    .option('--seed-text <file>', 'the seed page (default: fixtures/articles/seed-page.txt)')
    .option('--max-warnings <n>', 'warnings printed before they are only counted', '20')
    .action((flags: EvalFlags) => {
      const dataDir = flags.data ? path.resolve(flags.data) : defaultDataDir();
      if (!dataDir) {
        throw new CliError(
          'eval: expected development data at ../shared/eval beside the repository, got no such folder. ' +
            'Point --data at a folder holding conll2003-dev.jsonl, aida-conll-dev-links.jsonl, seed-gold.json and countries.json.',
          ExitCode.usage,
        );
      }
      const maxWarnings = Number(flags.maxWarnings);
      if (!Number.isInteger(maxWarnings) || maxWarnings < 0) {
        throw new CliError(
          `eval: expected --max-warnings to be a whole number, got "${flags.maxWarnings}".`,
          ExitCode.usage,
        );
      }
      try {
        const report = runEval({
          dataDir,
          ...(flags.suite
            ? { suites: flags.suite.flatMap((s) => s.split(',')).filter(Boolean) }
            : {}),
          ...(flags.pred ? { predFile: path.resolve(flags.pred) } : {}),
          ...(flags.seedText ? { seedTextPath: path.resolve(flags.seedText) } : {}),
          warnings: new Warnings(maxWarnings),
        });
        const out = path.resolve(flags.out);
        const json = JSON.stringify(report);
        writeFileSync(out, JSON.stringify(report, null, 2) + '\n');
        process.stderr.write(`eval: figures written to ${out}\n`);
        // the last stdout line is the JSON, as with the reference scorer, so `| tail -1 | jq` works
        process.stdout.write(json + '\n');
        // a failed suite (e.g. a missed seed requirement) is a failed input, not a crash
        process.exitCode = Object.values(report.suites).some((s) => s.status === 'failed')
          ? ExitCode.someFailed
          : ExitCode.ok;
      } catch (e) {
        if (e instanceof EvalError) throw new CliError(e.message, ExitCode.usage, { cause: e });
        throw e;
      }
    });
}
