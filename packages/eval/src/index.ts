export {
  runEval,
  defaultExtractor,
  summaryTable,
  type EvalOptions,
  type EvalReport,
  type Extractor,
  type SuiteReport,
} from './run-eval.js';
export { EvalError, type EvalErrorCode } from './eval-error.js';
export { repoRoot, defaultDataDir, defaultSeedText } from './paths.js';
export { Warnings } from './warnings.js';
export { normAlias, countryTableFromJson, type CountryTable } from './country-table.js';
export { parseGold, systemInput, type GoldRecord, type GoldSet } from './gold.js';
export { parseJsonl, type JsonlRecord } from './read-jsonl.js';
export {
  matchPredictions,
  normalisePrediction,
  type NormalisedPrediction,
  type PredictedEntity,
  type PredictedMention,
  type PredictedStance,
  type PredictionSet,
  type PredictionStats,
} from './predictions.js';
export {
  prf,
  r4,
  div,
  ratio,
  overlaps,
  overlapLen,
  bestEntity,
  entitiesOverlapping,
  pickRelation,
  fmt,
  formatTable,
  type Span,
} from './metrics.js';
export { scoreNer, type NerFigures } from './score/score-ner.js';
export { scoreLink, type LinkFigures } from './score/score-link.js';
export { scoreSeed, type SeedFigures, type SeedPrediction } from './score/score-seed.js';
export {
  registerSuite,
  listSuites,
  getSuite,
  type EvalSuite,
  type SuiteContext,
  type SuiteResult,
} from './suites/index.js';
export * from './bench/index.js';
export { countryTableFromWorldCountries } from './world-country-table.js';
