import { dseSuite } from './dse-suite.js';
import type { EvalSuite } from './eval-suite.js';
import { linkSuite } from './link-suite.js';
import { nerSuite } from './ner-suite.js';
import { ploverSuite } from './plover-suite.js';
import { seedSuite } from './seed-suite.js';

export type { EvalSuite, SuiteContext, SuiteResult } from './eval-suite.js';

/**
 * The suite registry: `newsgraph eval` runs these in order. To add a suite (e.g. `dse`, `plover`),
 * write `suites/<name>-suite.ts` exporting an {@link EvalSuite} and add it to this list; the
 * scoring helpers (`bestEntity`, `entitiesOverlapping`, `pickRelation`, `prf`, `formatTable`) and the
 * validated predictions (`ctx.predictions(ctx.gold(file))`) are shared.
 */
const builtIn: EvalSuite[] = [nerSuite, linkSuite, dseSuite, ploverSuite, seedSuite];

const registry = new Map<string, EvalSuite>(builtIn.map((s) => [s.name, s]));

/** Adds (or replaces) a suite at run time, e.g. from a test or another package. */
export function registerSuite(suite: EvalSuite): void {
  registry.set(suite.name, suite);
}

/** Every registered suite, in registration order. */
export function listSuites(): EvalSuite[] {
  return [...registry.values()];
}

/** The suite called `name`, if registered. */
export function getSuite(name: string): EvalSuite | undefined {
  return registry.get(name);
}
