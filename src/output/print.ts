import type { IO } from '../io.js';
import { escapeForTerminal } from '../text/sanitize.js';
import { UsageError } from '../errors.js';
import { jsonArray, renderJsonValue, renderNdjson } from './json.js';
import { JSONLD_CONTEXT } from './jsonld.js';
import { projectJson, selectColumns, type Listing } from './listing.js';
import { renderTsv } from './tsv.js';
import { createStyles } from './styles.js';

/** The output formats every listing can print. */
export const FORMATS = ['table', 'tsv', 'csv', 'json', 'ndjson', 'jsonld'] as const;
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

/** Rows made and written at a time: output starts at once, and stops soon after a reader goes. */
const BATCH = 256;

/**
 * Prints a listing in the chosen format and returns how many rows were printed. Every
 * format but the table (which must see all its rows to size its columns) is written
 * as it is made, a batch of rows at a time, as ripgrep's printer does, and stops making
 * rows once the reader has gone (`| head`).
 */
export async function printListing<T>(io: IO, listing: Listing<T>, options: OutputOptions): Promise<number> {
  const columns = selectColumns(listing, options.fields);
  const rows = options.limit === undefined ? listing.rows : listing.rows.slice(0, options.limit);
  const json = (row: T) => projectJson(listing, row, options.fields && columns);
  switch (options.format) {
    case 'jsonld': {
      const ld = linkedData(listing);
      // One document: the inline context, and a graph of the rows.
      io.out(`{\n  "@context": ${JSON.stringify(JSONLD_CONTEXT)},\n  "@graph": `);
      // The graph's nodes indented one level more than a top-level array's, as pretty JSON would put them.
      const nested = (text: string) => text.replace(/\n/g, '\n  ');
      inBatches(io, rows, (batch, at) => batch.map((row, k) => nested(jsonArray.element(ld(row), at + k === 0))).join(''));
      io.out(`${rows.length > 0 ? '\n  ]' : '[]'}\n}\n`);
      break;
    }
    case 'json':
      inBatches(io, rows, (batch, at) => batch.map((row, k) => jsonArray.element(json(row), at + k === 0)).join(''));
      io.out(jsonArray.end(rows.length > 0));
      break;
    case 'ndjson':
      inBatches(io, rows, (batch) => renderNdjson(batch.map(json)));
      break;
    case 'csv': {
      const { renderCsv } = await import('./csv.js');
      // Byte-faithful when piped; on a terminal, control characters in cells are made visible.
      const shown = io.stdoutIsTTY ? columns.map((c) => ({ ...c, value: (row: T) => escapeForTerminal(c.value(row)) })) : columns;
      io.out(renderCsv([], shown));
      inBatches(io, rows, (batch) => renderCsv(batch, shown, false));
      break;
    }
    case 'tsv':
      inBatches(io, rows, (batch) => renderTsv(batch, columns));
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

/** Renders and writes rows a batch at a time, until they are done or the reader has gone. */
function inBatches<T>(io: IO, rows: readonly T[], render: (batch: readonly T[], at: number) => string): void {
  for (let at = 0; at < rows.length && !io.outputClosed; at += BATCH) io.out(render(rows.slice(at, at + BATCH), at));
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
  if (options.format === 'jsonld') {
    io.out(renderJsonValue({ '@context': JSONLD_CONTEXT, ...linkedData(listing)(row) }));
    return;
  }
  if (options.format === 'json') {
    const columns = options.fields ? selectColumns(listing, options.fields) : undefined;
    io.out(renderJsonValue(projectJson(listing, row, columns)));
    return;
  }
  await printListing(io, { ...listing, rows: [row] }, { ...options, limit: undefined });
}

/** A listing's linked-data form; a listing without one refuses the format in one line. */
function linkedData<T>(listing: Listing<T>): (row: T) => object {
  if (!listing.jsonld) throw new UsageError('JSON-LD is written for quotes, claims, show and verify; --format jsonld does not apply');
  return listing.jsonld;
}
