import { escapeTsvField } from '../text/sanitize.js';
import type { Column } from './listing.js';

/** Tab-separated lines, one row a line, no header; fields escaped so each row stays one line. */
export function renderTsv<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  let out = '';
  for (const row of rows) out += columns.map((c) => escapeTsvField(c.value(row))).join('\t') + '\n';
  return out;
}
