import fc from 'fast-check';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import type { Column } from '../../src/output/listing.js';
import { plainStyles } from '../../src/output/styles.js';
import { fitWidths, renderTable } from '../../src/output/table.js';
import { escapeForTerminal } from '../../src/text/sanitize.js';
import { run } from '../helpers.js';

const columns: Column<string[]>[] = [
  { key: 'id', header: 'ID', value: (r) => r[0] ?? '' },
  { key: 'text', header: 'Text', value: (r) => r[1] ?? '', wide: true },
];

describe('renderTable', () => {
  it('keeps natural widths when the table fits', () => {
    expect(renderTable([['q1', 'short']], columns, 80, plainStyles)).toBe(['┌────┬───────┐', '│ ID │ Text  │', '├────┼───────┤', '│ q1 │ short │', '└────┴───────┘', ''].join('\n'));
  });

  it('wraps prose at word boundaries and breaks a word longer than the column, never cutting it', () => {
    const out = renderTable([['q1', 'abcdefghijklmnopqrstuvwxyz0123456789 and more words here']], columns, 30, plainStyles);
    expect(out).toBe(
      [
        '┌────┬───────────────────────┐',
        '│ ID │ Text                  │',
        '├────┼───────────────────────┤',
        '│ q1 │ abcdefghijklmnopqrstu │',
        '│    │ vwxyz0123456789 and   │',
        '│    │ more words here       │',
        '└────┴───────────────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('shows control characters as escapes', () => {
    const out = renderTable([['x', 'a\u001b]0;title\u0007b\u202ec']], columns, 80, plainStyles);
    expect(out).toContain('a\\x1b]0;title\\x07b\\u202ec');
  });

  it('never lets an ESC, BEL or bidi control from data reach the terminal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.integer({ min: 20, max: 120 }), (id, text, width) => {
        const out = renderTable([[id, text]], columns, width, plainStyles);
        expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
      }),
    );
  });

  it('never cuts a character, whatever the script (cli-table3 and wrap-ansi measure alike)', () => {
    fc.assert(
      // (From 24 columns, where two columns hold a word of 12 characters: below, the rows are shown one field a line.)
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }), fc.integer({ min: 24, max: 100 }), (text, width) => {
        const out = renderTable([['q1', text]], columns, width, plainStyles);
        const cells = out.split('\n').slice(3, -2).map((line) => line.split('│').slice(2, -1).join('│')).join('');
        const squeeze = (t: string) => t.replace(/\s+/g, '');
        expect(squeeze(cells)).toBe(squeeze(escapeForTerminal(text.replace(/\n/g, '\\n')).normalize('NFC')));
      }),
    );
  });

  it('never breaks a word or an id part of up to 12 characters, and breaks an id after its hyphens', () => {
    const out = renderTable([['coalition-of-the-willing', 'President Presidents', 'x']], [{ key: 'id', header: 'ID', value: (r) => r[0] ?? '', style: 'id' }, { key: 'name', header: 'Name', value: (r) => r[1] ?? '' }, { key: 'text', header: 'Text', value: (r) => r[2] ?? '', wide: true }], 36, plainStyles);
    expect(out.split('\n').slice(3, 6).map((l) => l.split('│')[1]?.trim())).toEqual(['coalition-', 'of-the-', 'willing']);
    expect(out).toContain('President ');
    expect(out).toContain('Presidents');
  });

  it('shows rows one field a line below the width at which its columns hold their words', () => {
    const wide: Column<string[]>[] = ['One', 'Two', 'Three', 'Four'].map((header, i) => ({ key: header.toLowerCase(), header, value: (r) => r[i] ?? '' }));
    const out = renderTable([['alphabetical', 'biographical', 'chronological', 'demographic']], wide, 40, plainStyles);
    expect(out.split('\n').filter((l) => l.startsWith('│')).map((l) => l.split('│').slice(1, 3).map((c) => c.trim()))).toEqual([
      ['One', 'alphabetical'],
      ['Two', 'biographical'],
      ['Three', 'chronological'],
      ['Four', 'demographic'],
    ]);
    expect(renderTable([['alphabetical', 'biographical', 'chronological', 'demographic']], wide, 80, plainStyles)).toMatch(/^┌─+┬─+┬─+┬─+┐\n│ One/);
  });

  it('never runs past the terminal width, whatever the prose', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-ascii', maxLength: 300 }), fc.integer({ min: 12, max: 120 }), (text, width) => {
        const lines = renderTable([['q1', text]], columns, width, plainStyles).trimEnd().split('\n');
        for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(width);
      }),
    );
  });
});

describe('fitWidths', () => {
  it.each([
    ['fits: natural widths', [4, 10], [false, true], 80, [4, 10]],
    ['prose shrinks to fill the width', [4, 100], [false, true], 40, [4, 33]],
    ['two prose columns share, the narrow one keeps its width', [4, 10, 100], [false, true, true], 40, [4, 10, 22]],
    ['two long prose columns split evenly', [4, 60, 100], [false, true, true], 50, [4, 21, 21]],
  ])('%s', (_name, natural, wide, total, expected) => {
    expect(fitWidths(natural, wide, total)).toEqual(expected);
  });

  it('adds up to the terminal width with the borders when it has to shrink', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 3, max: 200 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 60, max: 300 }), (natural, total) => {
        const wide = natural.map((_, i) => i === natural.length - 1);
        const widths = fitWidths(natural, wide, total);
        const sum = widths.reduce((a, b) => a + b, 0) + natural.length + 1;
        if (natural.reduce((a, b) => a + b, 0) + natural.length + 1 <= total) expect(widths).toEqual(natural);
        else if (natural.slice(0, -1).reduce((a, b) => a + b, 0) + 3 + natural.length + 1 <= total) expect(sum).toBe(total);
      }),
    );
  });
});

describe('tables fit the terminal', () => {
  it('gives the prose its claim and caps the short columns, as the worked example in table.ts says', () => {
    expect(fitWidths([20, 12, 30, 40, 120], [false, false, false, false, true], 80)).toEqual([9, 9, 9, 9, 38]);
  });

  // Every listing, on a terminal of each width from 40 columns up: no line is wider.
  const commands = [['who'], ['entities'], ['quotes'], ['guarantees'], ['numbers'], ['claims'], ['sources'], ['search', 'peace'], ['show', 'q5'], ['verify', 'will not wage a war']];
  it.each([40, 60, 80, 132])('at %i columns', async (columns) => {
    for (const argv of commands) {
      const result = await run([...argv, '--color', 'never'], { isTTY: true, columns });
      const widest = Math.max(...result.stdout.split('\n').map((line) => [...line].length));
      expect(widest, argv.join(' ')).toBeLessThanOrEqual(columns);
    }
  });

  it('keeps a short column\'s words whole where the prose still has a third of the width', async () => {
    const result = await run(['who', '--limit', '1', '--color', 'never'], { isTTY: true, columns: 80 });
    expect(result.stdout).toContain('│ Emmanuel │ President │ guarantee │');
  });
});
