import { resolve } from 'node:path';
import type { Command } from 'commander';
import { defaultAliasDictionaryPath, reprocessDocuments } from '@newsgraph/graph';
import { EXTRACTOR_VERSION } from '@newsgraph/extract';
import { CliError, ExitCode } from '../exit-codes.js';
import { extractorWith, withGraph } from './entities.js';

/** Registers `newsgraph reprocess`: re-extract what an older extractor made, from the stored text. */
export function registerReprocess(program: Command): void {
  program
    .command('reprocess')
    .description(`re-extract documents made by an extractor version other than ${EXTRACTOR_VERSION} (the text is stored on each Document node) and rewrite their articles`)
    .option('--entity <id>', 'instead: re-extract every document that mentions this entity (after pinning aliases)')
    .option('--aliases <file>', 'alias dictionary the extractor loads', defaultAliasDictionaryPath())
    .option('--batch <n>', 'documents per transaction', '50')
    .action(async (flags: { entity?: string; aliases: string; batch: string }) => {
      const batchSize = Number(flags.batch);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new CliError(`reprocess: expected --batch to be a positive integer, got ${JSON.stringify(flags.batch)}.`);
      await withGraph(async (driver) => {
        const r = await reprocessDocuments(driver, {
          extractorVersion: EXTRACTOR_VERSION,
          extract: extractorWith(resolve(flags.aliases)),
          batchSize,
          ...(flags.entity !== undefined ? { entityId: flags.entity } : {}),
          onProgress: (done) => process.stderr.write(`reprocess: ${done} document(s) done\n`),
        });
        process.stdout.write(`reprocess: ${r.reprocessed} document(s) re-extracted with extractor ${EXTRACTOR_VERSION}; ${r.failed.length} failed\n`);
        for (const f of r.failed) process.stderr.write(`  ${f.id}: ${f.reason}\n`);
        if (r.failed.length > 0) process.exitCode = ExitCode.someFailed;
      });
    });
}
