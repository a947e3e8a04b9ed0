import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { EvalError } from '../eval-error.js';
import { Warnings } from '../warnings.js';
import { registerBenchmark, type BenchContext } from './benchmark.js';
import { generateCorpus } from './generate-corpus.js';
import { MemorySampler } from './memory-sampler.js';
import { readCorpus } from './read-corpus.js';
import { runBench } from './run-bench.js';

const dir = mkdtempSync(path.join(tmpdir(), 'newsgraph-bench-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const quiet = (): Warnings => new Warnings(0, () => {});

describe('generateCorpus', () => {
  test('the same seed gives the same corpus; another seed another one', () => {
    const a = generateCorpus({ articles: 30 });
    expect(generateCorpus({ articles: 30 })).toEqual(a);
    expect(generateCorpus({ articles: 30, seed: 7 })).not.toEqual(a);
    expect(a).toHaveLength(30);
    expect(new Set(a.map((d) => d.id)).size).toBe(30);
  });

  test('news-like: names, countries, organisations and stance verbs; some scraped pages', () => {
    const text = generateCorpus({ articles: 50 })
      .map((d) => d.text)
      .join('\n');
    expect(text).toMatch(/\b(President|Prime Minister|Foreign Minister)\b/);
    expect(text).toMatch(/\b(accused|criticised|condemned|praised|backed|endorsed)\b/);
    expect(text).toMatch(/\bthe United Nations|NATO|the European Union\b/);
    expect(text).toContain('Related Articles');
  });
});

describe('readCorpus', () => {
  test('bad lines are reported with file:line and skipped; --limit is honoured', () => {
    const file = path.join(dir, 'corpus.jsonl');
    writeFileSync(
      file,
      [
        '{"id":"a","text":"One."}',
        'not json',
        '{"id":"b"}',
        '{"id":2,"text":"Two.","title":"T"}',
        '{"id":"c","text":"Three."}',
      ].join('\n'),
    );
    const seen: string[] = [];
    const docs = readCorpus(file, new Warnings(10, (l) => seen.push(l)), 2);
    expect(docs).toEqual([
      { id: 'a', text: 'One.' },
      { id: '2', text: 'Two.', title: 'T' },
    ]);
    expect(seen.some((l) => l.includes(`${file}:2`))).toBe(true);
    expect(seen.some((l) => l.includes(`${file}:3`) && l.includes('expected {"id", "text"}'))).toBe(
      true,
    );
  });

  test('a missing or empty corpus is a clear error', () => {
    expect(() => readCorpus(path.join(dir, 'nope.jsonl'), quiet())).toThrow(EvalError);
    const empty = path.join(dir, 'empty.jsonl');
    writeFileSync(empty, '\n');
    expect(() => readCorpus(empty, quiet())).toThrow(/expected at least one/);
  });
});

describe('runBench', () => {
  test('runs a registered benchmark on the corpus with wink token counts, and reports its figures', async () => {
    let seen: BenchContext | undefined;
    registerBenchmark({
      name: 'probe',
      description: 'records its context',
      default: false,
      run(ctx) {
        seen = ctx;
        return {
          rows: [{ metric: 'documents', value: ctx.docs.length }],
          figures: { docs: ctx.docs.length },
        };
      },
    });
    const printed: string[] = [];
    const report = await runBench({
      only: ['probe'],
      limit: 5,
      rounds: 2,
      print: (l) => printed.push(l),
      log: () => {},
      warnings: quiet(),
    });
    expect(report.benchmarks).toEqual({ probe: { docs: 5 } });
    expect(report.corpus).toMatchObject({ kind: 'generated', docs: 5 });
    expect(seen?.rounds).toBe(2);
    expect(seen?.tokenCounts).toHaveLength(5);
    expect(seen?.tokenCounts.every((n) => n > 0)).toBe(true);
    expect(seen?.totalTokens).toBe(seen?.tokenCounts.reduce((a, b) => a + b, 0));
    expect(printed.join('\n')).toMatch(/^documents +5/m);
  });

  test('an unknown benchmark name is a usage error', async () => {
    await expect(runBench({ only: ['nope'], print: () => {}, log: () => {} })).rejects.toThrow(
      /expected a benchmark among/,
    );
  });
});

describe('MemorySampler', () => {
  test('start, peak and end; never empty', () => {
    const m = new MemorySampler();
    const p = m.profile();
    expect(p.samples).toBe(1);
    expect(p.peak.rssMiB).toBeGreaterThanOrEqual(p.start.rssMiB);
    expect(p.end.heapUsedMiB).toBeGreaterThan(0);
  });
});
