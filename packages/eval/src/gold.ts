import { EvalError } from './eval-error.js';
import { parseJsonl } from './read-jsonl.js';
import type { Warnings } from './warnings.js';

/** One gold record: its id and text plus whatever annotation the data set carries. */
export interface GoldRecord extends Record<string, unknown> {
  id: string;
  text: string;
  _line: number;
}

/** A gold file: records by id, in file order. */
export interface GoldSet {
  file: string;
  byId: Map<string, GoldRecord>;
  order: string[];
}

/**
 * Reads gold JSONL the way the reference scorer does: records need an id (string or number) and a
 * string text; a repeated id keeps the first record. Throws when nothing usable is left.
 */
export function parseGold(text: string, file: string, warnings: Warnings): GoldSet {
  const byId = new Map<string, GoldRecord>();
  const order: string[] = [];
  for (const { obj, line } of parseJsonl(text, file, 'gold', warnings)) {
    if (typeof obj.id !== 'string' && typeof obj.id !== 'number') {
      warnings.warn('gold_missing_id', `${file}:${line}: record without id`);
      continue;
    }
    const id = String(obj.id);
    if (typeof obj.text !== 'string') {
      warnings.warn('gold_missing_text', `${file}:${line}: record ${id} without text`);
      continue;
    }
    if (byId.has(id)) {
      warnings.warn('gold_duplicate_id', `${file}:${line}: duplicate id ${id} (first kept)`);
      continue;
    }
    byId.set(id, { ...obj, id, text: obj.text, _line: line });
    order.push(id);
  }
  if (order.length === 0) {
    throw new EvalError(
      'DATA_INVALID',
      `gold: expected JSONL records with "id" and "text", got none usable in ${file}. Check the file or point --data elsewhere.`,
    );
  }
  return { file, byId, order };
}

/**
 * What the system sees of a gold record (the reference scorer's `input`): id, text, and title /
 * source only when they are strings (PLOVER's `source` is the gold actor list and is dropped).
 */
export function systemInput(g: GoldRecord): {
  id: string;
  text: string;
  title?: string;
  source?: string;
} {
  return {
    id: g.id,
    text: g.text,
    ...(typeof g.title === 'string' ? { title: g.title } : {}),
    ...(typeof g.source === 'string' ? { source: g.source } : {}),
  };
}
