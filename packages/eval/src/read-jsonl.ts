import type { Warnings } from './warnings.js';

/** A parsed JSONL object with its 1-based line number. */
export interface JsonlRecord {
  obj: Record<string, unknown>;
  line: number;
}

/**
 * Parses JSONL text: one object per non-blank line. Lines that are not JSON objects are skipped
 * and reported as `<role>_malformed_line` with file:line (and the id when one can be seen).
 */
export function parseJsonl(
  text: string,
  file: string,
  role: string,
  warnings: Warnings,
): JsonlRecord[] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const out: JsonlRecord[] = [];
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!.replace(/\r$/, '');
    if (!l.trim()) continue;
    let obj: unknown;
    try {
      obj = JSON.parse(l);
    } catch (e) {
      const id = /"id"\s*:\s*"([^"]{1,200})"/.exec(l)?.[1];
      warnings.warn(
        `${role}_malformed_line`,
        `${file}:${i + 1}: not valid JSON${id ? ` (looks like id ${id})` : ''}: ${(e as Error).message.slice(0, 80)}`,
      );
      continue;
    }
    if (!obj || typeof obj !== 'object' || Array.isArray(obj)) {
      warnings.warn(`${role}_malformed_line`, `${file}:${i + 1}: not a JSON object`);
      continue;
    }
    out.push({ obj: obj as Record<string, unknown>, line: i + 1 });
  }
  return out;
}
