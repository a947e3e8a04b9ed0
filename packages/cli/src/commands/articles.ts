import type { Command } from 'commander';
import { deleteArticles } from '@newsgraph/graph';
import { CliError, ExitCode } from '../exit-codes.js';
import { withGraph } from './entities.js';

/** Registers `newsgraph articles delete <id…> | --source <name>`. */
export function registerArticles(program: Command): void {
  const articles = program.command('articles').description('manage articles in the graph');
  articles
    .command('delete')
    .description('retract articles (document ids, or article ids <doc>#<n>) or everything from one source, and recompute what they touched')
    .argument('[ids...]', 'document or article ids')
    .option('--source <name>', 'retract what this source published (documents that other sources also carry only lose this source)')
    .action(async (ids: string[], flags: { source?: string }) => {
      if ((ids.length === 0) === (flags.source === undefined)) {
        throw new CliError('articles delete: expected article ids or --source <name>, got ' + (ids.length === 0 ? 'neither' : 'both') + '.');
      }
      await withGraph(async (driver) => {
        const r = await deleteArticles(driver, flags.source !== undefined ? { source: flags.source } : ids);
        const out = process.stdout;
        out.write(`articles delete: ${r.deletedArticles.length} article(s) and ${r.deletedDocuments.length} document(s) removed`);
        out.write(r.sourceRemovedFrom.length > 0 ? `; source dropped from ${r.sourceRemovedFrom.length} document(s) other sources still carry\n` : '\n');
        for (const id of r.notFound) process.stderr.write(`articles delete: expected an article or document ${JSON.stringify(id)}, got none. Check the id.\n`);
        if (r.notFound.length > 0) process.exitCode = ExitCode.someFailed;
      });
    });
}
