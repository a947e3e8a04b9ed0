import { scoreNer } from '../score/score-ner.js';
import type { EvalSuite } from './eval-suite.js';

/** CoNLL-2003 dev NER: P/R/F1 for Person, Organization and Country (against country-name LOC spans). */
export const nerSuite: EvalSuite = {
  name: 'ner',
  description:
    'CoNLL-2003 dev: strict P/R/F1 per type (Country vs gold LOC spans that name a country)',
  requires: ['conll2003-dev.jsonl'],
  predGold: 'conll2003-dev.jsonl',
  run(ctx) {
    const gold = ctx.gold('conll2003-dev.jsonl');
    const pred = ctx.predictions(gold);
    const { figures, lines } = scoreNer(gold, pred, ctx.countries());
    const t = figures.per_type;
    return {
      figures: { ...figures, pred_file: pred.stats },
      lines,
      headline: {
        person_f1: t.Person.f1,
        organization_f1: t.Organization.f1,
        country_f1: t.Country.f1,
        micro_f1: figures.micro.f1,
      },
    };
  },
};
