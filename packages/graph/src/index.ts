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
