import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { createGraphDriver } from '@newsgraph/graph';
import { obliterateQueues } from '../../../../test/support/queues.js';
import { testServices } from '../../../../test/support/services.js';

const exec = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const bin = path.join(root, 'packages/cli/bin/newsgraph.js');

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

describe('separate long-lived worker processes (workers/*)', () => {
  const prefix = `ngtest-workers-${randomUUID().slice(0, 8)}`;
  const children: ChildProcess[] = [];

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    await obliterateQueues(testServices().redisUrl, prefix);
  });

  it('`run --no-workers` enqueues, worker processes do the work, and stop cleanly on SIGTERM', async () => {
    const s = testServices();
    const env = { ...process.env, REDIS_URL: s.redisUrl, NEO4J_URI: s.neo4jUri, NEO4J_USER: s.neo4jUser, NEO4J_PASSWORD: s.neo4jPassword, NEWSGRAPH_QUEUE_PREFIX: prefix, LOG_LEVEL: 'silent' };
    for (const w of ['workers/extract/dist/main.js', 'workers/graph-writer/dist/main.js']) {
      const child = spawn(process.execPath, [path.join(root, w)], { env, stdio: ['ignore', 'ignore', 'pipe'] });
      children.push(child);
    }
    const dir = await mkdtemp(path.join(tmpdir(), 'ng-workers-'));
    const docs = Array.from({ length: 12 }, (_, i) => JSON.stringify({ id: `worker-proc-${i}`, text: `Germany praised France on day ${i}. Chancellor Olaf Scholz thanked President Emmanuel Macron.` }));
    await writeFile(path.join(dir, 'docs.jsonl'), docs.join('\n'));
    const { stdout } = await exec(process.execPath, [bin, 'run', 'docs.jsonl', '--no-services', '--no-workers', '--no-progress'], { cwd: dir, env });
    expect(stdout).toMatch(/12 of 12 documents in Neo4j/);

    const driver = createGraphDriver({ NEO4J_URI: s.neo4jUri, NEO4J_USER: s.neo4jUser, NEO4J_PASSWORD: s.neo4jPassword });
    try {
      const { records } = await driver.executeQuery("MATCH (a:Article) WHERE a.id STARTS WITH 'worker-proc-' RETURN count(a) AS n");
      expect(Number(records[0]?.get('n'))).toBe(12);
    } finally {
      await driver.close();
    }
    const codes = await Promise.all(children.map((c) => {
      const done = exited(c);
      c.kill('SIGTERM');
      return done;
    }));
    expect(codes).toEqual([0, 0]);
  });
});
