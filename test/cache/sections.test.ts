import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CACHE_VERSION, SectionReader, writeSections, type Layout } from '../../src/cache/sections.js';
import { isFactsError } from '../../src/errors.js';
import { tempDir } from '../helpers.js';

// The container as docs/cache-format.md describes it: the preamble's fields where the
// document puts them, and what a reader does on each kind of mismatch.

const LAYOUT = { numbers: 'u32', words: 'utf8' } as const satisfies Layout;

function written(): string {
  const path = join(tempDir(), 'x.bin');
  writeSections(path, LAYOUT, { about: 'a test' }, { words: 'one two', numbers: Uint32Array.from([1, 2, 3]) });
  return path;
}

describe('a section file', () => {
  it('starts with the magic, the version, the header length and checksum, as documented', () => {
    const bytes = readFileSync(written());
    expect(bytes.toString('latin1', 0, 8)).toBe('FACTSIDX');
    expect(bytes.readUInt32LE(8)).toBe(CACHE_VERSION);
    const header = JSON.parse(bytes.toString('utf8', 24, 24 + bytes.readUInt32LE(12)));
    // The sections in the layout's order, whatever the order they were given in.
    expect(Object.keys(header.sections)).toEqual(['numbers', 'words']);
    expect(header).toMatchObject({ meta: { about: 'a test' }, size: bytes.length, byteOrder: 'LE' });
  });

  it('checks the header and every block with CRC-32, as 8 hex digits', () => {
    const path = join(tempDir(), 'crc.bin');
    // "123456789" is CRC-32's check value: cbf43926 for the CRC of zlib, gzip and PNG.
    writeSections(path, LAYOUT, {}, { words: '123456789', numbers: Uint32Array.from([]) });
    const bytes = readFileSync(path);
    const length = bytes.readUInt32LE(12);
    const header = JSON.parse(bytes.toString('utf8', 24, 24 + length));
    expect(header.sections.words.sums).toEqual(['cbf43926']);
    expect(bytes.toString('latin1', 16, 24)).toBe(crc32(bytes.subarray(24, 24 + length)).toString(16).padStart(8, '0'));
  });

  it('reads back what was written', () => {
    const opened = SectionReader.open(written(), LAYOUT);
    if (!('reader' in opened)) throw new Error('not opened');
    expect([...opened.reader.u32('numbers')]).toEqual([1, 2, 3]);
    expect(opened.reader.text('words')).toBe('one two');
  });

  it('of another version is outdated; of another layout, or byte order, is not trusted', () => {
    const path = written();
    const bytes = readFileSync(path);
    bytes.writeUInt32LE(CACHE_VERSION - 1, 8);
    writeFileSync(path, bytes);
    expect(SectionReader.open(path, LAYOUT)).toEqual({ outdated: true });
    expect(SectionReader.open(written(), { numbers: 'u32' })).toEqual({ damaged: 'its sections are not the ones this version declares' });
    expect(SectionReader.open(written(), { numbers: 'i32', words: 'utf8' })).toEqual({ damaged: 'its sections are not the ones this version declares' });
    expect(SectionReader.open(join(tempDir(), 'none.bin'), LAYOUT)).toEqual({ missing: true });
  });

  it('whose block fails its checksum when read is discarded, with one line that names it', () => {
    const path = written();
    const bytes = readFileSync(path);
    bytes[bytes.length - 8] = bytes[bytes.length - 8]! ^ 1;
    writeFileSync(path, bytes);
    const opened = SectionReader.open(path, LAYOUT);
    if (!('reader' in opened)) throw new Error('the header is whole: it opens');
    let thrown: unknown;
    try {
      opened.reader.text('words');
    } catch (error) {
      thrown = error;
    }
    expect(isFactsError(thrown) && thrown.lines()).toEqual([`the index cache ${path} failed its checksum; the cache of this data was removed: run the command again`]);
    expect(existsSync(path)).toBe(false);
  });

  it('read whole after some of its blocks were, gives the same text and still checks every block it had not read', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `word${i}`).join(' ');
    const make = () => {
      const path = join(tempDir(), 'x.bin');
      writeSections(path, LAYOUT, {}, { words, numbers: Uint32Array.from([1]) });
      return path;
    };
    const bytes = readFileSync(make());
    const section = JSON.parse(bytes.toString('utf8', 24, 24 + bytes.readUInt32LE(12))).sections.words as { offset: number; length: number; block?: number };
    const size = section.block ?? 1 << 18;
    expect(section.length / size).toBeGreaterThan(4);
    const read = (path: string) => {
      const opened = SectionReader.open(path, LAYOUT);
      if (!('reader' in opened)) throw new Error('not opened');
      // A search's hit in the second block, then a listing of every text.
      expect(opened.reader.text('words', size + 10, size + 20)).toBe(words.slice(size + 10, size + 20));
      return opened.reader.text('words');
    };
    expect(read(make())).toBe(words);
    // A byte changed in the fourth block, which the hit did not read: the whole read finds it.
    const damaged = make();
    const changed = readFileSync(damaged);
    changed[section.offset + 3 * size + 5] = changed[section.offset + 3 * size + 5]! ^ 1;
    writeFileSync(damaged, changed);
    expect(() => read(damaged)).toThrow(/failed its checksum/);
  });

  it('told that most of its texts are about to be read, reads them at once, still checking every block', () => {
    // Texts across the edges of 16 KiB blocks, and a UTF-8 one, read in no order (a search's hits).
    const texts = Array.from({ length: 4_000 }, (_, i) => (i === 2_000 ? 'smörgåsbord ' : `t${i}`.repeat(1 + (i % 7))));
    const words = texts.join('');
    const ends = texts.map((_, i) => Buffer.byteLength(texts.slice(0, i + 1).join('')));
    const make = () => {
      const path = join(tempDir(), 'x.bin');
      writeSections(path, LAYOUT, {}, { words, numbers: Uint32Array.from([1]) });
      return path;
    };
    const open = (path: string) => {
      const opened = SectionReader.open(path, LAYOUT);
      if (!('reader' in opened)) throw new Error('not opened');
      return opened.reader;
    };
    const bytes = readFileSync(make());
    const section = JSON.parse(bytes.toString('utf8', 24, 24 + bytes.readUInt32LE(12))).sections.words as { offset: number; length: number; block: number };
    const blocks = Math.ceil(section.length / section.block);
    expect(blocks).toBeGreaterThan(3);
    const reader = open(make());
    reader.readingMany('words', blocks);
    const order = texts.map((_, i) => (i * 1_237) % texts.length);
    expect(order.map((i) => reader.text('words', i === 0 ? 0 : ends[i - 1]!, ends[i]!))).toEqual(order.map((i) => texts[i]));
    // A byte changed in the third block: a read of the whole section finds it, though no text asked for is there.
    const damaged = () => {
      const path = make();
      const changed = readFileSync(path);
      changed[section.offset + 2 * section.block + 5] = changed[section.offset + 2 * section.block + 5]! ^ 1;
      writeFileSync(path, changed);
      return path;
    };
    expect(() => open(damaged()).readingMany('words', blocks)).toThrow(/failed its checksum/);
    // A few texts are read a block at a time: the damaged block is found when a text is read from it.
    const few = open(damaged());
    few.readingMany('words', 1);
    expect(few.text('words', 0, ends[0]!)).toBe(texts[0]);
    const inThird = ends.findIndex((end) => end > 2 * section.block + 5);
    expect(() => few.text('words', ends[inThird - 1]!, ends[inThird]!)).toThrow(/failed its checksum/);
  });

  it('read forward a text at a time gives every text, across block edges, and checks each block it reads', () => {
    // Texts of 1 to 40 characters, some of them across the edges of 16 KiB blocks, and a UTF-8 one.
    const texts = Array.from({ length: 4_000 }, (_, i) => (i === 2_000 ? 'café ' : `t${i}`.repeat(1 + (i % 7))));
    const words = texts.join('');
    const make = () => {
      const path = join(tempDir(), 'x.bin');
      writeSections(path, LAYOUT, {}, { words, numbers: Uint32Array.from([1]) });
      return path;
    };
    const ends = texts.map((_, i) => Buffer.byteLength(texts.slice(0, i + 1).join('')));
    const readAll = (path: string) => {
      const opened = SectionReader.open(path, LAYOUT);
      if (!('reader' in opened)) throw new Error('not opened');
      const next = opened.reader.forwardText('words');
      return texts.map((_, i) => next(i === 0 ? 0 : ends[i - 1]!, ends[i]!));
    };
    expect(readAll(make())).toEqual(texts);
    const bytes = readFileSync(make());
    const section = JSON.parse(bytes.toString('utf8', 24, 24 + bytes.readUInt32LE(12))).sections.words as { offset: number; length: number; block: number };
    expect(section.length / section.block).toBeGreaterThan(3);
    const damaged = make();
    const changed = readFileSync(damaged);
    changed[section.offset + 2 * section.block + 5] = changed[section.offset + 2 * section.block + 5]! ^ 1;
    writeFileSync(damaged, changed);
    expect(() => readAll(damaged)).toThrow(/failed its checksum/);
  });
});
