import { homedir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryFolder, listLibrary } from '../../src/library/folder.js';
import { tempDir } from '../helpers.js';

describe('libraryFolder', () => {
  it('is FACTS_LIBRARY (relative to the working folder), else XDG_DATA_HOME/facts/library, else ~/.local/share/facts/library', () => {
    expect(libraryFolder({ FACTS_LIBRARY: 'lib', XDG_DATA_HOME: '/x', HOME: '/home/a' }, '/work')).toBe('/work/lib');
    expect(libraryFolder({ XDG_DATA_HOME: '/x', HOME: '/home/a' }, '/work')).toBe('/x/facts/library');
    // A relative XDG_DATA_HOME is ignored, as the XDG rules say.
    expect(libraryFolder({ XDG_DATA_HOME: 'x', HOME: '/home/a' }, '/work')).toBe('/home/a/.local/share/facts/library');
    expect(libraryFolder({ HOME: '/home/a' }, '/work')).toBe('/home/a/.local/share/facts/library');
  });

  it('without HOME, is under the home folder the system gives', () => {
    expect(libraryFolder({}, '/work')).toBe(join(homedir(), '.local', 'share', 'facts', 'library'));
  });
});

describe('listLibrary', () => {
  it('lists the .json files by name, not hidden files (writes in progress) or other files', () => {
    const dir = tempDir({ 'b.json': '{}', 'a.json': '{}', '.a.json.123.ab.tmp': '', 'notes.txt': '' });
    expect(listLibrary(dir)).toEqual({ files: [join(dir, 'a.json'), join(dir, 'b.json')] });
  });

  it('is empty when the folder does not exist, and says why when the folder cannot be read', () => {
    const dir = tempDir({ file: '' });
    expect(listLibrary(join(dir, 'none'))).toEqual({ files: [] });
    expect(listLibrary(join(dir, 'file'))).toEqual({ files: [], problem: `${join(dir, 'file')}: cannot read the library folder: not a folder` });
  });
});
