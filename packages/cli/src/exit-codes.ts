/** Process exit codes shared by every command (DESIGN.md). */
export const ExitCode = {
  ok: 0,
  /** Some inputs failed; each was reported. */
  someFailed: 1,
  /** Usage or configuration error. */
  usage: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** Thrown by commands to stop with a message and an exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.usage,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
