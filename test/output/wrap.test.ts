import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import wrapAnsi from 'wrap-ansi';
import { PLAIN_LINE, wrapPlainLine } from '../../src/output/wrap.js';

describe('wrapPlainLine', () => {
  it('breaks between words, breaks a word longer than a row, and leaves out the spaces at either end of a row', () => {
    expect(wrapPlainLine('the harbour board met on Monday', 12)).toBe('the harbour\nboard met on\nMonday');
    expect(wrapPlainLine('id: coalition-of-the-willing-2026', 10)).toBe('id:\ncoalition-\nof-the-wil\nling-2026');
    expect(wrapPlainLine('   spaced    out   ', 6)).toBe('spaced\nout');
    expect(wrapPlainLine('    ', 5)).toBe('');
  });

  it('writes what wrap-ansi writes with { hard: true }, for any line of printable ASCII at any width', () => {
    // Few letters and many spaces, so that words of every length, runs of spaces, and
    // rows that end exactly at the width all come up.
    const line = fc.string({ unit: fc.constantFrom('a', 'b', 'Z', '-', '.', ' ', ' ', ' '), maxLength: 60 });
    fc.assert(
      fc.property(line, fc.integer({ min: 1, max: 25 }), (text, columns) => {
        expect(wrapPlainLine(text, columns)).toBe(wrapAnsi(text, columns, { hard: true }));
      }),
      { numRuns: 5000 },
    );
  });

  it('is used only for text that is printable ASCII throughout', () => {
    expect(['plain text, 42%', 'x'.repeat(50), ''].every((s) => PLAIN_LINE.test(s))).toBe(true);
    expect(['tab\there', 'caf\u00e9', '\u001b[31mred\u001b[39m', 'line\nbreak', 'wide \u4e2d'].some((s) => PLAIN_LINE.test(s))).toBe(false);
  });
});
