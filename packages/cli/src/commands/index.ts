import { registerRun } from './run.js';
import { registerServices } from './services.js';
import { registerWorker } from './worker.js';
import { registerExtract } from './extract.js';
import { registerEval } from './eval.js';
import { registerBench } from './bench.js';
import { registerEntities } from './entities.js';
import { registerArticles } from './articles.js';
import { registerReprocess } from './reprocess.js';

/** Every top-level command; one file each, so commands can change independently. */
export function registerCommands(program: import('commander').Command): void {
  registerRun(program);
  registerServices(program);
  registerWorker(program);
  registerExtract(program);
  registerEval(program);
  registerBench(program);
  registerEntities(program);
  registerArticles(program);
  registerReprocess(program);
}
