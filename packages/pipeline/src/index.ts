export { createLogger, type Logger } from './logger.js';
export { createMicroBatcher, type MicroBatcher } from './micro-batcher.js';
export { startExtractWorker, createExtractProcessor, type ExtractJobResult } from './extract-worker.js';
export { startGraphWorker, type GraphJobResult } from './graph-worker.js';
export { runPipeline, type RunOptions, type RunResult, type RunFailure, type RunProgress } from './run-pipeline.js';
