import { mkdtemp, writeFile, mkdir, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, beforeAll } from 'vitest';
import { readInputs, type IngestItem } from './index.js';

async function collect(paths: string[], cwd: string): Promise<IngestItem[]> {
  const out: IngestItem[] = [];
  for await (const item of readInputs(paths, { cwd })) out.push(item);
  return out;
}

describe('readInputs', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'ng-ingest-'));
    await mkdir(path.join(dir, 'in'));
    await writeFile(path.join(dir, 'in', 'a.txt'), 'Russia and Ukraine met in Geneva.');
    await writeFile(path.join(dir, 'in', 'empty.txt'), '');
    await writeFile(path.join(dir, 'in', 'bin.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    await writeFile(path.join(dir, 'in', 'notes.md'), '# ignored in directories');
    await writeFile(
      path.join(dir, 'in', 'b.jsonl'),
      ['{"id":"x1","text":"France backs Germany."}', '{not json', '', '{"id":"x3"}', '{"id":"x4","text":12}', '{"id":"x5","text":"Second good."}'].join('\n'),
    );
    await writeFile(path.join(dir, 'in', 'c.json'), '{"title":"T","text":"One article from JSON."}');
    await writeFile(path.join(dir, 'in', 'd.html'), '<html><body><p>Putin met Kim.</p></body></html>');
  });

  it('yields documents and named errors, keeping going', async () => {
    const items = await collect(['in'], dir);
    const ok = items.filter((i) => i.ok).map((i) => (i.ok ? i.document.id : ''));
    const errors = items.filter((i) => !i.ok).map((i) => (i.ok ? '' : i.error.message));
    expect(ok).toEqual(['in/a', 'x1', 'x5', 'in/c', 'in/d']);
    expect(errors).toHaveLength(5);
    expect(errors.join('\n')).toMatch(/in\/b\.jsonl:2: expected a JSON object, got invalid JSON/);
    expect(errors.join('\n')).toMatch(/in\/b\.jsonl:4 \(id x3\): .*text/);
    expect(errors.join('\n')).toMatch(/in\/b\.jsonl:5 \(id x4\): .*text/);
    expect(errors.join('\n')).toMatch(/in\/bin\.txt: expected UTF-8 text, got binary/);
    expect(errors.join('\n')).toMatch(/in\/empty\.txt: expected an article, got an empty file/);
  });

  it('gives the same id and hash whether a file is named directly or through its directory', async () => {
    const direct = await collect(['in/a.txt'], dir);
    const viaDir = (await collect(['in'], dir)).find((i) => i.ok && i.document.id === 'in/a');
    expect(direct[0]).toMatchObject({ ok: true, document: { id: 'in/a' } });
    expect(direct[0]?.ok && viaDir?.ok && direct[0].contentHash === viaDir.contentHash).toBe(true);
  });

  it('reports missing paths and unsupported explicit files', async () => {
    const items = await collect(['nope', 'in/notes.md'], dir);
    expect(items.map((i) => (i.ok ? 'ok' : i.error.code))).toEqual(['UNREADABLE', 'UNSUPPORTED']);
  });

  it('reports unreadable files inside a directory', async () => {
    if (process.getuid?.() === 0) {
      // root reads everything; simulate with a dangling entry instead
      const items = await collect(['in/missing.txt'], dir);
      expect(items[0]).toMatchObject({ ok: false });
      return;
    }
    await writeFile(path.join(dir, 'in', 'locked.txt'), 'x');
    await chmod(path.join(dir, 'in', 'locked.txt'), 0o000);
    const items = await collect(['in/locked.txt'], dir);
    expect(items[0]).toMatchObject({ ok: false });
  });
});
