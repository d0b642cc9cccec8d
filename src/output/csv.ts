import { stringify } from 'csv-stringify/sync';
import type { Column } from './listing.js';

/**
 * RFC 4180 CSV with a header row (CRLF line ends). Cells that a spreadsheet would run
 * as a formula (starting with =, +, -, @, tab or CR) are prefixed with ' (OWASP).
 */
export function renderCsv<T>(rows: readonly T[], columns: readonly Column<T>[], header = true): string {
  const table = [...(header ? [columns.map((c) => c.key)] : []), ...rows.map((row) => columns.map((c) => c.value(row)))];
  // quoted_match: a lone CR or LF inside a cell must be quoted too (RFC 4180).
  return stringify(table, { escape_formulas: true, record_delimiter: 'windows', quoted_match: /[\r\n]/ });
}
