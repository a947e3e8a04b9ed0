import { describe, expect, it } from 'vitest';
import { createMicroBatcher } from './micro-batcher.js';

describe('createMicroBatcher', () => {
  it('flushes full batches together', async () => {
    const flushed: number[][] = [];
    const b = createMicroBatcher<number>({ maxSize: 3, maxWaitMs: 10_000, flush: async (xs) => void flushed.push(xs) });
    await Promise.all([1, 2, 3, 4, 5, 6].map((x) => b.submit(x)));
    expect(flushed).toEqual([[1, 2, 3], [4, 5, 6]]);
  });

  it('flushes a partial batch after the wait', async () => {
    const flushed: number[][] = [];
    const b = createMicroBatcher<number>({ maxSize: 100, maxWaitMs: 5, flush: async (xs) => void flushed.push(xs) });
    await Promise.all([b.submit(1), b.submit(2)]);
    expect(flushed).toEqual([[1, 2]]);
  });

  it('isolates a poison item: only its submit rejects', async () => {
    const committed: number[] = [];
    const b = createMicroBatcher<number>({
      maxSize: 4,
      maxWaitMs: 5,
      flush: async (xs) => {
        if (xs.includes(3)) throw new Error('bad item 3');
        committed.push(...xs);
      },
    });
    const results = await Promise.allSettled([1, 2, 3, 4].map((x) => b.submit(x)));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect(committed.sort()).toEqual([1, 2, 4]);
  });

  it('drain waits for pending items', async () => {
    const flushed: number[] = [];
    const b = createMicroBatcher<number>({ maxSize: 100, maxWaitMs: 60_000, flush: async (xs) => void flushed.push(...xs) });
    const p = b.submit(7);
    await b.drain();
    await p;
    expect(flushed).toEqual([7]);
  });
});

describe('createMicroBatcher ordering', () => {
  it('never runs two flushes at once; items queued meanwhile go in the next batch', async () => {
    let running = 0;
    let maxRunning = 0;
    const flushed: number[][] = [];
    const b = createMicroBatcher<number>({
      maxSize: 2,
      maxWaitMs: 1,
      flush: async (xs) => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, 5));
        flushed.push(xs);
        running -= 1;
      },
    });
    await Promise.all([1, 2, 3, 4, 5].map((x) => b.submit(x)));
    expect(maxRunning).toBe(1);
    expect(flushed.flat().sort()).toEqual([1, 2, 3, 4, 5]);
    expect(flushed.every((batch) => batch.length <= 2)).toBe(true);
  });
});
