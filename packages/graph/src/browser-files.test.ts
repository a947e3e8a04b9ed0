import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findGraphDir } from './find-graph-dir.js';
import { readMigrations } from './migrate.js';
import { loadSavedQueries } from './saved-queries.js';

const graphDir = findGraphDir();

describe('graph/ files', () => {
  it('every migration is numbered, opens with a header and has statements', () => {
    const files = readMigrations(join(graphDir, 'migrations'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    expect(files.map((f) => f.id)).toEqual([...files.map((f) => f.id)].sort());
    for (const f of files) expect(f.statements.every((s) => /IF (NOT )?EXISTS/.test(s))).toBe(true);
  });

  it('every saved query has purpose, params, returns, idempotent and example headers', () => {
    const names = loadSavedQueries(join(graphDir, 'queries')).map((q) => q.name);
    expect(names).toEqual(
      expect.arrayContaining(['allies-and-adversaries', 'edge-evidence', 'stance-over-time', 'top-co-mentioned-pairs', 'shortest-path-people', 'country-stance']),
    );
  });

  it("the guide's first runnable block applies exactly graph/browser/style.grass", () => {
    const guide = readFileSync(join(graphDir, 'browser', 'guide.html'), 'utf8');
    const grass = readFileSync(join(graphDir, 'browser', 'style.grass'), 'utf8').trim();
    const first = /<pre class="[^"]*runnable[^"]*">([\s\S]*?)<\/pre>/.exec(guide)?.[1];
    expect(first).toBe(`:style\n${grass}`);
    expect(guide.match(/<slide /g)?.length).toBeGreaterThanOrEqual(8);
  });

  it('the style gives every label a caption and STANCE a kind/polarity/count caption', () => {
    const grass = readFileSync(join(graphDir, 'browser', 'style.grass'), 'utf8');
    for (const label of ['Person', 'Country', 'Organization', 'Article', 'Claim']) {
      expect(grass).toMatch(new RegExp(`node\\.${label} \\{[^}]*caption:`));
    }
    expect(grass).toMatch(/relationship\.STANCE \{[^}]*caption: "\{caption\}"/);
  });
});
