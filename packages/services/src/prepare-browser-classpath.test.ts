import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareBrowserClasspath } from './prepare-browser-classpath.js';

describe('prepareBrowserClasspath', () => {
  let dir: string;
  let browserDir: string;
  let assets: string;
  let home: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'newsgraph-classpath-'));
    browserDir = join(dir, 'shared', 'browser');
    assets = join(dir, 'graph-browser');
    home = join(dir, 'home');
    await mkdir(join(browserDir, 'assets'), { recursive: true });
    await writeFile(join(browserDir, 'index.html'), '<title>Neo4j Browser</title>');
    await writeFile(join(browserDir, 'assets', 'app.js'), 'app');
    await mkdir(assets, { recursive: true });
    await writeFile(join(assets, 'guide.html'), '<article class="guide">v1</article>');
    await writeFile(join(assets, 'style.grass'), 'node { color: #fff; }');
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('mirrors Browser with hard links and puts the project files under browser/newsgraph/', async () => {
    const cp = await prepareBrowserClasspath({ home, browserDir, projectAssetsDir: assets });
    expect(cp.classpathDir).toBe(join(home, 'browser-classpath'));
    expect(cp.projectFiles).toEqual(['guide.html', 'style.grass']);
    const served = join(cp.classpathDir, 'browser');
    expect(await readFile(join(served, 'assets', 'app.js'), 'utf8')).toBe('app');
    // Same inode: each instance costs no disk for Browser's ~46 MB.
    expect((await stat(join(served, 'index.html'))).ino).toBe(
      (await stat(join(browserDir, 'index.html'))).ino,
    );
    expect(await readFile(join(served, 'newsgraph', 'guide.html'), 'utf8')).toContain('v1');
  });

  it('refreshes the project files on every call, dropping removed ones', async () => {
    await prepareBrowserClasspath({ home, browserDir, projectAssetsDir: assets });
    await writeFile(join(assets, 'guide.html'), '<article class="guide">v2</article>');
    await rm(join(assets, 'style.grass'));
    const cp = await prepareBrowserClasspath({ home, browserDir, projectAssetsDir: assets });
    expect(cp.projectFiles).toEqual(['guide.html']);
    expect(
      await readFile(join(cp.classpathDir, 'browser', 'newsgraph', 'guide.html'), 'utf8'),
    ).toContain('v2');
  });

  it('serves Browser alone when the project has no graph/browser folder', async () => {
    const cp = await prepareBrowserClasspath({
      home,
      browserDir,
      projectAssetsDir: join(dir, 'missing'),
    });
    expect(cp.projectFiles).toEqual([]);
    expect(await readFile(join(cp.classpathDir, 'browser', 'index.html'), 'utf8')).toContain(
      'Neo4j Browser',
    );
  });
});
