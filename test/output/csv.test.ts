import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderCsv } from '../../src/output/csv.js';
import type { Column } from '../../src/output/listing.js';

const columns: Column<string[]>[] = [
  { key: 'id', header: 'ID', value: (r) => r[0] ?? '' },
  { key: 'text', header: 'Text', value: (r) => r[1] ?? '' },
];

/** The documented formula guard: a cell starting with = + - @ tab or CR gets a leading '. */
// csv-stringify also guards the fullwidth forms of = + - @, which a spreadsheet may read as the same.
const guarded = (cell: string) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(cell) ? `'${cell}` : cell);

describe('renderCsv', () => {
  it('writes RFC 4180 with a header row of field names and CRLF line ends', () => {
    expect(renderCsv([['q1', 'say "hi", then go']], columns)).toBe('id,text\r\nq1,"say ""hi"", then go"\r\n');
  });

  it.each([
    ['=', '=HYPERLINK("http://x")', `"'=HYPERLINK(""http://x"")"`],
    ['+', '+1', "'+1"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['tab', '\tx', "'\tx"],
    ['CR', '\rx', `"'\rx"`],
    ['a fullwidth minus', '\uFF0Dx', "'\uFF0Dx"],
  ])('neutralizes a cell starting with %s', (_name, cell, expected) => {
    expect(renderCsv([['x', cell]], columns)).toBe(`id,text\r\nx,${expected}\r\n`);
  });

  it('gives back every cell through a CSV parser, apart from the formula guard', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })), { maxLength: 5 }), (rows) => {
        const parsed = parse(renderCsv(rows, columns), { relax_column_count: false }) as string[][];
        expect(parsed[0]).toEqual(['id', 'text']);
        expect(parsed.slice(1)).toEqual(rows.map((row) => row.map(guarded)));
      }),
    );
  });
});
