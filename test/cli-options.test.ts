import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMMAND_OPTIONS, GLOBAL_OPTIONS, optionsOf, REFUSALS } from '../src/cli-options.js';
import { ROOT, run } from './helpers.js';

// The option table (src/cli-options.ts) drives the flags, the refusals, completion and the
// man page; these tests hold the README and the built man page to it.

const longFlags = GLOBAL_OPTIONS.map((o) => (/--[a-z-]+/.exec(o.flags) as RegExpExecArray)[0]);

describe('the option table', () => {
  it('is the README’s table of global options, flag for flag', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Global options'), readme.indexOf('Global options may come'));
    const rows = section.split('\n').filter((line) => line.startsWith('| `'));
    expect(new Set(rows.flatMap((row) => row.match(/--[a-z-]+/g) ?? []))).toEqual(new Set(longFlags));
  });

  it('is the README’s table of command options, command for command and flag for flag', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Command options'), readme.indexOf('### Fields'));
    const listed = new Map<string, string[]>();
    for (const row of section.split('\n').filter((line) => line.startsWith('| `'))) {
      const [commands = '', options = ''] = row.split(' | ');
      const flags = (options.match(/--[a-z-]+/g) ?? []).sort();
      for (const [, command] of commands.matchAll(/`([a-z ]+)`/g)) listed.set(command ?? '', flags);
    }
    const table = new Map(Object.keys(COMMAND_OPTIONS).map((path) => [path, optionsOf(path).map((o) => /--[a-z-]+/.exec(o.flags)?.[0] ?? '').sort()]));
    expect(listed).toEqual(table);
  });

  it('refuses, before anything runs, every option it says a command refuses, in that command’s words', async () => {
    const argvOf: Record<string, string[]> = { show: ['show', 'q5'], 'guarantees show': ['guarantees', 'show', '1'], extract: ['extract', 'x.txt'], add: ['add', 'x.txt'], fix: ['fix', 'x', '--not-a-quote'], completion: ['completion', 'bash'], 'library show': ['library', 'show', 'x'], 'library remove': ['library', 'remove', 'x'], 'library export': ['library', 'export', 'out'] };
    const value: Record<string, string[]> = { data: ['--data', 'x.json'], format: ['--format', 'json'], json: ['--json'], fields: ['--fields', 'id'], limit: ['--limit', '1'], database: ['--database', 'postgres://nobody@127.0.0.1:1/none'], timeout: ['--timeout', '1'] };
    for (const [path, refusals] of Object.entries(REFUSALS)) {
      const argv = argvOf[path] ?? path.split(' ');
      for (const { flags, what } of refusals) {
        for (const flag of flags) {
          const result = await run([...argv, ...(value[flag] as string[])]);
          expect(result, `${path} --${flag}`).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(new RegExp(`^facts: ${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}; --${flag}.* does not apply\\n$`)) });
        }
      }
    }
  });
});

describe('the man page', () => {
  const hasMan = spawnSync('sh', ['-c', 'command -v man'], { encoding: 'utf8' }).status === 0;

  it.runIf(hasMan)('renders with man -l, and names every command and option the program has', () => {
    const rendered = spawnSync('man', ['-l', join(ROOT, 'man', 'facts.1')], { encoding: 'utf8', env: { ...process.env, MANWIDTH: '200', MANPAGER: 'cat', PAGER: 'cat' } });
    expect(rendered.status).toBe(0);
    // man hyphenates and justifies: compare words, without the hyphens it breaks lines at.
    const text = rendered.stdout.replace(/‐\n\s*/g, '').replace(/\s+/g, ' ');
    expect(text).toMatch(/^FACTS\(1\)/);
    const help = (argv: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'facts.js'), ...argv, '--help'], { encoding: 'utf8' }).stdout;
    const commands = ['guarantees', 'guarantees list', 'guarantees show', 'quotes', 'numbers', 'attributions', 'claims', 'entities', 'sources', 'show', 'search', 'verify', 'extract', 'add', 'library', 'library list', 'library show', 'library remove', 'library path', 'library push', 'library export', 'fix', 'db', 'db init', 'db migrate', 'db status', 'completion'];
    for (const command of commands) expect(text, command).toContain(`facts ${command}`);
    expect(text).toContain('(also facts who)');
    for (const flag of longFlags) expect(text, flag).toContain(flag);
    // Every option a command's --help lists is in the page.
    for (const command of commands) {
      const options = [...help(command.split(' ')).matchAll(/^\s+(?:-\w, )?(--[a-z-]+)/gm)].map((m) => m[1] as string).filter((o) => o !== '--help');
      for (const option of options) expect(text, `${command} ${option}`).toContain(option);
    }
  });
});
