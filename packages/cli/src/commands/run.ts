import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';

/** Registers `newsgraph run`. */
export function registerRun(program: Command): void {
  program
    .command('run')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new CliError('run: not implemented yet');
    });
}
