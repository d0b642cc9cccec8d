import { readFileSync, rmSync } from 'node:fs';
import type { Correction, DatasetFile, Entity } from '../dataset/types.js';
import { InputError, UsageError } from '../errors.js';
import { describeFsError, makeDirectory } from '../files/fs.js';
import { correctionsIn, withFileLock } from './corrections.js';
import { entryPath } from './folder.js';
import { readEntries, readSources, writeAtomically, type LibraryEntry } from './library.js';

export { readDatasets, writeAtomically } from './library.js';

// Where the library's articles are kept, behind one interface, for the commands that
// write and manage it (add, fix, library): a folder of dataset files (below), or a
// PostgreSQL database (src/database/library.ts). The commands that only read data get
// the whole library as a dataset, from either (commands/common.ts).

/** What writing a new entry came to: kept (and where, to say so), or not, and why. */
export type WriteResult = { kept: string } | { idTaken: true } | { sameText: string };

/** A library of articles, in a folder or a database. */
export interface LibraryStore {
  /** Where it is, for messages: a folder, or a database URL with its password masked. */
  readonly where: string;
  /** Every source of the library with what it holds; an entry that cannot be used is a one-line problem, not an entry. */
  entries(): Promise<{ entries: LibraryEntry[]; problems: string[] }>;
  /** The id of the source of exactly this text, if the library has one. */
  sourceOfText(text: string): Promise<string | undefined>;
  /** The id of every source. */
  ids(): Promise<Set<string>>;
  /** Where the source is kept, for messages: its file, or the database. */
  keptAt(id: string): Promise<string>;
  /** The corrections kept with a source, and the people they name as the source has them. */
  correctionsOf(id: string): Promise<{ corrections: Correction[]; speakers: Map<string, Entity> }>;
  /** Keeps a new entry (one source) and removes the `replacing` sources, as one step where the store can. An id or a text already there is not overwritten: the result says which. */
  write(dataset: DatasetFile, replacing: readonly string[]): Promise<WriteResult>;
  /** Changes one source's entry, reading it afresh while no other change of it can run; returns where it is kept. */
  change(id: string, edit: (dataset: DatasetFile) => DatasetFile): Promise<string>;
  /** Removes a source; where it was kept, or undefined if there is no such source. */
  remove(id: string): Promise<string | undefined>;
  /** Lets go of what it holds (a connection). */
  close(): Promise<void>;
}

/**
 * The library as a folder of dataset files, one per source (folder.ts says where). Its
 * files are read once for what a command asks of them (ids, texts), each file that cannot
 * be read said to `warn` in one line; a change reads its file again under a lock.
 */
export function folderLibrary(folder: string, warn: (problem: string) => void): LibraryStore {
  let read: ReturnType<typeof readSources> | undefined;
  const sources = async () => {
    if (read === undefined) {
      read = readSources(folder);
      for (const problem of (await read).problems) warn(problem);
    }
    return (await read).sources;
  };
  const pathOf = async (id: string) => (await sources()).find((s) => s.id === id)?.path;
  return {
    where: folder,
    entries: () => readEntries(folder),
    sourceOfText: async (text) => (await sources()).find((s) => s.text === text)?.id,
    ids: async () => new Set((await sources()).map((s) => s.id)),
    keptAt: async (id) => (await pathOf(id)) ?? entryPath(folder, id),
    correctionsOf: async (id) => {
      const path = await pathOf(id);
      return path === undefined ? { corrections: [], speakers: new Map() } : correctionsIn(path);
    },
    write: async (dataset, replacing) => {
      const id = dataset.sources[0]?.id ?? '';
      const path = entryPath(folder, id);
      const paths = await Promise.all(replacing.map(pathOf));
      let written: boolean;
      try {
        makeDirectory(folder);
        written = writeAtomically(path, `${JSON.stringify(dataset, null, 2)}\n`, replacing.includes(id));
      } catch (error) {
        throw new InputError(`${folder}: cannot write to the library: ${describeFsError(error)}`);
      }
      if (!written) return { idTaken: true };
      for (const old of paths) if (old !== undefined && old !== path) rmSync(old, { force: true });
      return { kept: path };
    },
    change: async (id, edit) => {
      const path = await pathOf(id);
      if (path === undefined) throw new UsageError(`no source '${id}' in the library any more`);
      return withFileLock(path, () => {
        // Read again under the lock: another change may have written the file since.
        let dataset: DatasetFile;
        try {
          dataset = JSON.parse(readFileSync(path, 'utf8')) as DatasetFile;
        } catch (error) {
          throw new InputError(`${path}: cannot read: ${error instanceof SyntaxError ? 'not JSON any more' : describeFsError(error)}`);
        }
        const changed = edit(dataset);
        try {
          writeAtomically(path, `${JSON.stringify(changed, null, 2)}\n`, true);
        } catch (error) {
          throw new InputError(`${path}: cannot write: ${describeFsError(error)}`);
        }
        return path;
      });
    },
    remove: async (id) => {
      const path = await pathOf(id);
      if (path === undefined) return undefined;
      try {
        rmSync(path);
      } catch (error) {
        throw new InputError(`${path}: cannot remove: ${describeFsError(error)}`);
      }
      return path;
    },
    close: async () => {},
  };
}
