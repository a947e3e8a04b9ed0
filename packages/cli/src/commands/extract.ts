import { createInterface } from 'node:readline';
import type { Command } from 'commander';
import { createResources, extract, type ExtractResources } from '@newsgraph/extract';
import { loadResources } from '../load-resources.js';
import { InputDocumentSchema, type ExtractErrorLine } from '@newsgraph/schemas';
import { ExitCode } from '../exit-codes.js';

/**
 * Registers `newsgraph extract`: the JSONL contract of DESIGN.md. One output line per input line,
 * in order; a bad line yields an error line on stdout and stderr, never a crash.
 */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('read JSONL documents ({"id","text",…}) on stdin, write one extraction line per input line on stdout')
    .option('--aliases <file>', 'alias dictionary (JSON or CSV: id, names, type) that pins entity ids; default graph/aliases.json when present')
    .action(async (flags: { aliases?: string }) => {
      const { resources } = loadResources(flags.aliases);
      const failed = await runExtract(process.stdin, process.stdout, process.stderr, resources);
      process.exitCode = failed > 0 ? ExitCode.someFailed : ExitCode.ok;
    });
}

/** Streams the contract; returns how many lines failed. */
export async function runExtract(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
  resources: ExtractResources = createResources(),
): Promise<number> {
  const lines = createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  let failed = 0;
  for await (const raw of lines) {
    lineNo += 1;
    const out = processLine(raw, lineNo, resources);
    if ('error' in out) {
      failed += 1;
      const msg = JSON.stringify(out);
      errors.write(msg + '\n');
      await write(output, msg + '\n');
    } else {
      await write(output, JSON.stringify(out) + '\n');
    }
  }
  return failed;
}

function processLine(raw: string, line: number, resources: ExtractResources): ReturnType<typeof extract> | ExtractErrorLine {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (e) {
    return { id: null, line, error: `expected a JSON object, got invalid JSON: ${(e as Error).message}` };
  }
  const id = value && typeof value === 'object' && 'id' in value && typeof value.id === 'string' ? value.id : null;
  const parsed = InputDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(line)'}: ${i.message}`).join('; ');
    return { id, line, error: `expected {"id": string, "text": string, …}, got ${issues}` };
  }
  try {
    return extract(parsed.data, resources);
  } catch (e) {
    return { id, line, error: `extractor failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Respects back-pressure so a huge input does not buffer all output in memory. */
function write(stream: NodeJS.WritableStream, chunk: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (stream.write(chunk)) resolve();
    else {
      stream.once('drain', resolve);
      stream.once('error', reject);
    }
  });
}
