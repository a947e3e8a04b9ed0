import { scoreDse } from '../score/score-dse.js';
import type { EvalSuite } from './eval-suite.js';

/** Directed entity-to-entity sentiment (Park, Pan & Joo 2021), validation split: 5-class confusion and macro-F1. */
export const dseSuite: EvalSuite = {
  name: 'dse',
  description: 'directed stance between two marked entities: 5-class confusion matrix, macro-F1',
  requires: ['stance-dse-valid.jsonl'],
  predGold: 'stance-dse-valid.jsonl',
  run(ctx) {
    const gold = ctx.gold('stance-dse-valid.jsonl');
    const pred = ctx.predictions(gold);
    const { figures, lines } = scoreDse(gold, pred, ctx.warnings);
    const { decisions, ...rest } = figures;
    void decisions;
    return {
      figures: { ...rest, pred_file: pred.stats },
      lines,
      headline: {
        macro_f1: figures.macro_f1,
        macro_f1_stance: figures.macro_f1_stance_classes,
        any_stance_f1: figures.binary_any_stance.f1,
      },
    };
  },
};
