import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';

/** Registers `newsgraph services`. */
export function registerServices(program: Command): void {
  program
    .command('services')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new CliError('services: not implemented yet');
    });
}
