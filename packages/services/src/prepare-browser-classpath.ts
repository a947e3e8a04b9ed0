import { cp, link, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathExists } from './path-exists.js';

/** Sub-path of `/browser/` under which the project's guide and style are served. */
export const PROJECT_BROWSER_PATH = 'newsgraph';

/** What {@link prepareBrowserClasspath} made. */
export interface BrowserClasspath {
  /** Directory to put on the JVM classpath; it holds `browser/`. */
  classpathDir: string;
  /** Files of the project served under `/browser/newsgraph/` (names only). */
  projectFiles: string[];
}

/**
 * Builds `<home>/browser-classpath/browser/`: Neo4j Browser's static files (hard-linked from the
 * shared extracted copy, so each instance costs no disk) plus the project's `graph/browser/`
 * files under `browser/newsgraph/`. Neo4j serves the classpath's `browser/` folder at
 * `/browser/`, so the guide and style come from the same loopback server as Browser itself and
 * need no internet and no extra process. The project files are refreshed on every call; Neo4j
 * reads them from disk per request, so a running instance picks up edits too.
 */
export async function prepareBrowserClasspath(options: {
  home: string;
  browserDir: string;
  projectAssetsDir: string | undefined;
}): Promise<BrowserClasspath> {
  const classpathDir = join(options.home, 'browser-classpath');
  const target = join(classpathDir, 'browser');
  if (!(await pathExists(join(target, 'index.html')))) {
    await rm(target, { recursive: true, force: true });
    await linkTree(options.browserDir, target);
  }
  const projectTarget = join(target, PROJECT_BROWSER_PATH);
  await rm(projectTarget, { recursive: true, force: true });
  await mkdir(projectTarget, { recursive: true });
  let projectFiles: string[] = [];
  if (options.projectAssetsDir !== undefined && (await pathExists(options.projectAssetsDir))) {
    await cp(options.projectAssetsDir, projectTarget, { recursive: true });
    projectFiles = (await readdir(projectTarget, { recursive: true })).map(String).sort();
  }
  return { classpathDir, projectFiles };
}

/** Mirrors a tree with hard links, falling back to copies across file systems. */
async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const src = join(from, entry.name);
    const dst = join(to, entry.name);
    if (entry.isDirectory()) {
      await linkTree(src, dst);
    } else {
      try {
        await link(src, dst);
      } catch {
        await cp(src, dst);
      }
    }
  }
}
