import { closeSync, fstatSync, openSync } from 'node:fs';
import { DataError } from '../../errors.js';
import { isLayoutProblem, LayoutScanner, type DatasetLayout } from './layout.js';
import { readAt } from '../../files/positional.js';
import { StructureChecker } from './structure.js';
import { at } from '../../lists.js';

// The bytes of a dataset, read by range: a file through a window of a megabyte, or a
// buffer already in memory. A file is never held whole: it is laid out in one pass over
// its pieces (its brackets and strings checked as they pass), then validation reads it an
// element at a time, in order, through the window.

/** Bytes read by range, and in pieces from the start. */
export interface Bytes {
  readonly size: number;
  /** Bytes [start, end): a view, valid until the next read. Reads in order go through a window. */
  read(start: number, end: number): Buffer;
  /** Bytes [start, end), read on their own: a read out of order, which leaves the window where it is. */
  readAside(start: number, end: number): Buffer;
  /** Every byte, in order, a piece at a time (each piece valid until the next), until `each` returns false. */
  forEachPiece(each: (piece: Buffer, offset: number) => boolean | void): void;
}

/** A buffer in memory as Bytes. */
export function bufferBytes(buffer: Buffer): Bytes {
  return {
    size: buffer.byteLength,
    read: (start, end) => buffer.subarray(start, end),
    readAside: (start, end) => buffer.subarray(start, end),
    forEachPiece: (each) => each(buffer, 0),
  };
}

/** Bytes of a file read at a time, and the window elements are read through. */
const PIECE = 1 << 20;
const WINDOW = 1 << 20;

/** An open file as Bytes; a file that turns out shorter than it was is a DataError that names it. */
export class FileBytes implements Bytes {
  private window: Buffer | undefined;
  private windowStart = 0;
  private windowLength = 0;

  private constructor(
    private readonly fd: number,
    readonly size: number,
    private readonly name: string,
  ) {}

  /** Opens a file (the caller closes it); fs errors are thrown as they come. */
  static open(path: string, name: string): FileBytes {
    const fd = openSync(path, 'r');
    try {
      return new FileBytes(fd, fstatSync(fd).size, name);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  private readInto(buffer: Buffer, at: number): void {
    if (readAt(this.fd, buffer, at) !== buffer.byteLength) throw new DataError([`${this.name}: changed while it was being read; run the command again`]);
  }

  read(start: number, end: number): Buffer {
    if (this.window && start >= this.windowStart && end <= this.windowStart + this.windowLength) return this.window.subarray(start - this.windowStart, end - this.windowStart);
    // An element larger than the window (a long source's text) is read on its own.
    if (end - start > WINDOW) return this.readAside(start, end);
    // (No larger than the file: a library reads hundreds of small files.)
    this.window ??= Buffer.allocUnsafe(Math.min(WINDOW, this.size));
    this.windowStart = start;
    this.windowLength = Math.min(WINDOW, this.size - start);
    this.readInto(this.window.subarray(0, this.windowLength), start);
    return this.window.subarray(0, end - start);
  }

  readAside(start: number, end: number): Buffer {
    const bytes = Buffer.allocUnsafe(end - start);
    this.readInto(bytes, start);
    return bytes;
  }

  forEachPiece(each: (piece: Buffer, offset: number) => boolean | void): void {
    const piece = Buffer.allocUnsafe(Math.min(PIECE, Math.max(this.size, 1)));
    for (let at = 0; at < this.size; at += PIECE) {
      const part = piece.subarray(0, Math.min(PIECE, this.size - at));
      this.readInto(part, at);
      if (each(part, at) === false) return;
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * The layout of a dataset's bytes, in one pass over them; or its first problem, as a
 * line that names the file, line and column. Reading stops at the first problem of its
 * grammar; one of its brackets or strings found before it is said instead, and so is
 * a file cut short (which shows only at its end).
 */
export function scanBytes(bytes: Bytes, name: string): { layout: DatasetLayout } | { problem: string } {
  const structure = new StructureChecker();
  const layout = new LayoutScanner();
  bytes.forEachPiece((piece) => {
    structure.push(piece);
    layout.push(piece);
    return layout.found === undefined;
  });
  const where = (offset: number) => {
    const { line, column } = lineAndColumnIn(bytes, offset);
    return `${name}:${line}:${column}`;
  };
  const misplaced = layout.found;
  const broken = misplaced ? structure.found : structure.end();
  if (broken && (!misplaced || broken.offset <= misplaced.offset)) return { problem: `${where(broken.offset)}: invalid JSON: ${broken.reason}` };
  const found = layout.end();
  if (isLayoutProblem(found)) return { problem: `${where(found.offset)}: invalid JSON: expected ${found.reason}` };
  return { layout: found };
}

/** 1-based line and column (in code points) of a byte offset of UTF-8 bytes, read in pieces up to it. */
export function lineAndColumnIn(bytes: Bytes, offset: number): { line: number; column: number } {
  let line = 1;
  let column = 1;
  bytes.forEachPiece((piece, from) => {
    const stop = Math.min(piece.byteLength, offset - from);
    let lineStart = 0;
    for (let i = piece.indexOf(0x0a); i >= 0 && i < stop; i = piece.indexOf(0x0a, i + 1)) {
      line++;
      column = 1;
      lineStart = i + 1;
    }
    // Code points: every byte that does not continue a UTF-8 sequence starts one.
    for (let i = lineStart; i < stop; i++) if ((at(piece, i) & 0xc0) !== 0x80) column++;
    return from + piece.byteLength < offset;
  });
  return { line, column };
}
