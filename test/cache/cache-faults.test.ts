import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-data.mjs';
import { BIN, run, runBin, tempDir, TEST_DATA, type RunResult } from '../helpers.js';

// Faults under the index cache. In every case the answer is the one computed from the
// JSON with the cache off, or the command fails with one line and exit 2: never a
// wrong answer.

let dir = '';
let cache = '';
let file = '';
const data = generateDataset(1500);
const quote = data.records.find((r) => r.kind === 'quote')!;
const entity = data.entities[0]!;

// Commands that read each part of the cache: records, search.bin, corpus.bin, the JSON itself.
const commands = [
  ['search', 'reassurance force', '--limit', '20'],
  ['quotes', 'force', '--fields', 'id,speaker,text,cue'],
  ['show', 'r5', '--json'],
  ['who', entity.name, '--limit', '5'],
  ['entities'],
  ['verify', quote.text.replace(/ the /, ' a '), '--json'],
];

const env = () => ({ XDG_CACHE_HOME: cache });
// The answer from the JSON with the cache off, for the file as it is now.
const truths = new Map<string, Promise<RunResult>>();
const truth = (path: string, argv: string[]) => {
  const key = JSON.stringify([path, argv, createHash('sha1').update(readFileSync(path)).digest('hex')]);
  if (!truths.has(key)) truths.set(key, run(['--data', path, ...argv], { env: { FACTS_CACHE: '0' } }));
  return truths.get(key) as Promise<RunResult>;
};
const folders = () => (existsSync(join(cache, 'facts')) ? readdirSync(join(cache, 'facts')).map((f) => join(cache, 'facts', f)) : []);
const cacheFiles = () => folders().flatMap((f) => readdirSync(f).map((name) => join(f, name)));

/** The answer, or a one-line failure with exit 2. */
function expectTrueOrRefused(result: RunResult, expected: RunResult, what: string) {
  if (result.code === 2 && expected.code !== 2) {
    expect(result.stdout, what).toBe('');
    expect(result.stderr, what).toMatch(/^facts: [^\n]+\n$/);
  } else expect(result, what).toEqual(expected);
}

async function expectAllTrue(path: string, what: string) {
  for (const argv of commands) expect(await run(['--data', path, ...argv], { env: env() }), `${what}: ${argv.join(' ')}`).toEqual(await truth(path, argv));
}

beforeAll(async () => {
  dir = tempDir();
  cache = join(dir, 'cache');
  file = join(dir, 'data.json');
  writeFileSync(file, JSON.stringify(data));
  // Build every part of the cache.
  await expectAllTrue(file, 'first run');
});

describe('edits the stamp must see', () => {
  it('an edit of the same size with the modification time put back', async () => {
    const path = join(dir, 'same-size.json');
    const copy = structuredClone(data);
    writeFileSync(path, JSON.stringify(copy));
    await expectAllTrue(path, 'before');
    const { mtimeNs, size } = statSync(path, { bigint: true });
    const times = keepTimes(path);
    // Same length, other letters: the first entity's name.
    copy.entities[0]!.name = copy.entities[0]!.name.split('').reverse().join('');
    writeFileSync(path, JSON.stringify(copy));
    times.restore(path);
    expect(statSync(path, { bigint: true }).size).toBe(size);
    expect(statSync(path, { bigint: true }).mtimeNs).toBe(mtimeNs);
    await expectAllTrue(path, 'after');
    expect((await run(['--data', path, 'entities', '--fields', 'name', '--limit', '1'], { env: env() })).stdout).toBe(`${copy.entities[0]!.name}\n`);
  });

  it('an edit of the same size that moves the records, the time put back', async () => {
    const path = join(dir, 'moved.json');
    const copy = structuredClone(data);
    writeFileSync(path, JSON.stringify(copy));
    await expectAllTrue(path, 'before');
    const times = keepTimes(path);
    // Records 0..9 reversed: the same bytes in another order, so every offset moves.
    copy.records.splice(0, 10, ...copy.records.slice(0, 10).reverse());
    writeFileSync(path, JSON.stringify(copy));
    times.restore(path);
    await expectAllTrue(path, 'after');
    expect(JSON.parse((await run(['--data', path, 'show', 'r5', '--json'], { env: env() })).stdout).id).toBe('r5');
  });

  it('an atomic replacement by rename, of the same size and time', async () => {
    const path = join(dir, 'replaced.json');
    const copy = structuredClone(data);
    writeFileSync(path, JSON.stringify(copy));
    await expectAllTrue(path, 'before');
    const times = keepTimes(path);
    copy.entities[0]!.name = copy.entities[0]!.name.toUpperCase() === copy.entities[0]!.name ? copy.entities[0]!.name.toLowerCase() : copy.entities[0]!.name.toUpperCase();
    const next = join(dir, 'replaced.next');
    writeFileSync(next, JSON.stringify(copy));
    times.restore(next);
    renameSync(next, path);
    await expectAllTrue(path, 'after');
  });
});

describe('a damaged cache', () => {
  it.each(['records.bin', 'search.bin', 'corpus.bin'])('%s cut short, or missing, is rebuilt', async (name) => {
    for (const damage of ['truncate', 'remove'] as const) {
      for (const path of cacheFiles().filter((p) => p.endsWith(name))) {
        if (damage === 'truncate') truncateSync(path, Math.floor(statSync(path).size / 2));
        else rmSync(path);
      }
      await expectAllTrue(file, `${name} ${damage}`);
      expect(cacheFiles().filter((p) => p.endsWith(name)).length, `${name} rebuilt`).toBeGreaterThan(0);
    }
  });

  it('says once on a terminal that a damaged file is rebuilt', async () => {
    for (const path of cacheFiles().filter((p) => p.endsWith('records.bin'))) truncateSync(path, 10);
    const result = await run(['--data', file, 'quotes', 'force', '--format', 'tsv'], { env: env(), isTTY: true });
    expect(result.stderr.split('\n').filter((l) => l.includes('cannot be trusted'))).toHaveLength(1);
    expect(result.stderr).toMatch(/records\.bin cannot be trusted \(it is cut short\); rebuilding it/);
  });

  it('with one byte flipped anywhere, never answers wrongly', async () => {
    // A fixed set of places in each file: in the header, and spread over the sections;
    // each checked with the commands that read that file.
    const readers: Record<string, string[][]> = { 'records.bin': commands.slice(1, 5), 'search.bin': commands.slice(0, 1), 'corpus.bin': commands.slice(5) };
    for (const [name, argvs] of Object.entries(readers)) {
      // Make sure the file is there and whole: a previous flip, found by one of these
      // runs (or by the last runs of the file before), removed the cache folder, which
      // the runs after it build again.
      const missing = () => cacheFiles().every((p) => !p.endsWith(name));
      const rebuild = async () => {
        for (let pass = 0; pass === 0 || (pass < 3 && missing()); pass++) {
          for (const argv of [...argvs, ...commands.slice(0, 1), ...commands.slice(5)]) await run(['--data', file, ...argv], { env: env() });
        }
      };
      await rebuild();
      const [path] = cacheFiles().filter((p) => p.endsWith(name));
      expect(path, name).toBeDefined();
      const size = statSync(path!).size;
      for (const at of [3, 14, 40, Math.floor(size / 3), size - 5]) {
        await rebuild();
        const [current] = cacheFiles().filter((p) => p.endsWith(name));
        const bytes = readFileSync(current!);
        if (at >= bytes.length) continue;
        const fd = openSync(current!, 'r+');
        writeSync(fd, Buffer.from([bytes[at]! ^ 0x20]), 0, 1, at);
        closeSync(fd);
        for (const argv of argvs) expectTrueOrRefused(await run(['--data', file, ...argv], { env: env() }), await truth(file, argv), `${name} flipped at ${at}: ${argv.join(' ')}`);
      }
    }
  });
});

describe('a damaged cache, from the built bin/', () => {
  // The cache is a bundle of its own there: its errors must still be recognised as facts's.
  it('with a byte flipped inside a section, answers rightly or fails in one line', () => {
    const path = join(dir, 'bin.json');
    writeFileSync(path, JSON.stringify(generateDataset(800)));
    const home = join(dir, 'bin-cache');
    const argvs = [['quotes', 'force'], ['show', 'r5', '--json'], ['search', 'reassurance force'], ['verify', quote.text]];
    for (const argv of argvs) runBin(['--data', path, ...argv], { env: { XDG_CACHE_HOME: home } });
    // (The compile cache of Node 22 and later sits beside the index cache: bin/facts.js.)
    const files = readdirSync(join(home, 'facts')).filter((f) => f !== 'compile').flatMap((f) => readdirSync(join(home, 'facts', f)).map((name) => join(home, 'facts', f, name)));
    expect(files.map((f) => f.split('/').pop()).sort()).toEqual(['corpus.bin', 'records.bin', 'search.bin']);
    for (const file of files) {
      const bytes = readFileSync(file);
      const at = bytes.length - 100;
      bytes[at] = bytes[at]! ^ 0x01;
      writeFileSync(file, bytes);
    }
    for (const argv of argvs) {
      const expected = runBin(['--data', path, ...argv], { env: { FACTS_CACHE: '0' } });
      expectTrueOrRefused(runBin(['--data', path, ...argv], { env: { XDG_CACHE_HOME: home } }), expected, argv.join(' '));
      // And the run after that has a sound cache again.
      expect(runBin(['--data', path, ...argv], { env: { XDG_CACHE_HOME: home } }), argv.join(' ')).toEqual(expected);
    }
  });
});

describe('cache folders that cannot be used', () => {
  it('a folder that is a file, or under /proc: answers from memory', async () => {
    const notFolder = join(dir, 'plain-file');
    writeFileSync(notFolder, '');
    for (const home of [notFolder, '/proc/facts-nope']) {
      for (const argv of commands.slice(0, 3)) expect(await run(['--data', file, ...argv], { env: { XDG_CACHE_HOME: home } }), home).toEqual(await truth(file, argv));
    }
  });

  // (root may write anywhere, so a read-only folder only stops other users.)
  it.runIf(process.getuid?.() !== 0)('a read-only folder: answers from memory, and says so once on a terminal', async () => {
    const readOnly = join(dir, 'read-only');
    rmSync(readOnly, { recursive: true, force: true });
    writeFileSync(join(dir, 'x'), '');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(readOnly);
    chmodSync(readOnly, 0o555);
    const result = await run(['--data', file, 'search', 'force', '--format', 'tsv'], { env: { XDG_CACHE_HOME: readOnly }, isTTY: true });
    expect(result.stdout).toBe((await truth(file, ['search', 'force', '--format', 'tsv'])).stdout);
    expect(result.stderr.split('\n').filter((l) => l.includes('cannot keep an index cache'))).toHaveLength(1);
  });
});

describe('processes', () => {
  it('eight processes starting at once on a new file all answer rightly, and leave a cache the next run trusts', async () => {
    const path = join(dir, 'eight.json');
    writeFileSync(path, JSON.stringify(generateDataset(3000)));
    const home = join(dir, 'eight-cache');
    const argv = ['--data', path, 'search', 'reassurance force', '--limit', '20'];
    const expected = runBin(argv, { env: { FACTS_CACHE: '0' } });
    const results = await Promise.all(Array.from({ length: 8 }, () => spawnBin(argv, { XDG_CACHE_HOME: home })));
    for (const result of results) expect(result).toEqual(expected);
    expect(runBin(argv, { env: { XDG_CACHE_HOME: home } })).toEqual(expected);
    expect(folderFiles(home).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('a process killed while it builds leaves nothing the next run trusts, and its leftovers are cleaned up', async () => {
    const path = join(dir, 'killed.json');
    writeFileSync(path, JSON.stringify(generateDataset(8000)));
    const home = join(dir, 'killed-cache');
    const argv = ['--data', path, 'search', 'reassurance force', '--limit', '20'];
    // Killed as soon as it has a temporary file open (or, on a fast machine, whenever it ends).
    await spawnBin(argv, { XDG_CACHE_HOME: home }, () => folderFiles(home).some((name) => name.endsWith('.tmp')));
    // Wherever it stopped, a run after it answers rightly.
    const expected = runBin(argv, { env: { FACTS_CACHE: '0' } });
    expect(runBin(argv, { env: { XDG_CACHE_HOME: home } })).toEqual(expected);
    // The next build tidies what a killed writer left, here one that is surely gone (pid
    // 2^22 + 1 is above Linux's limit), its search index missing so that there is a build.
    const folder = join(home, 'facts', readdirSync(join(home, 'facts')).find((f) => f !== 'compile')!);
    writeFileSync(join(folder, 'search.bin.4194305.0badf00d.tmp'), 'half a file');
    rmSync(join(folder, 'search.bin'), { force: true });
    expect(runBin(argv, { env: { XDG_CACHE_HOME: home } })).toEqual(expected);
    expect(folderFiles(home).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });
});

/** A file's access and modification times, to the nanosecond, to be put back as `touch -r` does. */
function keepTimes(path: string): { restore(target: string): void } {
  const reference = `${path}.times`;
  writeFileSync(reference, '');
  spawnSync('touch', ['-r', path, reference]);
  return { restore: (target) => void spawnSync('touch', ['-r', reference, target]) };
}

/** The files of the index cache's folders (not the compile cache beside them: bin/facts.js). */
function folderFiles(home: string): string[] {
  try {
    return readdirSync(join(home, 'facts'))
      .filter((f) => f !== 'compile')
      .flatMap((f) => readdirSync(join(home, 'facts', f)));
  } catch {
    return [];
  }
}

/** Runs the built bin/ without blocking; with `killWhen`, sends SIGKILL as soon as it holds. */
function spawnBin(argv: string[], env: Record<string, string>, killWhen?: () => boolean): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', XDG_DATA_HOME: TEST_DATA, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const poll = killWhen
      ? setInterval(() => {
          if (killWhen()) child.kill('SIGKILL');
        }, 2)
      : undefined;
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}
