import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect as connectTcp, type Server, type Socket } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runBin, tempDir, type RunResult } from '../helpers.js';
import { freePort, startPostgres, testBackend, type TestServer } from '../postgres.js';
import { readDatabaseFiles, type SourceSelection } from '../../src/database/database.js';
import type { Entity } from '../../src/dataset/types.js';

// The shared library on a real PostgreSQL server, started by these tests (test/postgres.ts),
// through the built bin/facts.js as a desk would use it. Invented articles only. Where
// PostgreSQL is not installed (or FACTS_TEST_POSTGRES=pglite), the server is PGlite, and
// every test but the read-only role's runs against it as it is.

const fixture = (name: string) => join(ROOT, 'test', 'fixtures', 'articles', name);
const ARTICLES = ['rail-strike.txt', 'harbour-council.txt', 'museum-funding.txt'].map(fixture);

let server: TestServer;
let counter = 0;

beforeAll(async () => {
  server = await startPostgres();
});

afterAll(() => {
  server?.stop();
});

/** A new database with the library's tables, and the env of a desk that uses it (an empty library folder and cache of its own). */
async function desk(init = true): Promise<{ url: string; env: Record<string, string>; name: string }> {
  const name = `desk${++counter}`;
  const url = await server.createDatabase(name);
  const home = tempDir();
  const env = { FACTS_DATABASE_URL: url, XDG_DATA_HOME: join(home, 'data'), XDG_CACHE_HOME: join(home, 'cache') };
  if (init) expect(runBin(['db', 'init'], { env })).toMatchObject({ code: 0, stderr: '' });
  return { url, env, name };
}

/** Runs bin/facts.js without waiting for it, for runs at the same moment. */
function runBinAsync(argv: string[], env: Record<string, string>, input = ''): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

const count = async (db: string, table: string) => Number((await server.sql(`SELECT count(*) AS n FROM ${table}`, db)).rows[0]?.n);

describe('facts db', () => {
  it('makes the tables once, says the version and counts, and a second init does nothing', async () => {
    const { env, name } = await desk(false);
    const before = runBin(['db', 'status', '--format', 'json'], { env });
    expect(before.code).toBe(1);
    expect(JSON.parse(before.stdout)).toMatchObject({ schema: 0, sources: 0 });
    const made = runBin(['db', 'init'], { env });
    expect(made).toMatchObject({ code: 0, stderr: '' });
    expect(made.stdout).toMatch(/^made the library in postgres:\/\/facts:\*\*\*@127\.0\.0\.1:\d+\/desk\d+: schema version 0 to 4 \(/);
    expect(runBin(['db', 'init'], { env }).stdout).toMatch(/is at schema version 4 already; nothing to do\n$/);
    expect(runBin(['db', 'migrate'], { env }).stdout).toMatch(/is at schema version 4 already; nothing to do\n$/);
    expect(runBin(['add', ARTICLES[0] as string], { env }).code).toBe(0);
    const status = JSON.parse(runBin(['db', 'status', '--format', 'json'], { env }).stdout) as Record<string, unknown>;
    expect(status).toMatchObject({ schema: 4, known: 4, sources: 1, quotes: await countKind(name, 'quote'), figures: await countKind(name, 'number') });
    expect(status.server).toMatch(/^PostgreSQL \d+/);
    expect(String(status.database)).not.toContain(server.password);
  });

  it('refuses, in one line, a library of a newer schema, and writes nothing to it', async () => {
    const { env, name } = await desk();
    await server.sql("INSERT INTO facts_migrations (version, description) VALUES (5, 'from a newer facts')", name);
    for (const argv of [['add', ARTICLES[0] as string], ['quotes'], ['db', 'migrate'], ['library']]) {
      const result = runBin(argv, { env });
      expect(result, argv.join(' ')).toMatchObject({ code: 2, stdout: '' });
      expect(result.stderr).toMatch(/^facts: postgres:\/\/facts:\*\*\*@[^ ]+ holds a facts library of schema version 5, newer than this facts knows \(4\); upgrade facts to use it\n$/);
    }
    expect(await count(name, 'facts_sources')).toBe(0);
  });

  it('brings an older library up to date with db migrate, which every other command asks for first', async () => {
    const { env, name } = await desk();
    expect(runBin(['add', ARTICLES[0] as string], { env }).code).toBe(0);
    // The library as the first version of the schema left it.
    await server.sql(
      'DROP TABLE facts_search_documents; DROP TRIGGER facts_sources_search_words ON facts_sources; DROP FUNCTION facts_count_search_words(); DROP TABLE facts_search_words; ' +
        'ALTER TABLE facts_sources DROP COLUMN search_words, DROP COLUMN search_counts, DROP COLUMN search_documents; ' +
        'DROP TRIGGER facts_sources_lexemes ON facts_sources; DROP FUNCTION facts_count_lexemes(); DROP TABLE facts_lexemes; ALTER TABLE facts_sources DROP COLUMN words; ALTER TABLE facts_records DROP COLUMN words; DELETE FROM facts_migrations WHERE version > 1',
      name,
    );
    expect(runBin(['quotes'], { env })).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/ holds a facts library of schema version 1; 'facts db migrate' brings it to version 4\n$/) });
    expect(runBin(['db', 'migrate'], { env }).stdout).toMatch(/^migrated postgres:\/\/facts:\*\*\*@[^ ]+: schema version 1 to 4 \(English word indexes of each source's text and each record's.*; each source's words as search reads them.*; each document's words as search reads them/);
    expect(runBin(['verify', 'our members have run out of patience', '--fields', 'verdict,speaker'], { env }).stdout).toBe('verbatim\tMaria Lindqvist\n');
    // Search's words were filled in for what was there, each document's too: it finds the quote, misspelt, as it did.
    expect(runBin(['search', 'patiense', '--kind', 'quote', '--fields', 'id'], { env }).stdout).toBe('rail-strike.q2\n');
    // (One row for each record and entity.)
    const documentsAstray = async () =>
      (await server.sql('SELECT id FROM facts_sources s WHERE (SELECT count(*) FROM facts_search_documents d WHERE d.source_id = s.id) <> (SELECT count(*) FROM facts_records r WHERE r.source_id = s.id) + (SELECT count(*) FROM facts_entities e WHERE e.source_id = s.id)', name)).rows;
    expect(await count(name, 'facts_search_documents')).toBeGreaterThan(0);
    expect(await documentsAstray()).toEqual([]);
    // The count of sources per word starts from what was there, and follows each add and remove.
    const sourcesOf = async (word: string) => (await server.sql(`SELECT sources FROM facts_lexemes WHERE lexeme = '${word}'`, name)).rows[0]?.sources as number | undefined;
    expect(await sourcesOf('patienc')).toBe(1);
    expect(runBin(['add', ARTICLES[1] as string], { env }).code).toBe(0);
    expect(runBin(['library', 'remove', 'rail-strike'], { env }).code).toBe(0);
    expect(await sourcesOf('patienc')).toBe(0);
    const counted = await server.sql("SELECT l.lexeme, l.sources, count(s.id)::int AS n FROM facts_lexemes l LEFT JOIN facts_sources s ON s.words @@ l.lexeme::tsquery GROUP BY l.lexeme, l.sources HAVING l.sources <> count(s.id)", name);
    expect(counted.rows).toEqual([]);
    // And the documents per word search weighs by are the sum of each source's, word by word.
    expect(await searchCountsAstray(name)).toEqual([]);
    expect(Number((await server.sql("SELECT documents FROM facts_search_words WHERE word = 'harbour'", name)).rows[0]?.documents)).toBeGreaterThan(0);
    expect(await documentsAstray()).toEqual([]);
  });

  it('says a database without the tables needs facts db init', async () => {
    const { env } = await desk(false);
    expect(runBin(['quotes'], { env })).toMatchObject({ code: 2, stderr: expect.stringMatching(/holds no facts library yet; 'facts db init' makes one\n$/) });
  });
});

/** The words whose count of documents in facts_search_words is not the sum of the sources' counts (none, when the trigger kept it). */
async function searchCountsAstray(db: string): Promise<unknown[]> {
  const astray = await server.sql(
    'SELECT word, w.documents, s.n FROM facts_search_words w FULL JOIN (SELECT word, sum(n)::int AS n FROM facts_sources, unnest(search_words, search_counts) AS t(word, n) GROUP BY word) s USING (word) WHERE coalesce(w.documents, 0) <> coalesce(s.n, 0)',
    db,
  );
  return astray.rows;
}

async function countKind(db: string, kind: string): Promise<number> {
  return Number((await server.sql(`SELECT count(*) AS n FROM facts_records WHERE kind = '${kind}'`, db)).rows[0]?.n);
}

describe('a library in a database answers as the same library in a folder', () => {
  it('prints the same bytes for search, verify, who, quotes, show, sources and entities', async () => {
    const { env } = await desk();
    const folder = tempDir();
    const local = { XDG_DATA_HOME: folder, XDG_CACHE_HOME: join(folder, 'cache') };
    for (const article of ARTICLES) {
      expect(runBin(['add', article], { env }).code).toBe(0);
      expect(runBin(['add', article], { env: local }).code).toBe(0);
    }
    const commands = [
      ['search', 'strike'],
      ['search', 'museum funding', '--format', 'json'],
      // Misspelt, in part (nothing holds every word), a question, filtered, limited, loose,
      // and the bundled article's words: the database reads only the sources that can hit,
      // and weighs each word over the whole library.
      ['search', 'musuem fundng'],
      ['search', 'strike museum zebra'],
      ['search', 'how many workers are on strike?'],
      ['search', 'Lindqvist', '--kind', 'quote'],
      ['search', 'patience', '--speaker', 'Maria Lindqvist'],
      ['search', 'harbour council', '--limit', '2'],
      ['search', 'strike', '--limit', '1'],
      ['search', 'harbor', '--limit', '3'],
      ['search', 'how many workers', '--limit', '2'],
      ['search', 'rail strike', '--threshold', '0.8', '--format', 'json'],
      ['search', 'reassurance force'],
      ['search', 'front line'],
      ['verify', 'our members have run out of patience'],
      ['verify', 'our members have run out of patience', '--speaker', 'Paul Hendry', '--format', 'json'],
      ['compare', 'our members have run out of patience'],
      ['compare', 'rail-strike.q2', '--format', 'json'],
      ['who', 'Lindqvist'],
      ['quotes', '--format', 'json'],
      ['quotes', '--speaker', 'Maria Lindqvist'],
      ['numbers'],
      ['show', 'rail-strike.q2', '--format', 'json'],
      ['sources'],
      ['sources', 'harbour-council', '--text'],
      ['entities', '--format', 'ndjson'],
      ['library'],
      ['guarantees', 'list'],
    ];
    for (const argv of commands) {
      const fromFolder = runBin(argv, { env: local });
      expect(fromFolder.stdout, argv.join(' ')).not.toBe('');
      expect(runBin(argv, { env }), argv.join(' ')).toEqual(fromFolder);
    }
    const quotes = ['our members have run out of patience', 'a sentence nobody said', 'we did not want this'].join('\n');
    const batch = runBin(['verify', '-'], { env: local, input: quotes });
    expect(runBin(['verify', '-'], { env, input: quotes })).toEqual(batch);
  });
});

describe('queries run where the data is', () => {
  it('reads whole only the sources the database picks for an id, a speaker, a quote or a search, and the entities that can answer', async () => {
    const { env, url } = await desk();
    for (const article of ARTICLES) expect(runBin(['add', article], { env }).code).toBe(0);
    const target = { url, timeoutMs: 10_000 };
    const read = async (selection?: SourceSelection) => {
      const files = await readDatabaseFiles(target, selection);
      return { whole: files.flatMap((f) => f.sources.map((s) => s.id)), entities: files.flatMap((f) => f.entities).length };
    };
    const all = await read();
    expect(all.whole).toEqual(['harbour-council', 'museum-funding', 'rail-strike']);
    expect(await read({ holding: 'harbour-council.q1' })).toEqual({ whole: ['harbour-council'], entities: all.entities });
    expect((await read({ holding: 'no-such-id' })).whole).toEqual(all.whole);
    expect((await read({ quotes: ['our members have run out of patience'] })).whole).toContain('rail-strike');
    expect((await read({ quotes: ['our members have run out of pateince'] })).whole).toContain('rail-strike');
    expect((await read({ quotes: ['zebras juggle quantum xylophones'] })).whole).toEqual([]);
    // Words are only ever parameters: query syntax and SQL in them are words to look for.
    expect((await read({ quotes: ["Robert'); DROP TABLE facts_sources; --", '\\ & | ! :* <-> ()'] })).whole).not.toContain('museum-funding');
    expect((await read()).whole).toEqual(all.whole);
    const lindqvist = { name: 'Maria Lindqvist', speakers: async (entities: readonly Entity[]) => entities.filter((e) => e.name === 'Maria Lindqvist').map((e) => e.id) };
    expect((await read(lindqvist)).whole).toEqual(['rail-strike']);
    // (A name is told apart among the entities that can bear it: the picked sources' people, and those of its last word.)
    expect((await read(lindqvist)).entities).toBeLessThan(all.entities);
    // A name nobody bears as written (a misspelling, for the fuzzy match to find) reads everyone.
    const misspelt = { name: 'Maria Lindkvist', speakers: async (entities: readonly Entity[], fuzzy: boolean) => (fuzzy ? entities.filter((e) => e.name === 'Maria Lindqvist').map((e) => e.id) : undefined) };
    expect(await read(misspelt)).toEqual({ whole: ['rail-strike'], entities: all.entities });
    // A search reads the sources whose words can make a hit at its threshold: a misspelt word's, both of two like words'.
    const search = (query: string, threshold = 0.45) => ({ search: { query, threshold, bundled: { words: [], counts: [], documents: 0 }, planned: () => {} } });
    expect((await read(search('patiense'))).whole).toEqual(['rail-strike']);
    // (Only the picked sources' people: a hit's speaker stands in its source. A --speaker reads everyone, to tell a name apart among them all.)
    expect((await read(search('patiense'))).entities).toBeLessThan(all.entities);
    expect((await read({ search: { ...search('patiense').search, everyone: true } })).entities).toBe(all.entities);
    expect((await read(search('harbour museum'))).whole).toEqual([]);
    expect((await read(search('harbour museum', 0.7))).whole).toEqual(['harbour-council', 'museum-funding']);
    expect((await read(search('zebras'))).whole).toEqual([]);
    expect((await read(search("Robert'); DROP TABLE facts_sources; -- 100% a_b\\"))).whole).toEqual([]);
  });
});

/**
 * An invented article of `n` quotations that all hold "reassurance force" (one in three
 * as "force of reassurance", scattered), of lengths that repeat: thousands of hits of
 * the same score, which only the tie-breaks (length, phrase, order) tell apart.
 */
function equalHits(title: string, speaker: string, n: number, seed: number): string {
  const filler = ['steady', 'across', 'the', 'border', 'for', 'years', 'ahead', 'and', 'beyond', 'winter', 'spring', 'talks', 'again'];
  const digits = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  const paragraphs = [title];
  for (let i = 0; i < n; i++) {
    const padding = Array.from({ length: (i * 7 + seed) % 9 }, (_, k) => filler[(i + k + seed) % filler.length]).join(' ');
    const tag = [...String(i)].map((d) => digits[Number(d)]).join(' ');
    const words = i % 3 === 0 ? 'force of reassurance' : 'reassurance force';
    paragraphs.push(`"The ${words} ${padding} holds ${tag}," ${speaker} said.`);
  }
  return paragraphs.join('\n\n') + '\n';
}

describe('a search with --limit among thousands of equal hits', () => {
  it('reads only the best few records and ranks them as the folder does', async () => {
    const { env, url } = await desk();
    const folder = tempDir();
    const local = { XDG_DATA_HOME: folder, XDG_CACHE_HOME: join(folder, 'cache') };
    const texts = tempDir({
      'quist.txt': equalHits('Ada Quist on the border', 'Ada Quist', 450, 1),
      'rask.txt': equalHits('Tom Rask on the border', 'Tom Rask', 450, 4),
      'holm.txt': equalHits('Greta Holm on the border', 'Greta Holm', 450, 2),
    });
    for (const file of ['quist.txt', 'rask.txt', 'holm.txt']) {
      expect(runBin(['add', join(texts, file)], { env }).code).toBe(0);
      expect(runBin(['add', join(texts, file)], { env: local }).code).toBe(0);
    }
    for (const argv of [
      ['search', 'reassurance force', '--limit', '10'],
      ['search', 'reassurance force', '--limit', '25', '--format', 'json'],
      // (Every one of the thousand that phrase ranking reorders: which of equal length get in is the sources' order.)
      ['search', 'reassurance force', '--limit', '1000', '--fields', 'id'],
      ['search', 'reasurance force', '--limit', '5'],
      // Some hundreds hold every word (fewer than phrase ranking reorders); fewer than the limit asks.
      ['search', 'reassurance holds seven', '--limit', '10'],
      ['search', 'reassurance holds seven', '--limit', '500', '--fields', 'id'],
      ['search', 'force border', '--limit', '10'],
      ['search', 'reassurance force', '--limit', '10', '--kind', 'quote'],
    ]) {
      const fromFolder = runBin(argv, { env: local });
      expect(fromFolder.stdout, argv.join(' ')).not.toBe('');
      expect(runBin(argv, { env }), argv.join(' ')).toEqual(fromFolder);
    }
    // Of the thousands of records that hold both words, the first 1,000 in search's order are read, not
    // every one; of the hundreds that hold three, those alone.
    const quotesRead = async (query: string) => {
      const files = await readDatabaseFiles({ url, timeoutMs: 10_000 }, { search: { query, threshold: 0.45, best: true, limit: 10, bundled: { words: [], counts: [], documents: 0 }, planned: () => {} } });
      return files.flatMap((f) => f.records).length;
    };
    expect(await quotesRead('reassurance force')).toBe(1000);
    const some = await quotesRead('reassurance holds seven');
    expect(some).toBeGreaterThan(100);
    expect(some).toBeLessThan(1000);
  });
});

describe('writes', () => {
  it('eight adds at once, two of the same text, keep seven sources whole, each once', async () => {
    const { env, name } = await desk();
    const dir = tempDir();
    const texts = Array.from({ length: 7 }, (_, i) => `The mayor of Town ${i} spoke on Monday.\n\n"We will build ${i + 2} bridges," said Mayor Alex Stone${i}. "Nobody will wait again."\n`);
    const files = texts.map((text, i) => {
      const path = join(dir, `town.txt`.replace('town', `town-${i}`));
      writeFileSync(path, text);
      return path;
    });
    // Seven texts under names that suggest the same id, and the first one twice.
    const argv = [...files, files[0] as string].map((file, i) => ['add', file, '--title', `Town ${i}`]);
    const results = await Promise.all(argv.map((a) => runBinAsync(a, env)));
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
    expect(results.filter((r) => r.stdout.startsWith('already in the library as'))).toHaveLength(1);
    const sources = (await server.sql('SELECT id, text FROM facts_sources ORDER BY id', name)).rows as { id: string; text: string }[];
    expect(sources.map((s) => s.text).sort()).toEqual([...texts].sort());
    // Each source whole: the records a folder of the same text would hold, row for row.
    for (const { id, text } of sources) {
      const local = tempDir({ 'a.txt': text });
      const expected = JSON.parse(runBin(['extract', join(local, 'a.txt'), '--id', id]).stdout) as { records: { id: string; text: string }[] };
      const rows = (await server.sql(`SELECT id, text FROM facts_records WHERE source_id = '${id}' ORDER BY position`, name)).rows as { id: string; text: string }[];
      expect(rows).toEqual(expected.records.map((r) => ({ id: r.id, text: r.text })));
    }
    expect(await searchCountsAstray(name)).toEqual([]);
  });

  it('loses none of four fixes of one source made at the same moment', async () => {
    const { env, name } = await desk();
    expect(runBin(['add', ARTICLES[0] as string], { env }).code).toBe(0);
    const ids = ['rail-strike.q1', 'rail-strike.q2', 'rail-strike.q3', 'rail-strike.q4'];
    const results = await Promise.all(ids.map((id) => runBinAsync(['fix', id, '--speaker', 'Paul Hendry'], env)));
    for (const result of results) expect(result, result.stderr).toMatchObject({ code: 0, stderr: '' });
    const fixed = (await server.sql("SELECT correction->>'record' AS record FROM facts_corrections ORDER BY 1", name)).rows.map((r) => r.record as string);
    expect(fixed).toEqual(ids);
    for (const id of ids) expect(runBin(['show', id, '--fields', 'speaker,confidence'], { env }).stdout, id).toBe('Paul Hendry\thigh\n');
    expect(await searchCountsAstray(name)).toEqual([]);
  });

  it('keeps text with quotes, backslashes and SQL in it as it was, and finds it again', async () => {
    const { env, name } = await desk();
    const text = `Robert'); DROP TABLE facts_sources; -- spoke to the school board on Monday.\n\n"Little Bobby Tables is ' OR 1=1; -- my son," said Robert Droptable, a parent. "I am sorry about the C:\\schools\\ folder and the \\0 in it."\n`;
    const file = join(tempDir({ 'bobby.txt': text }), 'bobby.txt');
    expect(runBin(['add', file], { env }).code).toBe(0);
    expect(runBin(['sources', 'bobby', '--text'], { env }).stdout).toBe(text);
    expect(runBin(['verify', "Little Bobby Tables is ' OR 1=1; -- my son", '--fields', 'verdict,speaker'], { env }).stdout).toBe('verbatim\tRobert Droptable\n');
    expect(runBin(['verify', 'I am sorry about the C:\\schools\\ folder and the \\0 in it', '--fields', 'verdict,speaker'], { env }).stdout).toBe('verbatim\tRobert Droptable\n');
    expect(runBin(['search', 'Bobby Tables', '--kind', 'quote', '--fields', 'id'], { env }).stdout).toMatch(/^bobby\.q\d+\n$/);
    expect(await count(name, 'facts_sources')).toBe(1);
  });

  it('fix writes a correction in one transaction, and add --replace makes it again', async () => {
    const { env, name } = await desk();
    expect(runBin(['add', ARTICLES[0] as string], { env }).code).toBe(0);
    const fixed = runBin(['fix', 'rail-strike.q2', '--speaker', 'Paul Hendry'], { env });
    expect(fixed).toMatchObject({ code: 0, stderr: '' });
    expect(fixed.stdout).toMatch(/^fixed rail-strike\.q2: said by Paul Hendry \(was Maria Lindqvist, .*\); reviewed\n  kept in postgres:\/\/facts:\*\*\*@/);
    const speakerOf = () => runBin(['show', 'rail-strike.q2', '--fields', 'speaker,confidence'], { env }).stdout;
    expect(speakerOf()).toBe('Paul Hendry\thigh\n');
    expect(await count(name, 'facts_corrections')).toBe(1);
    expect(runBin(['add', ARTICLES[0] as string, '--replace'], { env }).stdout).toMatch(/^replaced rail-strike:/);
    expect(speakerOf()).toBe('Paul Hendry\thigh\n');
    expect(runBin(['library', 'remove', 'rail-strike'], { env }).code).toBe(0);
    for (const table of ['facts_sources', 'facts_entities', 'facts_records', 'facts_corrections']) expect(await count(name, table), table).toBe(0);
  });
});

describe('roles and faults', () => {
  // PGlite is one session for every connection: a role cannot be told apart there.
  it.skipIf(testBackend() === 'pglite')('lets a read-only role run every reading command, and refuses its add in one line naming the privilege', async () => {
    const { env, name } = await desk();
    expect(runBin(['add', ARTICLES[0] as string], { env }).code).toBe(0);
    await server.sql(`DROP ROLE IF EXISTS reader_${name}; CREATE ROLE reader_${name} LOGIN PASSWORD 'read-only-secret'; GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader_${name}`, name);
    const reader = { ...env, FACTS_DATABASE_URL: server.url(name, { user: `reader_${name}`, password: 'read-only-secret' }) };
    for (const argv of [['quotes'], ['search', 'strike'], ['verify', 'our members have run out of patience'], ['who', 'Lindqvist'], ['show', 'rail-strike.q2'], ['library'], ['db', 'status']]) {
      expect(runBin(argv, { env: reader }), argv.join(' ')).toMatchObject({ code: 0, stderr: '' });
    }
    const added = runBin(['add', ARTICLES[1] as string], { env: reader });
    expect(added.code).toBe(2);
    expect(added.stderr).toMatch(/^facts: the database at postgres:\/\/reader_desk\d+:\*\*\*@[^ ]+: permission denied for table facts_sources: this role may not do that/);
    expect(added.stderr.split('\n')).toHaveLength(2);
    expect(added.stderr).not.toContain('read-only-secret');
    expect(await count(name, 'facts_sources')).toBe(1);
  });

  it.skipIf(testBackend() === 'pglite')('refuses in one line a db init by a role that may make tables but not the extension, and makes nothing', async () => {
    const { env, name } = await desk(false);
    await server.sql(`DROP ROLE IF EXISTS maker_${name}; CREATE ROLE maker_${name} LOGIN PASSWORD 'maker-secret'; GRANT CREATE ON SCHEMA public TO maker_${name}; REVOKE CREATE ON DATABASE ${name} FROM PUBLIC`, name);
    const maker = { ...env, FACTS_DATABASE_URL: server.url(name, { user: `maker_${name}`, password: 'maker-secret' }) };
    const made = runBin(['db', 'init'], { env: maker });
    expect(made).toMatchObject({ code: 2, stdout: '' });
    expect(made.stderr).toMatch(/^facts: the database at postgres:\/\/maker_desk\d+:\*\*\*@[^ ]+: permission denied to create extension "pg_trgm"/);
    expect(made.stderr.split('\n')).toHaveLength(2);
    // The migrations are one transaction: not even the first one's tables are left.
    expect((await server.sql("SELECT to_regclass('facts_migrations')::text AS t", name)).rows[0]?.t).toBeNull();
  });

  it('says in one line, exit 2, without the password, when the server is not there, the password is wrong or the database unknown', async () => {
    const { name } = await desk(false);
    const port = await freePort();
    const cases: [string, RegExp][] = [
      [`postgres://facts:hunter2@127.0.0.1:${port}/${name}`, /^facts: cannot connect to postgres:\/\/facts:\*\*\*@127\.0\.0\.1:\d+\/desk\d+: connection refused \(is the server running, and listening there\?\)\n$/],
      [server.url(name, { user: 'facts', password: 'hunter2' }), /^facts: cannot connect to postgres:\/\/facts:\*\*\*@[^ ]+: password authentication failed for user "facts" \(check the password/],
      [server.url('nosuchdb'), /^facts: cannot connect to postgres:\/\/facts:\*\*\*@[^ ]+\/nosuchdb: database "nosuchdb" does not exist \(create it first/],
    ];
    for (const [url, message] of cases) {
      for (const argv of [['quotes'], ['add', ARTICLES[0] as string], ['db', 'status']]) {
        const result = runBin(argv, { env: { FACTS_DATABASE_URL: url } });
        expect(result, `${argv.join(' ')} ${url}`).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(message) });
        expect(result.stderr).not.toContain('hunter2');
        expect(result.stderr).not.toContain(server.password);
      }
    }
    expect(runBin(['--database', 'mysql://root:hunter2@db/x', 'quotes'])).toEqual({ code: 2, stdout: '', stderr: "facts: --database takes a postgres:// URL, got 'mysql://root:hunter2@db/x'\n" });
  });

  it('follows libpq: a password from PGPASSFILE, and sslmode from the URL or PGSSLMODE', async () => {
    const { name } = await desk();
    const dir = tempDir();
    const passfile = join(dir, 'pgpass');
    writeFileSync(passfile, `127.0.0.1:${server.port}:${name}:facts:${server.password}\n`, { mode: 0o600 });
    const bare = `postgres://facts@127.0.0.1:${server.port}/${name}`;
    expect(runBin(['db', 'status', '--fields', 'schema'], { env: { FACTS_DATABASE_URL: bare, PGPASSFILE: passfile } })).toEqual({ code: 0, stdout: '4\n', stderr: '' });
    // The tests' server has no certificate: prefer (libpq's default, and PGSSLMODE's here) connects without, require refuses.
    expect(runBin(['db', 'status', '--fields', 'schema'], { env: { FACTS_DATABASE_URL: bare, PGPASSFILE: passfile, PGSSLMODE: 'prefer' } }).stdout).toBe('4\n');
    const required = runBin(['quotes'], { env: { FACTS_DATABASE_URL: `${bare}?sslmode=require`, PGPASSFILE: passfile } });
    expect(required).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^facts: cannot connect to postgres:\/\/facts@[^ ]+\?sslmode=require: .*SSL.* \(sslmode, in the URL or PGSSLMODE\)\n$/) });
    expect(runBin(['quotes'], { env: { FACTS_DATABASE_URL: bare, PGPASSFILE: passfile, PGSSLMODE: 'sometimes' } })).toMatchObject({ code: 2, stderr: expect.stringMatching(/sslmode 'sometimes' is not one of disable, allow, prefer, require, verify-ca, verify-full\n$/) });
  });

  it('gives up within --timeout on a server that never answers', async () => {
    const silent = await listen(() => {});
    const port = (silent.address() as { port: number }).port;
    const started = Date.now();
    const result = await runBinAsync(['--timeout', '1', 'quotes'], { FACTS_DATABASE_URL: `postgres://facts:hunter2@127.0.0.1:${port}/x` });
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/: no answer within 1 s \(--timeout, or connect_timeout in the URL\)\n$/) });
    expect(Date.now() - started).toBeLessThan(60_000);
    silent.close();
  });

  it('keeps nothing of an add whose connection is cut while it writes', async () => {
    const { env, name } = await desk();
    // A proxy that passes everything on, until the client sends the records: then it cuts both ends.
    const proxy = await listen((client) => {
      const upstream = connectTcp(server.port, '127.0.0.1');
      client.on('data', (data: Buffer) => {
        if (data.includes('INSERT INTO facts_records')) {
          client.destroy();
          upstream.destroy();
          return;
        }
        upstream.write(data);
      });
      upstream.on('data', (data: Buffer) => client.write(data));
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    const url = (env.FACTS_DATABASE_URL ?? '').replace(`:${server.port}/`, `:${(proxy.address() as { port: number }).port}/`);
    // (Not spawnSync: the proxy runs in this process.)
    const result = await runBinAsync(['add', ARTICLES[0] as string], { ...env, FACTS_DATABASE_URL: url });
    proxy.close();
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^facts: the database at postgres:\/\/facts:\*\*\*@[^ ]+: the connection was lost; nothing of this command was kept\n$/) });
    // The server rolls back what the cut connection left: no source, no half of one.
    await new Promise((resolve) => setTimeout(resolve, 500));
    for (const table of ['facts_sources', 'facts_entities', 'facts_records']) expect(await count(name, table), table).toBe(0);
  });
});

describe('moving a library', () => {
  it('push copies the folder once, and export writes files that load with --data', async () => {
    const { env } = await desk();
    const home = tempDir();
    const withFolder = { ...env, XDG_DATA_HOME: home };
    for (const article of ARTICLES.slice(0, 2)) expect(runBin(['add', article], { env: { XDG_DATA_HOME: home } }).code).toBe(0);
    expect(runBin(['library', 'push'], { env: withFolder })).toMatchObject({ code: 0, stdout: expect.stringMatching(/^copied 2 of 2 sources from .* to postgres:\/\/facts:\*\*\*@/), stderr: '' });
    expect(runBin(['library', 'push'], { env: withFolder }).stdout).toMatch(/^copied 0 of 2 sources .*; 2 were there already\n$/);
    const out = join(tempDir(), 'archive');
    expect(runBin(['library', 'export', out], { env })).toMatchObject({ code: 0, stdout: `wrote 2 of 2 sources to ${out}\n` });
    expect(readdirSync(out).sort()).toEqual(['harbour-council.json', 'rail-strike.json']);
    // The same files as the folder's, byte for byte.
    for (const file of readdirSync(out)) expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(home, 'facts', 'library', file), 'utf8'));
    const data = readdirSync(out).flatMap((file) => ['--data', join(out, file)]);
    expect(runBin([...data, 'quotes'], { env: {} })).toEqual(runBin(['--no-bundled', 'quotes'], { env }));
    expect(runBin(['library', 'export', out], { env })).toMatchObject({ code: 2, stderr: expect.stringContaining('is there already; it was left as it is') });
  });
});

/** A TCP server on 127.0.0.1 at a free port. */
function listen(onConnection: (socket: Socket) => void): Promise<Server> {
  return new Promise((resolve) => {
    const tcp = createServer(onConnection);
    tcp.listen(0, '127.0.0.1', () => resolve(tcp));
  });
}
