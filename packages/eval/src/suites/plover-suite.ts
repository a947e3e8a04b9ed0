import { scorePlover } from '../score/score-plover.js';
import type { EvalSuite } from './eval-suite.js';

/** PLOVER/CAMEO event-coded sentences (development half): source→target recall and polarity, per quad. */
export const ploverSuite: EvalSuite = {
  name: 'plover',
  description:
    'event-coded news sentences: source→target recall, polarity accuracy, per quad class',
  requires: ['stance-plover-dev.jsonl'],
  predGold: 'stance-plover-dev.jsonl',
  run(ctx) {
    const gold = ctx.gold('stance-plover-dev.jsonl');
    const pred = ctx.predictions(gold);
    const { figures, lines } = scorePlover(gold, pred, ctx.warnings);
    const { decisions, ...rest } = figures;
    void decisions;
    return {
      figures: { ...rest, pred_file: pred.stats },
      lines,
      headline: {
        recall: figures.recall,
        polarity_accuracy: figures.polarity_accuracy,
        recall_with_polarity: figures.recall_with_polarity,
      },
    };
  },
};
