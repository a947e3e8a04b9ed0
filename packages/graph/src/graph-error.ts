/** What went wrong, so callers can decide between retrying and failing for good. */
export type GraphErrorCode =
  | 'MIGRATION_FAILED'
  | 'MIGRATION_CHANGED'
  | 'MIGRATIONS_NOT_FOUND'
  | 'INVALID_ITEM'
  | 'ENTITY_NOT_FOUND'
  | 'CURATION_CONFLICT'
  | 'ALIAS_DICTIONARY_INVALID'
  | 'REPROCESS_FAILED'
  | 'CONNECTION_FAILED';

/**
 * The one error class of `@newsgraph/graph`. `retriable` says whether running the same call
 * again may succeed (a transient Neo4j failure) or not (bad input, a conflicting curation).
 */
export class GraphError extends Error {
  constructor(
    readonly code: GraphErrorCode,
    message: string,
    readonly retriable = false,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'GraphError';
  }
}
