// Wrapping a line of printable ASCII, as wrap-ansi wraps it with { hard: true }, without
// wrap-ansi's machinery: nearly every cell facts draws is such a line, and a table is
// drawn once a run by code that runs once, so what wrap-ansi does to be general (a token
// object for each character of a long word, a regular expression for each run of text
// between escape codes, a pass that carries colours across rows) is what drawing a table
// cost. Here a character is a column, there is no escape code to keep whole and no colour
// to carry, and the steps are wrap-ansi's own (exec and wrapWord in its index.js), in the
// same order. test/output/wrap.test.ts holds the two to the same output on any such line
// and width.

/** Printable ASCII only: shown as it is, one column a character, with no escape code (what wrapPlainLine and measureCell take). */
export const PLAIN_LINE = /^[\x20-\x7e]*$/;

/**
 * `line` (PLAIN_LINE) in rows of at most `columns` characters joined by newlines, as
 * wrap-ansi writes it with { hard: true }: broken between words, a word longer than a row
 * broken where the row ends, spaces at the start and end of each row left out.
 */
export function wrapPlainLine(line: string, columns: number): string {
  if (line.trim() === '') return '';
  // (A row never starts with a space, as a space is put only after a word: wrap-ansi's
  // trimming of a row's start changes nothing here.)
  const rows: string[] = [];
  let row = '';
  for (const word of line.split(' ')) {
    if (row.length > 0) row += ' ';
    if (word.length > columns) {
      // A word longer than a row starts a row of its own if that breaks it no more often.
      const breaksHere = 1 + Math.floor((word.length - (columns - row.length) - 1) / columns);
      const breaksNext = Math.floor((word.length - 1) / columns);
      if (breaksNext < breaksHere) {
        rows.push(row);
        row = '';
      }
      for (let k = 0; k < word.length; k++) {
        if (row.length >= columns) {
          rows.push(row);
          row = '';
        }
        row += word.charAt(k);
        if (row.length === columns && k < word.length - 1) {
          rows.push(row);
          row = '';
        }
      }
      continue;
    }
    if (row.length + word.length > columns && row.length > 0 && word.length > 0) {
      rows.push(row);
      row = '';
    }
    row += word;
  }
  rows.push(row);
  return rows.map(trimSpacesEnd).join('\n');
}

/** A row without the spaces that end it. */
function trimSpacesEnd(row: string): string {
  let end = row.length;
  while (end > 0 && row[end - 1] === ' ') end--;
  return row.slice(0, end);
}
