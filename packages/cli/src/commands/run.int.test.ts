import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraphDriver } from '@newsgraph/graph';
import { obliterateQueues } from '../../../../test/support/queues.js';
import { testServices } from '../../../../test/support/services.js';

const run = promisify(execFile);
const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/newsgraph.js');

describe('newsgraph run (CLI, real services)', () => {
  const prefix = `ngtest-run-${randomUUID().slice(0, 8)}`;
  let dir: string;
  let env: NodeJS.ProcessEnv;

  beforeAll(async () => {
    const s = testServices();
    env = { ...process.env, REDIS_URL: s.redisUrl, NEO4J_URI: s.neo4jUri, NEO4J_USER: s.neo4jUser, NEO4J_PASSWORD: s.neo4jPassword, NEWSGRAPH_QUEUE_PREFIX: prefix, LOG_LEVEL: 'silent' };
    dir = await mkdtemp(path.join(tmpdir(), 'ng-run-'));
    await mkdir(path.join(dir, 'in'));
    await writeFile(path.join(dir, 'in', 'good.txt'), 'Ukraine accused Russia of attacking Kyiv. President Volodymyr Zelensky condemned Moscow.');
    await writeFile(path.join(dir, 'in', 'empty.txt'), '');
    await writeFile(path.join(dir, 'in', 'blob.txt'), Buffer.from([0, 1, 2, 3, 255]));
    await writeFile(path.join(dir, 'in', 'mixed.jsonl'), [JSON.stringify({ id: 'run-cli-1', text: 'France backs Germany on trade.' }), '{"id": "broken"', JSON.stringify({ id: 'run-cli-3', text: 42 })].join('\n'));
  });

  afterAll(async () => {
    await obliterateQueues(testServices().redisUrl, prefix);
  });

  it('processes the good inputs, reports each bad one by file and line, and exits 1', async () => {
    const res = await run(process.execPath, [bin, 'run', 'in', '--no-services', '--no-progress'], { cwd: dir, env }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(res.code).toBe(1);
    expect(res.stdout).toMatch(/2 of 6 documents in Neo4j/);
    expect(res.stdout).toMatch(/failed: 4/);
    expect(res.stdout).toMatch(/in\/empty\.txt: .*empty file/);
    expect(res.stdout).toMatch(/in\/blob\.txt: .*binary/);
    expect(res.stdout).toMatch(/in\/mixed\.jsonl:2: .*invalid JSON/);
    expect(res.stdout).toMatch(/in\/mixed\.jsonl:3 \(id run-cli-3\): .*text/);
    expect(res.stdout).toMatch(/Neo4j Browser: http:\/\/127\.0\.0\.1:\d+\/browser\//);
    const s = testServices();
    const driver = createGraphDriver({ NEO4J_URI: s.neo4jUri, NEO4J_USER: s.neo4jUser, NEO4J_PASSWORD: s.neo4jPassword });
    try {
      const { records } = await driver.executeQuery('MATCH (a:Article) WHERE a.id IN $ids RETURN a.id AS id ORDER BY id', { ids: ['in/good', 'run-cli-1'] });
      expect(records.map((r) => r.get('id'))).toEqual(['in/good', 'run-cli-1']);
    } finally {
      await driver.close();
    }
  });

  it('exits 2 with a clear message on bad configuration', async () => {
    const res = await run(process.execPath, [bin, 'run', 'in'], { cwd: dir, env: { ...env, NEO4J_PASSWORD: 'short', NEWSGRAPH_GRAPH_BATCH: 'lots' } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/NEO4J_PASSWORD: .*8 characters \(got \(hidden\)\)/);
    expect(res.stderr).toMatch(/NEWSGRAPH_GRAPH_BATCH/);
    expect(res.stderr).not.toMatch(/short/);
  });
});
