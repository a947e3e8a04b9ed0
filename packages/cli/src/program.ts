import { createRequire } from 'node:module';
import { EXTRACTOR_VERSION } from '@newsgraph/extract';
import { Command, CommanderError } from 'commander';
import { ConfigError } from '@newsgraph/schemas';
import { isServicesError } from '@newsgraph/services';
import { CliError, ExitCode } from './exit-codes.js';
import { registerCommands } from './commands/index.js';

function version(): string {
  const pkg = createRequire(import.meta.url)('../package.json') as { version: string };
  return `${pkg.version} (extractor ${EXTRACTOR_VERSION})`;
}

/** Builds the `newsgraph` command tree. */
export function buildProgram(): Command {
  const program = new Command('newsgraph')
    .description('News articles in, a Neo4j knowledge graph of people, countries and organisations out.')
    .version(version(), '-V, --version')
    .showHelpAfterError()
    .exitOverride();
  registerCommands(program);
  return program;
}

/** Runs the CLI and returns the exit code (never throws). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : ExitCode.ok;
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return ExitCode.ok;
      if (err.code === 'commander.help') return ExitCode.ok;
      return ExitCode.usage;
    }
    if (err instanceof CliError) {
      process.stderr.write(`newsgraph: ${err.message}\n`);
      return err.exitCode;
    }
    if (isServicesError(err)) {
      // Services errors already say what is wrong and what to set; no stack trace needed.
      process.stderr.write(`newsgraph: ${(err as Error).message}\n`);
      return ExitCode.usage;
    }
    if (err instanceof Error && 'code' in err && 'retriable' in err && err.retriable === false) {
      // Our own error classes (graph, ingest, eval…) already say what was wrong and what to do.
      process.stderr.write(`newsgraph: ${err.message}\n`);
      return ExitCode.usage;
    }
    if (err instanceof ConfigError) {
      process.stderr.write(`newsgraph: ${err.message}\n`);
      return ExitCode.usage;
    }
    process.stderr.write(`newsgraph: unexpected error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    return ExitCode.someFailed;
  }
}
