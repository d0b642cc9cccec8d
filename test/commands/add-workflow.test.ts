import { copyFileSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin, tempDir } from '../helpers.js';

// What `facts add` says, through the built bin/facts.js, each run in a library of its own.

const fresh = () => ({ XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'facts-add-')) });
const page = (name: string) => join(ROOT, 'test', 'fixtures', 'pages', name);

describe('facts add: ids', () => {
  it('names a page by its title when its file name says nothing, as it does on standard input', () => {
    const env = fresh();
    const ids: string[] = [];
    for (const name of ['tram-extension.html', 'flood-defences.html']) {
      const dir = join(tempDir(), 'saved');
      mkdirSync(dir);
      copyFileSync(page(name), join(dir, 'source.html'));
      const added = runBin(['add', join(dir, 'source.html')], { env });
      expect(added.code).toBe(0);
      ids.push(/^added ([^:]+):/.exec(added.stdout)?.[1] ?? '');
    }
    expect(ids).toEqual(['tram-line-to-reach-the-airport-by-2029', 'river-town-gets-new-flood-wall-after-winter-floods']);
    const again = runBin(['add', '-'], { env, input: readFileSync(page('tram-extension.html')) });
    expect(again.stdout).toMatch(/^already in the library as tram-line-to-reach-the-airport-by-2029 /);
    const other = fresh();
    expect(runBin(['add', '-'], { env: other, input: readFileSync(page('tram-extension.html')) }).stdout).toMatch(/^added tram-line-to-reach-the-airport-by-2029:/);
  });

  it('keeps a file name that says something', () => {
    expect(runBin(['add', page('tram-extension.html')], { env: fresh() }).stdout).toMatch(/^added tram-extension:/);
  });
});

describe('facts add: what it warns of', () => {
  it('warns, and says what it kept, when a text does not look like an article with quotations', () => {
    const dir = tempDir({
      'glossary.txt':
        'A "block" is a section of track that only one train may occupy. The term "headway" means the time between trains. A "consist" is the set of vehicles of a train.\n\nThe "dwell time" is how long a train stands at a platform. A "turnback" is where trains reverse. The "loading gauge" limits the size of vehicles.\n',
      'notice.txt': 'The library will close at noon on Friday for repairs.\n',
    });
    const env = fresh();
    const glossary = runBin(['add', join(dir, 'glossary.txt')], { env });
    expect(glossary.code).toBe(0);
    expect(glossary.stderr).toMatch(/^facts: warning: glossary does not look like a news article with quotations: 0 of 6 have a speaker the text names clearly; kept 6 quotes by 0 speakers, 0 figures, 0 claims \(/);
    expect(runBin(['add', join(dir, 'notice.txt')], { env }).stderr).toBe('facts: warning: found no quotations in notice; kept 0 quotes by 0 speakers, 0 figures, 0 claims\n');
  });

  it('says nothing of the kind for a news article', () => {
    expect(runBin(['add', join(ROOT, 'test', 'fixtures', 'articles', 'rail-strike.txt')], { env: fresh() }).stderr).toBe('');
  });
});

describe('facts add: URLs it cannot read', () => {
  it('says nothing is listening at a closed port', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    expect(runBin(['add', `http://127.0.0.1:${port}/`], { env: fresh() })).toEqual({ code: 2, stdout: '', stderr: `facts: http://127.0.0.1:${port}/: nothing is listening at 127.0.0.1:${port}\n` });
  });

  it('names the scheme it does not read', () => {
    expect(runBin(['add', 'ftp://files.example/story.txt'], { env: fresh() })).toEqual({ code: 2, stdout: '', stderr: "facts: ftp://files.example/story.txt: unsupported URL scheme 'ftp' (http and https are read)\n" });
  });
});

describe('--no-bundled', () => {
  it('answers from the library alone', () => {
    const env = fresh();
    expect(runBin(['add', join(ROOT, 'test', 'fixtures', 'articles', 'rail-strike.txt')], { env }).code).toBe(0);
    expect(runBin(['--no-bundled', 'sources', '--fields', 'id'], { env })).toEqual({ code: 0, stdout: 'rail-strike\n', stderr: '' });
    expect(runBin(['sources', '--fields', 'id'], { env }).stdout).toBe('macron-security-guarantees\nrail-strike\n');
    expect(runBin(['verify', '--no-bundled', 'will not wage any war against Russia', '--fields', 'verdict'], { env })).toEqual({ code: 1, stdout: 'absent\n', stderr: '' });
    expect(runBin(['who', 'macron', '--no-bundled'], { env }).code).toBe(2);
  });

  it('is refused where it would leave nothing, or with --data', () => {
    expect(runBin(['--no-bundled', '--no-library', 'quotes'], { env: fresh() })).toEqual({ code: 2, stdout: '', stderr: 'facts: --no-bundled with --no-library leaves nothing to read\n' });
    expect(runBin(['--no-bundled', '--data', join(ROOT, 'data', 'facts.json'), 'quotes'], { env: fresh() }).stderr).toMatch(/^facts: --no-bundled leaves the bundled article out/);
  });
});

describe('facts add: dates', () => {
  const withDate = (date: string) => readFileSync(page('tram-extension.html'), 'utf8').replace('"datePublished": "2026-03-14T08:30:00Z"', `"datePublished": "${date}"`);

  it("keeps a page's date in ISO 8601", () => {
    const env = fresh();
    const dir = tempDir({ 'tram.html': withDate('2026-03-14 08:30:00') });
    expect(runBin(['add', join(dir, 'tram.html')], { env }).stderr).toBe('');
    expect(runBin(['library', 'show', 'tram', '--fields', 'published'], { env }).stdout).toBe('2026-03-14T08:30:00\n');
  });

  it('leaves out a date it cannot read, and says so', () => {
    const env = fresh();
    const dir = tempDir({ 'tram.html': withDate('last Tuesday') });
    expect(runBin(['add', join(dir, 'tram.html')], { env }).stderr).toBe("facts: warning: the page's date 'last Tuesday' is not a date facts can read; left out (--published sets one)\n");
    expect(runBin(['library', 'show', 'tram', '--fields', 'published'], { env }).stdout).toBe('\n');
  });
});

describe('facts numbers: what is a figure', () => {
  it('keeps counts, gives an indefinite plural its lower bound, and leaves out dates, times, ordinals and the pronoun one', () => {
    const env = fresh();
    const dir = tempDir({
      'march.txt':
        'Since 9/11 the square has been open 24/7. Tens of thousands of people marched on 12 March, and 40 volunteers handed out water from 7:30.\n\n"One of my strengths is patience," the organiser said. It was the group\'s third such march.\n',
    });
    expect(runBin(['add', join(dir, 'march.txt')], { env }).code).toBe(0);
    expect(runBin(['numbers', '--no-bundled', '--fields', 'text,value,bound,unit'], { env }).stdout).toBe('Tens of thousands\t10000\tlower\tpeople\n40\t40\t\tvolunteers\n');
  });
});

describe('tables at 80 columns', () => {
  it('never break a word or an id part of up to 12 characters', () => {
    const env = { ...fresh(), COLUMNS: '80' };
    expect(runBin(['add', join(ROOT, 'test', 'fixtures', 'articles', 'rail-strike.txt')], { env }).code).toBe(0);
    const ids = runBin(['sources', '--format', 'table'], { env }).stdout.split('\n').filter((l) => l.startsWith('│')).map((l) => l.split('│')[1]?.trim());
    expect(ids.slice(1, 4)).toEqual(['macron-', 'security-', 'guarantees']);
    const wordsOf = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    // A word cut in two leaves pieces ("Transpo", "rt") that the data does not hold as words of their own.
    const known = new Set(['who', 'entities', 'sources'].flatMap((command) => wordsOf(runBin([command, '--format', 'json'], { env }).stdout)));
    for (const command of [['who'], ['entities'], ['sources']]) {
      const shown = runBin([...command, '--format', 'table'], { env }).stdout.split('\n').filter((l) => l.startsWith('│')).flatMap((l) => wordsOf(l.split('│').slice(1, -1).join(' ')));
      expect(shown.filter((w) => !known.has(w) && !['ID', 'Speaker', 'Role', 'Kind', 'Text', 'Cue', 'Name', 'Type', 'Aliases', 'Title', 'Publisher', 'Published', 'Language', 'URL'].includes(w)), command[0]).toEqual([]);
    }
  });
});
