import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testServices } from '../../../test/support/services.js';
import { graphSnapshot } from './graph-snapshot.js';
import { migrate } from './migrate.js';
import { syntheticCorpus } from './synthetic-corpus.js';
import { testDriver, wipeGraph } from './test-fixtures/int-support.js';
import { writeExtractions } from './write-extractions.js';

const SIZE = 120;
const BATCH = 30;
const CHILD = fileURLToPath(new URL('./test-fixtures/crash-writer.mjs', import.meta.url));

let driver: Driver;

async function writeAll(): Promise<void> {
  const corpus = syntheticCorpus({ size: SIZE });
  for (let i = 0; i < corpus.length; i += BATCH) await writeExtractions(driver, corpus.slice(i, i + BATCH));
}

/** Runs the child writer until it sits inside the transaction of batch `killAt`, then SIGKILLs it. */
async function killMidBatch(killAt: number): Promise<string[]> {
  const s = testServices();
  const child = spawn(process.execPath, [CHILD, String(SIZE), String(BATCH), String(killAt)], {
    env: { ...process.env, NEO4J_URI: s.neo4jUri, NEO4J_USER: s.neo4jUser, NEO4J_PASSWORD: s.neo4jPassword },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const lines: string[] = [];
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  for await (const line of createInterface({ input: child.stdout })) {
    lines.push(line);
    if (line === 'IN_TX') child.kill('SIGKILL');
  }
  const { signal } = await exited;
  expect(signal, `the child writer should be killed mid-transaction; it said ${lines.join(' | ')} ${stderr}`).toBe('SIGKILL');
  return lines;
}

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => {
  await driver.close();
});

describe('a writer killed mid-batch', () => {
  it('leaves the committed batches only, and a rerun gives the graph of an uninterrupted run', async () => {
    await wipeGraph(driver);
    await migrate(driver);
    await writeAll();
    const uninterrupted = await graphSnapshot(driver);

    await wipeGraph(driver);
    await migrate(driver);
    const lines = await killMidBatch(2);
    expect(lines).toEqual(['COMMITTED 0', 'COMMITTED 1', 'IN_TX']);
    // nothing of the killed batch is visible: exactly the first two batches' documents
    const session = driver.session();
    const res = await session.run('MATCH (d:Document) RETURN count(d) AS n');
    await session.close();
    const firstTwo = syntheticCorpus({ size: 2 * BATCH });
    const expectedDocs = new Set(firstTwo.map((c) => c.contentHash)).size;
    expect(res.records[0]!.get('n')).toBe(expectedDocs);

    await writeAll();
    expect(await graphSnapshot(driver)).toEqual(uninterrupted);
  });
});
