import { UsageError } from '../errors.js';
import { got } from '../lists.js';

/** A half-open range of UTF-16 offsets in a cell's plain text, to highlight. */
export interface Range {
  start: number;
  end: number;
  /** How to mark it: a search match (the default), or a diff's deleted or inserted words. */
  mark?: Mark;
}

/** The kinds of highlight a terminal shows. */
export type Mark = 'match' | 'delete' | 'insert';

/** One column of a listing: a key (for --fields and JSON), a header, and the plain cell text. */
export interface Column<T> {
  key: string;
  header: string;
  value(row: T): string;
  /** Prose that may be wrapped; short columns keep their width. */
  wide?: boolean;
  /** Ranges of value(row) to highlight on a terminal. */
  highlight?(row: T): readonly Range[];
  /** How to colour the cell on a terminal. */
  style?: 'id' | 'dim' | 'number';
}

/** What a command hands to the printer: rows, the columns they can show, and their JSON. */
export interface Listing<T> {
  rows: readonly T[];
  /** Every column --fields may name, in the documented order. */
  columns: readonly Column<T>[];
  /** The keys shown when --fields is not given. */
  defaults: readonly string[];
  /** The row as JSON: the record exactly as in the dataset. */
  json(row: T): object;
  /** The row as schema.org linked data (jsonld.ts), for the listings that have that form. */
  jsonld?(row: T): object;
}

/** The columns to show: --fields in its order, else the defaults. Unknown names are a usage error. */
export function selectColumns<T>(listing: Listing<T>, fields: readonly string[] | undefined): Column<T>[] {
  const byKey = new Map(listing.columns.map((c) => [c.key, c]));
  const keys = fields ?? listing.defaults;
  const unknown = keys.filter((k) => !byKey.has(k));
  if (unknown.length > 0) {
    const s = unknown.length > 1 ? 's' : '';
    throw new UsageError(`unknown field${s} ${unknown.map((k) => `'${k}'`).join(', ')}; valid fields: ${listing.columns.map((c) => c.key).join(', ')}`);
  }
  return keys.map((k) => got(byKey, k));
}

/** A row's JSON, cut down to the chosen fields (a field the record lacks takes the column's text). */
export function projectJson<T>(listing: Listing<T>, row: T, columns: readonly Column<T>[] | undefined): object {
  const full = listing.json(row) as Record<string, unknown>;
  if (!columns) return full;
  const out: Record<string, unknown> = {};
  for (const column of columns) out[column.key] = column.key in full ? full[column.key] : column.value(row);
  return out;
}
