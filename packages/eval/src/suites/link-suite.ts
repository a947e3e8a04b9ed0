import { scoreLink } from '../score/score-link.js';
import type { EvalSuite } from './eval-suite.js';

/** AIDA CoNLL-YAGO dev: country linking accuracy (names and demonyms to `country:<ISO3>`). */
export const linkSuite: EvalSuite = {
  name: 'link',
  description:
    'AIDA dev: gold country mentions overlapped by a mention of the right country:<ISO3> entity',
  requires: ['aida-conll-dev-links.jsonl'],
  predGold: 'aida-conll-dev-links.jsonl',
  run(ctx) {
    const gold = ctx.gold('aida-conll-dev-links.jsonl');
    const pred = ctx.predictions(gold);
    const { figures, lines } = scoreLink(gold, pred, ctx.countries());
    return {
      figures: { ...figures, pred_file: pred.stats },
      lines,
      headline: {
        accuracy: figures.accuracy,
        wrong_country: figures.wrong_country,
        missed: figures.missed,
      },
    };
  },
};
