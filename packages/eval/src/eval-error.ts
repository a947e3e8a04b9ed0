/** Why an evaluation could not run; `code` says which kind of problem it is. */
export type EvalErrorCode = 'DATA_MISSING' | 'DATA_INVALID' | 'USAGE';

/**
 * An evaluation that cannot proceed (missing data directory, unreadable gold file, bad option).
 * Never retriable: the input has to change. Messages follow `<scope>: expected X, got Y. <what to do>`.
 */
export class EvalError extends Error {
  readonly retriable = false;
  constructor(
    readonly code: EvalErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'EvalError';
  }
}
