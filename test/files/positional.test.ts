import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAt, writeAt } from '../../src/files/positional.js';
import { tempDir } from '../helpers.js';

describe('readAt and writeAt', () => {
  it('write bytes where they are told, and read back whole, fewer only at the end of the file', () => {
    const path = join(tempDir(), 'f.bin');
    const fd = openSync(path, 'w+');
    try {
      writeAt(fd, Buffer.from('world'), 6);
      writeAt(fd, Buffer.from('hello '), 0);
      expect(readFileSync(path, 'utf8')).toBe('hello world');
      const some = Buffer.alloc(5);
      expect(readAt(fd, some, 6)).toBe(5);
      expect(some.toString()).toBe('world');
      const past = Buffer.alloc(8);
      expect(readAt(fd, past, 6)).toBe(5);
      expect(readAt(fd, past, 20)).toBe(0);
    } finally {
      closeSync(fd);
    }
  });
});
