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
        if ((units[mid] as number) <= unit) lo = mid;
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

/** Characters between the marks of compactCodePointText. */
const MARK_EVERY = 128;

/**
 * A text as code points, held in as little memory as it can be: a string of ASCII as it
 * is (a byte a character); any other as its UTF-8 bytes, with the byte offset of every
 * 128th character, rather than a string of two bytes a character (one character past
 * Latin-1 makes V8 keep a whole string so). A slice decodes the marks around it, natively.
 * A text with characters past the Basic Multilingual Plane (whose code points and UTF-16
 * units differ) stays a string.
 */
export function compactCodePointText(text: string): CodePointText {
  if (Buffer.byteLength(text, 'utf8') === text.length || surrogate.test(text)) return codePointText(text);
  // Without surrogates, a code point is a UTF-16 unit: the marks count units.
  const bytes = Buffer.from(text, 'utf8');
  const marks = new Uint32Array(Math.ceil(text.length / MARK_EVERY) + 1);
  for (let k = 1; k < marks.length; k++) marks[k] = (marks[k - 1] as number) + Buffer.byteLength(text.slice((k - 1) * MARK_EVERY, k * MARK_EVERY), 'utf8');
  const length = text.length;
  return {
    length,
    slice: (start, end) => {
      if (end <= start) return '';
      const from = Math.floor(start / MARK_EVERY);
      const to = Math.min(marks.length - 1, Math.ceil(end / MARK_EVERY));
      return bytes.toString('utf8', marks[from], marks[to]).slice(start - from * MARK_EVERY, end - from * MARK_EVERY);
    },
  };
}
