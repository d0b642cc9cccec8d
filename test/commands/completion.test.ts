import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { datasetFrom } from '../fixtures/build.js';
import { ROOT, run, tempDir } from '../helpers.js';

const candidates = (stdout: string) => stdout.trimEnd().split('\n').filter((l) => !l.startsWith(':')).map((l) => l.split('\t')[0]);

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
    const folder = join(tempDir(), 'lib');
    mkdirSync(folder);
    const data = datasetFrom([{ kind: 'quote', text: 'We open in May.', speaker: 'pool.ann' }], [{ id: 'pool.ann', name: 'Ann Lee', type: 'person', role: null, aliases: [] }], 'pool');
    writeFileSync(join(folder, 'pool.json'), JSON.stringify({ ...data, records: data.records.map((r) => ({ ...r, id: `pool.${r.id}` })) }));
    const env = { FACTS_LIBRARY: folder };
    for (const sub of ['show', 'remove']) expect(candidates((await run(['complete', '--', 'library', sub, 'po'], { env })).stdout)).toEqual(['pool']);
    expect(candidates((await run(['complete', '--', 'quotes', '--speaker', 'pool'], { env })).stdout)).toEqual(['pool.ann']);
  });
});
