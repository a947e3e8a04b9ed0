import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  connectGraph,
  defaultAliasDictionaryPath,
  GraphError,
  mergeEntities,
  pinAliases,
  reprocessDocuments,
  splitEntity,
} from '@newsgraph/graph';
import { createResources, extract, EXTRACTOR_VERSION } from '@newsgraph/extract';
import { EntityTypeSchema, parseConfig } from '@newsgraph/schemas';
import { CliError, ExitCode } from '../exit-codes.js';

/** Graph errors the user fixes by changing the command (unknown id, conflicting curation, bad file) exit 2. */
export function graphCliError(err: unknown): unknown {
  if (!(err instanceof GraphError)) return err;
  const usage = ['ENTITY_NOT_FOUND', 'CURATION_CONFLICT', 'ALIAS_DICTIONARY_INVALID', 'CONNECTION_FAILED'].includes(err.code);
  return new CliError(err.message, usage ? ExitCode.usage : ExitCode.someFailed, { cause: err });
}

/** Runs a command body against the configured graph, closing the driver and mapping errors. */
export async function withGraph<T>(work: (driver: Awaited<ReturnType<typeof connectGraph>>) => Promise<T>): Promise<T> {
  const config = parseConfig(process.env);
  let driver: Awaited<ReturnType<typeof connectGraph>> | undefined;
  try {
    driver = await connectGraph(config);
    return await work(driver);
  } catch (err) {
    throw graphCliError(err);
  } finally {
    await driver?.close();
  }
}

/** The extractor with the alias dictionary loaded (if the file exists), for re-extraction. */
export function extractorWith(dictionaryPath: string): (doc: Parameters<typeof extract>[0]) => ReturnType<typeof extract> {
  const resources = createResources(existsSync(dictionaryPath) ? { aliases: readFileSync(dictionaryPath, 'utf8') } : {});
  return (doc) => extract(doc, resources);
}

interface DictFlags {
  aliases: string;
}

const dictionaryOption = (): [string, string, string] => [
  '--aliases <file>',
  'alias dictionary to record the change in (JSON or CSV: id, type, names, merged)',
  defaultAliasDictionaryPath(),
];

/** Registers `newsgraph entities merge|split`: analysts' curation. */
export function registerEntities(program: Command): void {
  const entities = program.command('entities').description("analysts' curation of entities (merge, split, pin aliases)");

  entities
    .command('merge')
    .description('merge entity <absorb> into <keep>: its mentions, claims and roles move to <keep>; recorded so it survives replays')
    .argument('<keep>', 'id of the entity that stays, e.g. person:kim-jong-un')
    .argument('<absorb>', 'id of the entity that disappears into it')
    .option(...dictionaryOption())
    .action(async (keep: string, absorb: string, flags: DictFlags) => {
      await withGraph(async (driver) => {
        const r = await mergeEntities(driver, keep, absorb, { dictionaryPath: resolve(flags.aliases) });
        process.stdout.write(`entities merge: ${r.message}; recorded in ${resolve(flags.aliases)}\n`);
      });
    });

  entities
    .command('split')
    .description(
      'undo a merge (split <keep> <absorbed>), or pin names to another entity (split <entity> --pin NAME… --as ID --type TYPE) and re-extract what mentions <entity>',
    )
    .argument('<entity>', 'the entity to split (the kept one of a merge)')
    .argument('[absorbed]', 'the id merged into it earlier')
    .option('--pin <names...>', 'names (aliases) to take away from <entity>')
    .option('--as <id>', 'the id the pinned names belong to')
    .option('--type <type>', 'Person, Country or Organization (for --as)', 'Person')
    .option(...dictionaryOption())
    .action(async (entity: string, absorbed: string | undefined, flags: DictFlags & { pin?: string[]; as?: string; type: string }) => {
      const dictionaryPath = resolve(flags.aliases);
      if (absorbed !== undefined) {
        if (flags.pin !== undefined) throw new CliError('entities split: expected either <absorbed> or --pin, got both. Run them separately.');
        await withGraph(async (driver) => {
          const r = await splitEntity(driver, entity, absorbed, { dictionaryPath });
          process.stdout.write(`entities split: ${r.message}\n`);
        });
        return;
      }
      if (flags.pin === undefined || flags.as === undefined) {
        throw new CliError('entities split: expected <absorbed> (undo a merge) or --pin NAME… --as ID (pin aliases), got neither. See `newsgraph entities split --help`.');
      }
      const type = EntityTypeSchema.safeParse(flags.type);
      if (!type.success) throw new CliError(`entities split: expected --type Person, Country or Organization, got ${JSON.stringify(flags.type)}.`);
      const pinned = flags.pin;
      const newId = flags.as;
      await withGraph(async (driver) => {
        pinAliases(dictionaryPath, { id: newId, type: type.data, names: pinned });
        const r = await reprocessDocuments(driver, { extractorVersion: EXTRACTOR_VERSION, extract: extractorWith(dictionaryPath), entityId: entity });
        process.stdout.write(`entities split: pinned ${pinned.map((n) => JSON.stringify(n)).join(', ')} to ${newId} in ${dictionaryPath}; re-extracted ${r.reprocessed} document(s) that mentioned ${entity}\n`);
        for (const f of r.failed) process.stderr.write(`  ${f.id}: ${f.reason}\n`);
        if (r.failed.length > 0) process.exitCode = ExitCode.someFailed;
      });
    });
}
