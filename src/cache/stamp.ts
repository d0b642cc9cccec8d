import { fstatSync, statSync } from 'node:fs';

/** Identifies one data file as it is now: what git's index keys a file by (see cache.ts). */
export interface FileStamp {
  path: string;
  dev: string;
  ino: string;
  size: number;
  mtimeNs: string;
  ctimeNs: string;
}

/** The stamp of a file, by path or by an open descriptor (throws as statSync does; EISDIR for a folder). */
export function stampOf(path: string, fd?: number): FileStamp {
  const info = fd === undefined ? statSync(path, { bigint: true }) : fstatSync(fd, { bigint: true });
  if (info.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
  return { path, dev: String(info.dev), ino: String(info.ino), size: Number(info.size), mtimeNs: String(info.mtimeNs), ctimeNs: String(info.ctimeNs) };
}

/** Whether two stamps name the same file in the same state. */
export function sameStamp(a: FileStamp, b: FileStamp): boolean {
  return a.path === b.path && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}
