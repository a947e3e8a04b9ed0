import { describe, expect, test } from 'vitest';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { tokenizeDocument } from './tokenize-document.js';

const nlp = winkNLP(model, ['sbd', 'pos']);

function sentences(text: string): string[] {
  const { sentences: out } = tokenizeDocument(nlp, text, [{ start: 0, end: text.length }], []);
  return out.map((s) => text.slice(s.start, s.end));
}

/** [construction, text, sentences expected]. */
const CASES: [string, string, string[]][] = [
  [
    'a bracketed abbreviation does not end the sentence before a comma',
    'Rep. Jane Harper (D-Ore.), like Smith, faulted the Pentagon. She said more.',
    ['Rep. Jane Harper (D-Ore.), like Smith, faulted the Pentagon.', 'She said more.'],
  ],
  [
    'neutral, ordinary full stops still end sentences',
    'Forbes criticized the Pentagon. Coburn agreed.',
    ['Forbes criticized the Pentagon.', 'Coburn agreed.'],
  ],
];

describe('sentence boundaries', () => {
  test.each(CASES)('%s: %s', (_construction, text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});
