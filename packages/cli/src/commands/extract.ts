import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';

/** Registers `newsgraph extract`. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new CliError('extract: not implemented yet');
    });
}
