import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemoryTextColumn, MemoryU32Column, packPostings, spilledText, spilledU32 } from '../../src/cache/column.js';
import { SectionReader, writeSections, type Layout } from '../../src/cache/sections.js';
import { tempDir } from '../helpers.js';

// A spilled column is the same section as one held in memory: the same bytes read back,
// every block checked, across the 256 KiB chunks it is written and copied in; and its
// temporary file is gone once the section file is written, or failed to be.

const U32 = { values: 'u32' } as const satisfies Layout;
const TEXTS = { spilled: 'utf8', memory: 'utf8' } as const satisfies Layout;

function readBack<L extends Layout>(path: string, layout: L): SectionReader<L> {
  const opened = SectionReader.open(path, layout);
  if (!('reader' in opened)) throw new Error(`cannot open ${path}`);
  return opened.reader;
}

describe('columns', () => {
  it('a spilled u32 column reads back and is written as the same section as one in memory', () => {
    const dir = tempDir();
    const spilled = spilledU32(join(dir, 'spill'));
    const memory = new MemoryU32Column();
    // Past several 256 KiB chunks, so that reads and block checksums cross their edges.
    const n = 700_001;
    for (let i = 0; i < n; i++) {
      const value = (i * 2654435761) >>> 0;
      spilled.push(value);
      memory.push(value);
    }
    expect(spilled.length).toBe(n);
    let mismatches = 0;
    spilled.forEach((value, i) => {
      if (value !== memory.values()[i]) mismatches++;
    });
    expect(mismatches).toBe(0);
    writeSections(join(dir, 'a.bin'), U32, { a: 1 }, { values: spilled });
    writeSections(join(dir, 'b.bin'), U32, { a: 1 }, { values: memory });
    // (Compared as bytes: a deep equality of 700,000 numbers takes seconds.)
    const bytes = (values: Uint32Array) => Buffer.from(values.buffer, values.byteOffset, values.byteLength);
    expect(bytes(readBack(join(dir, 'a.bin'), U32).u32('values')).equals(bytes(memory.values()))).toBe(true);
    expect(bytes(readBack(join(dir, 'b.bin'), U32).u32('values')).equals(bytes(memory.values()))).toBe(true);
    expect(readBack(join(dir, 'a.bin'), U32).u32At('values', n - 1)).toBe(memory.values()[n - 1]);
    expect(readdirSync(dir).sort()).toEqual(['a.bin', 'b.bin']);
  });

  it('spilled text reads back whole and in ranges, with its ASCII-ness, for any pieces', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom('x'.repeat(400_000), 'é'.repeat(200_000))), { maxLength: 12 }), (pieces) => {
        const dir = tempDir();
        const spilled = spilledText(join(dir, 'spill'));
        const memory = new MemoryTextColumn();
        for (const piece of pieces) {
          spilled.append(piece);
          memory.append(piece);
        }
        const whole = pieces.join('');
        expect(spilled.length).toBe(Buffer.byteLength(whole));
        expect(memory.length).toBe(Buffer.byteLength(whole));
        writeSections(join(dir, 'text.bin'), TEXTS, null, { spilled, memory });
        const reader = readBack(join(dir, 'text.bin'), TEXTS);
        expect(reader.text('spilled')).toBe(whole);
        expect(reader.text('memory')).toBe(whole);
        expect(reader.isAscii('spilled')).toBe(/^[\x00-\x7f]*$/.test(whole));
        // The last piece, read on its own by its byte range.
        const last = pieces.at(-1) ?? '';
        const to = Buffer.byteLength(whole);
        expect(reader.text('spilled', to - Buffer.byteLength(last), to)).toBe(last);
        reader.close();
        expect(readdirSync(dir)).toEqual(['text.bin']);
      }),
      { numRuns: 40 },
    );
  });

  it('removes a spilled file when the section file cannot be written', () => {
    const dir = tempDir();
    const spilled = spilledU32(join(dir, 'spill'));
    spilled.push(7);
    // A folder in the way of the section file: the rename over it fails.
    writeFileSync(join(dir, 'x'), '');
    expect(() => writeSections(join(dir, 'x', 'inside.bin'), { spilled: 'u32' }, null, { spilled })).toThrow();
    expect(readdirSync(dir)).toEqual(['x']);
  });
});

describe('packPostings', () => {
  it('gives each id its values in the order given, packed in one array', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }).chain((size) => fc.tuple(fc.constant(size), fc.array(fc.tuple(fc.nat(size - 1), fc.nat()), { maxLength: 200 }))), ([size, pairs]) => {
        const { values, offsets } = packPostings(size, (each) => pairs.forEach(([id, value]) => each(id, value)));
        for (let id = 0; id < size; id++) {
          expect([...values.subarray(offsets[id], offsets[id + 1])]).toEqual(pairs.filter(([of]) => of === id).map(([, value]) => value));
        }
        expect(values.length).toBe(pairs.length);
      }),
    );
  });
});
