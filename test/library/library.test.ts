import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPath } from '../../src/library/folder.js';
import { readEntries, writeAtomically } from '../../src/library/library.js';
import { datasetFrom } from '../fixtures/build.js';
import { tempDir } from '../helpers.js';

describe('writeAtomically', () => {
  it('replaces a file whole and leaves no temporary file', () => {
    const dir = tempDir({ 'a.json': 'old' });
    expect(writeAtomically(join(dir, 'a.json'), 'new text', true)).toBe(true);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new text');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('keeps a file that is there unless told to replace it, so two writers of one name never overwrite each other', () => {
    const dir = tempDir({ 'a.json': 'first' });
    expect(writeAtomically(join(dir, 'a.json'), 'second', false)).toBe(false);
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('first');
    expect(writeAtomically(join(dir, 'b.json'), 'new', false)).toBe(true);
    expect(readFileSync(join(dir, 'b.json'), 'utf8')).toBe('new');
    expect(readdirSync(dir).sort()).toEqual(['a.json', 'b.json']);
  });
});

describe('readEntries', () => {
  it('reads each valid file as entries, and a broken file as one problem line that names it', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'lib'));
    const folder = join(dir, 'lib');
    const data = datasetFrom([{ kind: 'quote', text: 'We will build it.', speaker: 'ann' }], [{ id: 'ann', name: 'Ann Lee', type: 'person', role: null, aliases: [] }], 'one');
    writeFileSync(entryPath(folder, 'one'), JSON.stringify(data));
    writeFileSync(join(folder, 'half.json'), JSON.stringify(data).slice(0, 40));
    const { entries, problems } = await readEntries(folder);
    expect(entries.map((e) => [e.source.id, e.path, e.records.map((r) => r.id), e.entities.map((p) => p.name)])).toEqual([['one', join(folder, 'one.json'), ['q1'], ['Ann Lee']]]);
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^${join(folder, 'half.json')}:1:\\d+: invalid JSON: .*cut short`))]);
  });
});
