import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetFrom } from '../fixtures/build.js';
import { ROOT, run, tempDir } from '../helpers.js';

const candidates = (stdout: string): string[] => stdout.trimEnd().split('\n').filter((l) => !l.startsWith(':')).map((l) => l.split('\t')[0] as string);

describe('facts completion', () => {
  it.each(['bash', 'zsh', 'fish'])('prints a %s script that calls back into facts', async (shell) => {
    const result = await run(['completion', shell]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('facts complete --');
  });

  it('prints a bash script that bash can parse', async () => {
    const script = (await run(['completion', 'bash'])).stdout;
    const check = spawnSync('bash', ['-n'], { input: script, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it.each([
    ['subcommands', ['gu'], ['guarantees']],
    ['subcommands of guarantees', ['guarantees', ''], ['list', 'show', 'help']],
    ['options of a command', ['quotes', '--sp'], ['--speaker']],
    ['guarantee ids', ['guarantees', 'show', ''], ['g1', 'g2', 'g3', 'g4', 'g5', 'g6']],
    ['record ids', ['show', 'n'], ['n1', 'n2', 'n3']],
    ['speakers', ['quotes', '--speaker', 'ma'], ['macron']],
    ['choices of --format', ['--format', 'n'], ['ndjson']],
  ])('completes %s', async (_name, words, expected) => {
    const result = await run(['complete', '--', ...words]);
    expect(result.code).toBe(0);
    expect(candidates(result.stdout)).toEqual(expected);
  });
});

/** A library of one source, pool, with one quotation of Ann Lee's: its environment. */
function poolLibrary(): Record<string, string> {
  const folder = join(tempDir(), 'lib');
  mkdirSync(folder);
  const data = datasetFrom([{ kind: 'quote', text: 'We open in May.', speaker: 'pool.ann' }], [{ id: 'pool.ann', name: 'Ann Lee', type: 'person', role: null, aliases: [] }], 'pool');
  writeFileSync(join(folder, 'pool.json'), JSON.stringify({ ...data, records: data.records.map((r) => ({ ...r, id: `pool.${r.id}` })) }));
  return { FACTS_LIBRARY: folder };
}

describe('facts completion, sourced and on other data', () => {
  it('prints a bash script that can be sourced twice in one shell', async () => {
    const script = (await run(['completion', 'bash'])).stdout;
    const twice = spawnSync('bash', ['--norc', '--noprofile', '-c', 'eval "$SCRIPT"; eval "$SCRIPT"; echo ok'], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', SCRIPT: script } });
    expect(twice.stderr).toBe('');
    expect(twice.stdout).toBe('ok\n');
  });

  it('completes the ids and speakers of the dataset the command line names', async () => {
    const data = join(ROOT, 'test', 'fixtures', 'mini.json');
    const speakers = JSON.parse(readFileSync(data, 'utf8')).entities.map((e: { id: string }) => e.id);
    const result = await run(['complete', '--', '--data', data, 'quotes', '--speaker', '']);
    expect(candidates(result.stdout).sort()).toEqual([...speakers].sort());
  });

  it("completes the library's source ids after library show and library remove, and the library's speakers", async () => {
    const env = poolLibrary();
    for (const sub of ['show', 'remove']) expect(candidates((await run(['complete', '--', 'library', sub, 'po'], { env })).stdout)).toEqual(['pool']);
    expect(candidates((await run(['complete', '--', 'quotes', '--speaker', 'pool'], { env })).stdout)).toEqual(['pool.ann']);
  });
});

describe('facts completion: every value the program accepts, nothing it refuses', () => {
  const complete = async (words: string[], env?: Record<string, string>) => candidates((await run(['complete', '--', ...words], env ? { env } : {})).stdout);

  it('lists who among the commands, and completes its speakers', async () => {
    expect(await complete([''])).toContain('who');
    expect(await complete(['who', ''])).toContain('macron');
    expect((await run(['who', 'macron', '--fields', 'id', '--limit', '1'])).code).toBe(0);
  });

  it('offers the formats a command prints after the command too, and only JSON for extract', async () => {
    expect(await complete(['quotes', '--format', ''])).toEqual(['table', 'tsv', 'csv', 'json', 'ndjson', 'jsonld']);
    expect(await complete(['entities', '--format', ''])).toEqual(['table', 'tsv', 'csv', 'json', 'ndjson']);
    expect(await complete(['extract', 'a.txt', '--format', ''])).toEqual(['json']);
  });

  it('offers a command its own fields, each of which it accepts', async () => {
    for (const command of [['quotes'], ['numbers'], ['entities'], ['search', 'peace'], ['verify', 'war']]) {
      const fields = await complete([...command, '--fields', '']);
      expect(fields.length, command.join(' ')).toBeGreaterThan(3);
      for (const field of fields) expect((await run([...command, '--fields', field])).code, `${command.join(' ')} --fields ${field}`).toBeLessThan(2);
    }
  });

  it('offers the kinds of search, and the shells facts writes (not powershell)', async () => {
    expect(await complete(['search', 'x', '--kind', ''])).toEqual(['guarantee', 'quote', 'number', 'claim', 'entity', 'source']);
    expect(await complete(['completion', ''])).toEqual(['bash', 'zsh', 'fish']);
  });

  it("offers library show and fix the library's sources and quotations, never the bundled article's", async () => {
    const env = poolLibrary();
    expect(await complete(['library', 'show', ''], env)).toEqual(['pool']);
    expect(await complete(['fix', ''], env)).toEqual(['pool.q1']);
    expect((await run(['who', 'pool.ann', '--fields', 'id'], { env })).stdout).toBe('pool.q1\n');
  });

  // Each command offers a global option exactly when running it with that option is not refused.
  const commands: [string, string[]][] = [
    ['guarantees', ['guarantees']],
    ['guarantees show', ['guarantees', 'show', '2']],
    ['quotes', ['quotes']],
    ['who', ['who', 'macron']],
    ['entities', ['entities']],
    ['show', ['show', 'q5']],
    ['search', ['search', 'peace']],
    ['extract', ['extract', join(ROOT, 'test', 'fixtures', 'articles', 'rail-strike.txt')]],
    ['completion', ['completion', 'bash']],
    ['library', ['library']],
    ['library path', ['library', 'path']],
    ['fix', ['fix', 'nope', '--speaker', 'x']],
  ];
  const globals: [string, string[]][] = [
    ['--format', ['--format', 'json']],
    ['--fields', ['--fields', 'id']],
    ['--limit', ['--limit', '1']],
    ['--data', ['--data', join(ROOT, 'data', 'facts.json')]],
    ['--no-library', ['--no-library']],
    ['--color', ['--color', 'never']],
  ];
  it.each(commands)('%s: offers the global options it accepts, and not those it refuses', async (name, argv) => {
    const offered = await complete([...name.split(' '), '--']);
    for (const [option, flags] of globals) {
      const refused = /does not apply/.test((await run([...argv, ...flags])).stderr);
      expect(offered.includes(option), `${name} ${option}`).toBe(!refused);
    }
  });
});
