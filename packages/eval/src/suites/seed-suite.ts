import { readFileSync } from 'node:fs';
import { EvalError } from '../eval-error.js';
import { scoreSeed, type SeedPrediction } from '../score/score-seed.js';
import type { EvalSuite } from './eval-suite.js';

/** The seed page against seed-gold.json: segments, required entities and aliases, stance edges, merges. */
export const seedSuite: EvalSuite = {
  name: 'seed',
  description:
    'fixtures/articles/seed-page.txt against seed-gold.json (segments, entities, aliases, stance, merges)',
  requires: ['seed-gold.json'],
  // --pred: the output of `newsgraph extract` on the seed page, scored like seedcheck.mjs
  predGold: 'seed-gold.json',
  run(ctx) {
    const textPath = ctx.seedTextPath;
    if (!textPath) {
      throw new EvalError(
        'DATA_MISSING',
        'seed: expected the seed page at fixtures/articles/seed-page.txt, got no such file. Pass --seed-text PATH.',
      );
    }
    const text = readFileSync(textPath, 'utf8');
    const goldPath = ctx.path('seed-gold.json');
    let gold: unknown;
    try {
      gold = JSON.parse(ctx.readText('seed-gold.json'));
    } catch (e) {
      throw new EvalError(
        'DATA_INVALID',
        `seed: expected JSON in ${goldPath}, got a parse error: ${(e as Error).message}. Fix or replace the file.`,
        { cause: e },
      );
    }
    const preds = (ctx.predictionLines() ??
      ctx.extractDocuments([{ id: 'seed', text }])) as SeedPrediction[];
    const { figures, lines } = scoreSeed(gold, goldPath, text, preds);
    return {
      figures: { ...figures },
      lines,
      headline: {
        segments: figures.segmentsFound,
        entities_required: figures.entitiesRequired,
        stance_required: figures.stanceRequired,
        forbidden: figures.forbiddenEntities,
        misses: figures.missList.length,
      },
      failed: figures.missList.length > 0,
    };
  },
};
