export { createGraphDriver } from './create-graph-driver.js';
export { GraphError, type GraphErrorCode } from './graph-error.js';
export { findGraphDir } from './find-graph-dir.js';
export { migrate, readMigrations, splitStatements, type MigrateOptions, type MigrateResult, type MigrationFile } from './migrate.js';
export { GraphWriteItemSchema, prepareDocument, createResolver, type GraphWriteItem, type PreparedDocument } from './prepare-items.js';
export {
  writeExtractions,
  writeExtractionsOnePerTx,
  validateItems,
  addStats,
  type WriteOptions,
  type WriteStats,
} from './write-extractions.js';
export { graphSummary, GraphSummarySchema, type GraphSummary } from './graph-summary.js';
export { graphSnapshot, plain, VOLATILE_PROPERTIES, type GraphSnapshot } from './graph-snapshot.js';
export { deleteArticles, type DeleteResult } from './delete-articles.js';
export { mergeEntities, splitEntity, pinAliases, type CurationOptions, type CurationResult } from './merge-entities.js';
export { rewriteDocuments, readStoredDocuments, storedToItem, type StoredDocument } from './rewrite-documents.js';
export { reprocessDocuments, type ReprocessOptions, type ReprocessResult } from './reprocess-documents.js';
export { readAliasDictionary, writeAliasDictionary, defaultAliasDictionaryPath } from './alias-dictionary-file.js';
export { syntheticCorpus, type SyntheticCorpusOptions } from './synthetic-corpus.js';
export { loadSavedQueries, runSavedQuery, type SavedQuery } from './saved-queries.js';
export { benchGraphWrites, type GraphBenchResult, type WriterThroughput } from './bench-graph-writes.js';
export { connectGraph } from './connect-graph.js';
export { findWrittenDocuments } from './find-written-documents.js';
