import stringWidth from 'string-width';
import { escapeForTerminal } from '../text/sanitize.js';
import type { Mark, Range } from './listing.js';

// Lays out one table cell: escapes what a terminal must not see, highlights the
// matched ranges, and wraps at word boundaries to `width` columns. A word longer than
// the column is broken, never cut, so the table shows every character of the data.

interface Glyph {
  shown: string;
  width: number;
  mark: Mark | undefined;
  space: boolean;
}

function glyphs(text: string, ranges: readonly Range[]): Glyph[] {
  const out: Glyph[] = [];
  let unit = 0;
  for (const char of text) {
    const shown = escapeForTerminal(char);
    const range = ranges.find((r) => unit >= r.start && unit < r.end);
    out.push({ shown, width: shown === char ? stringWidth(char) : shown.length, mark: range ? (range.mark ?? 'match') : undefined, space: char === ' ' });
    unit += char.length;
  }
  return out;
}

/** Splits glyphs into lines no wider than `width`, breaking at spaces where it can. */
function wrapGlyphs(all: Glyph[], width: number): Glyph[][] {
  const lines: Glyph[][] = [];
  let line: Glyph[] = [];
  let lineWidth = 0;
  let i = 0;
  while (i < all.length) {
    let j = i;
    while (j < all.length && !(all[j] as Glyph).space) j++;
    const word = all.slice(i, j);
    const wordWidth = word.reduce((a, g) => a + g.width, 0);
    const gap = line.length > 0 ? 1 : 0;
    if (lineWidth + gap + wordWidth <= width) {
      if (gap) line.push(all[i - 1] as Glyph);
      line.push(...word);
      lineWidth += gap + wordWidth;
    } else if (wordWidth <= width) {
      if (line.length > 0) lines.push(line);
      line = [...word];
      lineWidth = wordWidth;
    } else {
      // A word wider than the column: fill the current line, then break it.
      if (line.length > 0 && lineWidth + 1 < width) {
        line.push(all[i - 1] as Glyph);
        lineWidth += 1;
      } else if (line.length > 0) {
        lines.push(line);
        line = [];
        lineWidth = 0;
      }
      for (const g of word) {
        if (lineWidth + g.width > width && line.length > 0) {
          lines.push(line);
          line = [];
          lineWidth = 0;
        }
        line.push(g);
        lineWidth += g.width;
      }
    }
    i = j + 1;
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines;
}

/** How each kind of mark is drawn. */
export type Marker = (mark: Mark, text: string) => string;

function renderLine(line: readonly Glyph[], marker: Marker): string {
  let out = '';
  let run = '';
  let runMark: Mark | undefined;
  const flush = () => (runMark && run ? marker(runMark, run) : run);
  for (const g of line) {
    if (g.mark !== runMark && run) {
      out += flush();
      run = '';
    }
    runMark = g.mark;
    run += g.shown;
  }
  return out + flush();
}

/** The cell's lines joined by newlines: escaped, highlighted by `marker`, wrapped to `width`. */
export function layoutCell(text: string, width: number, ranges: readonly Range[] = [], marker: Marker = (_m, s) => s): string {
  return text
    .split('\n')
    .flatMap((paragraph, k, all) => {
      // A newline inside data is shown as \n, like other control characters, and also breaks the line.
      const shown = k < all.length - 1 ? `${paragraph}\n` : paragraph;
      return wrapGlyphs(glyphs(shown, shiftRanges(ranges, text, k)), Math.max(width, 1));
    })
    .map((line) => renderLine(line, marker))
    .join('\n');
}

function shiftRanges(ranges: readonly Range[], text: string, paragraph: number): Range[] {
  if (paragraph === 0 && !text.includes('\n')) return [...ranges];
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
  const offset = starts[paragraph] ?? 0;
  return ranges.map((r) => ({ start: r.start - offset, end: r.end - offset }));
}

/** Width of the widest line of the text as a terminal will show it. */
export function measureCell(text: string): number {
  return Math.max(...text.split('\n').map((line) => stringWidth(escapeForTerminal(line)) + (line === text ? 0 : 2)));
}
