import { closeSync, openSync, readSync, renameSync, writeSync } from 'node:fs';

// A minimal container for typed arrays and text: an 8-byte magic, a JSON header that
// says where each section is, then the sections, each 4-byte aligned. Readers fetch
// only the sections (or byte ranges) they need, so a large index loads in pieces.

const MAGIC = 'FACTSIX1';

/** 32-bit values per cached block (256 KiB). */
const U32_BLOCK = 1 << 16;

type Section = Uint8Array | Uint32Array | Int32Array | string;
type Kind = 'u8' | 'u32' | 'i32' | 'utf8';

interface Entry {
  offset: number;
  length: number;
  kind: Kind;
  /** A text section with only ASCII characters. */
  ascii?: boolean;
}

/** Writes sections and a JSON-able `meta` to `path`, atomically (a temporary file, then a rename). */
export function writeSections(path: string, meta: unknown, sections: Record<string, Section>): void {
  const blobs: { name: string; bytes: Uint8Array; kind: Kind }[] = Object.entries(sections).map(([name, value]) => {
    if (typeof value === 'string') {
      // ASCII text encodes as Latin-1 to the same bytes, several times faster.
      const ascii = Buffer.byteLength(value, 'utf8') === value.length;
      return { name, bytes: Buffer.from(value, ascii ? 'latin1' : 'utf8'), kind: 'utf8' };
    }
    const kind: Kind = value instanceof Uint8Array ? 'u8' : value instanceof Int32Array ? 'i32' : 'u32';
    return { name, bytes: new Uint8Array(value.buffer, value.byteOffset, value.byteLength), kind };
  });
  // The header's size depends on the offsets it holds: lay out with room to spare.
  const entries: Record<string, Entry> = {};
  let headerSize = Buffer.byteLength(JSON.stringify({ meta, sections: Object.fromEntries(blobs.map((b) => [b.name, { offset: 1e15, length: 1e15, kind: b.kind, ascii: true }])) }));
  headerSize = align(12 + headerSize);
  let offset = headerSize;
  for (const blob of blobs) {
    const ascii = blob.kind === 'utf8' && blob.bytes.byteLength === (sections[blob.name] as string).length;
    entries[blob.name] = { offset, length: blob.bytes.byteLength, kind: blob.kind, ...(ascii ? { ascii } : {}) };
    offset = align(offset + blob.bytes.byteLength);
  }
  const header = Buffer.from(JSON.stringify({ meta, sections: entries }), 'utf8');
  const head = Buffer.alloc(headerSize);
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(header.byteLength, 8);
  header.copy(head, 12);
  // Each section is written where it belongs, without assembling the file in memory.
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w');
  try {
    writeSync(fd, head, 0, head.byteLength, 0);
    for (const blob of blobs) writeSync(fd, blob.bytes, 0, blob.bytes.byteLength, (entries[blob.name] as Entry).offset);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
}

function align(n: number): number {
  return (n + 3) & ~3;
}

/** Sections of a file written by writeSections, read on demand. */
export class SectionReader {
  readonly meta: unknown;
  private readonly entries: Record<string, Entry>;

  private constructor(private readonly fd: number) {
    const head = Buffer.alloc(12);
    readSync(fd, head, 0, 12, 0);
    if (head.toString('latin1', 0, 8) !== MAGIC) throw new Error('not an index file');
    const header = Buffer.alloc(head.readUInt32LE(8));
    readSync(fd, header, 0, header.byteLength, 12);
    const parsed = JSON.parse(header.toString('utf8')) as { meta: unknown; sections: Record<string, Entry> };
    this.meta = parsed.meta;
    this.entries = parsed.sections;
  }

  /** Opens a file; undefined if it is missing or not a section file. */
  static open(path: string): SectionReader | undefined {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch {
      return undefined;
    }
    try {
      return new SectionReader(fd);
    } catch {
      closeSync(fd);
      return undefined;
    }
  }

  private entry(name: string): Entry {
    const entry = this.entries[name];
    if (!entry) throw new Error(`index section ${name} is missing`);
    return entry;
  }

  /** Bytes [from, to) of a section. */
  bytes(name: string, from = 0, to?: number): Buffer {
    const entry = this.entry(name);
    const end = Math.min(to ?? entry.length, entry.length);
    const out = Buffer.allocUnsafe(Math.max(end - from, 0));
    if (out.byteLength > 0) readSync(this.fd, out, 0, out.byteLength, entry.offset + from);
    return out;
  }

  u32(name: string): Uint32Array {
    const entry = this.entry(name);
    const out = new Uint32Array(entry.length / 4);
    if (entry.length > 0) readSync(this.fd, new Uint8Array(out.buffer), 0, entry.length, entry.offset);
    return out;
  }

  i32(name: string): Int32Array {
    const u = this.u32(name);
    return new Int32Array(u.buffer);
  }

  u8(name: string): Uint8Array {
    return new Uint8Array(this.bytes(name));
  }

  text(name: string, from = 0, to?: number): string {
    const bytes = this.bytes(name, from, to);
    // Decoding pure ASCII as Latin-1 gives the same string, about twice as fast.
    return this.entry(name).ascii ? bytes.toString('latin1') : bytes.toString('utf8');
  }

  private readonly u32Blocks = new Map<string, Uint32Array>();

  /** Whether a text section holds only ASCII (so byte and character offsets agree). */
  isAscii(name: string): boolean {
    return this.entry(name).ascii === true;
  }

  /** How many 32-bit values a section holds. */
  u32Length(name: string): number {
    return this.entry(name).length / 4;
  }

  private u32Block(name: string, b: number): Uint32Array {
    const key = `${name}:${b}`;
    let block = this.u32Blocks.get(key);
    if (!block) {
      const bytes = this.bytes(name, b * U32_BLOCK * 4, (b + 1) * U32_BLOCK * 4);
      block = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      this.u32Blocks.set(key, block);
    }
    return block;
  }

  /** Values [from, to) of a 32-bit section, read through a cache of 64 Ki-value blocks. */
  u32Range(name: string, from: number, to: number): Uint32Array {
    const out = new Uint32Array(Math.max(to - from, 0));
    for (let at = from; at < to; ) {
      const b = Math.floor(at / U32_BLOCK);
      const end = Math.min(to, (b + 1) * U32_BLOCK);
      out.set(this.u32Block(name, b).subarray(at - b * U32_BLOCK, end - b * U32_BLOCK), at - from);
      at = end;
    }
    return out;
  }

  /** One value of a 32-bit section. */
  u32At(name: string, i: number): number {
    const b = Math.floor(i / U32_BLOCK);
    return this.u32Block(name, b)[i - b * U32_BLOCK] as number;
  }

  close(): void {
    closeSync(this.fd);
  }
}
