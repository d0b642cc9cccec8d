import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import stringWidth from 'string-width';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../bench/generate-data.mjs';
import { BIN, ROOT, runBin, tempDir, TEST_CACHE, TEST_DATA } from './helpers.js';

// The built bin/ run as a user would: piped, into head, cut, jq and a CSV parser, and
// on a real pseudo-terminal (util-linux `script`).

const sh = (command: string, env: Record<string, string> = {}) =>
  // No standard input: `script` waits on an open one (about 3 s a call), and no command here reads it.
  spawnSync('bash', ['-c', command], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', XDG_CACHE_HOME: TEST_CACHE, XDG_DATA_HOME: TEST_DATA, FACTS: `node ${BIN}`, ...env } });

/** Runs a command on a pseudo-terminal of the given width; returns what the terminal received. */
function onTerminal(command: string, env: Record<string, string> = {}, columns = 80) {
  const result = sh(`script -qec ${JSON.stringify(`stty cols ${columns} rows 50; ${command}`)} /dev/null`, { TERM: 'xterm-256color', ...env });
  return { code: result.status, output: result.stdout.replace(/\r\n/g, '\n') };
}

let big = '';
let hostile = '';
beforeAll(() => {
  const dir = tempDir();
  big = join(dir, 'big.json');
  writeFileSync(big, JSON.stringify(generateDataset(4000)));
  const text = 'Ruiz said "\u001b]52;c;cHduZWQ=\u0007\u001b[2J\u202egnp.exe\u202c pay now".';
  const quote = text.slice(11, text.length - 2);
  hostile = join(dir, 'hostile.json');
  writeFileSync(
    hostile,
    JSON.stringify({
      version: 1,
      sources: [{ id: 's', title: 'T\u001b[31m', publisher: null, url: null, published: null, language: 'en', text }],
      entities: [{ id: 'ruiz', name: 'Ruiz\u001b]0;owned\u0007', type: 'person', role: null, aliases: [] }],
      records: [{ id: 'q1', kind: 'quote', text: quote, source: 's', span: { start: 11, end: text.length - 2 }, speaker: 'ruiz', cue: { text: 'Ruiz said', span: { start: 0, end: 9 } } }],
    }),
  );
});

describe('piped', () => {
  it('prints TSV without colour, exit 0', () => {
    const result = runBin(['guarantees', 'list']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')).toHaveLength(7);
    expect(result.stdout).not.toContain('\u001b');
  });

  it.each([
    [['quotes', 'peace'], 0],
    [['quotes', 'zebra'], 1],
    [['quotes', '-e', '('], 2],
    [['nonsense'], 2],
    [['--data', '/nonexistent.json', 'quotes'], 2],
  ])('exits as grep does: %j -> %i', (argv, code) => {
    const result = runBin(argv);
    expect(result.code).toBe(code);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('ends quietly when head closes the pipe early', () => {
    const result = sh(`set -o pipefail; $FACTS --data ${big} quotes | head -1; echo "status=$?"`);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/^r0\t[^\n]+\nstatus=0\n$/);
  });

  it('loses nothing on a slow pipe', () => {
    const whole = runBin(['--data', big, 'quotes']).stdout;
    expect(whole.length).toBeGreaterThan(200_000);
    const result = sh(`$FACTS --data ${big} quotes | (sleep 0.5; wc -c)`);
    expect(Number(result.stdout.trim())).toBe(Buffer.byteLength(whole));
  });

  it('loses nothing when a Node parent reads its (non-blocking) pipe late', async () => {
    const { spawn } = await import('node:child_process');
    const whole = runBin(['--data', big, 'quotes']).stdout;
    const child = spawn(process.execPath, [BIN, '--data', big, 'quotes'], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: TEST_CACHE, XDG_DATA_HOME: TEST_DATA } });
    child.stdout.pause();
    const chunks: Buffer[] = [];
    await new Promise((resolve) => setTimeout(resolve, 500));
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stdout.resume();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(whole);
  });

  it('feeds cut: one record a line, fields in the documented order', () => {
    const result = sh('$FACTS quotes --speaker macron | cut -f1,2 | head -3');
    expect(result.stdout).toBe('q1\tEmmanuel Macron\nq2\tEmmanuel Macron\nq3\tEmmanuel Macron\n');
  });

  it('answers completion requests from the built bundle', () => {
    const result = runBin(['complete', '--', 'guarantees', 'show', 'g']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n').filter((l) => /^g\d\t/.test(l))).toHaveLength(6);
    expect(runBin(['completion', 'bash']).stdout).toContain('facts complete --');
  });

  it('feeds jq', () => {
    const result = sh(`$FACTS numbers --json | jq -r '.[] | "\\(.id) \\(.value) \\(.unit)"'`);
    expect(result.stdout).toBe('n1 26 countries\nn2 26 countries\nn3 35 states\n');
  });

  it('feeds a CSV parser with the same cells as JSON', () => {
    const csv = parse(runBin(['quotes', '--format', 'csv', '--fields', 'id,text,cue']).stdout) as string[][];
    const json = JSON.parse(runBin(['quotes', '--json']).stdout) as { id: string; text: string; cue: { text: string } }[];
    expect(csv[0]).toEqual(['id', 'text', 'cue']);
    expect(csv.slice(1)).toEqual(json.map((q) => [q.id, q.text, q.cue.text]));
  });

  it('keeps hostile data out of TSV as escapes, and byte-faithful in JSON', () => {
    const tsv = runBin(['--data', hostile, 'quotes']);
    expect(tsv.stdout).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(tsv.stdout).toContain('\\x1b]52;c;cHduZWQ=\\x07\\x1b[2J\\u202egnp.exe');
    const json = JSON.parse(runBin(['--data', hostile, 'quotes', '--json']).stdout);
    expect(json[0].text).toBe('\u001b]52;c;cHduZWQ=\u0007\u001b[2J\u202egnp.exe\u202c pay now');
  });
});

describe('on a pseudo-terminal', () => {
  it('draws a coloured table fitted to the terminal', () => {
    const { code, output } = onTerminal('$FACTS guarantees', {}, 70);
    expect(code).toBe(0);
    expect(output).toContain('┌');
    expect(output).toContain('\u001b[1m#\u001b[22m');
    for (const line of output.trimEnd().split('\n')) expect([...line.replace(/\u001b\[[0-9;]*m/g, '')].length).toBeLessThanOrEqual(70);
  });

  it.each([
    ['NO_COLOR', ['$FACTS guarantees', { NO_COLOR: '1' }]],
    ['TERM=dumb', ['$FACTS guarantees', { TERM: 'dumb' }]],
    ['--no-color', ['$FACTS guarantees --no-color', {}]],
    ['--color never', ['$FACTS guarantees --color never', {}]],
  ] as const)('has no colour with %s', (_name, [command, env]) => {
    const { output } = onTerminal(command, env);
    expect(output).toContain('┌');
    expect(output).not.toContain('\u001b[');
  });

  it('prints TSV on a terminal only when asked, and a table when piped only with --format table', () => {
    expect(onTerminal('$FACTS guarantees --format tsv').output.startsWith('1\tg1\t')).toBe(true);
    expect(runBin(['guarantees', '--format', 'table']).stdout.startsWith('┌')).toBe(true);
  });

  it('never lets escape sequences or bidi controls from data reach the terminal', () => {
    for (const command of ['quotes', 'who', 'show q1', 'sources', 'entities', 'sources s --text', 'quotes --format csv']) {
      const { output } = onTerminal(`$FACTS --data ${hostile} ${command}`);
      const withoutOurColours = output.replace(/\u001b\[(?:[0-9;]*)m/g, '');
      expect(withoutOurColours, command).not.toMatch(/[\u001b\u0007\u009b\u202a-\u202e\u2066-\u2069]/);
    }
  });
});

describe('the width of a table on a pseudo-terminal', () => {
  const widest = (output: string) => Math.max(...output.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((l) => [...l].length));

  it('is the terminal\'s, then COLUMNS when the terminal reports 0 columns', () => {
    expect(widest(onTerminal('$FACTS who --limit 1', {}, 60).output)).toBe(60);
    expect(widest(onTerminal('$FACTS who --limit 1', { COLUMNS: '50' }, 0).output)).toBe(50);
  });

  it('wraps text that is not ASCII (through the bundle\'s lazily made segmenter), cutting nothing', () => {
    const text = 'Ruiz said "安全保障の約束は、停戦の翌日にも守られる。😀 café".';
    const quote = text.slice(11, text.length - 2);
    const dir = tempDir({
      'cjk.json': JSON.stringify({
        version: 1,
        sources: [{ id: 's', title: 'T', publisher: null, url: null, published: null, language: 'ja', text }],
        entities: [{ id: 'ruiz', name: 'Ruiz', type: 'person', role: null, aliases: [] }],
        records: [{ id: 'q1', kind: 'quote', text: quote, source: 's', span: { start: 11, end: [...text].length - 2 }, speaker: 'ruiz', cue: { text: 'Ruiz said', span: { start: 0, end: 9 } } }],
      }),
    });
    const result = runBin(['--data', join(dir, 'cjk.json'), 'quotes', '--format', 'table', '--fields', 'id,text'], { env: { COLUMNS: '24' } });
    expect(result.code).toBe(0);
    const cells = result.stdout.split('\n').slice(3, -2).map((line) => line.split('│')[2] ?? '').join('').replace(/\s+/g, '');
    expect(cells).toBe(quote.replace(/\s+/g, ''));
    for (const line of result.stdout.trimEnd().split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(24);
  });

  it('fits at 40 columns, every listing', () => {
    for (const command of ['who', 'entities', 'quotes', 'numbers', 'claims', 'sources', 'guarantees']) {
      expect(widest(onTerminal(`$FACTS ${command}`, {}, 40).output), command).toBeLessThanOrEqual(40);
    }
  });
});

// Each answer of issue 11, from the built bin/: piped unless it is about a terminal.
describe('an answer for every input, from the built bin/', () => {
  it('matches a plain pattern as literal text at any length; only -e takes a regex, and a bad one is one line', () => {
    expect(runBin(['quotes', 'peace '.repeat(5000)])).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(runBin(['quotes', '-e', '('])).toEqual({ code: 2, stdout: '', stderr: "facts: invalid regular expression '(': Unterminated group\n" });
  });

  it('says on a terminal, in one line on stderr, that a result is empty; piped it is silent, exit 1', () => {
    expect(runBin(['who', 'zelensky'])).toEqual({ code: 1, stdout: '', stderr: '' });
    const { code, output } = onTerminal('$FACTS who zelensky');
    expect(code).toBe(1);
    expect(output).toBe('facts: nothing is attributed to Volodymyr Zelenskyy (speakers: Emmanuel Macron)\n');
  });

  it('names a misspelt subcommand at any depth, and an unknown help topic, exit 2', () => {
    expect(runBin(['guarantees', 'lst'])).toEqual({ code: 2, stdout: '', stderr: "facts: unknown command 'lst' (did you mean 'list'?)\n" });
    expect(runBin(['help', 'nothing'])).toEqual({ code: 2, stdout: '', stderr: "facts: unknown command 'nothing'\n" });
  });

  it('refuses an option a command has no use for, naming it; gives a source with --text --json as one object', () => {
    expect(runBin(['completion', 'bash', '--format', 'json'])).toEqual({ code: 2, stdout: '', stderr: 'facts: completion prints a shell script; --format json does not apply\n' });
    expect(runBin(['show', 'q5', '--limit', '1'])).toEqual({ code: 2, stdout: '', stderr: 'facts: show prints one record; --limit does not apply\n' });
    const source = runBin(['sources', 'macron-security-guarantees', '--text', '--json']);
    expect(source.code).toBe(0);
    expect(JSON.parse(source.stdout).id).toBe('macron-security-guarantees');
  });

  it('says what is wrong with an empty data path in one line, exit 2', () => {
    expect(runBin(['--data', '', 'quotes'])).toEqual({ code: 2, stdout: '', stderr: 'facts: --data takes the path of a dataset file, not an empty string\n' });
  });

  it('runs without a cache it cannot keep, saying so once on a terminal, and never hangs', () => {
    const file = join(tempDir({ 'not-a-folder': '' }), 'not-a-folder');
    for (const cache of ['/proc/nope', file]) {
      // A hang would meet the default spawn timeout of the test; there is no tight one.
      const piped = runBin(['--data', big, 'quotes', '--limit', '1'], { env: { XDG_CACHE_HOME: cache } });
      expect(piped.code, cache).toBe(0);
      expect(piped.stderr, cache).toBe('');
    }
    const { code, output } = onTerminal(`$FACTS --data ${big} quotes --limit 1 --format tsv`, { XDG_CACHE_HOME: file });
    expect(code).toBe(0);
    expect(output.split('\n').filter((line) => line.includes('cannot keep an index cache'))).toHaveLength(1);
    // Compiled code is kept there too (bin/facts.js), and that it cannot be is said once.
    expect(output.split('\n').filter((line) => line === `facts: cannot keep a compile cache in ${file}/facts/compile (ENOTDIR); working without it`)).toHaveLength(1);
  });

  it('keeps compiled code beside the index cache, one cache a command, and runs the same from it', () => {
    const cache = tempDir();
    const first = runBin(['guarantees', 'list'], { env: { XDG_CACHE_HOME: cache } });
    const folder = join(cache, 'facts', 'compile');
    const caches = () => readdirSync(folder).filter((name) => name.endsWith('.v8')).sort();
    expect(caches()).toEqual([expect.stringMatching(/^facts\.cjs-[0-9a-f]{8}-\d+-\d+-v[\d.]+-guarantees\.v8$/)]);
    // (The eight hex digits name the folder this copy of facts runs from.)
    const place = caches()[0]?.split('-')[1] ?? '';
    expect(runBin(['guarantees', 'list'], { env: { XDG_CACHE_HOME: cache } })).toEqual(first);
    expect(first.stdout.split('\n')).toHaveLength(7);
    // Another command gets a cache of its own, made by its own first run; the first stays.
    const quotes = runBin(['quotes', 'end'], { env: { XDG_CACHE_HOME: cache } });
    expect(quotes.code).toBe(0);
    expect(caches()).toEqual([expect.stringMatching(/-guarantees\.v8$/), expect.stringMatching(/-quotes\.v8$/)]);
    expect(runBin(['quotes', 'end'], { env: { XDG_CACHE_HOME: cache } })).toEqual(quotes);
    // A command line that fails (a misspelt command) leaves no cache behind.
    const failed = tempDir();
    expect(runBin(['guarantes'], { env: { XDG_CACHE_HOME: failed } }).code).toBe(2);
    expect(readdirSync(join(failed, 'facts', 'compile')).filter((name) => name.endsWith('.v8'))).toEqual([]);
    // A rebuilt bundle's caches replace its earlier build's for this Node (each command's,
    // and those named before caches were named by place or each command had one), and
    // leave another Node's, and another copy's of facts, which would otherwise replace
    // this copy's in turn at each of its runs.
    const other = tempDir();
    const folderOf = join(other, 'facts', 'compile');
    mkdirSync(folderOf, { recursive: true });
    const elsewhere = place === 'abcdef01' ? 'abcdef02' : 'abcdef01';
    // (And the half-written file of a writer killed midway, pid 2^22 + 1, above Linux's limit, goes too.)
    const old = [`facts.cjs-${place}-1-1-${process.version}-quotes.v8`, `facts.cjs-1-1-${process.version}-quotes.v8`, `facts.cjs-1-1-${process.version}.v8`, `facts.cjs-${place}-1-1-v0.0.0-guarantees.v8`, `facts.cjs-${elsewhere}-1-1-${process.version}-guarantees.v8`, `facts.cjs-${place}-2-2-${process.version}-guarantees.v8.4194305.tmp`];
    for (const name of old) writeFileSync(join(folderOf, name), 'old');
    // A copy of facts whose folder is gone: its caches go with it; one whose folder holds facts stays.
    const [gone, alive] = ['0000aaaa', '0000bbbb'].filter((p) => p !== place);
    const aliveFolder = tempDir({ 'facts.cjs': '' });
    writeFileSync(join(folderOf, `${gone}.place`), join(tempDir(), 'removed-install', 'dist/'));
    writeFileSync(join(folderOf, `${alive}.place`), `${aliveFolder}/`);
    const placed = [`facts.cjs-${gone}-1-1-${process.version}-guarantees.v8`, `table.cjs-${gone}-1-1-${process.version}-guarantees.v8`, `facts.cjs-${alive}-1-1-${process.version}-guarantees.v8`];
    for (const name of placed) writeFileSync(join(folderOf, name), 'old');
    expect(runBin(['guarantees', 'list'], { env: { XDG_CACHE_HOME: other } })).toEqual(first);
    expect(readdirSync(folderOf).filter((name) => old.includes(name)).sort()).toEqual([`facts.cjs-${place}-1-1-v0.0.0-guarantees.v8`, `facts.cjs-${elsewhere}-1-1-${process.version}-guarantees.v8`].sort());
    expect(readdirSync(folderOf).filter((name) => placed.includes(name) || name.endsWith('.place')).sort()).toEqual([`${alive}.place`, `${place}.place`, `facts.cjs-${alive}-1-1-${process.version}-guarantees.v8`].sort());
    expect(readFileSync(join(folderOf, `${place}.place`), 'utf8')).toBe(`${join(ROOT, 'dist')}/`);
    // NODE_DISABLE_COMPILE_CACHE, Node's own switch for its compile cache, leaves it out.
    const off = tempDir();
    expect(runBin(['guarantees', 'list'], { env: { XDG_CACHE_HOME: off, NODE_DISABLE_COMPILE_CACHE: '1' } })).toEqual(first);
    expect(existsSync(join(off, 'facts', 'compile'))).toBe(false);
  });

  it("keeps extraction's compiled code from one run to the next, under the flags extraction runs with", () => {
    // bin/facts.js sets a V8 flag for extract and add; V8 takes cached code only from a
    // run with the same flags, so a flag set once some code had compiled would make every
    // run compile again and write its cache anew.
    const cache = tempDir();
    const article = join(tempDir({ 'a.txt': '"We will open the bridge in May," said Ada Quist, the mayor of Alnes.\n' }), 'a.txt');
    const folder = join(cache, 'facts', 'compile');
    const first = runBin(['extract', article], { env: { XDG_CACHE_HOME: cache } });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Ada Quist');
    const written = () => Object.fromEntries(readdirSync(folder).filter((name) => name.endsWith('.v8')).map((name) => [name, statSync(join(folder, name)).ino]));
    const before = written();
    expect(Object.keys(before).sort()).toEqual([expect.stringMatching(/^extract\.cjs-.*-extract\.v8$/), expect.stringMatching(/^facts\.cjs-.*-extract\.v8$/)]);
    expect(runBin(['extract', article], { env: { XDG_CACHE_HOME: cache } })).toEqual(first);
    expect(written()).toEqual(before);
  });

  it('can be sourced twice in bash, and completes the ids of the dataset --data names', () => {
    const sourced = sh('source <($FACTS completion bash) && source <($FACTS completion bash) && complete -p facts');
    expect(sourced.stderr).toBe('');
    expect(sourced.stdout).toContain('facts');
    const ids = runBin(['complete', '--', '--data', big, 'show', '']).stdout.split('\n').map((line) => line.split('\t')[0]);
    expect(ids).toContain('r1');
    expect(ids).not.toContain('q5');
  });
});

describe('a library, from the built bin/', () => {
  const fixture = (...parts: string[]) => join(ROOT, 'test', 'fixtures', ...parts);
  /** The built bin/ run as a child process without blocking this one, which serves pages. */
  const binAsync = (argv: string[], env: Record<string, string>) =>
    new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
      const child = spawn(process.execPath, [BIN, ...argv], { stdio: ['ignore', 'pipe', 'pipe'], env: { PATH: process.env.PATH ?? '', ...env } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.on('close', (code) => done({ code, stdout, stderr }));
    });

  it('adds a page by URL (from 127.0.0.1), a saved page and a text file, and answers across them, warning of a half-written file', async () => {
    const server = createServer((req, res) => {
      if (req.url === '/flood') res.writeHead(200, { 'content-type': 'text/html' }).end(readFileSync(fixture('pages', 'flood-defences.html')));
      else res.writeHead(404).end();
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const dir = tempDir();
    const env = { FACTS_LIBRARY: join(dir, 'lib'), XDG_CACHE_HOME: join(dir, 'cache') };
    // The page names no URL of its own: the source keeps the one it was fetched from.
    const fetched = `http://127.0.0.1:${(server.address() as AddressInfo).port}/flood`;
    try {
      const added = await binAsync(['add', fetched], env);
      expect(added.code, added.stderr).toBe(0);
      expect(added.stdout).toMatch(/^added flood: /);
    } finally {
      await new Promise((done) => server.close(done));
    }
    expect(runBin(['add', fixture('pages', 'tram-extension.html')], { env }).code).toBe(0);
    expect(runBin(['add', fixture('articles', 'rail-strike.txt')], { env }).code).toBe(0);
    writeFileSync(join(dir, 'lib', 'half.json'), readFileSync(join(dir, 'lib', 'rail-strike.json'), 'utf8').slice(0, 300));
    const warning = new RegExp(`^facts: warning: left out of the library: ${join(dir, 'lib', 'half.json')}:\\d+:\\d+: invalid JSON: [^\\n]*\\n$`);
    const listed = runBin(['library', '--fields', 'id,publisher'], { env });
    expect(listed.stdout).toBe('flood\tValley Post\nrail-strike\t\ntram-extension\tThe Northfield Courier\n');
    expect(listed.stderr).toMatch(warning);
    for (const [quote, speaker] of [
      ['Half of us have not reopened, and the insurance money has not come', 'Priya Nair'],
      ['The risk of overruns sits with the builder, not with the taxpayer', 'Ingrid Svensson'],
      ['will not wage any war against Russia', 'Emmanuel Macron'],
    ]) {
      const verified = runBin(['verify', quote as string, '--fields', 'verdict,speaker'], { env });
      expect(verified.stdout).toBe(`verbatim\t${speaker}\n`);
      expect(verified.stderr).toMatch(warning);
    }
    const review = JSON.parse(runBin(['verify', 'Half of us have not reopened', '--speaker', 'Priya Nair', '--format', 'jsonld'], { env }).stdout);
    expect(review['@type']).toBe('ClaimReview');
    expect(review.reviewRating.alternateName).toBe('verbatim');
    expect(review.isBasedOn.isBasedOn).toEqual({ '@type': 'NewsArticle', identifier: 'flood', name: 'River town gets new flood wall after winter floods', url: fetched, publisher: { '@type': 'Organization', name: 'Valley Post' }, datePublished: '2026-02-02' });
  });

  it('lists the library as a table on a pseudo-terminal', () => {
    const dir = tempDir();
    const env = { FACTS_LIBRARY: join(dir, 'lib'), XDG_CACHE_HOME: join(dir, 'cache'), NO_COLOR: '1' };
    expect(runBin(['add', fixture('pages', 'flood-defences.html')], { env }).code).toBe(0);
    const { code, output } = onTerminal('$FACTS library', env, 80);
    expect(code).toBe(0);
    expect(output.split('\n')[0]).toMatch(/^┌─+┬/);
    expect(output).toContain('│ flood-defences │ River town gets new flood');
    for (const line of output.trimEnd().split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(80);
  });
});
