import Table from 'cli-table3';
import stringWidth from 'string-width';
import { layoutCell, measureCell } from './layout.js';
import type { Column, Range } from './listing.js';
import type { Styles } from './styles.js';
import { at } from '../lists.js';

/** A word (or a piece of an id) up to this long is never broken across lines. */
export const UNBROKEN = 12;

/**
 * Renders rows as a boxed table fitted to `width` terminal columns; prose wraps, nothing
 * is cut, and no word or id piece of up to UNBROKEN characters is broken. Below the width
 * at which every column can hold its own such words, the rows are shown one field a line
 * instead (as `show` shows one record), not in columns of a character or two.
 */
export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[], width: number, styles: Styles): string {
  const values = rows.map((row) => columns.map((c) => c.value(row)));
  // Each column's natural width; its longest word (its header's too): a short column is
  // not squeezed below it while there is room; and what it must keep: its words and id
  // pieces of up to UNBROKEN characters, whole. (Padding included.)
  const natural: number[] = [];
  const words: number[] = [];
  const need: number[] = [];
  columns.forEach((c, i) => {
    let width = stringWidth(c.header);
    const widest = widestWords(c.header, false);
    for (const cells of values) {
      const text = cells[i] ?? '';
      width = Math.max(width, measureCell(text));
      widestWords(text, c.style === 'id', widest);
    }
    natural.push(width + 2);
    words.push(widest.word + 2);
    need.push(Math.min(width, widest.piece) + 2);
  });
  if (need.reduce((a, b) => a + b, 0) + columns.length + 1 > width) return renderRecords(rows, columns, values, width, styles);
  const widths = atLeast(fitWidths(natural, columns.map((c) => c.wide === true), width, words), need);
  const table = new Table({
    head: columns.map((c, i) => layoutCell(c.header, (widths[i] ?? 3) - 2).split('\n').map(styles.header).join('\n')),
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
        // An id breaks after its hyphens and dots, where it can, not in the middle of a part.
        const cell = c.style === 'id' && ranges.length === 0 ? idLines(text, inner).map((line) => layoutCell(line, inner)).join('\n') : layoutCell(text, inner, ranges, (mark, t) => styles[mark](t));
        return c.style && ranges.length === 0 ? cell.split('\n').map(styles[c.style]).join('\n') : cell;
      }),
    );
  });
  return table.toString() + '\n';
}

/** Rows one field a line: a two-column table for each (label, value), empty fields left out, a blank line between. */
function renderRecords<T>(rows: readonly T[], columns: readonly Column<T>[], values: readonly string[][], width: number, styles: Styles): string {
  return rows
    .map((row, r) => {
      const fields = columns.map((c, i) => ({ label: c.header, value: values[r]?.[i] ?? '', ranges: c.highlight?.(row) ?? [] })).filter((f) => f.value !== '');
      return renderDetailTable(fields.length > 0 ? fields : [{ label: columns[0]?.header ?? '', value: '' }], width, styles);
    })
    .join('\n');
}

/** Widths raised to at least `need`, what they take given back by the widest of the others. */
function atLeast(widths: readonly number[], need: readonly number[]): number[] {
  const out = widths.map((w, i) => Math.max(w, need[i] ?? 0));
  // What a column has beyond its need, which the raised ones take back, from the widest first.
  const spare = out.map((w, i) => w - (need[i] ?? 0));
  for (let deficit = out.reduce((a, w) => a + w, 0) - widths.reduce((a, w) => a + w, 0); deficit > 0; deficit--) {
    const most = Math.max(...spare);
    if (most <= 0) break;
    const widest = spare.indexOf(most);
    spare[widest] = most - 1;
    out[widest] = (out[widest] ?? 0) - 1;
  }
  return out;
}

/** The pieces an id's word may break between: after each hyphen, dot, slash or underscore. */
function idPieces(word: string): string[] {
  return word.match(/[^-./_]*[-./_]*/g)?.filter(Boolean) ?? [word];
}

/** The widest word of a text, and its widest piece that must stay whole (UNBROKEN at most: a longer one may break), raised from `widest` where they are wider. */
function widestWords(text: string, id: boolean, widest = { word: 0, piece: 0 }): { word: number; piece: number } {
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const width = measureCell(word);
    widest.word = Math.max(widest.word, width);
    if (!id) widest.piece = Math.max(widest.piece, Math.min(UNBROKEN, width));
    else for (const piece of idPieces(word)) widest.piece = Math.max(widest.piece, Math.min(UNBROKEN, measureCell(piece)));
  }
  return widest;
}

/** An id in lines of at most `width`, broken between its parts (a part wider than the line is broken by layoutCell). */
function idLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(\s+)/)) {
    for (const part of /\s/.test(word) ? [word] : idPieces(word)) {
      if (line !== '' && measureCell(line + part) > width) {
        lines.push(line.trimEnd());
        line = /\s/.test(part) ? '' : part;
      } else line += part;
    }
  }
  if (line !== '' || lines.length === 0) lines.push(line.trimEnd());
  return lines;
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

/** The least a cell can show: one character and its padding. */
const MIN_CELL = 3;
/** The least a short column is squeezed to while the prose still has room: three characters. */
const MIN_SHORT = 5;
/** Prose columns claim this share of the room before short columns are made to wrap... */
const PROSE_SHARE = 0.5;
/** ...or down to this share, where that lets every short column keep its longest word whole. */
const PROSE_SHARE_LEAST = 0.35;

/**
 * Column widths (padding included) that fit `total` terminal columns with their borders.
 * Prose columns (`wide`) get the room: first each claims what it needs, up to an equal
 * part of half the width; short columns keep their natural width if what is left allows,
 * else they wrap, all capped at one level (the widest give first, down to three
 * characters); prose columns then share whatever is left, the narrower ones first
 * (water-filling); what the prose does not need goes back to the short columns. Nothing
 * is cut: a narrow cell wraps. E.g. at 80 columns, short columns of 20, 12, 30 and 40 and
 * one prose column of 120: the borders take 6 of the 80, the prose claims 37 of the 74
 * left, the short columns are capped at 9 each (36), and the prose gets the other 38.
 */
export function fitWidths(natural: readonly number[], wide: readonly boolean[], total: number, words: readonly number[] = []): number[] {
  const available = Math.max(total - (natural.length + 1), 0);
  if (natural.reduce((a, b) => a + b, 0) <= available) return [...natural];
  const widths = [...natural];
  let flexible = natural.map((_, i) => i).filter((i) => wide[i]);
  if (flexible.length === 0) flexible = natural.map((_, i) => i);
  const fixed = natural.map((_, i) => i).filter((i) => !flexible.includes(i));
  const byWord = (i: number) => Math.min(at(natural, i), Math.max(MIN_SHORT, words[i] ?? MIN_SHORT));
  const wordsNeed = fixed.reduce((a, i) => a + byWord(i), 0);
  const share = Math.min(PROSE_SHARE, Math.max(PROSE_SHARE_LEAST, (available - wordsNeed) / Math.max(available, 1)));
  const claim = Math.max(MIN_CELL, Math.floor((available * share) / flexible.length));
  const proseClaim = flexible.reduce((a, i) => a + Math.min(at(natural, i), claim), 0);
  const budget = available - proseClaim;
  const fixedNatural = fixed.reduce((a, i) => a + at(natural, i), 0);
  if (fixedNatural > budget) {
    // Cap the short columns at the highest level whose total fits the budget, none
    // below its longest word where the budget allows that, else none below three characters.
    const wordsFit = wordsNeed <= budget;
    const least = (i: number) => (wordsFit ? byWord(i) : Math.min(at(natural, i), budget >= fixed.length * MIN_SHORT ? MIN_SHORT : MIN_CELL));
    let level = Math.max(...fixed.map((i) => at(natural, i)));
    const sum = (cap: number) => fixed.reduce((a, i) => a + Math.max(least(i), Math.min(at(natural, i), cap)), 0);
    while (level > MIN_CELL && sum(level) > budget) level--;
    for (const i of fixed) widths[i] = Math.max(least(i), Math.min(at(natural, i), level));
  }
  let remaining = available - fixed.reduce((a, i) => a + at(widths, i), 0);
  const pending = [...flexible].sort((a, b) => at(natural, a) - at(natural, b));
  while (pending.length > 0) {
    const share = Math.floor(remaining / pending.length);
    const first = at(pending, 0);
    if (at(natural, first) <= share) {
      remaining -= at(natural, first);
      pending.shift();
      continue;
    }
    const leftover = remaining - share * pending.length;
    pending.forEach((j, k) => (widths[j] = Math.max(MIN_CELL, share + (k < leftover ? 1 : 0))));
    break;
  }
  // What the prose did not need goes back to the short columns that were capped.
  let slack = available - widths.reduce((a, w) => a + w, 0);
  for (const i of fixed) {
    const more = Math.min(slack, at(natural, i) - at(widths, i));
    if (more > 0) {
      widths[i] = at(widths, i) + more;
      slack -= more;
    }
  }
  return widths;
}
