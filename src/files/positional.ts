import { readSync, writeSync } from 'node:fs';

// Reads and writes at a position in a file, whole: one call of readSync or writeSync may
// move fewer bytes than it is given.

/** Reads into all of `buffer` from `position`; returns how many bytes were read (fewer only at the file's end). */
export function readAt(fd: number, buffer: Uint8Array, position: number): number {
  let done = 0;
  while (done < buffer.byteLength) {
    const n = readSync(fd, buffer, done, buffer.byteLength - done, position + done);
    if (n <= 0) break;
    done += n;
  }
  return done;
}

/** Writes all of `bytes` at `position`. */
export function writeAt(fd: number, bytes: Uint8Array, position: number): void {
  for (let done = 0; done < bytes.byteLength; ) done += writeSync(fd, bytes, done, bytes.byteLength - done, position + done);
}
