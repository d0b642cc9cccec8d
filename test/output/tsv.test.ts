import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Column } from '../../src/output/listing.js';
import { renderTsv } from '../../src/output/tsv.js';

const columns: Column<string[]>[] = [
  { key: 'a', header: 'A', value: (r) => r[0] ?? '' },
  { key: 'b', header: 'B', value: (r) => r[1] ?? '' },
];

/** Undoes the documented TSV escapes. */
function unescapeTsv(field: string): string {
  return field.replace(/\\(x[0-9a-f]{2}|u[0-9a-f]{4}|[tnr\\])/g, (_m, e: string) =>
    e === 't' ? '\t' : e === 'n' ? '\n' : e === 'r' ? '\r' : e === '\\' ? '\\' : String.fromCharCode(parseInt(e.slice(1), 16)),
  );
}

describe('renderTsv', () => {
  it.each([
    ['plain fields', ['one', 'two'], 'one\ttwo\n'],
    ['a tab and a newline inside a field', ['a\tb', 'c\nd'], 'a\\tb\tc\\nd\n'],
    ['a backslash', ['C:\\dir', 'x'], 'C:\\\\dir\tx\n'],
    ['a carriage return', ['a\r', ''], 'a\\r\t\n'],
    ['an escape sequence', ['\u001b[2J', '\u009b31m'], '\\x1b[2J\t\\x9b31m\n'],
    ['bidi controls', ['\u202eevil\u202c', '\u2066x\u2069'], '\\u202eevil\\u202c\t\\u2066x\\u2069\n'],
    ['empty fields', ['', ''], '\t\n'],
  ])('escapes %s', (_name, row, expected) => {
    expect(renderTsv([row], columns)).toBe(expected);
  });

  it('keeps every row on one line with the same number of fields, and is reversible', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' })), { maxLength: 5 }), (rows) => {
        const out = renderTsv(rows, columns);
        const lines = out.split('\n').slice(0, -1);
        expect(lines).toHaveLength(rows.length);
        lines.forEach((line, i) => {
          const fields = line.split('\t');
          expect(fields).toHaveLength(2);
          expect(fields.map(unescapeTsv)).toEqual(rows[i]);
          expect(line).not.toMatch(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
        });
      }),
    );
  });
});
