import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointText, compactCodePointText, indexCodePoints, sliceCodePoints } from '../../src/text/code-points.js';

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

describe('compactCodePointText', () => {
  it('slices by code points exactly as the string does, for any text', () => {
    const texts = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: fc.constantFrom('a', 'é', '→', '😀', '\ud800', '\udc00', '\n'), maxLength: 300 }));
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const plain = codePointText(text);
        const compact = compactCodePointText(text);
        expect(compact.length).toBe(plain.length);
        const [start, end] = [a % (plain.length + 1), b % (plain.length + 1)].sort((x, y) => x - y) as [number, number];
        expect(compact.slice(start, end)).toBe(plain.slice(start, end));
        expect(compact.slice(0, plain.length)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});
