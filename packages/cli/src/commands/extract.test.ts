import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema, ExtractErrorLineSchema } from '@newsgraph/schemas';
import { runExtract } from './extract.js';

async function extractLines(input: string): Promise<{ out: string[]; err: string[]; failed: number }> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c: Buffer) => out.push(c.toString()));
  stderr.on('data', (c: Buffer) => err.push(c.toString()));
  stdin.end(input);
  const failed = await runExtract(stdin, stdout, stderr);
  return { out: out.join('').split('\n').filter((l) => l !== ''), err: err.join('').split('\n').filter((l) => l !== ''), failed };
}

describe('newsgraph extract (the JSONL contract)', () => {
  const text = 'Russian President Vladimir Putin praised North Korea on Friday.';
  const lines = [
    JSON.stringify({ id: 'good-1', text }),
    'not json at all',
    JSON.stringify({ id: 7, text: 'x' }),
    JSON.stringify({ id: 'no-text' }),
    '',
    JSON.stringify(['an', 'array']),
    JSON.stringify({ id: 'empty', text: '' }),
    JSON.stringify({ id: 'ctrl', text: 'Kim\u0000 Jong\u0007 Un met\u001b Putin in Moscow.' }),
    JSON.stringify({ id: 'good-2', text: 'Ukraine accused Russia of attacking Kyiv.', title: 'T', source: 'S' }),
  ];

  it('writes exactly one line per input line, in order, error lines where input is bad', async () => {
    const { out, err, failed } = await extractLines(lines.join('\n') + '\n');
    expect(out).toHaveLength(lines.length);
    const parsed = out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((p) => ('error' in p ? `error@${String(p.line)}` : String(p.id)))).toEqual([
      'good-1', 'error@2', 'error@3', 'error@4', 'error@5', 'error@6', 'empty', 'ctrl', 'good-2',
    ]);
    expect(failed).toBe(5);
    expect(err).toHaveLength(5);
    for (const p of parsed) {
      if ('error' in p) expect(ExtractErrorLineSchema.parse(p).error).toMatch(/expected/);
      else ExtractionSchema.parse(p);
    }
    expect(parsed[2]).toMatchObject({ id: null, line: 3 });
    expect(parsed[3]).toMatchObject({ id: 'no-text', line: 4 });
  });

  it('every mention slices back to its text', async () => {
    const { out } = await extractLines(lines.join('\n'));
    const inputs = lines.map((l) => { try { return JSON.parse(l) as { text?: string }; } catch { return {}; } });
    out.forEach((l, i) => {
      const p = JSON.parse(l) as { entities?: { mentions: { start: number; end: number; text: string }[] }[] };
      for (const e of p.entities ?? []) for (const m of e.mentions) expect(inputs[i]?.text?.slice(m.start, m.end)).toBe(m.text);
    });
    const first = JSON.parse(out[0] ?? '{}') as { entities: { id: string }[] };
    expect(first.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['person:vladimir-putin', 'country:RUS', 'country:PRK']));
  });
});
