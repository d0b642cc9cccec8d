import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// The bundle measures table cells with src/bundle/fast-string-width.cjs instead of
// string-width; it must agree with string-width on every input.
const require = createRequire(import.meta.url);
const fast = require('../../src/bundle/fast-string-width.cjs') as (text: string) => number;
const real = require('string-width') as (text: string) => number;

describe('fast string width', () => {
  it('agrees with string-width on every character it measures itself', () => {
    const ranges = [[0x20, 0x7e], [0xa0, 0xac], [0xae, 0x24f], [0x2010, 0x2027], [0x2030, 0x205e], [0x2190, 0x21ff], [0x2500, 0x257f]] as const;
    for (const [from, to] of ranges) for (let c = from; c <= to; c++) expect(fast(String.fromCharCode(c)), c.toString(16)).toBe(real(String.fromCharCode(c)));
  });

  it.each([['plain', 'plain text', 10], ['colour codes', '\u001b[1mbold\u001b[22m', 4], ['box drawing', '┌──┐', 4], ['wide', '日本', 4], ['emoji', '🌳x', 3]])('measures %s', (_name, text, width) => {
    expect(fast(text)).toBe(width);
  });

  it('agrees with string-width on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(fast(text)).toBe(real(text.replace(/\u001b\[[0-9;]*m/g, '')));
      }),
    );
  });
});
