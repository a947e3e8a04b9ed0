import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';

/** Registers `newsgraph worker`. */
export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new CliError('worker: not implemented yet');
    });
}
