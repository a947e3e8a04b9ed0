import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';

/** Registers `newsgraph reprocess`. */
export function registerReprocess(program: Command): void {
  program
    .command('reprocess')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new CliError('reprocess: not implemented yet');
    });
}
