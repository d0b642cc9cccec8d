import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { PLAIN_LINE, wrapPlainLine } from './wrap.js';
import { escapeForTerminal } from '../text/sanitize.js';
import type { Mark, Range } from './listing.js';
import { at } from '../lists.js';

// Lays out one table cell: escapes what a terminal must not see, highlights the
// matched ranges, and wraps to `width` columns with wrap-ansi, which keeps a highlight
// open across a line break, measures wide characters, and breaks a word longer than
// the column (hard wrap) rather than cutting it, so the table shows every character.
//
// wrap-ansi also writes the text in composed form (NFC): canonically the same characters,
// drawn alike; TSV, CSV and JSON keep the code points of the data.
//
// Widths: wrap-ansi, cli-table3 and this module must measure a string alike, or
// cli-table3 cuts a line wrap-ansi thought fitted. package.json's `overrides` gives
// wrap-ansi the same string-width that cli-table3 uses.

/** How each kind of mark is drawn. */
export type Marker = (mark: Mark, text: string) => string;

/** Text as a cell shows it: escaped, and in the composed form wrap-ansi writes, so that it is measured as drawn. */
function shown(text: string): string {
  return escapeForTerminal(text).normalize('NFC');
}

/** One paragraph (text between newlines), escaped, with its ranges drawn by `marker`. */
function highlight(text: string, from: number, ranges: readonly Range[], marker: Marker): string {
  const to = from + text.length;
  const inside = ranges.filter((r) => r.end > from && r.start < to && r.end > r.start);
  if (inside.length === 0) return shown(text);
  const cuts = new Set([from, to]);
  for (const r of inside) {
    cuts.add(Math.max(r.start, from));
    cuts.add(Math.min(r.end, to));
  }
  const points = [...cuts].sort((a, b) => a - b);
  let out = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const start = at(points, k);
    const end = at(points, k + 1);
    const piece = shown(text.slice(start - from, end - from));
    // The first range that covers a piece marks it, as a reader sees one highlight at a time.
    const range = inside.find((r) => r.start <= start && r.end >= end);
    out += range ? marker(range.mark ?? 'match', piece) : piece;
  }
  return out;
}

/** The cell's lines joined by newlines: escaped, highlighted by `marker`, wrapped to `width`. */
export function layoutCell(text: string, width: number, ranges: readonly Range[] = [], marker: Marker = (_m, s) => s): string {
  const columns = Math.max(width, 1);
  const paragraphs = text.split('\n');
  let offset = 0;
  return paragraphs
    .map((paragraph, k) => {
      // A newline inside data is shown as \n, like other control characters, and also breaks the line.
      const shown = highlight(paragraph, offset, ranges, marker) + (k < paragraphs.length - 1 ? '\\n' : '');
      offset += paragraph.length + 1;
      // (Most cells are printable ASCII with no highlight, wrapped as wrap-ansi does at less cost.)
      return PLAIN_LINE.test(shown) ? wrapPlainLine(shown, columns) : wrapAnsi(shown, columns, { hard: true });
    })
    .join('\n');
}

/** Width of the widest line of the text as a terminal will show it. */
export function measureCell(text: string): number {
  // (The common case, answered without escaping, normalising and measuring: every table measures each cell and word.)
  if (PLAIN_LINE.test(text)) return text.length;
  return Math.max(...text.split('\n').map((line) => stringWidth(shown(line)) + (line === text ? 0 : 2)));
}
