import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';

/** Registers `newsgraph bench`. */
export function registerBench(program: Command): void {
  program
    .command('bench')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new CliError('bench: not implemented yet');
    });
}
