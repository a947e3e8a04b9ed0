import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAliasDictionary, writeAliasDictionary } from './alias-dictionary-file.js';

const dir = mkdtempSync(join(tmpdir(), 'newsgraph-dict-'));
const entries = [
  { id: 'person:kim-jong-un', type: 'Person' as const, names: ['Kim Jong-un', 'Kim Jong Un'], merged: ['person:kim'] },
  { id: 'country:PRK', type: 'Country' as const, names: ['DPRK, the'] },
];

describe('alias dictionary files', () => {
  it.each(['d.json', 'd.csv'])('%s round-trips, sorted, with quoted commas', (name) => {
    const path = join(dir, name);
    writeAliasDictionary(path, entries);
    expect(readAliasDictionary(path)).toEqual([
      { id: 'country:PRK', type: 'Country', names: ['DPRK, the'] },
      { id: 'person:kim-jong-un', type: 'Person', names: ['Kim Jong Un', 'Kim Jong-un'], merged: ['person:kim'] },
    ]);
  });

  it('writes CSV with the header the extractor reads', () => {
    const path = join(dir, 'h.csv');
    writeAliasDictionary(path, entries);
    expect(readFileSync(path, 'utf8').split('\n')[0]).toBe('id,type,names,merged');
  });

  it('a missing file is an empty dictionary; an entry without names is not written', () => {
    expect(readAliasDictionary(join(dir, 'none.json'))).toEqual([]);
    const path = join(dir, 'e.json');
    writeAliasDictionary(path, [{ id: 'org:x', type: 'Organization', names: [] }]);
    expect(readAliasDictionary(path)).toEqual([]);
  });

  it.each([
    ['bad.json', '{"id": 1}', /expected a JSON array .*bad\.json/],
    ['bad2.json', '[{"id": "x", "type": "Planet", "names": ["X"]}]', /type: .*\(.*bad2\.json, entry 0\)/],
    ['bad.csv', 'id,type,names\nperson:a,Person,A\ncountry:b,Planet,B\n', /\(.*bad\.csv, line 3\)/],
  ])('names the file and entry of a bad %s', (name, text, message) => {
    const path = join(dir, name);
    writeFileSync(path, text);
    expect(() => readAliasDictionary(path)).toThrow(message);
  });
});
