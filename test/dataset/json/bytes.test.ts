import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bufferBytes, FileBytes, lineAndColumnIn, scanBytes } from '../../../src/dataset/json/bytes.js';
import { tempDir } from '../../helpers.js';

// A file is read in pieces and through a window: what it gives is what the file holds,
// wherever a read falls, and a problem's line and column are counted across pieces.

/** A file of `size` bytes whose every byte says where it stands, opened. */
function numbered(size: number): { file: FileBytes; whole: Buffer } {
  const whole = Buffer.alloc(size);
  for (let i = 0; i < size; i++) whole[i] = (i * 31 + (i >> 8)) & 0xff;
  const path = join(tempDir(), 'data.bin');
  writeFileSync(path, whole);
  return { file: FileBytes.open(path, 'data.bin'), whole };
}

describe('FileBytes', () => {
  it('reads any range, in order or not, small or larger than its window', () => {
    const size = 9 * 1024 * 1024 + 17;
    const { file, whole } = numbered(size);
    try {
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.nat(size), fc.nat(6 * 1024 * 1024)), { minLength: 1, maxLength: 8 }), (reads) => {
          for (const [start, length] of reads) {
            const end = Math.min(size, start + length);
            expect(file.read(start, end).equals(whole.subarray(start, end))).toBe(true);
          }
        }),
        { numRuns: 30 },
      );
      const pieces: Buffer[] = [];
      file.forEachPiece((piece) => void pieces.push(Buffer.from(piece)));
      expect(pieces.length).toBe(10);
      expect(Buffer.concat(pieces).equals(whole)).toBe(true);
    } finally {
      file.close();
    }
  });

  it('says the file changed when it is shorter than it was', () => {
    const { file } = numbered(4096);
    const path = join(tempDir(), 'short.bin');
    writeFileSync(path, 'x'.repeat(100));
    const short = FileBytes.open(path, 'short.json');
    writeFileSync(path, 'x'.repeat(10));
    expect(() => short.read(50, 60)).toThrow('short.json: changed while it was being read; run the command again');
    short.close();
    file.close();
  });
});

describe('lineAndColumnIn', () => {
  it('counts lines, and columns in code points', () => {
    const text = '{\n  "é€😀": [\n';
    expect(lineAndColumnIn(bufferBytes(Buffer.from(text)), Buffer.byteLength('{\n  "é€😀"'))).toEqual({ line: 2, column: 8 });
  });

  it('counts across the pieces of a file', () => {
    const text = `${'a\n'.repeat(700_000)}${'é'.repeat(300_000)}`;
    const path = join(tempDir(), 'lines.txt');
    writeFileSync(path, text);
    const file = FileBytes.open(path, 'lines.txt');
    try {
      expect(lineAndColumnIn(file, Buffer.byteLength(text))).toEqual({ line: 700_001, column: 300_001 });
      // Just past the first megabyte piece: 524,288 lines before it, and an 'a' on this one.
      expect(lineAndColumnIn(file, 2 ** 20 + 1)).toEqual({ line: 524_289, column: 2 });
    } finally {
      file.close();
    }
  });
});

describe('scanBytes', () => {
  it('says the first problem, at its line and column; a file cut short at its end, whatever its end looks like', () => {
    const scan = (text: string) => scanBytes(bufferBytes(Buffer.from(text)), 'f.json');
    expect(scan('{"a":\n "b')).toEqual({ problem: 'f.json:2:2: invalid JSON: a string that never ends (the file is cut short?)' });
    expect(scan('{"a": [1, 2')).toEqual({ problem: 'f.json:1:12: invalid JSON: the file ends inside 2 brackets (it is cut short?)' });
    expect(scan(`{"a": ${'['.repeat(70)}`)).toEqual({ problem: 'f.json:1:70: invalid JSON: nested more than 64 levels deep' });
    expect(scan('[1]')).toEqual({ problem: "f.json:1:1: invalid JSON: expected '{' (a dataset is a JSON object), found '['" });
    expect('layout' in scan('{"records": []}')).toBe(true);
  });
});
