// A first look at a dataset file's bytes, before any parser sees them: brackets that
// nest too deep or never close (a file cut short), and strings that never end. Each is
// one line that says where, found in one pass over the bytes with memory that does not
// grow with the file, so that no parser recurses into a hostile file or builds a tree of
// a broken one. Pure.

/** Deeper than this is refused: a dataset nests 5 levels; extra fields may add some. */
export const MAX_DEPTH = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** A half-open byte range. */
export interface ByteRange {
  start: number;
  end: number;
}

/** The index of the quote that closes the JSON string opening at `start` (a native search: one not after an odd run of backslashes), or -1. */
export function stringEnd(bytes: Uint8Array, start: number): number {
  let i = start;
  for (;;) {
    i = bytes.indexOf(QUOTE, i + 1);
    if (i < 0) return -1;
    let backslashes = 0;
    while (bytes[i - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
}

/** What is wrong with a file's structure, and the byte offset where it shows. */
export interface StructureProblem {
  offset: number;
  reason: string;
}

/** The first structural problem of a JSON file's bytes, or undefined if its brackets and strings are sound. */
export function checkStructure(bytes: Uint8Array): StructureProblem | undefined {
  // The open brackets, as their closing byte, innermost last.
  const open = new Uint8Array(MAX_DEPTH + 1);
  let depth = 0;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number;
    if (c === QUOTE) {
      const start = i;
      i = stringEnd(bytes, start);
      if (i < 0) return { offset: start, reason: 'a string that never ends (the file is cut short?)' };
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth === MAX_DEPTH) return { offset: i, reason: `nested more than ${MAX_DEPTH} levels deep` };
      open[depth++] = c === 0x7b ? 0x7d : 0x5d;
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      // A bracket that closes the wrong thing: the JSON parser says where, and why, better.
      if (depth === 0 || open[depth - 1] !== c) return undefined;
      depth--;
    }
  }
  if (depth > 0) return { offset: n, reason: `the file ends inside ${depth === 1 ? 'a bracket' : `${depth} brackets`} (it is cut short?)` };
  return undefined;
}

/** 1-based line and column (in code points) of a byte offset of UTF-8 bytes. */
export function lineAndColumnOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0 && i < offset; i = bytes.indexOf(0x0a, i + 1)) {
    line++;
    lineStart = i + 1;
  }
  // Code points: every byte that does not continue a UTF-8 sequence starts one.
  let column = 1;
  for (let i = lineStart; i < offset && i < bytes.length; i++) if (((bytes[i] as number) & 0xc0) !== 0x80) column++;
  return { line, column };
}
