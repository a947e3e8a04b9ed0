export { runBench, type BenchOptions, type BenchReport } from './run-bench.js';
export {
  registerBenchmark,
  listBenchmarks,
  type Benchmark,
  type BenchContext,
  type BenchResult,
  type BenchRow,
} from './benchmark.js';
export { extractBenchmark, createWinkBaseline, SPEED_TARGET_RATIO } from './extract-benchmark.js';
export {
  generateCorpus,
  type BenchDocument,
  type GenerateCorpusOptions,
} from './generate-corpus.js';
export { readCorpus } from './read-corpus.js';
export { MemorySampler, type MemoryProfile, type MemorySample } from './memory-sampler.js';
export { profileStages, stageOfUrl, type StageProfile } from './profile-stages.js';
