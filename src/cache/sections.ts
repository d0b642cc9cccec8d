import { randomBytes } from 'node:crypto';
import { closeSync, fstatSync, openSync, rmSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { FactsError } from '../errors.js';
import { replaceAtomically } from '../files/fs.js';
import { readAt, writeAt } from '../files/positional.js';
import { isColumn, type Column, type MemoryTextColumn, type MemoryU32Column, type SpilledColumn, type TextColumn, type U32Column } from './column.js';
import { at } from '../lists.js';

// A minimal container for typed arrays and text, checked: an 8-byte magic, the cache's
// version, the header's length and checksum, a JSON header that says where each section
// is, then the sections, each 4-byte aligned. Every block of every section (256 KiB, or
// 16 KiB of a text) has a checksum in the header, so readers still fetch only the
// sections (or blocks) they need, and every byte they are given has been checked. A file
// that is short, of another version or byte order, whose header fails its checksum, or
// whose sections are not the ones its layout declares, is not opened; a block that fails
// its checksum when it is read discards the file (and whatever the opener says goes with
// it) and throws DamagedFileError, one line.
// docs/cache-format.md describes the format field by field.
//
// The checksum is CRC-32 (zlib's, from node:zlib), as 8 hex digits. It is there to catch
// torn writes and flipped bits, not an attacker, which is what CRC-32 is for (gzip, zip
// and PNG check their data with it); it ships with Node (20.15 and later) and runs at
// about 4 GB/s here, three times SHA-1, which the search of every hit paid for on the
// thousand text blocks it reads.

/** What every cache file starts with; it never changes (CACHE_VERSION does). */
const MAGIC = 'FACTSIDX';

/**
 * The one version of the cache: of the container and of every file in it (records.bin,
 * search.bin, corpus.bin), written in every file and in the cache folder's name. Bump it
 * when anything any of them holds changes; every file is then rebuilt (docs/cache-format.md
 * keeps the history).
 */
export const CACHE_VERSION = 18;

/** A checksum's length: 8 hex digits, in the header's JSON and in the preamble (as ASCII). */
const CHECKSUM_DIGITS = 8;

/** magic, version, header length, header checksum. */
const PREAMBLE = 8 + 4 + 4 + CHECKSUM_DIGITS;

/** The byte order typed-array sections are written in: the host's, named in the header (as node:os's endianness() says it, without loading node:os at every start-up). */
const BYTE_ORDER = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';

/** Bytes per checked block; also the unit of block reads (64 Ki 32-bit values). */
const BLOCK = 1 << 18;
const U32_BLOCK = BLOCK / 4;
/**
 * Text sections have smaller blocks: a record's text is read on its own (a search ranks a
 * thousand of them, anywhere in the section), and a 256 KiB block read and checked for
 * each cost a search at a million records a fifth of its time. A whole section is read
 * as fast either way.
 */
const TEXT_BLOCK = 1 << 14;

export type Section = Uint8Array | Uint32Array | Int32Array | string;
type Kind = 'u8' | 'u32' | 'i32' | 'utf8';

/** The sections of a kind of file, declared once, in the order the file has them: their names and kinds, for the writer and the reader. */
export type Layout = Readonly<Record<string, Kind>>;

/** What a section of a kind is written from: a typed array or a column, or text. */
export type WrittenAs<K extends Kind> = K extends 'u8' ? Uint8Array : K extends 'i32' ? Int32Array : K extends 'utf8' ? string | TextColumn : Uint32Array | U32Column;

/** Every section of a layout, each of its kind. */
export type SectionsOf<L extends Layout> = { [N in keyof L]: WrittenAs<L[N]> };

/** The names of a layout's sections of one kind. */
export type NamesOf<L extends Layout, K extends Kind> = { [N in keyof L]: L[N] extends K ? N : never }[keyof L] & string;

interface Entry {
  offset: number;
  length: number;
  kind: Kind;
  /** A text section with only ASCII characters. */
  ascii?: boolean;
  /** The checksum of each block-sized piece of the section, in order. */
  sums: string[];
  /** The block size, when it is not BLOCK (text sections: TEXT_BLOCK). */
  block?: number;
}

interface Header {
  meta: unknown;
  /** The whole file's length: a shorter file was cut off. */
  size: number;
  /** The byte order of the typed-array sections: the writer's ("LE" or "BE"). */
  byteOrder: string;
  sections: Record<string, Entry>;
}

/**
 * A section file whose content is not what was written: a block failed its checksum when
 * it was read. The file is discarded before this is thrown, so the next run rebuilds it;
 * this run stops in one line, since what it printed or read so far may have come from
 * the file.
 */
export class DamagedFileError extends FactsError {
  constructor(readonly path: string) {
    super(`the index cache ${path} failed its checksum; the cache of this data was removed: run the command again`);
  }
}

/** A block's or a header's checksum: its CRC-32 as 8 hex digits. */
function checksum(bytes: Uint8Array): string {
  return crc32(bytes).toString(16).padStart(CHECKSUM_DIGITS, '0');
}

function blockSums(bytes: Uint8Array, block: number): string[] {
  const sums: string[] = [];
  for (let at = 0; at < bytes.byteLength; at += block) sums.push(checksum(bytes.subarray(at, Math.min(at + block, bytes.byteLength))));
  return sums;
}

/** The suffix of the temporary files writeSections makes: `NAME.PID.RANDOM.tmp`. */
export const TEMPORARY = /\.(\d+)\.[0-9a-f]+\.tmp$/;

/**
 * Writes sections and a JSON-able `meta` to `path`, atomically: a temporary file of its
 * own (so two writers never share one), then a rename, so a reader sees the old file or
 * the new one, whole. A writer killed midway leaves only its temporary file. A column
 * (column.ts) is a section too: one spilled to a file is copied in 256 KiB at a time,
 * and its file removed, whether the write succeeds or not.
 */
export function writeSections<L extends Layout>(path: string, layout: L, meta: unknown, sections: SectionsOf<L> & Readonly<Record<string, Section | Column>>): void {
  // In the layout's order, whatever the order of the object given.
  const ordered = Object.keys(layout).map((name): [string, Section | Column] => {
    const value = sections[name];
    if (value === undefined) throw new Error(`${path}: no section '${name}' to write`);
    return [name, value];
  });
  try {
    writeAll(path, meta, ordered);
  } finally {
    for (const [, value] of ordered) if (isColumn(value)) value.discard();
  }
}

type Blob = { name: string; kind: Kind; ascii: boolean; length: number } & ({ bytes: Uint8Array } | { spilled: SpilledColumn });

function blobOf(name: string, value: Section | Column): Blob {
  if (isColumn(value)) {
    if (value.spilled) {
      const spilled = value as unknown as SpilledColumn;
      return { name, kind: spilled.kind, ascii: spilled.kind === 'utf8' && spilled.ascii, length: spilled.kind === 'u32' ? spilled.length * 4 : spilled.length, spilled };
    }
    return blobOf(name, value.kind === 'u32' ? (value as MemoryU32Column).values() : (value as MemoryTextColumn).text());
  }
  if (typeof value === 'string') {
    // ASCII text encodes as Latin-1 to the same bytes, several times faster.
    const ascii = Buffer.byteLength(value, 'utf8') === value.length;
    const bytes = Buffer.from(value, ascii ? 'latin1' : 'utf8');
    return { name, bytes, kind: 'utf8', ascii, length: bytes.byteLength };
  }
  const section = value as Exclude<Section, string>;
  const kind: Kind = section instanceof Uint8Array ? 'u8' : section instanceof Int32Array ? 'i32' : 'u32';
  const bytes = new Uint8Array(section.buffer, section.byteOffset, section.byteLength);
  return { name, bytes, kind, ascii: false, length: bytes.byteLength };
}

function writeAll(path: string, meta: unknown, sections: readonly [string, Section | Column][]): void {
  const blobs = sections.map(([name, value]) => blobOf(name, value));
  const blockOf = (kind: Kind) => (kind === 'utf8' ? TEXT_BLOCK : BLOCK);
  // Every checksum has the same length: the header's size is known before they are.
  const placeholder = '0'.repeat(CHECKSUM_DIGITS);
  const sums: string[][] = blobs.map((b) => Array.from({ length: Math.ceil(b.length / blockOf(b.kind)) }, () => placeholder));
  // The header's size depends on the offsets it holds: lay out with room to spare.
  const sizeFor = (offsets: number) =>
    Buffer.byteLength(JSON.stringify({ meta, size: offsets, byteOrder: BYTE_ORDER, sections: Object.fromEntries(blobs.map((b, i) => [b.name, { offset: offsets, length: offsets, kind: b.kind, ascii: true, sums: sums[i], block: blockOf(b.kind) }])) }));
  const headerRoom = align(PREAMBLE + sizeFor(1e15));
  let offset = headerRoom;
  // Each blob's entry, in the blobs' order.
  const placed = blobs.map((blob, i): Entry => {
    const block = blockOf(blob.kind);
    const entry = { offset, length: blob.length, kind: blob.kind, ...(blob.ascii ? { ascii: true } : {}), sums: at(sums, i), ...(block === BLOCK ? {} : { block }) };
    offset = align(offset + blob.length);
    return entry;
  });
  const entries: Record<string, Entry> = Object.fromEntries(blobs.map((blob, i) => [blob.name, at(placed, i)]));
  const size = offset;
  // Each section is written where it belongs, without assembling the file in memory; the
  // header goes last, once every block's checksum is known.
  replaceAtomically(path, `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`, (fd) => {
    blobs.forEach((blob, i) => {
      const entry = at(placed, i);
      const block = blockOf(blob.kind);
      if ('bytes' in blob) {
        entry.sums = blockSums(blob.bytes, block);
        writeAt(fd, blob.bytes, entry.offset);
        return;
      }
      // Spilled chunks are whole blocks (256 KiB is a multiple of each block size), but the last.
      const found: string[] = [];
      let to = entry.offset;
      blob.spilled.forEachChunk((bytes) => {
        found.push(...blockSums(bytes, block));
        writeAt(fd, bytes, to);
        to += bytes.byteLength;
      });
      if (to !== entry.offset + blob.length || found.length !== entry.sums.length) throw new Error(`${blob.spilled.path}: not the length it was said to have`);
      entry.sums = found;
    });
    const header = Buffer.from(JSON.stringify({ meta, size, byteOrder: BYTE_ORDER, sections: entries } satisfies Header), 'utf8');
    const head = Buffer.alloc(headerRoom);
    head.write(MAGIC, 0, 'latin1');
    head.writeUInt32LE(CACHE_VERSION, 8);
    head.writeUInt32LE(header.byteLength, 12);
    head.write(checksum(header), 16, 'latin1');
    header.copy(head, PREAMBLE);
    writeAt(fd, head, 0);
    // The padding after the last section, so that the file is exactly `size` bytes long.
    const end = Math.max(headerRoom, ...Object.values(entries).map((e) => e.offset + e.length));
    if (size > end) writeAt(fd, Buffer.alloc(size - end), end);
  });
}


/** The bytes in an ArrayBuffer of their own, 4-aligned, for a typed array over them (a Buffer may share a pool at any offset). */
function ownBuffer(bytes: Buffer): ArrayBufferLike {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

function align(n: number): number {
  return (n + 3) & ~3;
}

/** What opening a section file found: a reader, no file, a file of another version (rebuilt silently), or one not to be trusted, and why. */
export type Opened<L extends Layout> = { reader: SectionReader<L> } | { missing: true } | { outdated: true } | { damaged: string };

/** Sections of a file written by writeSections, read on demand, every block checked; its layout says which sections of which kind it has. */
export class SectionReader<L extends Layout = Layout> {
  readonly meta: unknown;
  private readonly entries: Record<string, Entry>;
  /** The blocks read so far, by section and block number (a list per section: a key string per read cost listings a tenth of their time). */
  private readonly blocks = new Map<string, (Buffer | undefined)[]>();

  private constructor(
    private readonly fd: number,
    readonly path: string,
    header: Header,
    private readonly discard: () => void,
  ) {
    this.meta = header.meta;
    this.entries = header.sections;
  }

  /**
   * Opens a file of this layout and checks its header; says whether it is missing,
   * outdated, or why it is not to be trusted. `discard` removes it, and what was derived
   * with it, when a block read later fails its checksum.
   */
  static open<L extends Layout>(path: string, layout: L, discard = () => rmSync(path, { force: true })): Opened<L> {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return { missing: true };
    }
    const close = <T>(found: T): T => {
      closeSync(fd);
      return found;
    };
    const problem = (why: string) => close({ damaged: why });
    const size = fstatSync(fd).size;
    const head = Buffer.alloc(PREAMBLE);
    if (readAt(fd, head, 0) < PREAMBLE) return problem('it is cut short');
    if (head.toString('latin1', 0, 8) !== MAGIC) return problem('it is not an index cache file');
    if (head.readUInt32LE(8) !== CACHE_VERSION) return close({ outdated: true });
    const bytes = Buffer.alloc(head.readUInt32LE(12));
    if (readAt(fd, bytes, PREAMBLE) < bytes.byteLength) return problem('it is cut short');
    if (checksum(bytes) !== head.toString('latin1', 16, PREAMBLE)) return problem('its header fails its checksum');
    let header: Header;
    try {
      header = JSON.parse(bytes.toString('utf8')) as Header;
    } catch {
      return problem('its header fails its checksum');
    }
    if (header.size !== size) return problem(size < header.size ? 'it is cut short' : 'it has bytes after its end');
    if (header.byteOrder !== BYTE_ORDER) return problem(`it was written on a host of the other byte order (${header.byteOrder})`);
    const names = Object.keys(header.sections);
    const declared = Object.keys(layout);
    if (names.join('\n') !== declared.join('\n') || declared.some((name) => header.sections[name]?.kind !== layout[name])) return problem('its sections are not the ones this version declares');
    return { reader: new SectionReader<L>(fd, path, header, discard) };
  }

  private entry(name: string): Entry {
    const entry = this.entries[name];
    if (!entry) throw this.damaged();
    return entry;
  }

  /** The file is not what was written: it goes, and the run stops in one line. */
  private damaged(): DamagedFileError {
    this.discard();
    return new DamagedFileError(this.path);
  }

  /** Reads bytes [from, to) of a section (whole blocks), checking each block. */
  private readChecked(entry: Entry, from: number, to: number): Buffer {
    const out = Buffer.allocUnsafe(to - from);
    if (readAt(this.fd, out, entry.offset + from) !== out.byteLength) throw this.damaged();
    const size = entry.block ?? BLOCK;
    for (let at = 0; at < out.byteLength; at += size) {
      if (checksum(out.subarray(at, Math.min(at + size, out.byteLength))) !== entry.sums[(from + at) / size]) throw this.damaged();
    }
    return out;
  }

  /**
   * Says that `count` texts are about to be read from a section, from anywhere in it. When
   * they would touch most of its blocks, the section is read at once into the block cache,
   * each block checked: one read rather than one a block.
   */
  readingMany(name: NamesOf<L, 'utf8'>, count: number): void {
    const entry = this.entry(name);
    const size = entry.block ?? BLOCK;
    const blocks = Math.ceil(entry.length / size);
    // (n reads spread over b blocks touch b(1 - e^(-n/b)) of them: 2n >= b, four in ten at least.)
    if (count * 2 < blocks) return;
    const list = this.blocksRead(name);
    const whole = this.readChecked(entry, 0, entry.length);
    for (let b = 0; b < blocks; b++) list[b] ??= whole.subarray(b * size, Math.min((b + 1) * size, entry.length));
  }

  /** The blocks of a section read so far, by index. */
  private blocksRead(name: string): (Buffer | undefined)[] {
    let list = this.blocks.get(name);
    if (!list) this.blocks.set(name, (list = []));
    return list;
  }

  /** Block b of a section, read and checked once. */
  private block(name: string, b: number): Buffer {
    const list = this.blocksRead(name);
    let block = list[b];
    if (!block) {
      const entry = this.entry(name);
      const size = entry.block ?? BLOCK;
      block = this.readChecked(entry, b * size, Math.min((b + 1) * size, entry.length));
      list[b] = block;
    }
    return block;
  }

  /** Bytes [from, to) of a section: the whole section at once, or a range through the block cache. */
  private bytes(name: string, from = 0, to?: number): Buffer {
    const entry = this.entry(name);
    const end = Math.min(to ?? entry.length, entry.length);
    if (from === 0 && end === entry.length) return this.readChecked(entry, 0, entry.length);
    const out = Buffer.allocUnsafe(Math.max(end - from, 0));
    const size = entry.block ?? BLOCK;
    for (let at = from; at < end; ) {
      const b = Math.floor(at / size);
      const stop = Math.min(end, (b + 1) * size);
      this.block(name, b).copy(out, at - from, at - b * size, stop - b * size);
      at = stop;
    }
    return out;
  }

  u32(name: NamesOf<L, 'u32'>): Uint32Array {
    const bytes = this.bytes(name);
    return new Uint32Array(ownBuffer(bytes));
  }

  i32(name: NamesOf<L, 'i32'>): Int32Array {
    const bytes = this.bytes(name);
    return new Int32Array(ownBuffer(bytes));
  }

  u8(name: NamesOf<L, 'u8'>): Uint8Array {
    return new Uint8Array(this.bytes(name));
  }

  text(name: NamesOf<L, 'utf8'>, from = 0, to?: number): string {
    const entry = this.entry(name);
    // Decoding pure ASCII as Latin-1 gives the same string, about twice as fast.
    const encoding = entry.ascii ? 'latin1' : 'utf8';
    const end = Math.min(to ?? entry.length, entry.length);
    const size = entry.block ?? BLOCK;
    const b = Math.floor(from / size);
    // A short text within one block (a record's, as a listing prints it) is decoded from the block, not copied out first.
    if ((from > 0 || end < entry.length) && end > from && Math.floor((end - 1) / size) === b) return this.block(name, b).toString(encoding, from - b * size, end - b * size);
    return this.bytes(name, from, to).toString(encoding);
  }

  /**
   * Texts [from, to) of a section asked for in order, read a block at a time, checked,
   * and let go: the blocks are not kept (text() keeps every block it reads), so reading
   * every text once holds one block at a time, not the whole section.
   */
  forwardText(name: NamesOf<L, 'utf8'>): (from: number, to: number) => string {
    const entry = this.entry(name);
    const encoding = entry.ascii ? 'latin1' : 'utf8';
    const size = entry.block ?? BLOCK;
    // The blocks held: [first, first + held's length in blocks).
    let first = 0;
    let held: Buffer = Buffer.alloc(0);
    return (from, to) => {
      const end = Math.min(to, entry.length);
      if (end <= from) return '';
      const firstNeeded = Math.floor(from / size);
      const lastNeeded = Math.floor((end - 1) / size);
      if (firstNeeded < first || (lastNeeded + 1) * size > first * size + held.byteLength) {
        first = firstNeeded;
        held = this.readChecked(entry, first * size, Math.min((lastNeeded + 1) * size, entry.length));
      }
      return held.toString(encoding, from - first * size, end - first * size);
    };
  }

  /** Whether a text section holds only ASCII (so byte and character offsets agree). */
  isAscii(name: NamesOf<L, 'utf8'>): boolean {
    return this.entry(name).ascii === true;
  }

  /** How many 32-bit values a section holds. */
  u32Length(name: NamesOf<L, 'u32'>): number {
    return this.entry(name).length / 4;
  }

  /** Values [from, to) of a 32-bit section, read through the block cache. */
  u32Range(name: NamesOf<L, 'u32'>, from: number, to: number): Uint32Array {
    const bytes = this.bytes(name, from * 4, to * 4);
    return new Uint32Array(ownBuffer(bytes));
  }

  private readonly u32Blocks = new Map<string, (Uint32Array | undefined)[]>();

  /** One value of a 32-bit section (verify reads these by the million: a typed array per block, not a Buffer read). */
  u32At(name: NamesOf<L, 'u32'>, i: number): number {
    const b = Math.floor(i / U32_BLOCK);
    let list = this.u32Blocks.get(name);
    if (!list) this.u32Blocks.set(name, (list = []));
    let values = list[b];
    if (!values) {
      const bytes = this.block(name, b);
      values = new Uint32Array(ownBuffer(bytes));
      list[b] = values;
    }
    return at(values, i - b * U32_BLOCK);
  }

  close(): void {
    closeSync(this.fd);
  }
}
