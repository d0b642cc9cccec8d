import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Column } from '../../src/output/listing.js';
import { createStyles, plainStyles } from '../../src/output/styles.js';
import * as library from '../../src/output/table.js';
import { bundleWithPatches } from './bundle.js';

// The build patches cli-table3 as it bundles it (tsup.config.ts, cli-table3-lean): fewer
// objects and less code for each cell, the same tables. Every kind of table facts draws,
// drawn by the bundle's cli-table3 and by the library's own, must be the same text.

type Table = typeof library;

/** src/output/table.ts bundled with the build's patches to cli-table3, once for the tests of this file. */
let bundling: Promise<Table> | undefined;
function bundledTable(): Promise<Table> {
  return (bundling ??= bundle());
}

function bundle(): Promise<Table> {
  return bundleWithPatches<Table>(join(process.cwd(), 'src/output/table.ts'), 'cli-table3-', ['cli-table3-lean']);
}

interface Row {
  id: string;
  speaker: string;
  text: string;
  match: string;
}

const rows: Row[] = [
  { id: 'harbour-board-2026-03-q1', speaker: 'Ada Quist', text: 'We will open the bridge in May, and the ferries will stop the week after.', match: 'bridge' },
  { id: 'q2', speaker: 'Tom Rask', text: 'Nobody asked the fishermen.\nNot once.', match: 'fishermen' },
  { id: 'q3', speaker: '', text: '', match: '' },
  { id: 'q4', speaker: 'Greta Holm', text: '港の橋は五月に開く 😀 — "a bridge of 1.2 km", she said\tthen left', match: 'km' },
];

const columns: Column<Row>[] = [
  { key: 'id', header: 'ID', value: (r) => r.id, style: 'id' },
  { key: 'speaker', header: 'Speaker', value: (r) => r.speaker },
  {
    key: 'text',
    header: 'Text',
    value: (r) => r.text,
    wide: true,
    highlight: (r) => {
      const at = r.match === '' ? -1 : r.text.indexOf(r.match);
      return at < 0 ? [] : [{ start: at, end: at + r.match.length }];
    },
  },
  { key: 'n', header: '#', value: (r) => String(r.text.length), style: 'number' },
];

describe('cli-table3 as the build bundles it', () => {
  it('draws every table as the library does: colour or none, wide or narrow, one field a line', async () => {
    const bundled = await bundledTable();
    const colour = await createStyles(true);
    let drawn = 0;
    for (const styles of [plainStyles, colour]) {
      for (const width of [200, 80, 44, 24]) {
        const table = bundled.renderTable(rows, columns, width, styles);
        expect(table, `width ${width}, colour ${styles.enabled}`).toBe(library.renderTable(rows, columns, width, styles));
        drawn += table.length;
        const fields = [
          { label: 'Text', value: rows[0]?.text ?? '', ranges: [{ start: 12, end: 18 }] },
          { label: 'Speaker', value: 'Greta Holm' },
          { label: 'Note', value: rows[3]?.text ?? '' },
        ];
        expect(bundled.renderDetailTable(fields, width, styles)).toBe(library.renderDetailTable(fields, width, styles));
      }
    }
    // (The tables are real ones: wrapped, coloured, and of the rows' words.)
    expect(drawn).toBeGreaterThan(4000);
    expect(bundled.renderTable(rows, columns, 44, colour)).toContain('\u001b[');
    expect(bundled.renderTable(rows, columns, 200, plainStyles)).toContain('Ada Quist');
  }, 60_000);
});
