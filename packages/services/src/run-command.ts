import { execFile } from 'node:child_process';
import { ServicesError } from './errors.js';

/** Output of a finished command. */
export interface CommandResult {
  stdout: string;
  stderr: string;
}

/**
 * Runs a command to completion without a shell (arguments are never interpreted), and throws a
 * {@link ServicesError} `COMMAND_FAILED` that quotes the command and the tail of its output.
 */
export function runCommand(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {},
): Promise<CommandResult> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      command,
      args,
      {
        env: options.env ?? process.env,
        cwd: options.cwd,
        timeout: options.timeoutMs ?? 0,
        maxBuffer: 64 * 1024 * 1024,
      },
      (error, stdout, stderr) => {
        if (error === null) {
          resolvePromise({ stdout, stderr });
          return;
        }
        const output = tailLines(`${stdout}\n${stderr}`, 15);
        const how =
          (error as NodeJS.ErrnoException).code === 'ENOENT'
            ? 'not found on PATH'
            : `failed (${error.message.split('\n')[0] ?? ''})`;
        reject(
          new ServicesError(
            'COMMAND_FAILED',
            `services: \`${[command, ...args].join(' ')}\` ${how}${output ? `\n${output}` : ''}`,
            {
              cause: error,
            },
          ),
        );
      },
    );
  });
}

/** True when `command` can be found on PATH. */
export async function commandExists(command: string): Promise<boolean> {
  try {
    await runCommand('sh', ['-c', 'command -v "$1"', 'sh', command]);
    return true;
  } catch {
    return false;
  }
}

/** The last `n` non-empty lines of `text`, indented for quoting inside an error message. */
export function tailLines(text: string, n: number): string {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .slice(-n)
    .map((l) => `    ${l}`)
    .join('\n');
}
