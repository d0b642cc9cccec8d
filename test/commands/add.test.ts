import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPath } from '../../src/commands/add.js';
import type { DatasetFile } from '../../src/dataset/types.js';
import { ROOT, run, tempDir } from '../helpers.js';

const fixture = (...parts: string[]) => join(ROOT, 'test', 'fixtures', ...parts);
const RAIL = fixture('articles', 'rail-strike.txt');
const TRAM = fixture('pages', 'tram-extension.html');

/** A fresh library folder, and the env that points at it. */
function library(): { folder: string; env: Record<string, string> } {
  const dir = tempDir();
  return { folder: join(dir, 'lib'), env: { FACTS_LIBRARY: join(dir, 'lib'), XDG_CACHE_HOME: join(dir, 'cache') } };
}

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as DatasetFile;

/** The summary `add` prints, from the dataset it wrote: counted here, not by the command. */
function expectedSummary(verb: string, path: string, about: string): string {
  const data = read(path);
  const id = data.sources[0]?.id;
  const count = (kind: string) => data.records.filter((r) => r.kind === kind).length;
  const quotes = data.records.filter((r) => r.kind === 'quote');
  const bySpeaker = new Map<string, number>();
  for (const q of quotes) if (q.speaker) bySpeaker.set(q.speaker, (bySpeaker.get(q.speaker) ?? 0) + 1);
  const n = (k: number, word: string) => `${k} ${word}${k === 1 ? '' : 's'}`;
  const names = [...bySpeaker].sort((a, b) => b[1] - a[1]).map(([s, k]) => `${data.entities.find((e) => e.id === s)?.name} (${k})`);
  return (
    `${verb} ${id}: ${n(count('quote'), 'quote')} by ${n(bySpeaker.size, 'speaker')}, ${n(count('number'), 'figure')}, ${n(count('claim'), 'claim')}\n` +
    `  ${about}\n` +
    (names.length > 0 ? `  speakers: ${names.join(', ')}\n` : '') +
    `  kept in ${path}\n`
  );
}

describe('facts add', () => {
  it('extracts a text file into the library, says what it found, and every command then reads it', async () => {
    const { folder, env } = library();
    const result = await run(['add', RAIL], { env });
    const path = join(folder, 'rail-strike.json');
    expect(result).toEqual({ code: 0, stdout: expectedSummary('added', path, 'Untitled article (extracted by facts; the text gives no headline)'), stderr: '' });
    expect(read(path).sources[0]?.text).toBe(readFileSync(RAIL, 'utf8'));
    expect(readdirSync(folder)).toEqual(['rail-strike.json']);
    const quote = await run(['verify', 'our members have run out of patience', '--fields', 'verdict,speaker,record'], { env });
    expect(quote).toEqual({ code: 0, stdout: 'verbatim\tMaria Lindqvist\trail-strike.q2\n', stderr: '' });
  });

  it('adds the same text again as a no-op that says so, and --replace extracts it again under the same id', async () => {
    const { folder, env } = library();
    await run(['add', RAIL], { env });
    const path = join(folder, 'rail-strike.json');
    const before = statSync(path, { bigint: true }).mtimeNs;
    const again = await run(['add', RAIL, '--id', 'other'], { env });
    expect(again).toEqual({ code: 0, stdout: `already in the library as rail-strike (${path}); nothing added (--replace extracts it again)\n`, stderr: '' });
    expect(statSync(path, { bigint: true }).mtimeNs).toBe(before);
    const replaced = await run(['add', RAIL, '--replace', '--title', 'Rail strike'], { env });
    expect(replaced).toEqual({ code: 0, stdout: expectedSummary('replaced', path, 'Rail strike'), stderr: '' });
    expect(readdirSync(folder)).toEqual(['rail-strike.json']);
  });

  it('gives a new text whose name is taken an id of its own, and refuses an --id that is taken by another text', async () => {
    const { folder, env } = library();
    const dir = tempDir({ 'rail-strike.txt': 'A different article. "We will talk again on Monday," said Jo Park.\n' });
    await run(['add', RAIL], { env });
    const second = await run(['add', join(dir, 'rail-strike.txt')], { env });
    expect(second.stdout).toMatch(/^added rail-strike-2: /);
    expect(readdirSync(folder)).toEqual(['rail-strike-2.json', 'rail-strike.json']);
    const clash = await run(['add', fixture('articles', 'museum-funding.txt'), '--id', 'rail-strike'], { env });
    expect(clash).toEqual({ code: 2, stdout: '', stderr: `facts: the library already has a source 'rail-strike' (${join(folder, 'rail-strike.json')}), of another text; choose another --id, or --replace it\n` });
    const bundled = await run(['add', fixture('articles', 'museum-funding.txt'), '--id', 'macron-security-guarantees'], { env });
    expect(bundled).toEqual({ code: 2, stdout: '', stderr: "facts: 'macron-security-guarantees' is the bundled article's id; choose another --id\n" });
  });

  it("adds a saved web page: the article's text, and the page's own title, author, publisher, date and URL, which options override", async () => {
    const { folder, env } = library();
    const result = await run(['add', TRAM, '--publisher', 'Courier (print edition)'], { env });
    expect(result.stdout.split('\n')[1]).toBe('  Tram line to reach the airport by 2029, Courier (print edition), 2026-03-14T08:30:00Z');
    const { text, ...source } = read(join(folder, 'tram-extension.json')).sources[0] as DatasetFile['sources'][number];
    expect(source).toEqual({
      id: 'tram-extension',
      title: 'Tram line to reach the airport by 2029',
      publisher: 'Courier (print edition)',
      url: 'https://courier.example/transport/tram-airport-2029',
      published: '2026-03-14T08:30:00Z',
      byline: 'Hannah Okafor',
      language: 'en-GB',
    });
    expect(text.startsWith('By Hannah Okafor, transport correspondent\n\nThe city council approved')).toBe(true);
    const data = read(join(folder, 'tram-extension.json'));
    const hers = data.records.filter((r) => r.kind === 'quote' && data.entities.find((e) => e.id === r.speaker)?.name === 'Ingrid Svensson').map((r) => `${r.id}\n`);
    expect(hers.length).toBeGreaterThan(0);
    expect(await run(['quotes', '--speaker', 'Svensson', '--fields', 'id'], { env })).toEqual({ code: 0, stdout: hers.join(''), stderr: '' });
  });

  it('never writes over a file it cannot read: a new text passes over its name', async () => {
    const { folder, env } = library();
    await run(['add', RAIL], { env });
    writeFileSync(join(folder, 'museum-funding.json'), '{"version": 1, "sour');
    const result = await run(['add', fixture('articles', 'museum-funding.txt')], { env });
    expect(result.stdout).toMatch(/^added museum-funding-2: /);
    expect(result.stderr).toMatch(/^facts: warning: left out of the library: .*museum-funding\.json:1:\d+: invalid JSON/);
    expect(readFileSync(join(folder, 'museum-funding.json'), 'utf8')).toBe('{"version": 1, "sour');
  });

  it("never prints a page's control characters raw: its title and names are shown escaped", async () => {
    const { env } = library();
    const page = '<html><head><title>Owned\u001b]0;pwned\u0007 \u202eevil</title></head><body><article><p>"We will reopen the bridge in May," said Ana Ruiz, the mayor of the town.</p></article></body></html>';
    const result = await run(['add', '-', '--id', 'hostile'], { env, stdin: page });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(result.stdout.split('\n')[1]).toBe('  Owned\\x1b]0;pwned\\x07 \\u202eevil');
  });

  it("reads standard input, taking its id from the page's title", async () => {
    const { folder, env } = library();
    const result = await run(['add', '-'], { env, stdin: readFileSync(TRAM, 'utf8') });
    expect(result.code).toBe(0);
    expect(readdirSync(folder)).toEqual(['tram-line-to-reach-the-airport-by-2029.json']);
  });

  it('refuses the output options, and says in one line when the library cannot be written', async () => {
    const { env } = library();
    expect(await run(['add', RAIL, '--format', 'json'], { env })).toEqual({ code: 2, stdout: '', stderr: 'facts: add keeps the article in the library and says what it found; --format json does not apply\n' });
    const file = join(tempDir({ taken: '' }), 'taken');
    const result = await run(['add', RAIL], { env: { FACTS_LIBRARY: join(file, 'lib') } });
    expect(result).toEqual({ code: 2, stdout: '', stderr: `facts: ${join(file, 'lib')}: cannot read the library folder: not a folder\n` });
  });
});

describe('displayPath', () => {
  it('shows a path under the home folder as ~/..., and any other whole', () => {
    expect(displayPath('/home/ana/.local/share/facts/library/a.json', '/home/ana')).toBe('~/.local/share/facts/library/a.json');
    expect(displayPath('/home/ana/.local/share/facts/library/a.json', '/home/ana/')).toBe('~/.local/share/facts/library/a.json');
    expect(displayPath('/home/anna/lib/a.json', '/home/ana')).toBe('/home/anna/lib/a.json');
    expect(displayPath('/srv/lib/a.json', '/')).toBe('/srv/lib/a.json');
    expect(displayPath('/srv/lib/a.json', undefined)).toBe('/srv/lib/a.json');
  });
});

describe('facts add URL', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    const page = readFileSync(TRAM);
    server = createServer((req, res) => {
      if (req.url === '/news/tram.html') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else if (req.url === '/plain') res.writeHead(200, { 'content-type': 'text/plain' }).end(readFileSync(RAIL));
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it("fetches a page (from 127.0.0.1) and keeps it with the page's canonical URL", async () => {
    const { folder, env } = library();
    const result = await run(['add', `${base}/news/tram.html`], { env });
    expect(result.code).toBe(0);
    expect(read(join(folder, 'tram.json')).sources[0]?.url).toBe('https://courier.example/transport/tram-airport-2029');
  });

  it('keeps the URL a plain text was fetched from, and fails in one line, exit 2, on a bad answer', async () => {
    const { folder, env } = library();
    expect((await run(['add', `${base}/plain`, '--id', 'strike'], { env })).code).toBe(0);
    // A plain text says nothing of itself: its URL is the one it was fetched from.
    expect(read(join(folder, 'strike.json')).sources[0]?.url).toBe(`${base}/plain`);
    expect(await run(['add', `${base}/gone`], { env })).toEqual({ code: 2, stdout: '', stderr: `facts: ${base}/gone: the server answered 404 Not Found\n` });
  });
});
