import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { errorCode } from '../errors.js';
import { xdgBase } from '../files/xdg.js';

// The user's library: one dataset file per source, `ID.json`, in one folder. Where it
// is and what files it has; every command that reads data loads this, so it stays small
// (what writes and reads the files is in library.ts, loaded by the library's commands).
//
// The folder is FACTS_LIBRARY, else $XDG_DATA_HOME/facts/library, else
// ~/.local/share/facts/library (the XDG base directory rules: a relative XDG_DATA_HOME
// is ignored).

/** The library folder for this environment. */
export function libraryFolder(env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  if (env.FACTS_LIBRARY) return resolve(cwd, env.FACTS_LIBRARY);
  return join(xdgBase(env, 'XDG_DATA_HOME', join('.local', 'share')), 'facts', 'library');
}

/** The file that holds source ID. */
export function entryPath(folder: string, id: string): string {
  return join(folder, `${id}.json`);
}

/** The library's dataset files, by name; a file name starting with "." (a write in progress) is not one. */
export interface LibraryListing {
  files: string[];
  /** Why the folder could not be read, when it exists but cannot be (the library is then empty). */
  problem?: string;
}

/** The dataset files in the folder, sorted by name; a folder that does not exist is an empty library. */
export function listLibrary(folder: string): LibraryListing {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT') return { files: [] };
    return { files: [], problem: `${folder}: cannot read the library folder: ${code === 'ENOTDIR' ? 'not a folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error))}` };
  }
  const files = names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).sort();
  return { files: files.map((name) => join(folder, name)) };
}

