import { readFile } from 'node:fs/promises';

/** True when a process with this pid exists (and we may signal it). */
export function isPidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The command line of a live process, or undefined (not Linux, or gone). */
export async function processCommandLine(pid: number): Promise<string | undefined> {
  try {
    return (await readFile(`/proc/${pid}/cmdline`, 'utf8')).split('\0').join(' ').trim();
  } catch {
    return undefined;
  }
}

/** Reads a pid file; undefined when it is missing or does not hold a pid. */
export async function readPidFile(path: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt((await readFile(path, 'utf8')).trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends SIGTERM and waits for the process to go, then SIGKILL after `graceMs`. Resolves true
 * when it is gone. Neo4j needs several seconds to check-point and stop cleanly, hence the grace.
 */
export async function stopPid(pid: number, graceMs = 60_000): Promise<boolean> {
  if (!isPidAlive(pid)) return true;
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return !isPidAlive(pid);
  }
  if (await waitUntil(() => !isPidAlive(pid), graceMs)) return true;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    // Already gone between the check and the kill.
  }
  return waitUntil(() => !isPidAlive(pid), 5_000);
}

/** Polls `check` every `intervalMs` until it returns true or `timeoutMs` passes. */
export async function waitUntil(
  check: () => boolean | Promise<boolean>,
  timeoutMs: number,
  intervalMs = 200,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}
