import { at } from '../lists.js';
// Spans count Unicode code points (W3C TextPositionSelector), while JavaScript strings
// index UTF-16 code units. The two agree until a text holds a character outside the
// Basic Multilingual Plane, so the conversion is only built for texts that need it.

const surrogate = /[\uD800-\uDFFF]/;

/** Converts between code-point offsets and UTF-16 offsets in one text. */
export interface CodePointIndex {
  /** Number of code points in the text. */
  readonly length: number;
  /** The UTF-16 offset of code point `cp` (cp may equal length). */
  toUnit(cp: number): number;
  /** The code-point offset of UTF-16 offset `unit` (rounded down inside a pair). */
  toCodePoint(unit: number): number;
}

/** Builds a code-point index for `text`; cheap for texts without astral characters. */
export function indexCodePoints(text: string): CodePointIndex {
  if (!surrogate.test(text)) {
    return { length: text.length, toUnit: (cp) => cp, toCodePoint: (unit) => unit };
  }
  const units: number[] = [];
  for (let i = 0; i < text.length; i++) {
    units.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  units.push(text.length);
  return {
    length: units.length - 1,
    toUnit: (cp) => units[cp] ?? text.length,
    toCodePoint: (unit) => {
      let lo = 0;
      let hi = units.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (at(units, mid) <= unit) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

/** The characters of `text` from code point `start` up to (not including) `end`. */
export function sliceCodePoints(text: string, start: number, end: number, index = indexCodePoints(text)): string {
  return text.slice(index.toUnit(start), index.toUnit(end));
}

/** A text's characters counted in code points: its length in them, and a slice by them. */
export interface CodePointText {
  readonly length: number;
  slice(start: number, end: number): string;
}

/** A text as code points, over the string itself. */
export function codePointText(text: string): CodePointText {
  const index = indexCodePoints(text);
  return { length: index.length, slice: (start, end) => sliceCodePoints(text, start, end, index) };
}
