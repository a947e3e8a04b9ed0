import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';

/** Registers `newsgraph eval`. */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new CliError('eval: not implemented yet');
    });
}
