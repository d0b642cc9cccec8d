import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import bundled from '../../data/facts.json';
import { DataError } from '../errors.js';
import type { IO } from '../io.js';
import type { CacheNotes } from './cache.js';
import { sameStamp, stampOf, type FileStamp } from './stamp.js';
import { checkStructure, lineAndColumnOfByte } from './structure.js';
import { indexDataset } from './dataset.js';
import { storeFromDataset, type FactStore } from './store.js';
import type { Dataset, DatasetFile, FactRecord } from './types.js';
import type { FileBytes } from './validate.js';

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

/** Loads the given files, validated and merged, or the bundled dataset if there are none: all in memory. */
export async function loadDataset(paths: readonly string[], cwd: string): Promise<Dataset> {
  if (paths.length === 0) return loadBundledDataset();
  const files = readFiles(paths, cwd);
  const { validateFiles } = await import('./validate.js');
  const records: FactRecord[] = [];
  const result = validateFiles(files, (record) => records.push(record));
  if (!result.ok) throw new DataError(result.problems);
  return indexDataset([{ version: 1, sources: result.value.sources, entities: result.value.entities, records }]);
}

/**
 * The bytes of the given files, their brackets and strings checked in one pass: a file
 * cut short or nested without end is one line, before a parser builds anything of it or
 * recurses into it. A file is never decoded whole: validateFiles reads it an element
 * at a time.
 */
export function readFiles(paths: readonly string[], cwd: string): FileBytes[] {
  const files: FileBytes[] = [];
  const problems: string[] = [];
  for (const file of paths) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(resolve(cwd, file));
    } catch (error) {
      problems.push(`${file}: cannot read: ${describeFsError(error as NodeJS.ErrnoException)}`);
      continue;
    }
    const broken = checkStructure(bytes);
    if (broken) {
      const { line, column } = lineAndColumnOfByte(bytes, broken.offset);
      problems.push(`${file}:${line}:${column}: invalid JSON: ${broken.reason}`);
      continue;
    }
    files.push({ file, bytes });
  }
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
  const cached = cache.openCachedStore(folder, stamps, notes);
  if (cached) return cached;
  notes.building('an index');
  // Validated a record at a time into the cache's columns; no record is kept.
  const files = readFiles(paths, io.cwd);
  const { validateFiles } = await import('./validate.js');
  const builder = new cache.RecordsBuilder();
  const result = validateFiles(files, (record, file, range) => builder.add(record, file, range));
  if (!result.ok) throw new DataError(result.problems);
  const changed = stampAll().findIndex((stamp, i) => !sameStamp(stamp, stamps[i] as FileStamp));
  if (changed >= 0) throw new DataError([`${paths[changed]}: changed while it was being read; run the command again`]);
  try {
    builder.write(folder, root, stamps, result.value);
  } catch (error) {
    // A read-only, full or unusable cache folder: work from memory this time, and say so.
    notes.unwritable(error);
    return storeFromDataset(await loadDataset(paths, io.cwd));
  }
  const store = cache.openCachedStore(folder, stamps, notes);
  // (Removed or damaged in the moment since it was written: answer from memory.)
  return store ?? storeFromDataset(await loadDataset(paths, io.cwd));
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
    // A dataset file is read into one buffer, which Node allows up to 2 GiB.
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'too large: facts reads a dataset file of up to 2 GiB (split it, and name each part with --data)';
    case 'ERR_STRING_TOO_LONG':
      return 'holds a single text too long for one string (about 512 MiB)';
    default:
      return error.code ?? error.message;
  }
}
