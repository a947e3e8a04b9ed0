import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';

/** Registers `newsgraph entities`. */
export function registerEntities(program: Command): void {
  program
    .command('entities')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new CliError('entities: not implemented yet');
    });
}
