import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexCodePoints, sliceCodePoints } from '../../src/text/code-points.js';

describe('code-point spans', () => {
  it.each([
    ['plain ASCII', 'hello world', 6, 11, 'world'],
    ['arrow (BMP)', '→ first', 2, 7, 'first'],
    ['astral emoji', '🌳 trees 🌳!', 2, 7, 'trees'],
    ['up to an astral character', 'a🌳b', 1, 2, '🌳'],
    ['flag of two regional indicators', '🇺🇦 x', 0, 2, '🇺🇦'],
  ])('%s', (_name, text, start, end, expected) => {
    expect(sliceCodePoints(text, start, end)).toBe(expected);
  });

  it('agrees with Array.from for every string and range', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.nat(), fc.nat(), (text, a, b) => {
        const points = Array.from(text);
        const start = Math.min(a, b) % (points.length + 1);
        const end = Math.min(Math.max(a, b), points.length);
        const index = indexCodePoints(text);
        expect(index.length).toBe(points.length);
        expect(sliceCodePoints(text, start, Math.max(start, end), index)).toBe(points.slice(start, Math.max(start, end)).join(''));
        expect(index.toCodePoint(index.toUnit(start))).toBe(start);
      }),
    );
  });
});
