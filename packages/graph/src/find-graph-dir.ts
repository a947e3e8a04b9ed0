import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GraphError } from './graph-error.js';

/**
 * Finds the repository's `graph/` folder (migrations, saved queries, Browser files) by walking
 * up from this module's own location, so it works from `src/` under vitest and from `dist/`
 * in an installed workspace. `override` wins when given.
 */
export function findGraphDir(override?: string): string {
  if (override !== undefined) return resolve(override);
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'graph');
    if (existsSync(join(candidate, 'migrations')) && existsSync(join(dir, 'packages'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new GraphError(
    'MIGRATIONS_NOT_FOUND',
    `graph: expected a graph/migrations folder above ${fileURLToPath(import.meta.url)}, found none. Pass migrationsDir (or queriesDir) explicitly.`,
  );
}
