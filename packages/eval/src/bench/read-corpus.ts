import { readFileSync } from 'node:fs';
import { EvalError } from '../eval-error.js';
import { parseJsonl } from '../read-jsonl.js';
import type { Warnings } from '../warnings.js';
import type { BenchDocument } from './generate-corpus.js';

/**
 * Reads a JSONL corpus (`{id, text, title?, source?}` a line, e.g. a news archive). Lines without
 * a string id or text are reported with file:line and skipped; an empty result is an error.
 */
export function readCorpus(file: string, warnings: Warnings, limit?: number): BenchDocument[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new EvalError(
      'DATA_MISSING',
      `bench: expected a JSONL corpus at ${file}, got ${(e as Error).message}. Check --corpus.`,
      { cause: e },
    );
  }
  const docs: BenchDocument[] = [];
  for (const { obj, line } of parseJsonl(text, file, 'corpus', warnings)) {
    if (limit !== undefined && docs.length >= limit) break;
    const id =
      typeof obj.id === 'string' || typeof obj.id === 'number' ? String(obj.id) : undefined;
    if (!id || typeof obj.text !== 'string') {
      warnings.warn(
        'corpus_bad_record',
        `${file}:${line}: expected {"id", "text"}, got keys ${Object.keys(obj).join(', ') || '(none)'} (skipped)`,
      );
      continue;
    }
    docs.push({
      id,
      text: obj.text,
      ...(typeof obj.title === 'string' ? { title: obj.title } : {}),
      ...(typeof obj.source === 'string' ? { source: obj.source } : {}),
    });
  }
  if (docs.length === 0)
    throw new EvalError(
      'DATA_INVALID',
      `bench: expected at least one {"id","text"} line in ${file}, got none. Check the file.`,
    );
  return docs;
}
