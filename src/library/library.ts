import { randomBytes } from 'node:crypto';
import { writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { readFiles } from '../data/load.js';
import { replaceAtomically } from '../data/sections.js';
import type { Entity, FactRecord, Source } from '../data/types.js';
import type { FileBytes } from '../data/validate.js';
import { InputError, isFactsError } from '../errors.js';
import { listLibrary } from './folder.js';

// Writing and reading the library's files (folder.ts says where they are), for the
// commands that manage it: `add` and `library`. What a file holds is checked as any
// dataset is (data/validate.ts).

/**
 * Writes `text` to `path` atomically: a hidden temporary file beside it (which
 * listLibrary skips), then a rename, so a reader sees the old file or the new one, whole.
 */
export function writeAtomically(path: string, text: string): void {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const bytes = Buffer.from(text, 'utf8');
  replaceAtomically(path, temporary, (fd) => {
    let offset = 0;
    while (offset < bytes.byteLength) offset += writeSync(fd, bytes, offset);
  });
}

/** A source kept in the library, as its file holds it. */
export interface LibraryEntry {
  /** The file that holds it. */
  path: string;
  source: Source;
  records: FactRecord[];
  entities: Entity[];
}

/**
 * Every source in the library, file by file, each file validated on its own as the
 * loader validates it; a file that is not a valid dataset is in `problems` (its first
 * problem, one line that names it) and adds no entry. A folder that exists but cannot be
 * read is an InputError.
 */
export async function readEntries(folder: string): Promise<{ entries: LibraryEntry[]; problems: string[] }> {
  const { validateFiles } = await import('../data/validate.js');
  const listing = listLibrary(folder);
  if (listing.problem) throw new InputError(listing.problem);
  const entries: LibraryEntry[] = [];
  const problems: string[] = [];
  for (const path of listing.files) {
    let bytes: Buffer;
    try {
      // (The bytes' brackets and strings checked first, as the loader does.)
      bytes = (readFiles([path], '/')[0] as FileBytes).bytes;
    } catch (error) {
      if (!isFactsError(error)) throw error;
      problems.push(error.message);
      continue;
    }
    const records: FactRecord[] = [];
    const result = validateFiles([{ file: path, bytes }], (record) => records.push(record));
    if (!result.ok) {
      problems.push(result.problems[0] as string);
      continue;
    }
    const texts = result.value.sourceTexts.map(({ range }) => JSON.parse(bytes.toString('utf8', range.start, range.end)) as string);
    result.value.sources.forEach((info, i) => {
      const source = { ...info, text: texts[i] as string };
      const own = records.filter((r) => r.source === source.id);
      const speakers = new Set(own.map((r) => r.speaker));
      entries.push({ path, source, records: own, entities: result.value.entities.filter((e) => speakers.has(e.id)) });
    });
  }
  return { entries, problems };
}
