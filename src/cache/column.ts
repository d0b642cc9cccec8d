import { closeSync, openSync, rmSync } from 'node:fs';
import { readAt, writeAt } from '../files/positional.js';
import { at } from '../lists.js';

// Columns an index is built into, value by value, in order: 32-bit values or text. A
// small index keeps them in memory; a large one spills them as they come to a temporary
// file beside the file they will be part of (writeSections copies them in), so that
// building the index of a million records never holds its largest columns in memory.
// Both kinds read back in order (forEach), which is how an inverted index is made from
// a column without keeping it.

// (Columns are told apart by their fields, not by instanceof: each bundle of the build
// has its own copy of these classes.)

/** A column of 32-bit values, appended in order. */
export interface U32Column {
  readonly kind: 'u32';
  /** Whether it is a file (SpilledColumn) rather than memory. */
  readonly spilled: boolean;
  readonly length: number;
  push(value: number): void;
  /** Every value in order (once the column is complete). */
  forEach(each: (value: number, index: number) => void): void;
  /** The values, as a view: only a column held in memory has them. */
  values?(): Uint32Array;
  /** Removes what was spilled (nothing, for a column in memory). */
  discard(): void;
}

/** A column of text, appended a piece at a time; `length` counts its UTF-8 bytes. */
export interface TextColumn {
  readonly kind: 'utf8';
  readonly spilled: boolean;
  readonly length: number;
  append(text: string): void;
  discard(): void;
}

export type Column = U32Column | TextColumn;

/** Whether a section value is a column (rather than a typed array or a string). */
export function isColumn(value: unknown): value is Column {
  return typeof value === 'object' && value !== null && 'spilled' in value;
}

/** A column held in memory, grown by doubling. */
export class MemoryU32Column implements U32Column {
  readonly kind = 'u32';
  readonly spilled = false;
  private data = new Uint32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  forEach(each: (value: number, index: number) => void): void {
    for (let i = 0; i < this.length; i++) each(at(this.data, i), i);
  }

  /** The values, as a view (not a copy). */
  values(): Uint32Array {
    return this.data.subarray(0, this.length);
  }

  discard(): void {}
}

/** Text held in memory, as pieces joined once. */
export class MemoryTextColumn implements TextColumn {
  readonly kind = 'utf8';
  readonly spilled = false;
  private readonly parts: string[] = [];
  length = 0;

  append(text: string): void {
    this.parts.push(text);
    this.length += Buffer.byteLength(text);
  }

  text(): string {
    return this.parts.join('');
  }

  discard(): void {}
}

/** Spilled columns made by this process, to name each apart. */
let spilled = 0;

/** Bytes buffered before a spilled column is written out (256 KiB): a whole number of every block size. */
const SPILL_BUFFER = 1 << 18;

/**
 * A column written to its own temporary file as it grows (`NAME.PID.RANDOM.tmp`, the
 * pattern that removeTemporaries tidies after a killed writer), 256 KiB at a time.
 */
export class SpilledColumn {
  readonly spilled = true;
  readonly path: string;
  private readonly fd: number;
  private readonly buffer = Buffer.allocUnsafe(SPILL_BUFFER);
  private readonly values = new Uint32Array(this.buffer.buffer, this.buffer.byteOffset, SPILL_BUFFER / 4);
  private used = 0;
  /** Bytes written, to the file and the buffer. */
  private written = 0;
  /** Whether every text appended was ASCII (so byte and character offsets agree). */
  ascii = true;

  constructor(
    readonly kind: 'u32' | 'utf8',
    beside: string,
  ) {
    // (Not node:crypto: store.ts loads this module at start-up, and crypto costs it time.)
    this.path = `${beside}.${process.pid}.${(++spilled).toString(16)}${Math.floor(Math.random() * 2 ** 32).toString(16)}.tmp`;
    this.fd = openSync(this.path, 'wx+');
  }

  /** Values for a u32 column, bytes for a text column. */
  get length(): number {
    return this.kind === 'u32' ? this.written / 4 : this.written;
  }

  push(value: number): void {
    if (this.used === SPILL_BUFFER) this.flush();
    this.values[this.used >> 2] = value;
    this.used += 4;
    this.written += 4;
  }

  append(text: string): void {
    // Room for the worst case (3 bytes a UTF-16 unit): written straight into the buffer.
    if (text.length * 3 <= SPILL_BUFFER - this.used) {
      const bytes = this.buffer.write(text, this.used, 'utf8');
      if (bytes !== text.length) this.ascii = false;
      this.used += bytes;
      this.written += bytes;
      return;
    }
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.byteLength !== text.length) this.ascii = false;
    for (let at = 0; at < bytes.byteLength; ) {
      if (this.used === SPILL_BUFFER) this.flush();
      const n = bytes.copy(this.buffer, this.used, at, Math.min(bytes.byteLength, at + SPILL_BUFFER - this.used));
      this.used += n;
      this.written += n;
      at += n;
    }
  }

  private flush(): void {
    writeAt(this.fd, this.buffer.subarray(0, this.used), this.written - this.used);
    this.used = 0;
  }

  /** Calls `each` with the file's bytes in order, 256 KiB at a time (the column is complete). */
  forEachChunk(each: (bytes: Buffer) => void): void {
    this.flush();
    const chunk = Buffer.allocUnsafe(SPILL_BUFFER);
    // Whole chunks (a short read would put the block checksums out of step).
    for (let at = 0; at < this.written; at += SPILL_BUFFER) {
      const part = chunk.subarray(0, Math.min(SPILL_BUFFER, this.written - at));
      if (readAt(this.fd, part, at) !== part.byteLength) throw new Error(`${this.path}: cut short while it was read back`);
      each(part);
    }
  }

  forEach(each: (value: number, index: number) => void): void {
    let index = 0;
    this.forEachChunk((bytes) => {
      // Chunks are whole values: SPILL_BUFFER is a multiple of 4, and so is every read but the last.
      const values = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
      for (let i = 0; i < values.length; i++) each(at(values, i), index++);
    });
  }

  /** Closes and removes the file. */
  discard(): void {
    try {
      closeSync(this.fd);
    } catch {
      // Already closed.
    }
    rmSync(this.path, { force: true });
  }
}

/** A column of 32-bit values spilled to a temporary file beside `beside` (an fs error if it cannot be made). */
export function spilledU32(beside: string): U32Column {
  return new SpilledColumn('u32', beside) as unknown as U32Column;
}

/** A text column spilled to a temporary file beside `beside` (an fs error if it cannot be made). */
export function spilledText(beside: string): TextColumn {
  return new SpilledColumn('utf8', beside) as unknown as TextColumn;
}

/**
 * An inverted index packed in one array: for each id in 0..size, the values given with it,
 * in the order given: values[offsets[id]..offsets[id + 1]]. `pairs` hands over every
 * (id, value) and is called twice, once to count and once to fill, so that pairs read
 * back from a spilled column are never held; each list is allocated at its final size.
 */
export function packPostings(size: number, pairs: (each: (id: number, value: number) => void) => void): { values: Uint32Array; offsets: Uint32Array } {
  const offsets = new Uint32Array(size + 1);
  pairs((id) => {
    offsets[id + 1] = at(offsets, id + 1) + 1;
  });
  for (let id = 0; id < size; id++) offsets[id + 1] = at(offsets, id + 1) + at(offsets, id);
  const values = new Uint32Array(at(offsets, size));
  const filled = offsets.slice(0, size);
  pairs((id, value) => {
    values[at(filled, id)] = value;
    filled[id] = at(filled, id) + 1;
  });
  return { values, offsets };
}

/** Makes the columns of one index: spilled beside `path` when it can be written, else in memory. */
export interface ColumnMaker {
  u32(): U32Column;
  text(): TextColumn;
}

/** Columns in memory. */
export const IN_MEMORY: ColumnMaker = {
  u32: () => new MemoryU32Column(),
  text: () => new MemoryTextColumn(),
};
