/** Why one input (a file, or a line of a JSONL file) could not be ingested. */
export class IngestError extends Error {
  readonly code: IngestErrorCode;
  readonly retriable = false;
  readonly file: string;
  readonly line: number | undefined;
  readonly id: string | undefined;

  constructor(
    code: IngestErrorCode,
    where: { file: string; line?: number; id?: string },
    detail: string,
    options?: { cause?: unknown },
  ) {
    const loc = where.line === undefined ? where.file : `${where.file}:${where.line}`;
    super(`${loc}${where.id ? ` (id ${where.id})` : ''}: ${detail}`, options);
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.id = where.id;
  }
}

export type IngestErrorCode =
  | 'UNREADABLE'
  | 'EMPTY'
  | 'BINARY'
  | 'BAD_JSON'
  | 'BAD_DOCUMENT'
  | 'TOO_LARGE'
  | 'UNSUPPORTED';
