import { escapeTsvField } from '../text/sanitize.js';
import type { Column } from './listing.js';

/** Tab-separated lines, one row a line, no header; fields escaped so each row stays one line. */
export function renderTsv<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  // (The pieces joined once: a string grown a field at a time is copied again to be written.)
  const pieces: string[] = [];
  const last = columns.length - 1;
  for (const row of rows) {
    columns.forEach((column, c) => pieces.push(escapeTsvField(column.value(row)), c === last ? '\n' : '\t'));
  }
  return pieces.join('');
}
