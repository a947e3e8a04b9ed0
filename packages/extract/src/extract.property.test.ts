import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ExtractionSchema } from '@newsgraph/schemas';
import { extract } from './extract.js';
import { createResources, type ExtractResources } from './resources.js';

// Property: whatever the text, every mention's offsets are in range and slice to its text, the
// output satisfies the contract schema, and ids are unique.

let resources: ExtractResources;
beforeAll(() => {
  resources = createResources();
});

const pieces = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      'Vladimir Putin', 'Putin', 'North Korea', "Korea's", 'Moscow', 'Bank of Russia', 'Kim Jong Un', 'U.S.', 'US',
      'Lee Jae-myung', ' said ', '. ', '\n', '\r\n', ' ', '-', "'s", '(', ')', 'President ', 'leader ', '\u0000', '\u{1F600}',
      '\uD800', 'é', 'ANI', 'the ', 'of ', 'MOSCOW 1996-08-30', 'SOCCER - ',
    ),
  },
);
const texts = fc.array(pieces, { maxLength: 40 }).map((p) => p.join(''));

describe('extract on arbitrary text', () => {
  it('mentions slice exactly and stay in range; output fits the contract', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const x = extract({ id: 'p', text }, resources);
        expect(ExtractionSchema.safeParse(x).success).toBe(true);
        const ids = x.entities.map((e) => e.id);
        expect(new Set(ids).size).toBe(ids.length);
        for (const e of x.entities)
          for (const m of e.mentions) {
            expect(m.start).toBeGreaterThanOrEqual(0);
            expect(m.end).toBeLessThanOrEqual(text.length);
            expect(m.end).toBeGreaterThan(m.start);
            expect(text.slice(m.start, m.end)).toBe(m.text);
          }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same input gives the same output', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(extract({ id: 'p', text }, resources)).toEqual(extract({ id: 'p', text }, resources));
      }),
      { numRuns: 50 },
    );
  });
});
