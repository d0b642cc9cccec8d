import { at } from '../../lists.js';
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

/** closingQuote found no closing quote in the piece; OPEN_ESCAPED: and a backslash ended it, so the next piece's first byte is escaped. */
export const OPEN = -1;
export const OPEN_ESCAPED = -2;

/**
 * Where a JSON string being read closes in this piece of it: the index of its closing
 * quote (one not after an odd run of backslashes) at or after `from`, or OPEN or
 * OPEN_ESCAPED. A native search for each quote. The caller skips the first byte of a
 * piece that begins escaped.
 */
export function closingQuote(bytes: Uint8Array, from: number): number {
  for (let i = from; ; ) {
    const q = bytes.indexOf(QUOTE, i);
    const stop = q < 0 ? bytes.length : q;
    let backslashes = 0;
    while (stop - 1 - backslashes >= i && bytes[stop - 1 - backslashes] === BACKSLASH) backslashes++;
    if (q < 0) return backslashes % 2 === 1 ? OPEN_ESCAPED : OPEN;
    if (backslashes % 2 === 0) return q;
    i = q + 1;
  }
}

/** What is wrong with a file's structure, and the byte offset where it shows. */
export interface StructureProblem {
  offset: number;
  reason: string;
}

/** The first structural problem of a JSON file's bytes, or undefined if its brackets and strings are sound. */
export function checkStructure(bytes: Uint8Array): StructureProblem | undefined {
  const checker = new StructureChecker();
  checker.push(bytes);
  return checker.end();
}

/**
 * checkStructure over a file given a piece at a time, in order (push each, then end):
 * its state is the open brackets and whether a string, or an escape, is open, so that
 * a file of any size is checked in memory of its own.
 */
export class StructureChecker {
  /** The open brackets, as their closing byte, innermost last. */
  private readonly open = new Uint8Array(MAX_DEPTH + 1);
  private depth = 0;
  /** Where the string being read began, or -1 outside strings. */
  private stringStart = -1;
  /** Whether the next byte is escaped (a backslash ended the last piece, in a string). */
  private escaped = false;
  private offset = 0;
  private problem: StructureProblem | undefined;
  /** A bracket closed the wrong thing: the JSON parser says where, and why, better; nothing more is checked. */
  private handedOver = false;

  push(bytes: Uint8Array): void {
    const base = this.offset;
    this.offset += bytes.length;
    if (this.problem || this.handedOver) return;
    const n = bytes.length;
    const open = this.open;
    let i = 0;
    while (i < n) {
      if (this.stringStart >= 0) {
        const at = this.escaped ? i + 1 : i;
        this.escaped = false;
        const q = closingQuote(bytes, at);
        if (q < 0) {
          this.escaped = q === OPEN_ESCAPED;
          return;
        }
        this.stringStart = -1;
        i = q + 1;
        continue;
      }
      const c = at(bytes, i);
      if (c === QUOTE) {
        this.stringStart = base + i;
      } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
        if (this.depth === MAX_DEPTH) {
          this.problem = { offset: base + i, reason: `nested more than ${MAX_DEPTH} levels deep` };
          return;
        }
        open[this.depth++] = c === 0x7b ? 0x7d : 0x5d;
      } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
        if (this.depth === 0 || open[this.depth - 1] !== c) {
          this.handedOver = true;
          return;
        }
        this.depth--;
      }
      i++;
    }
  }

  /** A problem found in the pieces pushed so far (not the file's end: it may not have come). */
  get found(): StructureProblem | undefined {
    return this.problem;
  }

  /** The first problem of all the pieces pushed, or undefined. */
  end(): StructureProblem | undefined {
    if (this.problem || this.handedOver) return this.problem;
    if (this.stringStart >= 0) return { offset: this.stringStart, reason: 'a string that never ends (the file is cut short?)' };
    if (this.depth > 0) return { offset: this.offset, reason: `the file ends inside ${this.depth === 1 ? 'a bracket' : `${this.depth} brackets`} (it is cut short?)` };
    return undefined;
  }
}
