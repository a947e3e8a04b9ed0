import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { runCli } from '../../../../test/support/run-cli.js';

const run = runCli;

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cli-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface BenchJson {
  corpus: { kind: string; docs: number; tokens: number };
  benchmarks: {
    extract: {
      ratio: number;
      wink: { tokensPerSecond: number };
      extract: { tokensPerSecond: number; failures: number };
    };
  };
}

describe('newsgraph bench', () => {
  test('generated corpus: extraction beside wink-nlp, a table, and every figure as the last JSON line', async () => {
    const r = await run(['bench', '--only', 'extract', '--limit', '4', '--rounds', '1']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/wink-nlp readDoc\+POS/);
    const last = JSON.parse(r.out.trim().split('\n').at(-1)!) as BenchJson;
    expect(last.corpus).toMatchObject({ kind: 'generated', docs: 4 });
    expect(last.benchmarks.extract.extract.failures).toBe(0);
    // figures are measured, not asserted: only that they exist and are consistent
    const b = last.benchmarks.extract;
    expect(b.ratio).toBeCloseTo(b.extract.tokensPerSecond / b.wink.tokensPerSecond, 2);
  });

  test('a JSONL corpus is read, its bad lines reported by file and line', async () => {
    const file = path.join(dir, 'c.jsonl');
    writeFileSync(
      file,
      '{"id":"a","text":"Vladimir Putin met Kim Jong Un in Pyongyang."}\n{oops\n',
    );
    const r = await run(['bench', '--only', 'extract', '--corpus', file, '--rounds', '1']);
    expect(r.code).toBe(0);
    expect(r.err).toContain(`${file}:2`);
    expect((JSON.parse(r.out.trim().split('\n').at(-1)!) as BenchJson).corpus).toMatchObject({
      kind: 'file',
      docs: 1,
    });
  });

  test.each([
    { label: '--limit 0', argv: ['bench', '--limit', '0'], msg: /--limit/ },
    {
      label: 'missing corpus',
      argv: ['bench', '--corpus', path.join(dir, 'absent.jsonl')],
      msg: /expected a JSONL corpus/,
    },
    {
      label: 'unknown benchmark',
      argv: ['bench', '--only', 'nope'],
      msg: /expected a benchmark among/,
    },
  ])('usage errors exit 2: $label', async ({ argv, msg }) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
  });
});
