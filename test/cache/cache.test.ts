import { existsSync, mkdirSync, readdirSync, rmSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-data.mjs';
import { run, tempDir } from '../helpers.js';

// The index cache must be invisible but for speed: the same answers from the cache as
// from the JSON, rebuilt when the file changes, never built for a file that fails validation.

let dir = '';
let file = '';
const cacheHome = () => ({ XDG_CACHE_HOME: join(dir, 'cache') });
const folders = () => (existsSync(join(dir, 'cache', 'facts')) ? readdirSync(join(dir, 'cache', 'facts')) : []);

beforeAll(() => {
  dir = tempDir();
  file = join(dir, 'data.json');
  writeFileSync(file, JSON.stringify(generateDataset(1500)));
});

const commands = [
  ['search', 'reassurance force', '--limit', '15'],
  ['search', 'agrement', 'talsk', '--json', '--limit', '5'],
  ['quotes', 'force', '--fields', 'id,speaker,text,cue'],
  ['quotes', '--speaker', 'Kalo', '--json', '--limit', '3'],
  ['numbers', 'troops'],
  ['claims', '-e', 'peace.*talks'],
  ['verify', 'the moon is made of cheese'],
  ['guarantees', '--limit', '3'],
  ['who', 'kalo', '--limit', '5'],
  ['show', 'r7'],
  ['show', 'r7', '--json'],
  ['sources', '--json'],
  ['sources', 's3', '--text'],
  ['entities', 'kalo'],
  ['guarantees', 'show', '1', '--json'],
];

describe('the index cache', () => {
  it('gives the same answers as reading the JSON, on the first run and from the cache', async () => {
    const quote = generateDataset(1500).records.find((r) => r.kind === 'quote')!.text;
    for (const argv of [...commands, ['verify', quote, '--json'], ['verify', quote.replace(/ the /, ' a '), '--json']]) {
      const direct = await run(['--data', file, ...argv], { env: { ...cacheHome(), FACTS_CACHE: '0' } });
      const first = await run(['--data', file, ...argv], { env: cacheHome() });
      const cached = await run(['--data', file, ...argv], { env: cacheHome() });
      expect(first, argv.join(' ')).toEqual(direct);
      expect(cached, argv.join(' ')).toEqual(direct);
    }
    expect(folders()).toHaveLength(1);
    expect(readdirSync(join(dir, 'cache', 'facts', folders()[0]!)).sort()).toEqual(['corpus.bin', 'records.bin', 'search.bin']);
  });

  it('reads a data file far larger than the blocks it keeps, in order, and finds the same passages', async () => {
    // 4 MB of data: a first search reads every source's text in file order, through more
    // 256 KiB blocks than the eight it keeps, each new one in the memory of the oldest.
    const large = join(dir, 'large.json');
    writeFileSync(large, JSON.stringify(generateDataset(6000)));
    const argv = ['--data', large, 'search', 'force', '--fields', 'kind,id,text'];
    const direct = await run(argv, { env: { ...cacheHome(), FACTS_CACHE: '0' } });
    expect(direct.stdout.split('\n').filter((line) => line.startsWith('source\t'))).toHaveLength(60);
    expect(await run(argv, { env: cacheHome() })).toEqual(direct);
    expect(await run(argv, { env: cacheHome() })).toEqual(direct);
  });

  it('says on a terminal when it builds, and only then', async () => {
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify(generateDataset(300)));
    // (On a terminal the empty result also says so, on a line of its own after these.)
    const notes = (stderr: string) => stderr.split('\n').filter((line) => /^facts: (?:indexing|building)/.test(line));
    const first = await run(['--data', other, 'quotes', 'zzzz'], { isTTY: true, env: cacheHome() });
    expect(notes(first.stderr)).toEqual([`facts: building an index for ${other} (once per new or changed file)...`]);
    const second = await run(['--data', other, 'quotes', 'zzzz'], { isTTY: true, env: cacheHome() });
    expect(notes(second.stderr)).toEqual([]);
    expect(second.stderr).toMatch(/^facts: no quotes containing 'zzzz' \(speakers with quotes: /);
    const firstSearch = await run(['--data', other, 'search', 'zzzz'], { isTTY: true, env: cacheHome() });
    expect(notes(firstSearch.stderr)).toEqual([`facts: building a search index for ${other} (once per new or changed file)...`]);
    expect(notes((await run(['--data', other, 'search', 'zzzz'], { isTTY: true, env: cacheHome() })).stderr)).toEqual([]);
    expect((await run(['--data', other, 'search', 'zzzz'], { env: cacheHome() })).stderr).toBe('');
  });

  it('is rebuilt when the file changes, and the old one removed', async () => {
    const changing = join(dir, 'changing.json');
    const data = generateDataset(200);
    writeFileSync(changing, JSON.stringify(data));
    expect((await run(['--data', changing, 'search', 'wibblewobble'], { env: cacheHome() })).code).toBe(1);
    const before = folders().length;
    data.entities[0]!.aliases.push('Wibblewobble');
    writeFileSync(changing, JSON.stringify(data));
    utimesSync(changing, new Date(), new Date(Date.now() + 5000));
    const after = await run(['--data', changing, 'search', 'wibblewobble', '--kind', 'entity', '--fields', 'id'], { env: cacheHome() });
    expect(after).toEqual({ code: 0, stdout: `${data.entities[0]!.id}\n`, stderr: '' });
    expect(folders()).toHaveLength(before);
  });

  it("goes when its data files are gone, removed as another cache is written; a live one, a fresh folder and another's stay", async () => {
    const env = { XDG_CACHE_HOME: join(dir, 'cache-tidied') };
    const root = join(dir, 'cache-tidied', 'facts');
    const names = () => new Set(readdirSync(root));
    const made = async (name: string) => {
      const path = join(dir, name);
      writeFileSync(path, JSON.stringify(generateDataset(60)));
      const before = names();
      expect((await run(['--data', path, 'quotes', 'force', '--limit', '1'], { env })).code).toBe(0);
      return [...names()].filter((f) => !before.has(f));
    };
    mkdirSync(root, { recursive: true });
    const [gone] = await made('deleted-later.json');
    const [kept] = await made('still-here.json');
    // A folder a killed writer left an hour ago (its pid cannot be running), one being begun now, and a file not facts'.
    const abandoned = join(root, '0123456789abcdef-0123456789abcdef');
    const begun = join(root, 'fedcba9876543210-fedcba9876543210');
    mkdirSync(abandoned);
    writeFileSync(join(abandoned, 'records.bin.4294967294.ab12.tmp'), '');
    const hourAgo = new Date(Date.now() - 2 * 3_600_000);
    utimesSync(abandoned, hourAgo, hourAgo);
    mkdirSync(begun);
    writeFileSync(join(root, 'notes.txt'), 'mine');
    rmSync(join(dir, 'deleted-later.json'));
    expect(names()).toContain(gone);
    const [third] = await made('third.json');
    expect([...names()].sort()).toEqual([kept, third, 'fedcba9876543210-fedcba9876543210', 'notes.txt'].sort());
  });

  it('is not built for a file that fails validation', async () => {
    const bad = join(dir, 'bad.json');
    const data = generateDataset(50);
    data.records[3]!.text = 'not what the source says';
    writeFileSync(bad, JSON.stringify(data));
    const count = folders().length;
    const result = await run(['--data', bad, 'search', 'force'], { env: cacheHome() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/bad\.json: \$\.records\[3\] \(r3\): text does not match the source/);
    expect(folders()).toHaveLength(count);
  });

  it('recovers from a damaged cache file', async () => {
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, JSON.stringify(generateDataset(100)));
    const good = await run(['--data', damaged, 'quotes', 'force'], { env: cacheHome() });
    for (const folder of folders()) {
      const records = join(dir, 'cache', 'facts', folder, 'records.bin');
      if (existsSync(records)) truncateSync(records, 100);
    }
    expect(await run(['--data', damaged, 'quotes', 'force'], { env: cacheHome() })).toEqual(good);
  });

  it('works without a writable cache folder', async () => {
    writeFileSync(join(dir, 'not-a-folder'), '');
    const result = await run(['--data', file, 'quotes', 'force', '--limit', '1'], { env: { XDG_CACHE_HOME: join(dir, 'not-a-folder') } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
  });
});

describe('an unusable cache folder', () => {
  // Under /proc a directory exists that cannot hold children: Node's recursive mkdir spins there.
  it.runIf(existsSync('/proc/self'))('is worked around: the answer comes from memory, and a terminal is told once', async () => {
    const file = join(tempDir(), 'data.json');
    writeFileSync(file, JSON.stringify(generateDataset(50)));
    const env = { XDG_CACHE_HOME: '/proc/facts-no-such-dir' };
    const piped = await run(['--data', file, 'quotes', '--limit', '1', '--fields', 'id'], { env });
    expect(piped).toEqual({ code: 0, stdout: `${generateDataset(50).records.find((r) => r.kind === 'quote')!.id}\n`, stderr: '' });
    const terminal = await run(['--data', file, 'sources', '--fields', 'id'], { env, isTTY: true });
    expect(terminal.stderr.split('\n').filter((l) => l.includes('cannot keep an index cache'))).toEqual([
      "facts: cannot keep an index cache in /proc/facts-no-such-dir/facts (no such file); working without it",
    ]);
  });
});
