import type { IO } from '../io.js';
import { escapeForTerminal } from '../text/sanitize.js';
import { renderJson, renderJsonValue, renderNdjson } from './json.js';
import { projectJson, selectColumns, type Listing } from './listing.js';
import { renderTsv } from './tsv.js';
import { createStyles } from './styles.js';

/** The output formats every command speaks. */
export const FORMATS = ['table', 'tsv', 'csv', 'json', 'ndjson'] as const;
export type Format = (typeof FORMATS)[number];

/** How to print: resolved once from the global flags, the environment and the terminal. */
export interface OutputOptions {
  format: Format;
  /** --fields, in the user's order. */
  fields: readonly string[] | undefined;
  limit: number | undefined;
  color: boolean;
  /** Terminal width for tables. */
  width: number;
}

/** Prints a listing in the chosen format and returns how many rows were printed. */
export async function printListing<T>(io: IO, listing: Listing<T>, options: OutputOptions): Promise<number> {
  const columns = selectColumns(listing, options.fields);
  const rows = options.limit === undefined ? listing.rows : listing.rows.slice(0, options.limit);
  switch (options.format) {
    case 'json':
      io.out(renderJson(rows.map((row) => projectJson(listing, row, options.fields && columns))));
      break;
    case 'ndjson':
      io.out(renderNdjson(rows.map((row) => projectJson(listing, row, options.fields && columns))));
      break;
    case 'csv': {
      const { renderCsv } = await import('./csv.js');
      // Byte-faithful when piped; on a terminal, control characters in cells are made visible.
      const shown = io.stdoutIsTTY ? columns.map((c) => ({ ...c, value: (row: T) => escapeForTerminal(c.value(row)) })) : columns;
      io.out(renderCsv(rows, shown));
      break;
    }
    case 'tsv':
      io.out(renderTsv(rows, columns));
      break;
    case 'table': {
      if (rows.length === 0) break;
      const [{ renderTable }, styles] = await Promise.all([import('./table.js'), createStyles(options.color)]);
      io.out(renderTable(rows, columns, options.width, styles));
      break;
    }
  }
  return rows.length;
}

/** Prints one record in full: a field/value table on a terminal, else like a one-row listing. */
export async function printDetail<T>(io: IO, listing: Listing<T>, row: T, options: OutputOptions): Promise<void> {
  if (options.format === 'table') {
    const [{ renderDetailTable }, styles] = await Promise.all([import('./table.js'), createStyles(options.color)]);
    const fields = selectColumns(listing, options.fields ?? listing.columns.map((c) => c.key))
      .map((c) => ({ label: c.header, value: c.value(row), ranges: c.highlight?.(row) }))
      .filter((f) => f.value !== '');
    io.out(renderDetailTable(fields, options.width, styles));
    return;
  }
  if (options.format === 'json') {
    const columns = options.fields ? selectColumns(listing, options.fields) : undefined;
    io.out(renderJsonValue(projectJson(listing, row, columns)));
    return;
  }
  await printListing(io, { ...listing, rows: [row] }, { ...options, limit: undefined });
}
