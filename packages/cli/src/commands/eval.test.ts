import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, test, vi } from 'vitest';
import { runCli } from '../../../../test/support/run-cli.js';

const run = runCli;

// a tiny data directory written here: tests never read the team's shared data
const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-cli-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());
const text = 'German Chancellor Angela Merkel visited France on Monday .';
writeFileSync(
  path.join(dir, 'countries.json'),
  JSON.stringify({ aliases: { france: 'FRA', germany: 'DEU' } }),
);
writeFileSync(
  path.join(dir, 'conll2003-dev.jsonl'),
  JSON.stringify({
    id: 'd1',
    text,
    entities: [
      { start: 18, end: 31, type: 'PER', text: 'Angela Merkel' },
      { start: 40, end: 46, type: 'LOC', text: 'France' },
    ],
  }) + '\n',
);

describe('newsgraph eval', () => {
  test('scores a data directory, prints tables and the JSON last, writes --out', async () => {
    const outFile = path.join(dir, 'results.json');
    const r = await run(['eval', '--data', dir, '--suite', 'ner', '--out', outFile]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Person +1 /m);
    const last = JSON.parse(r.out.trim().split('\n').at(-1)!) as {
      suites: Record<string, { status: string }>;
    };
    expect(last.suites.ner?.status).toBe('ok');
    expect(JSON.parse(readFileSync(outFile, 'utf8'))).toEqual(last);
  });

  test.each([
    {
      label: 'missing data directory',
      argv: ['eval', '--data', path.join(dir, 'absent')],
      msg: /expected a data directory/,
    },
    {
      label: 'unknown suite',
      argv: ['eval', '--data', dir, '--suite', 'nope'],
      msg: /expected a suite among/,
    },
    {
      label: '--pred without --suite',
      argv: ['eval', '--data', dir, '--pred', 'x.jsonl'],
      msg: /--pred scores one suite/,
    },
    {
      label: 'bad --max-warnings',
      argv: ['eval', '--data', dir, '--max-warnings', 'lots'],
      msg: /--max-warnings/,
    },
  ])('usage errors exit 2 with a message: $label', async ({ argv, msg }) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(msg);
  });
});
