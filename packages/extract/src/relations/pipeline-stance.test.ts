import { describe, expect, it } from 'vitest';
import { extract } from '../extract.js';
import { createResources } from '../resources.js';

// Constructions that depend on what the entity layer says of a mention (a demonym, a name's
// type), so they run through the whole extractor rather than the marked-entity harness.

const resources = createResources();

function edges(text: string): string[] {
  const x = extract({ id: 't', text }, resources);
  return x.relations
    .filter((r) => r.type === 'STANCE')
    .map((r) => `${r.source}>${r.target}:${r.polarity > 0 ? '+' : '-'}`);
}

/** [construction, sentence, edges that must be present, edges that must be absent]. */
const CASES: [string, string, string[], string[]][] = [
  [
    'reported speech, trailing speaker: a demonym before a plural noun names people, not the act of a state',
    'Egyptian farmers began a hunger strike outside parliament to demand the return of land taken by Egyptian army units decades ago, Reuters news agency said.',
    [],
    ['org:reuters>country:EGY:-'],
  ],
  [
    'reported speech, trailing speaker: a demonym before an act noun judges the state',
    'A Russian retreat from the deal would damage trust in the region, Trump said.',
    ['person:donald-trump>country:RUS:-'],
    [],
  ],
  [
    "byline: a column's headline judging Y, then its author's name and a colon",
    "Biden's tariff plan is a reckless and shameful failure Maureen Dowd:",
    ['person:maureen-dowd>person:joe-biden:-'],
    [],
  ],
  [
    'byline: a name after a preposition is part of the clause, no author',
    'Senator Smith praised the budget to Maureen Dowd:',
    [],
    ['person:maureen-dowd>person:smith:-', 'person:maureen-dowd>person:smith:+'],
  ],
  [
    'a capital naming an accord by its venue is no party to it',
    'Brazil withdrew from the Kyiv agreement and later signed the Vienna accord with Chile.',
    ['country:BRA>country:CHL:+'],
    ['country:BRA>country:UKR:+', 'country:BRA>country:AUT:+', 'country:AUT>country:CHL:+'],
  ],
];

describe('stance constructions through the whole extractor', () => {
  for (const [construction, text, present, absent] of CASES) {
    it(`${construction}: ${text}`, () => {
      const got = edges(text);
      for (const e of present) expect(got).toContain(e);
      for (const e of absent) expect(got).not.toContain(e);
    });
  }
});
