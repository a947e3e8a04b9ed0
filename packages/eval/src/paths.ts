import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The repository root, found from this file's place in the workspace (packages/eval/{src,dist}/),
 * so commands work from any current directory.
 */
export function repoRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
}

/** `../shared/eval` beside the repository, where the team keeps development data; undefined when absent. */
export function defaultDataDir(root: string = repoRoot()): string | undefined {
  const dir = path.resolve(root, '..', 'shared', 'eval');
  return existsSync(dir) ? dir : undefined;
}

/** The seed page: the project's own fixture first, then the copy next to the data directory. */
export function defaultSeedText(dataDir: string, root: string = repoRoot()): string | undefined {
  for (const p of [
    path.join(root, 'fixtures', 'articles', 'seed-page.txt'),
    path.resolve(dataDir, '..', 'fixtures', 'seed-page.txt'),
  ]) {
    if (existsSync(p)) return p;
  }
  return undefined;
}
