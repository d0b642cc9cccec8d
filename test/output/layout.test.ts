import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { layoutCell, measureCell } from '../../src/output/layout.js';
import { escapeForTerminal } from '../../src/text/sanitize.js';

const bold = (_mark: string, text: string) => `\u001b[1m${text}\u001b[22m`;
const stripSgr = (text: string) => text.replace(/\u001b\[[0-9;]*m/g, '');

describe('layoutCell', () => {
  it('wraps at spaces and keeps a highlight open across the break', () => {
    const out = layoutCell('the reassurance force stays', 16, [{ start: 4, end: 21 }], bold);
    expect(out.split('\n')).toEqual(['the \u001b[1mreassurance\u001b[22m', '\u001b[1mforce\u001b[22m stays']);
  });

  it('breaks a word wider than the column instead of cutting it', () => {
    expect(layoutCell('abcdefghij', 4)).toBe('abcd\nefgh\nij');
  });

  it('measures a character as it is drawn, in composed form', () => {
    // U+1D160 is written as three code points in NFC, which wrap-ansi writes.
    expect(measureCell('\u{1D160}')).toBe(stringWidth('\u{1D160}'.normalize('NFC')));
    expect(layoutCell('\u{1D160}', 3)).toBe('\u{1D160}'.normalize('NFC'));
  });

  it('measures wide characters as two columns', () => {
    const out = layoutCell('安全保障の約束', 6);
    expect(out.split('\n')).toEqual(['安全保', '障の約', '束']);
  });

  it('shows a newline in the data as \\n and breaks the line there', () => {
    expect(layoutCell('one\ntwo', 20)).toBe('one\\n\ntwo');
  });

  // wrap-ansi writes text in Unicode's composed form (NFC): canonically the same characters,
  // drawn the same. TSV, CSV and JSON keep the data's own code points.
  // A character is never split, so a line is as wide as the column, or as one character
  // wider than the column (some composed characters measure 3).
  it('keeps every character, in composed form, and no line is wider than the column', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.integer({ min: 2, max: 60 }), (text, width) => {
        const out = layoutCell(text, width);
        const widest = Math.max(0, ...[...new Intl.Segmenter().segment(escapeForTerminal(text).normalize('NFC'))].map((g) => stringWidth(g.segment)));
        for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(Math.max(width, widest));
        const squeeze = (s: string) => s.replace(/\s+/g, '').normalize('NFC');
        expect(squeeze(out)).toBe(squeeze(escapeForTerminal(text.replace(/\n/g, '\\n'))));
      }),
    );
  });

  it('draws the same characters with and without highlighting', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.nat(120), fc.nat(120), fc.integer({ min: 2, max: 40 }), (text, a, b, width) => {
        const ranges = [{ start: Math.min(a, b), end: Math.max(a, b) }];
        expect(stripSgr(layoutCell(text, width, ranges, bold))).toBe(layoutCell(text, width));
      }),
    );
  });
});

describe('measureCell', () => {
  it('counts escapes as shown and wide characters as two', () => {
    expect(measureCell('a\u001bb')).toBe(6);
    expect(measureCell('安全')).toBe(4);
  });

  it('measures any text as wide as its widest line is shown, whatever its characters (printable ASCII answered without escaping)', () => {
    const shownWidth = (text: string) => Math.max(...text.split('\n').map((line) => stringWidth(escapeForTerminal(line).normalize('NFC')) + (line === text ? 0 : 2)));
    fc.assert(fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[ -~]*$/)), (text) => measureCell(text) === shownWidth(text)));
    expect(measureCell('a \\ b ~')).toBe(7);
  });
});
