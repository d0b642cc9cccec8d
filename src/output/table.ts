import Table from 'cli-table3';
import stringWidth from 'string-width';
import { layoutCell, measureCell } from './layout.js';
import type { Column, Range } from './listing.js';
import type { Styles } from './styles.js';

/** Renders rows as a boxed table fitted to `width` terminal columns; prose wraps, nothing is cut. */
export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[], width: number, styles: Styles): string {
  const values = rows.map((row) => columns.map((c) => c.value(row)));
  const natural = columns.map((c, i) => Math.max(stringWidth(c.header), ...values.map((cells) => measureCell(cells[i] ?? ''))) + 2);
  const widths = fitWidths(natural, columns.map((c) => c.wide === true), width);
  const table = new Table({
    head: columns.map((c) => styles.header(c.header)),
    colWidths: widths,
    wordWrap: false,
    style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
  });
  rows.forEach((row, r) => {
    table.push(
      columns.map((c, i) => {
        const text = values[r]?.[i] ?? '';
        const inner = (widths[i] ?? 3) - 2;
        const ranges = styles.enabled ? (c.highlight?.(row) ?? []) : [];
        const cell = layoutCell(text, inner, ranges, (mark, t) => styles[mark](t));
        return c.style && ranges.length === 0 ? cell.split('\n').map(styles[c.style]).join('\n') : cell;
      }),
    );
  });
  return table.toString() + '\n';
}

/** One line of a detail view: a label, the plain value, and ranges of it to highlight. */
export interface DetailField {
  label: string;
  value: string;
  ranges?: readonly Range[];
}

/** Renders one record as a two-column table: field names, then values. */
export function renderDetailTable(fields: readonly DetailField[], width: number, styles: Styles): string {
  const labelWidth = Math.max(...fields.map((f) => stringWidth(f.label))) + 2;
  const valueNatural = Math.max(...fields.map((f) => measureCell(f.value))) + 2;
  const widths = fitWidths([labelWidth, valueNatural], [false, true], width);
  const inner = (widths[1] ?? 3) - 2;
  const table = new Table({ colWidths: widths, wordWrap: false, style: { head: [], border: [] } });
  for (const f of fields) table.push([styles.header(f.label), layoutCell(f.value, inner, styles.enabled ? (f.ranges ?? []) : [], (mark, t) => styles[mark](t))]);
  return table.toString() + '\n';
}

/**
 * Column widths (padding included) that fit `total` terminal columns with their borders.
 * Short columns keep their natural width; prose columns share what is left, the
 * narrower ones first (water-filling), so the table never runs past the terminal.
 */
export function fitWidths(natural: readonly number[], wide: readonly boolean[], total: number): number[] {
  const available = Math.max(total - (natural.length + 1), 0);
  if (natural.reduce((a, b) => a + b, 0) <= available) return [...natural];
  const widths = [...natural];
  let flexible = natural.map((_, i) => i).filter((i) => wide[i]);
  if (flexible.length === 0) flexible = natural.map((_, i) => i);
  let remaining = available - natural.reduce((a, w, i) => (flexible.includes(i) ? a : a + w), 0);
  const pending = [...flexible].sort((a, b) => (natural[a] as number) - (natural[b] as number));
  while (pending.length > 0) {
    const share = Math.floor(remaining / pending.length);
    const first = pending[0] as number;
    if ((natural[first] as number) <= share) {
      remaining -= natural[first] as number;
      pending.shift();
      continue;
    }
    const leftover = remaining - share * pending.length;
    // Three columns (one character and its padding) is the least a cell can show.
    pending.forEach((j, k) => (widths[j] = Math.max(3, share + (k < leftover ? 1 : 0))));
    break;
  }
  return widths;
}
