import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetFrom } from '../fixtures/build.js';
import { run, tempDir } from '../helpers.js';

/** A library of two small sources, written as `facts add` writes them, and a folder for it. */
function library(extra: Record<string, string> = {}): { folder: string; env: Record<string, string> } {
  const dir = tempDir();
  const folder = join(dir, 'lib');
  mkdirSync(folder);
  const entry = (id: string, title: string, publisher: string | null, text: string) => {
    const data = datasetFrom([{ kind: 'quote', text, speaker: `${id}.ann` }], [{ id: `${id}.ann`, name: 'Ann Lee', type: 'person', role: null, aliases: [] }], id);
    const source = { ...(data.sources[0] as object), title, publisher, published: publisher ? '2026-05-01' : null };
    return JSON.stringify({ ...data, sources: [source], records: data.records.map((r) => ({ ...r, id: `${id}.${r.id}` })) });
  };
  writeFileSync(join(folder, 'bridge.json'), entry('bridge', 'Bridge to open in May', 'Town Post', 'The bridge opens in May.'));
  writeFileSync(join(folder, 'pool.json'), entry('pool', 'Pool closes', null, 'The pool closes for good.'));
  for (const [name, content] of Object.entries(extra)) writeFileSync(join(folder, name), content);
  return { folder, env: { FACTS_LIBRARY: folder, XDG_CACHE_HOME: join(dir, 'cache') } };
}

describe('facts library', () => {
  it('lists the sources in the library, one a line when piped', async () => {
    const { env } = library();
    expect(await run(['library'], { env })).toEqual({ code: 0, stdout: 'bridge\tBridge to open in May\tTown Post\t2026-05-01\t1\npool\tPool closes\t\t\t1\n', stderr: '' });
    expect(await run(['library', 'list', '--fields', 'id,speakers'], { env })).toEqual({ code: 0, stdout: 'bridge\tAnn Lee\npool\tAnn Lee\n', stderr: '' });
  });

  it('lists as a table on a terminal', async () => {
    const { env } = library();
    const result = await run(['library'], { env: { ...env, NO_COLOR: '1' }, isTTY: true, columns: 72 });
    expect(result.stdout).toBe(
      [
        '┌────────┬───────────────────────┬───────────┬────────────┬────────┐',
        '│ ID     │ Title                 │ Publisher │ Published  │ Quotes │',
        '├────────┼───────────────────────┼───────────┼────────────┼────────┤',
        '│ bridge │ Bridge to open in May │ Town Post │ 2026-05-01 │ 1      │',
        '├────────┼───────────────────────┼───────────┼────────────┼────────┤',
        '│ pool   │ Pool closes           │           │            │ 1      │',
        '└────────┴───────────────────────┴───────────┴────────────┴────────┘',
        '',
      ].join('\n'),
    );
  });

  it('warns, naming it, of a file it cannot use, and lists the others', async () => {
    const { folder, env } = library({ 'broken.json': '{"version": 1, "sources": [' });
    const result = await run(['library', '--fields', 'id'], { env });
    expect(result.stdout).toBe('bridge\npool\n');
    expect(result.stderr).toMatch(new RegExp(`^facts: warning: left out of the library: ${join(folder, 'broken.json')}:1:\\d+: invalid JSON: .*\\n$`));
  });

  it('shows one source with every field, and its JSON without the text', async () => {
    const { folder, env } = library();
    const shown = await run(['library', 'show', 'bridge'], { env });
    expect(shown).toEqual({ code: 0, stdout: `bridge\tBridge to open in May\tTown Post\t2026-05-01\t\t\t1\tAnn Lee\t0\t0\t\t${join(folder, 'bridge.json')}\n`, stderr: '' });
    const json = JSON.parse((await run(['library', 'show', 'pool', '--json'], { env })).stdout);
    expect(json).toEqual({ id: 'pool', title: 'Pool closes', publisher: null, url: null, published: null, language: 'en', quotes: 1, figures: 0, claims: 0, speakers: ['Ann Lee'], corrections: [], file: join(folder, 'pool.json') });
  });

  it('removes a source (its file), and every command stops reading it', async () => {
    const { folder, env } = library();
    expect(await run(['library', 'remove', 'pool'], { env })).toEqual({ code: 0, stdout: `removed pool (${join(folder, 'pool.json')})\n`, stderr: '' });
    expect(existsSync(join(folder, 'pool.json'))).toBe(false);
    expect((await run(['sources', '--fields', 'id'], { env })).stdout).toBe('macron-security-guarantees\nbridge\n');
  });

  it('says in one line, exit 1, that an id is not in the library, and what is', async () => {
    const { env } = library();
    const expected = { code: 1, stdout: '', stderr: "facts: no source 'nope' in the library; it has bridge, pool\n" };
    expect(await run(['library', 'show', 'nope'], { env })).toEqual(expected);
    expect(await run(['library', 'remove', 'nope'], { env })).toEqual(expected);
  });

  it('prints its folder', async () => {
    const { folder, env } = library();
    expect(await run(['library', 'path'], { env })).toEqual({ code: 0, stdout: `${folder}\n`, stderr: '' });
  });

  it('is empty when nothing was added: silent with exit 1 when piped, one line on a terminal', async () => {
    const env = { FACTS_LIBRARY: join(tempDir(), 'none') };
    expect(await run(['library'], { env })).toEqual({ code: 1, stdout: '', stderr: '' });
    expect(await run(['library'], { env, isTTY: true })).toEqual({ code: 1, stdout: '', stderr: "facts: the library is empty; 'facts add FILE|URL' adds an article\n" });
  });

  it('names a misspelt subcommand', async () => {
    expect(await run(['library', 'remvoe'], { env: { FACTS_LIBRARY: tempDir() } })).toEqual({ code: 2, stdout: '', stderr: "facts: unknown command 'remvoe' (did you mean 'remove'?)\n" });
  });
});
