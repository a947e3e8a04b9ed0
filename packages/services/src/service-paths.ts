import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Root of everything the project keeps outside git: Maven-assembled Neo4j jars (shared by all
 * instances), one home directory per Neo4j instance, Redis pid/log files, the services state
 * file. `$NEWSGRAPH_HOME` wins; otherwise `~/.cache/newsgraph` (or `$XDG_CACHE_HOME/newsgraph`).
 */
export function servicesCacheRoot(newsgraphHome?: string): string {
  if (newsgraphHome !== undefined && newsgraphHome !== '') return resolve(newsgraphHome);
  const xdg = process.env['XDG_CACHE_HOME'];
  return join(xdg !== undefined && xdg !== '' ? xdg : join(homedir(), '.cache'), 'newsgraph');
}

/** The repository's `graph/browser` folder (guide and style), found relative to this package. */
export function projectBrowserAssetsDir(): string {
  // dist/service-paths.js and src/service-paths.ts are both two levels under packages/services.
  return fileURLToPath(new URL('../../../graph/browser', import.meta.url));
}

/** Hosts we may start a server for; anything else must already be running. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127\.\d+\.\d+\.\d+$/.test(h);
}
