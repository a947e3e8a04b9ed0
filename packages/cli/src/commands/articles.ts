import type { Command } from 'commander';
import { CliError } from '../exit-codes.js';

/** Registers `newsgraph articles`. */
export function registerArticles(program: Command): void {
  program
    .command('articles')
    .description('(not implemented yet)')
    .allowUnknownOption()
    .allowExcessArguments()
    .action(() => {
      throw new CliError('articles: not implemented yet');
    });
}
