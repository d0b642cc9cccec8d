import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, linkSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { validateAlone } from '../cache/load.js';
import { replaceAtomically } from '../files/fs.js';
import type { Correction, DatasetFile, Entity, FactRecord, Source } from '../dataset/types.js';
import { correctionsIn } from './corrections.js';
import { InputError, isFactsError, errorCode } from '../errors.js';
import { listLibrary } from './folder.js';

// Writing and reading the library's files (folder.ts says where they are), for the
// commands that manage it: `add` and `library`. What a file holds is checked as any
// dataset is (data/validate.ts).

/**
 * Writes `text` to `path` atomically: a hidden temporary file beside it (which
 * listLibrary skips), then a rename, so a reader sees the old file or the new one, whole.
 * Unless `replace`, a file already at `path` is kept and false returned: the temporary
 * file is linked to `path`, which fails if anything is there, so two writers that chose
 * the same name at the same moment never overwrite each other.
 */
export function writeAtomically(path: string, text: string, replace: boolean): boolean {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const bytes = Buffer.from(text, 'utf8');
  const write = (fd: number) => {
    let offset = 0;
    while (offset < bytes.byteLength) offset += writeSync(fd, bytes, offset);
  };
  if (replace) {
    replaceAtomically(path, temporary, write);
    return true;
  }
  const fd = openSync(temporary, 'wx');
  try {
    write(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temporary, path);
    return true;
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') return false;
    // A file system without hard links: a rename, after a look (a narrow race).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    if (existsSync(path)) return false;
    renameSync(temporary, path);
    return true;
  } finally {
    rmSync(temporary, { force: true });
  }
}

/** A source kept in the library, as its file holds it. */
export interface LibraryEntry {
  /** The file that holds it. */
  path: string;
  source: Source;
  records: FactRecord[];
  entities: Entity[];
  /** The corrections a person made to its quotations (facts fix). */
  corrections: Correction[];
}

/**
 * Every source in the library, file by file, each file validated on its own as the
 * loader validates it; a file that is not a valid dataset is in `problems` (its first
 * problem, one line that names it) and adds no entry. A folder that exists but cannot be
 * read is an InputError.
 */
export async function readEntries(folder: string): Promise<{ entries: LibraryEntry[]; problems: string[] }> {
  const { files, problems } = await readDatasets(folder);
  return { entries: files.flatMap(({ path, dataset }) => entriesOf(path, dataset, dataset.records, dataset.corrections ?? [])), problems };
}

/**
 * Every file of the library as the dataset it holds, each validated on its own as the
 * loader validates it, with the corrections it keeps; a file that is not a valid dataset
 * is in `problems` (its first problem, one line that names it). A folder that exists but
 * cannot be read is an InputError.
 */
export async function readDatasets(folder: string): Promise<{ files: { path: string; dataset: DatasetFile }[]; problems: string[] }> {
  const listing = listLibrary(folder);
  if (listing.problem) throw new InputError(listing.problem);
  const files: { path: string; dataset: DatasetFile }[] = [];
  const problems: string[] = [];
  for (const path of listing.files) {
    const records: FactRecord[] = [];
    let dataset: Awaited<ReturnType<typeof validateAlone>>;
    try {
      dataset = await validateAlone(path, (record) => records.push(record));
    } catch (error) {
      if (!isFactsError(error)) throw error;
      problems.push(error.message);
      continue;
    }
    const { corrections } = correctionsIn(path);
    files.push({ path, dataset: { version: 1, sources: dataset.sources, entities: dataset.entities, records, ...(corrections.length > 0 ? { corrections } : {}) } });
  }
  return { files, problems };
}

/** The entries of one dataset: one per source, with its records, the entities they name and the corrections of its records. */
export function entriesOf(path: string, dataset: Pick<DatasetFile, 'sources' | 'entities'>, records: readonly FactRecord[], corrections: readonly Correction[]): LibraryEntry[] {
  return dataset.sources.map((source) => {
    const own = records.filter((r) => r.source === source.id);
    const speakers = new Set(own.map((r) => r.speaker));
    const fixes = corrections.filter((c) => c.record.startsWith(`${source.id}.`));
    return { path, source, records: own, entities: dataset.entities.filter((e) => speakers.has(e.id)), corrections: fixes };
  });
}

/** A source of the library by its id and text only, and the file that holds it. */
export interface StoredSource {
  path: string;
  id: string;
  text: string;
}

/**
 * The id and text of every source in the library, fast: each file is only parsed, which
 * is all `add` needs to know what is there (readEntries validates each file, which takes
 * seconds over hundreds). A file that does not parse as a dataset is in `problems`, its
 * first problem as validation words it.
 */
export async function readSources(folder: string): Promise<{ sources: StoredSource[]; problems: string[] }> {
  const listing = listLibrary(folder);
  if (listing.problem) throw new InputError(listing.problem);
  const sources: StoredSource[] = [];
  const broken: string[] = [];
  for (const path of listing.files) {
    try {
      const data = JSON.parse(readFileSync(path, 'utf8')) as { sources?: unknown };
      if (!Array.isArray(data.sources)) throw new Error('no sources');
      const own = (data.sources as { id?: unknown; text?: unknown }[]).map((source) => {
        if (typeof source?.id !== 'string' || typeof source.text !== 'string') throw new Error('a source without an id or text');
        return { path, id: source.id, text: source.text };
      });
      sources.push(...own);
    } catch {
      broken.push(path);
    }
  }
  // The few that do not parse: validated, for the words that say why.
  const problems: string[] = [];
  for (const path of broken) {
    try {
      await validateAlone(path);
      problems.push(`${path}: not a dataset`);
    } catch (error) {
      if (!isFactsError(error)) throw error;
      problems.push(error.message);
    }
  }
  return { sources, problems };
}
