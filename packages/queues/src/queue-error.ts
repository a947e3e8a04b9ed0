/** Errors raised by the queue layer; `retriable` tells callers whether trying again can help. */
export class QueueError extends Error {
  constructor(
    readonly code: 'BAD_PAYLOAD' | 'REDIS_UNAVAILABLE',
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
  get retriable(): boolean {
    return this.code === 'REDIS_UNAVAILABLE';
  }
}
