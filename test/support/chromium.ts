import { execFile } from 'node:child_process';
import { access, constants } from 'node:fs/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Where Debian's `chromium` package puts the browser; playwright-core drives it from there. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * Flags that let Chromium run headless as root on a machine without internet: no sandbox (root),
 * no GPU, and none of the background connections (updates, sync, QUIC) that would be refused.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Makes sure Debian's Chromium is installed (`apt-get update && apt-get install -y chromium`,
 * as root or through passwordless sudo) and returns its path. Test tools' own browser downloads
 * do not work here, hence the distribution's package.
 */
export async function ensureChromium(log: (m: string) => void = () => undefined): Promise<string> {
  if (await isExecutable(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = asRoot ? [] : ['-n', 'apt-get'];
  const cmd = asRoot ? 'apt-get' : 'sudo';
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  log(
    `${CHROMIUM_PATH} is missing; installing Debian's chromium (apt-get update && apt-get install -y chromium)`,
  );
  try {
    await run(cmd, [...prefix, 'update', '-q'], { env, maxBuffer: 64 * 1024 * 1024 });
    await run(cmd, [...prefix, 'install', '-y', '-q', 'chromium'], {
      env,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (cause) {
    throw new Error(
      `browser test: expected to install Debian's chromium with apt-get, got: ${cause instanceof Error ? cause.message : String(cause)}. Install it yourself (apt-get install -y chromium) and run again.`,
      { cause },
    );
  }
  if (!(await isExecutable(CHROMIUM_PATH))) {
    throw new Error(
      `browser test: expected ${CHROMIUM_PATH} after installing chromium, got nothing there. Check the apt output above.`,
    );
  }
  return CHROMIUM_PATH;
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
