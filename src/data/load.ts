import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import bundled from '../../data/facts.json';
import { DataError } from '../errors.js';
import type { IO } from '../io.js';
import type { CacheNotes } from './cache.js';
import { stampOf } from './stamp.js';
import { checkStructure, lineAndColumnOfByte } from './structure.js';
import { indexDataset } from './dataset.js';
import { storeFromDataset, type FactStore } from './store.js';
import type { Dataset, DatasetFile } from './types.js';

// Files are read synchronously: a command needs them before it can do anything, and
// node:fs/promises would cost every start-up its own loading time.
//
// The one loader. The bundled dataset is validated by the test suite, so start-up
// trusts it; a user's file is validated in full before anything reads it, and then
// indexed into the cache (cache.ts), so that later runs on the same file need neither
// the validation nor the JSON.

/** The dataset shipped inside the bundle. */
export function loadBundledDataset(): Dataset {
  return indexDataset([bundled as unknown as DatasetFile]);
}

/** Loads the given files (validated unless `validate` is false), merged, or the bundled dataset if there are none. */
export async function loadDataset(paths: readonly string[], cwd: string, validate = true): Promise<Dataset> {
  if (paths.length === 0) return loadBundledDataset();
  return indexDataset((await readDatasetFiles(paths, cwd, validate)).map((f) => f.data));
}

/** One user file: its bytes as read and its parsed content. */
export interface LoadedFile {
  file: string;
  bytes: Buffer;
  data: DatasetFile;
}

/** Reads and parses the given files, validated unless `validate` is false. */
export async function readDatasetFiles(paths: readonly string[], cwd: string, validate = true): Promise<LoadedFile[]> {
  const { parseDatasetText, checkInvariants } = await import('./validate.js');
  const files: LoadedFile[] = [];
  const problems: string[] = [];
  for (const file of paths) {
    let bytes: Buffer;
    let text: string;
    try {
      bytes = readFileSync(resolve(cwd, file));
    } catch (error) {
      problems.push(`${file}: cannot read: ${describeFsError(error as NodeJS.ErrnoException)}`);
      continue;
    }
    // Brackets and strings first, in one pass over the bytes: a file cut short or nested
    // without end is one line, before a parser builds anything of it or recurses into it.
    const broken = checkStructure(bytes);
    if (broken) {
      const { line, column } = lineAndColumnOfByte(bytes, broken.offset);
      problems.push(`${file}:${line}:${column}: invalid JSON: ${broken.reason}`);
      continue;
    }
    try {
      text = decode(bytes).replace(/^\uFEFF/, '');
    } catch (error) {
      problems.push(`${file}: cannot read: ${describeFsError(error as NodeJS.ErrnoException)}`);
      continue;
    }
    if (!validate) {
      files.push({ file, bytes, data: JSON.parse(text) as DatasetFile });
      continue;
    }
    const parsed = await parseDatasetText(text, file);
    if (parsed.ok) files.push({ file, bytes, data: parsed.value });
    else problems.push(...parsed.problems);
  }
  if (problems.length === 0 && validate) problems.push(...checkInvariants(files));
  if (problems.length > 0) throw new DataError(problems);
  return files;
}

/**
 * The data as a store: the bundled dataset in memory, or the user's files through the
 * cache, which the first run on a new or changed file builds (saying so on a terminal).
 * FACTS_CACHE=0 turns the cache off. A cache that cannot be written, or a cache file
 * that failed its check, is said once on a terminal; the command still answers.
 */
export async function loadStore(paths: readonly string[], io: Pick<IO, 'cwd' | 'env' | 'err' | 'stderrIsTTY'>): Promise<FactStore> {
  if (paths.length === 0) return storeFromDataset(loadBundledDataset());
  if (io.env.FACTS_CACHE === '0') return storeFromDataset(await loadDataset(paths, io.cwd));
  const stampAll = () =>
    paths.map((file) => {
      try {
        return stampOf(resolve(io.cwd, file));
      } catch (error) {
        throw new DataError([`${file}: cannot read: ${describeFsError(error as NodeJS.ErrnoException)}`]);
      }
    });
  const stamps = stampAll();
  const cache = await import('./cache.js');
  const { root, folder } = cache.cacheFolder(io.env, stamps);
  const said = new Set<string>();
  const once = (key: string, line: string) => {
    if (said.has(key) || !io.stderrIsTTY) return;
    said.add(key);
    io.err(`facts: ${line}\n`);
  };
  const names = paths.join(', ');
  const notes: CacheNotes = {
    building: (what) => once(`building ${what}`, `building ${what} for ${names} (once per new or changed file)...`),
    damaged: (file, why) => once(`damaged ${file}`, `the index cache ${file} cannot be trusted (${why}); rebuilding it`),
    unwritable: (error) => once('unwritable', `cannot keep an index cache in ${root} (${describeFsError(error as NodeJS.ErrnoException)}); working without it`),
  };
  const loadAll = () => loadDataset(paths, io.cwd, false);
  const cached = cache.openCachedStore(folder, stamps, loadAll, notes);
  if (cached) return cached;
  notes.building('an index');
  const files = await readDatasetFiles(paths, io.cwd);
  const data = indexDataset(files.map((f) => f.data));
  // A file that changed while it was read is answered from what was read, and not cached.
  if (JSON.stringify(stampAll()) !== JSON.stringify(stamps)) return storeFromDataset(data);
  try {
    cache.writeCache(folder, root, stamps, data, files.map((f) => f.bytes));
  } catch (error) {
    // A read-only, full or unusable cache folder: work from memory this time, and say so.
    notes.unwritable(error);
    return storeFromDataset(data);
  }
  return storeFromDataset(data, (name) => cache.cachePlace(folder, name, notes));
}

/** UTF-8 text of a file; pure ASCII (most large datasets) decodes twice as fast as Latin-1, to the same string. */
function decode(bytes: Buffer): string {
  return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** A short reason for a failed read, without the stack or the errno number. */
export function describeFsError(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    // Node holds a file in one string (V8 caps strings near 512 MiB) or one buffer (2 GiB).
    case 'ERR_STRING_TOO_LONG':
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'too large: facts reads a dataset whole, and Node holds at most about 512 MiB of text at once';
    default:
      return error.code ?? error.message;
  }
}
