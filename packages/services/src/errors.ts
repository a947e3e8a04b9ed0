/** What went wrong, as a stable machine-readable code. */
export type ServicesErrorCode =
  /** A configured URL or port cannot be used (malformed, or remote so we cannot start it). */
  | 'SERVICES_CONFIG'
  /** Redis does not answer and could not be started. */
  | 'REDIS_UNAVAILABLE'
  /** `redis-server` is missing and `apt-get install redis-server` failed. */
  | 'REDIS_INSTALL_FAILED'
  /** Something answers Bolt on the Neo4j port but rejects our credentials. */
  | 'NEO4J_AUTH_FAILED'
  /** Something that is not (a reachable) Neo4j holds the Bolt or HTTP port. */
  | 'NEO4J_PORT_BUSY'
  /** `java` or `mvn` is missing. */
  | 'TOOL_MISSING'
  /** Fetching the Neo4j jars from Maven Central failed. */
  | 'NEO4J_ASSEMBLY_FAILED'
  /** The Neo4j process exited during start-up, or never answered Bolt in time. */
  | 'NEO4J_START_FAILED'
  /** Another test run holds the test Neo4j. */
  | 'SERVICES_BUSY'
  /** An external command failed. */
  | 'COMMAND_FAILED';

/**
 * The one error type of this package. `retriable` says whether running the same call again,
 * unchanged, may succeed (a slow start, a flaky download) or whether the user must act first.
 */
export class ServicesError extends Error {
  override readonly name = 'ServicesError';
  readonly code: ServicesErrorCode;
  readonly retriable: boolean;

  constructor(
    code: ServicesErrorCode,
    message: string,
    options: { retriable?: boolean; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retriable = options.retriable ?? false;
  }
}

/** True when `err` is a {@link ServicesError}, optionally with the given code. */
export function isServicesError(err: unknown, code?: ServicesErrorCode): err is ServicesError {
  return err instanceof ServicesError && (code === undefined || err.code === code);
}
