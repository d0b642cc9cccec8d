import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

const article = join(ROOT, 'test', 'fixtures', 'articles', 'rail-strike.txt');

describe('facts extract', () => {
  it('writes a dataset that the other commands read at once (a round trip)', async () => {
    const dir = tempDir();
    const draft = join(dir, 'draft.json');
    expect(await run(['extract', article, '-o', draft, '--title', 'Rail strike'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const data = JSON.parse(readFileSync(draft, 'utf8'));
    expect(data.sources[0]).toMatchObject({ id: 'rail-strike', title: 'Rail strike', publisher: null, url: null, published: null });
    const quotes = await run(['--data', draft, 'quotes', 'patience', '--fields', 'speaker,text']);
    expect(quotes.stdout).toBe('Maria Lindqvist\tBut after 14 months of talks, our members have run out of patience.\n');
    const verify = await run(['--data', draft, 'verify', 'our members have run out of patience', '--fields', 'verdict,speaker']);
    expect(verify).toEqual({ code: 0, stdout: 'verbatim\tMaria Lindqvist\n', stderr: '' });
  });

  it('reads the article from standard input and prints the dataset', async () => {
    const result = await run(['extract', '-'], { stdin: '"We will win," said Ana Ruiz, the mayor.' });
    const data = JSON.parse(result.stdout);
    expect(data.sources[0].id).toBe('article');
    expect(data.records[0]).toMatchObject({ kind: 'quote', text: 'We will win,', speaker: 'article.ana-ruiz' });
  });

  it("reads a saved web page: the article's text, with the page's own metadata, and every span in that text", async () => {
    const result = await run(['extract', join(ROOT, 'test', 'fixtures', 'pages', 'flood-defences.html')]);
    const data = JSON.parse(result.stdout);
    const { text, ...source } = data.sources[0];
    expect(source).toEqual({ id: 'flood-defences', title: 'River town gets new flood wall after winter floods', publisher: 'Valley Post', url: null, published: '2026-02-02', language: 'en' });
    expect(text.startsWith('Work on a 900 metre flood wall')).toBe(true);
    expect(text).not.toContain('<');
    for (const r of data.records) expect([...text].slice(r.span.start, r.span.end).join('')).toBe(r.text);
    expect(data.records.filter((r: { kind: string }) => r.kind === 'quote').map((r: { speaker: string }) => r.speaker)).toEqual(['flood-defences.daniel-achterberg', 'flood-defences.priya-nair']);
  });

  it('says in one line, exit 2, that a page has no article text', async () => {
    const dir = tempDir({ 'empty.html': '<!doctype html><html><head><title>Loading</title></head><body><script>render()</script></body></html>' });
    expect(await run(['extract', join(dir, 'empty.html')])).toEqual({ code: 2, stdout: '', stderr: `facts: ${join(dir, 'empty.html')}: holds no article text that a reader view can find\n` });
  });

  it('refuses an article over 3 MB in one line, exit 2, before it starts', async () => {
    const dir = tempDir();
    const file = join(dir, 'long.txt');
    writeFileSync(file, `${'"We will build it," said Ada Quist. '.repeat(100_000)}\n`);
    const result = await run(['extract', file]);
    expect(result).toEqual({ code: 2, stdout: '', stderr: 'facts: the article is 3.4 MB of text; extract reads at most 3.0 MB (split it into its articles)\n' });
  });

  it('says which step a long article is on, on a terminal, and leaves no trace of it in a pipe', async () => {
    const dir = tempDir();
    const file = join(dir, 'long.txt');
    writeFileSync(file, Array.from({ length: 1700 }, (_, i) => `"We will build bridge ${i}," said Ada Quist. The council met again.`).join('\n\n'));
    const terminal = await run(['extract', file, '-o', join(dir, 'out.json')], { isTTY: true });
    expect(terminal.code).toBe(0);
    expect(terminal.stderr).toContain('extract: finding names (2/4)');
    expect(terminal.stderr.endsWith('\r\x1b[K')).toBe(true);
    const piped = await run(['extract', file, '-o', join(dir, 'out.json')]);
    expect(piped).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 2 for a file it cannot read', async () => {
    expect(await run(['extract', '/nonexistent/article.txt'])).toEqual({ code: 2, stdout: '', stderr: 'facts: /nonexistent/article.txt: cannot read: no such file\n' });
  });
});

describe('facts extract: drafts that always load', () => {
  const articles = join(ROOT, 'test', 'fixtures', 'articles');

  it('writes drafts whose ids are unique across sources, so several load together', async () => {
    const dir = tempDir();
    const a = join(dir, 'rail.json');
    const b = join(dir, 'water.json');
    expect((await run(['extract', join(articles, 'rail-strike.txt'), '-o', a])).code).toBe(0);
    expect((await run(['extract', join(articles, 'water-report.txt'), '-o', b])).code).toBe(0);
    const both = ['--data', a, '--data', b];
    expect((await run([...both, 'sources', '--fields', 'id'])).stdout).toBe('rail-strike\nwater-report\n');
    const ids = JSON.parse((await run([...both, 'quotes', '--json'])).stdout).map((r: { id: string }) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id: string) => id.startsWith('rail-strike.')) && ids.some((id: string) => id.startsWith('water-report.'))).toBe(true);
    expect((await run([...both, 'verify', 'our members have run out of patience', '--fields', 'verdict,source'])).stdout).toBe('verbatim\trail-strike\n');
    expect((await run([...both, 'search', 'leaks', '--limit', '1', '--fields', 'source'])).stdout).toBe('water-report\n');
  });

  it('checks --id before it reads anything', async () => {
    expect(await run(['extract', '/nonexistent/article.txt', '--id', 'bad id!'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "facts: --id 'bad id!' is invalid: an id is letters, digits, \".\", \"_\", \":\" or \"-\", starting with a letter or digit\n",
    });
  });

  it.each([
    ['Latin-1', Buffer.from('Caf\xe9 owners said "non".', 'latin1'), 'is not UTF-8 text (Latin-1 or another encoding?); convert it to UTF-8 (iconv -f LATIN1 -t UTF-8)'],
    ['UTF-16', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ana said "yes".', 'utf16le')]), 'is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)'],
    ['binary', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]), 'is not text (it holds NUL bytes)'],
  ])('refuses %s input in one line, exit 2', async (_name, bytes, message) => {
    const dir = tempDir();
    const file = join(dir, 'article.txt');
    writeFileSync(file, bytes);
    expect(await run(['extract', file])).toEqual({ code: 2, stdout: '', stderr: `facts: ${file}: ${message}\n` });
  });
});

describe('facts extract: options that do not apply', () => {
  it.each([
    [['--format', 'csv'], '--format csv'],
    [['--fields', 'id'], '--fields'],
    [['--json', '--limit', '3'], '--limit'],
  ])('refuses %j in one line, exit 2', async (flags, name) => {
    const article = join(ROOT, 'test', 'fixtures', 'articles', 'rail-strike.txt');
    expect(await run(['extract', article, ...flags])).toEqual({ code: 2, stdout: '', stderr: `facts: extract writes a dataset as JSON; ${name} does not apply\n` });
  });

  it('refuses --data, since it reads the article it is given', async () => {
    const article = join(ROOT, 'test', 'fixtures', 'articles', 'rail-strike.txt');
    expect(await run(['--data', 'other.json', 'extract', article])).toEqual({ code: 2, stdout: '', stderr: 'facts: extract reads the article it is given; --data does not apply\n' });
  });

  it('takes --format json, which is what it writes anyway', async () => {
    const article = join(ROOT, 'test', 'fixtures', 'articles', 'rail-strike.txt');
    const result = await run(['extract', article, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).version).toBe(1);
  });
});

describe('facts extract: a byte-order mark', () => {
  it('is not part of the text', async () => {
    const result = await run(['extract', '-'], { stdin: '\uFEFF"We will win," said Ana Ruiz.' });
    expect(JSON.parse(result.stdout).sources[0].text).toBe('"We will win," said Ana Ruiz.');
  });
});
