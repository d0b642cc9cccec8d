import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import bundled from '../../data/facts.json';
import { DataError } from '../errors.js';
import { indexDataset } from './dataset.js';
import type { Dataset, DatasetFile } from './types.js';

// The one loader. The bundled dataset is validated by the test suite, so start-up
// trusts it; a user's file is validated in full before anything reads it.

/** The dataset shipped inside the bundle. */
export function loadBundledDataset(): Dataset {
  return indexDataset([bundled as unknown as DatasetFile]);
}

/** Loads, validates and merges the given files, or the bundled dataset if there are none. */
export async function loadDataset(paths: readonly string[], cwd: string): Promise<Dataset> {
  if (paths.length === 0) return loadBundledDataset();
  const { parseDatasetText, checkInvariants } = await import('./validate.js');
  const files: { file: string; data: DatasetFile }[] = [];
  const problems: string[] = [];
  for (const file of paths) {
    let text: string;
    try {
      text = (await readFile(resolve(cwd, file), 'utf8')).replace(/^\uFEFF/, '');
    } catch (error) {
      problems.push(`${file}: cannot read: ${describeFsError(error as NodeJS.ErrnoException)}`);
      continue;
    }
    const parsed = await parseDatasetText(text, file);
    if (parsed.ok) files.push({ file, data: parsed.value });
    else problems.push(...parsed.problems);
  }
  if (problems.length === 0) problems.push(...checkInvariants(files));
  if (problems.length > 0) throw new DataError(problems);
  return indexDataset(files.map((f) => f.data));
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
    default:
      return error.code ?? error.message;
  }
}
