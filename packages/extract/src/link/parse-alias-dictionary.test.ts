import { describe, expect, it } from 'vitest';
import { AliasDictionaryError, parseAliasDictionary } from './parse-alias-dictionary.js';

describe('parseAliasDictionary', () => {
  it.each([
    {
      label: 'JSON array',
      text: '[{"id":"wd:Q7747","names":["Vladimir Putin","Putin"],"type":"Person"}]',
      want: [{ id: 'wd:Q7747', names: ['Vladimir Putin', 'Putin'], type: 'Person' }],
    },
    {
      label: 'CSV with quoted cells and | between names',
      text: 'id,names,type\norg:dprk-kcna,"Korean Central News Agency|KCNA",Organization\n\n',
      want: [{ id: 'org:dprk-kcna', names: ['Korean Central News Agency', 'KCNA'], type: 'Organization' }],
    },
    { label: 'empty text', text: '  \n', want: [] },
  ])('$label', ({ text, want }) => {
    expect(parseAliasDictionary(text)).toEqual(want);
  });

  it.each([
    { label: 'bad JSON', text: '[{"id":', where: /expected JSON/ },
    { label: 'JSON entry without a type', text: '[{"id":"x","names":["X"]}]', where: /at entry 0/ },
    { label: 'CSV without header', text: 'x,X,Person', where: /line 1/ },
    { label: 'CSV line with an unknown type', text: 'id,names,type\nx,X,Place', where: /line 2/ },
  ])('$label is a clear error naming where', ({ text, where }) => {
    expect(() => parseAliasDictionary(text)).toThrow(AliasDictionaryError);
    expect(() => parseAliasDictionary(text)).toThrow(where);
  });
});
