import { existsSync, rmdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import bundled from '../../data/facts.json';
import { DataError, isFactsError } from '../errors.js';
import { describeFsError } from '../files/fs.js';
import type { IO } from '../io.js';
import type { CacheNotes, LeftOut } from './cache.js';
import { sameStamp, stampOf, type FileStamp } from './stamp.js';
import { FileBytes, scanBytes } from '../dataset/json/bytes.js';
import { escapeForTerminal } from '../text/sanitize.js';
import { indexDataset } from '../dataset/dataset.js';
import { storeFromDataset, type FactStore } from './store.js';
import type { Dataset, DatasetFile, FactRecord } from '../dataset/types.js';
import type { ScannedFile, StreamedDataset } from '../dataset/validate.js';

// Files are read synchronously: a command needs them before it can do anything, and
// node:fs/promises would cost every start-up its own loading time.
//
// The one loader. The bundled dataset is validated by the test suite, so start-up
// trusts it; a user's file is validated in full before anything reads it, and then
// indexed into the cache (cache.ts), so that later runs on the same file need neither
// the validation nor the JSON.

/** The dataset shipped inside the bundle. */
export function loadBundledDataset(): Dataset {
  return indexDataset([bundledDatasetFile()]);
}

/** The bundled dataset as its file holds it. */
export function bundledDatasetFile(): DatasetFile {
  return bundled as unknown as DatasetFile;
}

/** Loads the given files, validated and merged, or the bundled dataset if there are none: all in memory. */
export async function loadDataset(paths: readonly string[], cwd: string): Promise<Dataset> {
  if (paths.length === 0) return loadBundledDataset();
  const { validateFiles } = await import('../dataset/validate.js');
  const records: FactRecord[] = [];
  const result = withFiles(paths, cwd, (files) => validateFiles(files, (record) => records.push(record)));
  if (!result.ok) throw new DataError(result.problems);
  return indexDataset([{ version: 1, sources: result.value.sources, entities: result.value.entities, records }]);
}

/** A dataset file's offsets are kept as 32-bit numbers in the index cache. */
export const MAX_FILE_SIZE = 2 ** 32 - 1;
const TOO_LARGE = 'too large: facts reads a dataset file of up to 4 GiB (split it, and name each part with --data)';

/**
 * Opens the given files and lays each out in one pass over its pieces (scanBytes), its
 * brackets and strings checked as they pass, so that a file cut short or nested without
 * end is one line before a parser builds anything of it or recurses into it; then hands
 * them to `use`, which reads them an element at a time, and closes them. A file is never
 * held whole: memory is a few megabytes, and where each element stands.
 */
export function withFiles<T>(paths: readonly string[], cwd: string, use: (files: ScannedFile[]) => T): T {
  const files: ScannedFile[] = [];
  const opened: FileBytes[] = [];
  const problems: string[] = [];
  try {
    for (const file of paths) {
      let bytes: FileBytes;
      try {
        bytes = FileBytes.open(resolve(cwd, file), file);
      } catch (error) {
        problems.push(`${file}: cannot read: ${describeFsError(error)}`);
        continue;
      }
      opened.push(bytes);
      if (bytes.size > MAX_FILE_SIZE) {
        problems.push(`${file}: cannot read: ${TOO_LARGE}`);
        continue;
      }
      const scanned = scanBytes(bytes, file);
      if ('problem' in scanned) problems.push(scanned.problem);
      else files.push({ file, bytes, layout: scanned.layout });
    }
    if (problems.length > 0) throw new DataError(problems);
    return use(files);
  } finally {
    for (const bytes of opened) bytes.close();
  }
}

/** The library's dataset files, as its folder lists them (library/folder.ts): the loader is given them, and knows nothing else of the library. */
export interface LibraryFiles {
  folder: string;
  files: readonly string[];
  /** Why the folder could not be read, when it exists but cannot be (the library is then empty). */
  problem?: string;
}

/** What to read: the files named (exactly those), or, when none are, the bundled article and the library's files. */
export interface DataChoice {
  paths: readonly string[];
  /** The library's files, or undefined to leave the library out (--no-library). */
  library?: LibraryFiles;
  /** false to leave the bundled article out (--no-bundled). */
  bundled?: boolean;
}

/** The warning for a library file that cannot be used, on every run while it stays so: one line that names it. */
export function leftOutWarning(problem: string): string {
  // (A problem may quote the file, which is outside input: nothing in it reaches a terminal raw.)
  return `facts: warning: left out of the library: ${escapeForTerminal(problem)}\n`;
}

/** The bundled dataset's own file, which ships beside the bundle (for a store over it and a library). */
export function bundledDataPath(): string {
  // dist/facts.cjs in the package; src/cache/load.ts under the test runner.
  const near = resolve(__dirname, '../data/facts.json');
  return existsSync(near) ? near : resolve(__dirname, '../../data/facts.json');
}

/**
 * The data as a store: the bundled dataset in memory; the user's files through the
 * cache, which the first run on a new or changed file builds (saying so on a terminal);
 * or the bundled dataset and the library's files, through the cache, each library file
 * that cannot be read or used left out with a one-line warning on every run, so that
 * one bad file never hides the others. FACTS_CACHE=0 turns the cache off. A cache that
 * cannot be written, or a cache file that failed its check, is said once on a terminal;
 * the command still answers.
 */
export async function loadStore(choice: DataChoice, io: Pick<IO, 'cwd' | 'env' | 'err' | 'stderrIsTTY'>): Promise<FactStore> {
  if (choice.paths.length > 0) return loadFiles(choice.paths, io);
  const withBundled = choice.bundled !== false;
  const alone = () => storeFromDataset(withBundled ? loadBundledDataset() : indexDataset([]));
  if (choice.library === undefined) return alone();
  const { folder, files, problem } = choice.library;
  if (problem) io.err(`facts: warning: ${problem}\n`);
  if (files.length === 0) return alone();
  if (!withBundled) return loadFiles(files, io, { lenientFrom: 0, name: `${folder} without the bundled article`, label: 'the library' });
  return loadFiles([bundledDataPath(), ...files], io, { lenientFrom: 1, name: folder, label: 'the bundled article and the library' });
}

/** How a set of files is read: files from `lenientFrom` on are left out, with a warning, when they cannot be used; `name` keys the cache of a set whose paths change. */
interface FileSetOptions {
  lenientFrom?: number;
  name?: string;
  /** What a named set is, for messages. */
  label?: string;
}

async function loadFiles(paths: readonly string[], io: Pick<IO, 'cwd' | 'env' | 'err' | 'stderrIsTTY'>, set: FileSetOptions = {}): Promise<FactStore> {
  const lenientFrom = set.lenientFrom ?? paths.length;
  const warn = (leftOut: readonly LeftOut[]) => {
    for (const { problem } of leftOut) io.err(leftOutWarning(problem));
  };
  const files = stampFiles(paths, io.cwd, lenientFrom);
  warn(files.unstamped);
  const { stamps } = files;
  const asGiven = (kept: readonly FileStamp[]) => kept.map((s) => files.given.get(s.path) ?? s.path);
  if (io.env.FACTS_CACHE === '0') {
    const { kept, leftOut } = await admit(stamps, lenientFrom);
    warn(leftOut);
    return storeFromDataset(await loadDataset(asGiven(kept), io.cwd));
  }
  const cache = await import('./cache.js');
  const { root, folder } = cache.cacheFolder(io.env, stamps, set.name);
  const notes = cacheNotes(io, root, set.label ?? paths.join(', '));
  const cached = cache.openCachedStore(folder, stamps, notes);
  if (cached) {
    warn(cached.leftOut);
    return cached;
  }
  notes.building('an index');
  cache.holdYoungGeneration();
  const { kept, leftOut } = await admit(stamps, lenientFrom);
  warn(leftOut);
  const built = await buildCache(cache, { folder, root, stamps, kept, leftOut, paths: asGiven(kept), cwd: io.cwd, notes });
  // Built, but not used now: the files changed while they were read; the problem names the first.
  if ('changed' in built) throw new DataError([`${files.given.get(built.changed.path) ?? built.changed.path}: changed while it was being read; run the command again`]);
  return built.store;
}

/** The data files' stamps (what the cache is keyed by), and each one's name as given; a lenient file that cannot be stamped is left out, keying nothing. */
function stampFiles(paths: readonly string[], cwd: string, lenientFrom: number): { stamps: FileStamp[]; given: Map<string, string>; unstamped: LeftOut[] } {
  const stamps: FileStamp[] = [];
  const given = new Map<string, string>();
  const unstamped: LeftOut[] = [];
  paths.forEach((file, i) => {
    try {
      stamps.push(stampOf(resolve(cwd, file)));
      given.set(resolve(cwd, file), file);
    } catch (error) {
      const problem = `${file}: cannot read: ${describeFsError(error)}`;
      if (i < lenientFrom) throw new DataError([problem]);
      unstamped.push({ path: file, problem });
    }
  });
  return { stamps, given, unstamped };
}

/** What the cache says of itself on a terminal, each thing once: building, damaged, unwritable. */
function cacheNotes(io: Pick<IO, 'err' | 'stderrIsTTY'>, root: string, names: string): CacheNotes {
  const said = new Set<string>();
  const once = (key: string, line: string) => {
    if (said.has(key) || !io.stderrIsTTY) return;
    said.add(key);
    io.err(`facts: ${line}\n`);
  };
  return {
    building: (what) => once(`building ${what}`, `building ${what} for ${names} (once per new or changed file)...`),
    damaged: (file, why) => once(`damaged ${file}`, `the index cache ${file} cannot be trusted (${why}); rebuilding it`),
    unwritable: (error) => once('unwritable', `cannot keep an index cache in ${root} (${describeFsError(error)}); working without it`),
  };
}

/** What building a cache needs: where, for which files (all asked for, those kept, those left out), and how to speak. */
interface CacheBuild {
  folder: string;
  root: string;
  stamps: readonly FileStamp[];
  kept: readonly FileStamp[];
  leftOut: readonly LeftOut[];
  /** The kept files as the user named them. */
  paths: readonly string[];
  cwd: string;
  notes: CacheNotes;
}

/**
 * Validates the kept files a record at a time into the cache's columns (no record is
 * kept), writes the cache and opens it. A folder that cannot be written (read-only,
 * full) gives a store from memory this time, said once; a file that changed while it was
 * read gives nothing but its stamp.
 */
async function buildCache(cache: typeof import('./cache.js'), build: CacheBuild): Promise<{ store: FactStore } | { changed: FileStamp }> {
  const { folder, root, stamps, kept, leftOut, paths, cwd, notes } = build;
  const { validateFiles } = await import('../dataset/validate.js');
  const builder = new cache.RecordsBuilder(cache.spillingBeside(join(folder, 'records.bin')));
  // Nothing is kept of a build given up: the spilled columns, and their folder if it is empty.
  const abandon = () => {
    builder.discard();
    try {
      rmdirSync(folder);
    } catch {
      // Not empty (another run's cache), or not there.
    }
  };
  const fromMemory = async (error: unknown) => {
    abandon();
    notes.unwritable(error);
    return { store: storeFromDataset(await loadDataset(paths, cwd)) };
  };
  let result: ReturnType<typeof validateFiles>;
  try {
    result = withFiles(paths, cwd, (files) => validateFiles(files, (record, file, range) => builder.add(record, file, range), false));
  } catch (error) {
    if (isFactsError(error)) throw error;
    return fromMemory(error);
  }
  if (!result.ok) {
    abandon();
    throw new DataError(result.problems);
  }
  const changed = stamps.find((stamp) => !stillSame(stamp));
  if (changed) {
    abandon();
    return { changed };
  }
  try {
    builder.write(folder, root, kept, result.value, stamps, leftOut);
  } catch (error) {
    return fromMemory(error);
  }
  // (Removed or damaged in the moment since it was written: answer from memory.)
  const store = cache.openCachedStore(folder, stamps, notes);
  return { store: store ?? storeFromDataset(await loadDataset(paths, cwd)) };
}

/** Whether a file is as its stamp says (false when it cannot be stamped any more). */
function stillSame(stamp: FileStamp): boolean {
  try {
    return sameStamp(stamp, stampOf(stamp.path));
  } catch {
    return false;
  }
}

/**
 * One file validated on its own, as each library file is: its structure checked first,
 * as withFiles does, and what it holds besides its records, which go to `onRecord`. A
 * DataError, with every problem, if it is not a valid dataset.
 */
export async function validateAlone(path: string, onRecord?: (record: FactRecord) => void): Promise<StreamedDataset> {
  const { validateFiles } = await import('../dataset/validate.js');
  const result = withFiles([path], '/', (files) => validateFiles(files, onRecord && ((record) => onRecord(record))));
  if (!result.ok) throw new DataError(result.problems);
  return result.value;
}

/**
 * Which files of a set can be read together: every file before `lenientFrom` (a
 * problem there is an error), and each later one that is a valid dataset on its own and
 * shares no id with those kept before it; the others are left out, each with its first
 * problem. Every file is validated here on its own, before the set is validated together.
 */
async function admit(stamps: readonly FileStamp[], lenientFrom: number): Promise<{ kept: FileStamp[]; leftOut: LeftOut[] }> {
  if (lenientFrom >= stamps.length) return { kept: [...stamps], leftOut: [] };
  const kept: FileStamp[] = [];
  const leftOut: LeftOut[] = [];
  const taken = { source: new Map<string, string>(), entity: new Map<string, string>(), record: new Map<string, string>() };
  for (const [i, stamp] of stamps.entries()) {
    let ids: { source: string[]; entity: string[]; record: string[] };
    try {
      const records: string[] = [];
      const dataset = await validateAlone(stamp.path, (record) => records.push(record.id));
      ids = { source: dataset.sources.map((s) => s.id), entity: dataset.entities.map((e) => e.id), record: records };
    } catch (error) {
      if (i < lenientFrom || !isFactsError(error)) throw error;
      leftOut.push({ path: stamp.path, problem: error.message });
      continue;
    }
    const clash = (['source', 'entity', 'record'] as const).flatMap((list) => ids[list].filter((id) => taken[list].has(id)).map((id) => `${list} id "${id}" is also in ${taken[list].get(id)}`))[0];
    if (clash !== undefined && i >= lenientFrom) {
      leftOut.push({ path: stamp.path, problem: `${stamp.path}: ${clash}` });
      continue;
    }
    for (const list of ['source', 'entity', 'record'] as const) for (const id of ids[list]) taken[list].set(id, stamp.path);
    kept.push(stamp);
  }
  return { kept, leftOut };
}

