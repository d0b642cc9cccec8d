import { closeSync, mkdirSync, openSync, renameSync, rmSync } from 'node:fs';
import { errorCode } from '../errors.js';

// Files, at the bottom of every layer: one way each to say why a file operation failed,
// to make a folder, and to replace a file atomically (positional.ts reads and writes at
// a position).

/** A short reason for a failed read, without the stack or the errno number. */
export function describeFsError(error: unknown): string {
  const code = errorCode(error);
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    // A file read whole into one buffer (an article, a file of quotes), which Node allows up to 2 GiB.
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'too large: facts reads a file of up to 2 GiB here';
    case 'ERR_STRING_TOO_LONG':
      return 'holds a single text too long for one string (about 512 MiB)';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/**
 * mkdir -p, one directory at a time. Node's recursive mkdir spins forever where a
 * directory that exists cannot hold children (under /proc, mkdir answers ENOENT, which it
 * takes for a missing parent), so each missing directory is made on its own and any
 * answer but "exists" is an error.
 */
export function makeDirectory(path: string): void {
  const parts = path.split('/').filter(Boolean);
  let at = path.startsWith('/') ? '' : '.';
  for (const part of parts) {
    at = `${at}/${part}`;
    try {
      mkdirSync(at);
    } catch (error) {
      // EEXIST: already there (a file there fails at the next level, with ENOTDIR).
      if (errorCode(error) !== 'EEXIST') throw error;
    }
  }
}

/**
 * Makes `path` what `write` writes, atomically: it writes a temporary file of the
 * caller's naming (its own, so that two writers never share one), which is then renamed
 * over `path`, so a reader sees the old file or the new one, whole. A writer killed
 * midway leaves only its temporary file; one that fails removes it.
 */
export function replaceAtomically(path: string, temporary: string, write: (fd: number) => void): void {
  const fd = openSync(temporary, 'wx');
  try {
    write(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
