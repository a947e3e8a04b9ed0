import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { EvalError } from './eval-error.js';
import { runEval, type Extractor } from './run-eval.js';
import { Warnings } from './warnings.js';

/** A tiny data directory written by the test itself (tests never read the team's shared data). */
const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-eval-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const t1 = 'Angela Merkel visited France .';
const t2 = 'Siemens rose in Germany .';
writeFileSync(
  path.join(dir, 'countries.json'),
  JSON.stringify({ aliases: { france: 'FRA', germany: 'DEU' } }),
);
writeFileSync(
  path.join(dir, 'conll2003-dev.jsonl'),
  [
    {
      id: 'c1',
      text: t1,
      entities: [
        { start: 0, end: 13, type: 'PER', text: 'Angela Merkel' },
        { start: 22, end: 28, type: 'LOC', text: 'France' },
      ],
    },
    {
      id: 'c2',
      text: t2,
      entities: [
        { start: 0, end: 7, type: 'ORG', text: 'Siemens' },
        { start: 16, end: 23, type: 'LOC', text: 'Germany' },
      ],
    },
  ]
    .map((r) => JSON.stringify(r))
    .join('\n') + '\n{broken\n',
);

/** Finds names by a fixed list, like a very small gazetteer. */
const fakeExtractor = (seen: string[]): Extractor => ({
  version: 'test',
  extract(doc) {
    seen.push(doc.id);
    const names: [string, string, string][] = [
      ['Angela Merkel', 'Person', 'person:angela-merkel'],
      ['France', 'Country', 'country:FRA'],
      ['Germany', 'Country', 'country:AUT'],
    ];
    const entities = names
      .filter(([n]) => doc.text.includes(n))
      .map(([n, type, id]) => ({
        id,
        type,
        name: n,
        mentions: [{ start: doc.text.indexOf(n), end: doc.text.indexOf(n) + n.length, text: n }],
      }));
    if (doc.id === 'boom') throw new Error('kaput');
    return { id: doc.id, segments: [], entities, relations: [] };
  },
});

describe('runEval', () => {
  test('runs the suites whose data is present, extracting each gold file once, and skips the rest', () => {
    const seen: string[] = [];
    const printed: string[] = [];
    const report = runEval({
      dataDir: dir,
      extractor: fakeExtractor(seen),
      print: (l) => printed.push(l),
      warnings: new Warnings(0, () => {}),
      seedTextPath: path.join(dir, 'none.txt'),
    });
    expect(seen).toEqual(['c1', 'c2']);
    const ner = report.suites.ner;
    expect(ner?.status).toBe('ok');
    if (ner?.status !== 'ok') return;
    expect(ner.headline).toMatchObject({ person_f1: 1, organization_f1: 0, country_f1: 1 });
    expect(report.suites.link).toMatchObject({ status: 'skipped' });
    expect(report.suites.seed).toMatchObject({ status: 'skipped' });
    expect(report.warnings).toMatchObject({ gold_malformed_line: 1 });
    expect(printed.join('\n')).toMatch(/^Person +1 +1 +1/m);
  });

  test('without countries.json the country table comes from world-countries, and says so', () => {
    const bare = mkdtempSync(path.join(tmpdir(), 'newsgraph-eval-bare-'));
    try {
      writeFileSync(
        path.join(bare, 'conll2003-dev.jsonl'),
        JSON.stringify({
          id: 'c1',
          text: t1,
          entities: [{ start: 22, end: 28, type: 'LOC', text: 'France' }],
        }) + '\n',
      );
      const printed: string[] = [];
      const report = runEval({
        dataDir: bare,
        suites: ['ner'],
        extractor: fakeExtractor([]),
        print: (l) => printed.push(l),
        warnings: new Warnings(0, () => {}),
      });
      expect(printed.some((l) => l.includes('built from world-countries'))).toBe(true);
      const ner = report.suites.ner;
      expect(ner?.status === 'ok' && ner.headline.country_f1).toBe(1);
    } finally {
      rmSync(bare, { recursive: true, force: true });
    }
  });

  test('--pred with the seed suite scores that file like the seed check, without extracting', () => {
    const seedDir = mkdtempSync(path.join(tmpdir(), 'newsgraph-eval-seed-'));
    try {
      const text = 'Kim Jong Un met Putin.';
      writeFileSync(path.join(seedDir, 'seed.txt'), text);
      writeFileSync(
        path.join(seedDir, 'seed-gold.json'),
        JSON.stringify({
          articles: [
            {
              title: 'Kim meets Putin',
              source: 'Wire',
              entities: { required: [{ type: 'Person', name: 'Kim Jong Un' }], optional: [] },
              stance: { required: [], optional: [], forbidden: [] },
            },
          ],
          forbidden_entities: [],
          merges: { must_merge: [], must_not_merge: [] },
        }),
      );
      const pred = path.join(seedDir, 'pred.jsonl');
      writeFileSync(
        pred,
        JSON.stringify({
          id: 'seed',
          segments: [{ start: 0, end: 22, title: 'Kim meets Putin', source: 'Wire' }],
          entities: [
            {
              id: 'person:kim',
              type: 'Person',
              name: 'Kim Jong Un',
              mentions: [{ start: 0, end: 11, text: 'Kim Jong Un' }],
            },
          ],
          relations: [],
        }) + '\n',
      );
      const seen: string[] = [];
      const report = runEval({
        dataDir: seedDir,
        suites: ['seed'],
        predFile: pred,
        seedTextPath: path.join(seedDir, 'seed.txt'),
        extractor: fakeExtractor(seen),
        print: () => {},
        warnings: new Warnings(0, () => {}),
      });
      expect(seen).toEqual([]);
      expect(report.suites.seed).toMatchObject({
        status: 'ok',
        headline: { segments: '1/1', entities_required: '1/1', misses: 0 },
      });
    } finally {
      rmSync(seedDir, { recursive: true, force: true });
    }
  });

  test('--pred scores a prediction file against one suite', () => {
    const pred = path.join(dir, 'pred.jsonl');
    writeFileSync(
      pred,
      JSON.stringify({
        id: 'c2',
        entities: [
          {
            id: 'org:siemens',
            type: 'Organization',
            name: 'Siemens',
            mentions: [{ start: 0, end: 7, text: 'Siemens' }],
          },
        ],
      }) + '\n',
    );
    const report = runEval({
      dataDir: dir,
      suites: ['ner'],
      predFile: pred,
      print: () => {},
      warnings: new Warnings(0, () => {}),
    });
    const ner = report.suites.ner;
    expect(ner?.status === 'ok' && ner.headline).toMatchObject({
      person_f1: 0,
      organization_f1: 1,
    });
    expect(ner?.status === 'ok' && ner.figures.pred_file).toMatchObject({ missing: 1, lines: 1 });
  });

  test.each([
    {
      label: 'no data directory',
      opts: { dataDir: path.join(dir, 'missing') },
      code: 'DATA_MISSING',
      msg: /expected a data directory/,
    },
    {
      label: 'unknown suite',
      opts: { dataDir: dir, suites: ['nope'] },
      code: 'USAGE',
      msg: /expected a suite among ner, link, .*seed, got "nope"/,
    },
    {
      label: '--pred without one suite',
      opts: { dataDir: dir, predFile: 'x.jsonl' },
      code: 'USAGE',
      msg: /--pred scores one suite/,
    },
    {
      label: '--pred with two suites',
      opts: { dataDir: dir, predFile: 'x.jsonl', suites: ['ner', 'link'] },
      code: 'USAGE',
      msg: /--pred scores one suite's gold file, got 2 suites/,
    },
  ])('clear errors: $label', ({ opts, code, msg }) => {
    let err: unknown;
    try {
      runEval({ ...opts, print: () => {}, extractor: fakeExtractor([]) });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(EvalError);
    expect((err as EvalError).code).toBe(code);
    expect((err as EvalError).message).toMatch(msg);
  });
});
