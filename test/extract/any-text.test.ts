import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../src/dataset/validate.js';
import { extractDataset } from '../../src/extract/extract.js';

// Extraction on text that no article would hold: its pieces are those articles are made
// of (quotation marks of every language, cues, names, titles, datelines, figures, labels,
// dashes, controls, blank lines), in any order. Whatever it reads, the draft must be a
// dataset that passes the checks every dataset passes, every record's text the source's
// own characters at its span.

const PIECES = [
  ...['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›', '―', '…', '—', '-', '(', ')'],
  ...[' ', ' ', ' ', '\n', '\n\n', '.', ',', ':', ';', '\t', '\u202e', 'é', '🙂'],
  ...['said', 'says', 'told', 'according to', 'he', 'she', 'they', 'it', 'the', 'a', 'who', 'which', 'and', 'of', "'s"],
  ...['Mr.', 'Ms.', 'Dr.', 'Ada', 'Quist', 'Tom', 'Rask', 'Harbour Board', 'BERGEN', 'OSLO', '(AP)', 'HOLM:'],
  ...['$', '4.2', 'million', '10', '%', 'percent', 'between', 'x'.repeat(30)],
];

describe('extractDataset on any text', () => {
  it('drafts a dataset that passes every check a dataset must pass', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { minLength: 20, maxLength: 300, size: 'max' }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (t) => {
        expect(checkInvariants([{ file: 'draft', data: extractDataset(t, { id: 'a' }) }])).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
