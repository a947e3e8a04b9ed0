import { describe, expect, test } from 'vitest';
import { isSpaceCode } from './char-class.js';

describe('isSpaceCode', () => {
  test('accepts exactly the code units of the regex class \\s, which are those trim() strips', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const ch = String.fromCharCode(c);
      const space = /\s/.test(ch);
      if (isSpaceCode(c) !== space || (ch.trim() === '') !== space) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
});
