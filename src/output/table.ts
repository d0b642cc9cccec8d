import Table from 'cli-table3';
import stringWidth from 'string-width';
import { layoutCell, measureCell } from './layout.js';
import type { Column } from './listing.js';
import type { Styles } from './styles.js';

/** Renders rows as a boxed table fitted to `width` terminal columns; prose wraps, nothing is cut. */
export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[], width: number, styles: Styles): string {
  const values = rows.map((row) => columns.map((c) => c.value(row)));
  const sizes = columns.map((c, i) => {
    const measured = values.map((cells) => measureCell(cells[i] ?? ''));
    return {
      natural: Math.max(stringWidth(c.header), ...measured.map((m) => m.natural)) + 2,
      minimum: Math.min(Math.max(stringWidth(c.header), ...measured.map((m) => m.longestWord)), 24) + 2,
    };
  });
  const widths = fitWidths(sizes, columns.map((c) => c.wide === true), width);
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
        const cell = layoutCell(text, inner, ranges, styles.match);
        return c.style && ranges.length === 0 ? cell.split('\n').map(styles[c.style]).join('\n') : cell;
      }),
    );
  });
  return table.toString() + '\n';
}

/** Renders one record as a two-column table: field names, then values. */
export function renderDetailTable(fields: readonly [string, string, boolean?][], width: number, styles: Styles): string {
  const keyWidth = Math.max(...fields.map(([k]) => stringWidth(k))) + 2;
  const valueNatural = Math.max(...fields.map(([, v]) => measureCell(v).natural)) + 2;
  const widths = fitWidths([{ natural: keyWidth, minimum: keyWidth }, { natural: valueNatural, minimum: 22 }], [false, true], width);
  const table = new Table({ colWidths: widths, wordWrap: false, style: { head: [], border: [] } });
  // A value flagged `true` is already laid out (escaped and highlighted) by the caller.
  for (const [key, value, ready] of fields) table.push([styles.header(key), ready ? value : layoutCell(value, (widths[1] ?? 3) - 2)]);
  return table.toString() + '\n';
}

/** A column's width needs, padding included: all of it on one line, and the least that reads well. */
export interface ColumnSize {
  natural: number;
  minimum: number;
}

/**
 * Column widths (padding included) that fit `total` terminal columns with their borders.
 * Short columns keep their natural width; prose columns share what is left, the
 * narrower ones first, none below its minimum.
 */
export function fitWidths(sizes: readonly ColumnSize[], wide: readonly boolean[], total: number): number[] {
  const natural = sizes.map((s) => s.natural);
  const available = Math.max(total - (sizes.length + 1), 0);
  if (natural.reduce((a, b) => a + b, 0) <= available) return natural;
  const widths = [...natural];
  let flexible = sizes.map((_, i) => i).filter((i) => wide[i]);
  if (flexible.length === 0) flexible = sizes.map((_, i) => i);
  let remaining = available - natural.reduce((a, w, i) => (flexible.includes(i) ? a : a + w), 0);
  // Water-filling: a column that needs less than a fair share keeps its natural width.
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
    pending.forEach((j, k) => {
      widths[j] = Math.max((sizes[j] as ColumnSize).minimum, share + (k < leftover ? 1 : 0));
    });
    break;
  }
  return widths;
}
