import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { formatCommanderError } from '../src/program.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, run, tempDir } from './helpers.js';

describe('usage errors: exit 2, one line on stderr, nothing on stdout', () => {
  it.each([
    ['an unknown command, with a suggestion', ['gurantees'], "facts: unknown command 'gurantees' (did you mean 'guarantees'?)"],
    ['an unknown option, with a suggestion', ['quotes', '--speakr', 'x'], "facts: unknown option '--speakr' (did you mean '--speaker'?)"],
    ['an unknown global option', ['--jsn', 'quotes'], "facts: unknown option '--jsn' (did you mean '--json'?)"],
    ['a bad --format', ['quotes', '--format', 'xml'], "facts: --format 'xml' is not one of table, tsv, csv, json, ndjson, jsonld"],
    ['a bad --limit', ['quotes', '--limit', '0'], "facts: --limit '0' is invalid: it takes a whole number from 1 up"],
    ['a bad --color', ['quotes', '--color', 'sometimes'], "facts: --color 'sometimes' is not one of auto, always, never"],
    ['--json with another --format', ['quotes', '--json', '--format', 'csv'], 'facts: --json conflicts with --format csv'],
    ['a missing argument', ['show'], "facts: missing required argument 'id'"],
    ['an unknown field, listing the valid ones', ['quotes', '--fields', 'id,speeker'], "facts: unknown field 'speeker'; valid fields: id, speaker, text, cue, kind, source, span, confidence"],
    ['an empty field name', ['quotes', '--fields', 'id,,text'], "facts: --fields takes a comma-separated list of field names, got 'id,,text'"],
    ['an unknown shell', ['completion', 'tcsh'], "facts: shell 'tcsh' is not one of bash, zsh, fish"],
  ])('%s', async (_name, argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});

describe('help and version', () => {
  it('prints help with examples for every command on stdout, exit 0', async () => {
    for (const command of ['guarantees', 'quotes', 'numbers', 'attributions', 'claims', 'entities', 'sources', 'show', 'search', 'verify', 'extract', 'add', 'library', 'completion']) {
      const result = await run([command, '--help']);
      expect(result.code, command).toBe(0);
      expect(result.stdout, command).toMatch(/\nExamples:\n {2}\$ facts /);
    }
  });

  it('prints the command list when run with no arguments', async () => {
    const result = await run([]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: facts [options] [command]');
    expect(result.stdout).toContain('guarantees');
  });

  it('prints the version', async () => {
    expect(await run(['--version'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });
});

describe('global options', () => {
  it('are accepted before and after the subcommand', async () => {
    const before = await run(['--fields', 'id', '--limit', '2', 'quotes']);
    const after = await run(['quotes', '--fields', 'id', '--limit', '2']);
    expect(before).toEqual({ code: 0, stdout: 'q1\nq2\n', stderr: '' });
    expect(after).toEqual(before);
  });

  // Only the command a command line names is built (src/program.ts): it must be found after global options in every form.
  it.each([
    [['--fields=id', '--limit=2', 'quotes'], 'q1\nq2\n'],
    [['--no-color', '--fields', 'id', '--limit', '2', 'quotes'], 'q1\nq2\n'],
    [['--format', 'tsv', '--fields', 'id', '--no-library', 'who', 'macron', '--limit', '1'], 'g1\n'],
    [['--json', '--fields', 'id', 'numbers', '--limit', '1'], '[\n  {\n    "id": "n1"\n  }\n]\n'],
  ])('find the command after them in any form: %j', async (argv, stdout) => {
    expect(await run(argv)).toEqual({ code: 0, stdout, stderr: '' });
  });

  it('still suggest a command when the word after them names none', async () => {
    expect(await run(['--limit', '2', 'quotse'])).toEqual({ code: 2, stdout: '', stderr: "facts: unknown command 'quotse' (did you mean 'quotes'?)\n" });
    expect(await run(['--limit', '2', 'help', 'quotes'])).toMatchObject({ code: 0, stderr: '' });
  });

  it.each([
    ['json', (out: string) => JSON.parse(out).map((r: { id: string }) => r.id)],
    ['ndjson', (out: string) => out.trimEnd().split('\n').map((l) => JSON.parse(l).id)],
    ['tsv', (out: string) => out.trimEnd().split('\n').map((l) => l.split('\t')[0])],
    ['csv', (out: string) => out.trimEnd().split('\r\n').slice(1).map((l) => l.split(',')[0])],
  ])('--format %s prints the same records as the table', async (format, ids) => {
    const result = await run(['numbers', '--format', format]);
    expect(ids(result.stdout)).toEqual(['n1', 'n2', 'n3']);
  });

  it('--json prints the records exactly as in the dataset', async () => {
    const dataset = JSON.parse(readFileSync(join(ROOT, 'data', 'facts.json'), 'utf8'));
    const result = await run(['guarantees', '--json']);
    // Same values and the same key order as the file.
    expect(JSON.stringify(JSON.parse(result.stdout))).toBe(JSON.stringify(dataset.records.filter((r: { kind: string }) => r.kind === 'guarantee')));
  });

  it('--fields picks JSON keys in the given order', async () => {
    const result = await run(['quotes', '--json', '--fields', 'text,id', '--limit', '1']);
    expect(result.stdout).toBe('[\n  {\n    "text": "Today, this coalition of the willing has already drawn up a certain scheme of military and political involvement [of partners] in order to guarantee peace and security for Ukraine,",\n    "id": "q1"\n  }\n]\n');
  });

  it('prints an empty JSON array and exits 1 when nothing matches', async () => {
    expect(await run(['quotes', 'zebra', '--json'])).toEqual({ code: 1, stdout: '[]\n', stderr: '' });
  });
});

describe('formatCommanderError', () => {
  it('folds commander\'s two-line message into one', () => {
    expect(formatCommanderError("error: unknown command 'x'\n(Did you mean y?)\n")).toBe("facts: unknown command 'x' (did you mean 'y'?)\n");
  });
});

describe('every command on a user dataset', () => {
  it.each([
    ['guarantees'],
    ['guarantees', 'show', '1'],
    ['quotes', 'monday'],
    ['numbers'],
    ['who', 'ruiz'],
    ['claims', 'trees'],
    ['entities', 'mayor'],
    ['sources', 'mini'],
    ['sources', 'mini', '--text'],
    ['show', 'n1'],
    ['search', 'tres'],
    ['verify', 'we start on monday'],
  ])('%s', async (...argv) => {
    const result = await run(['--data', join(ROOT, 'test', 'fixtures', 'mini.json'), ...argv]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).not.toBe('');
  });
});

describe('misspelt commands and literal patterns', () => {
  it.each([
    [['guarantees', 'lst'], "facts: unknown command 'lst' (did you mean 'list'?)\n"],
    [['help', 'gurantees'], "facts: unknown command 'gurantees' (did you mean 'guarantees'?)\n"],
    [['help', 'zzzzzz'], "facts: unknown command 'zzzzzz'\n"],
  ])('names %j with a suggestion, exit 2', async (argv, stderr) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('still shows the help of a command that exists', async () => {
    const result = await run(['help', 'quotes']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Usage: facts quotes');
  });

  it('matches a plain pattern as literal text at any length, in any case', async () => {
    expect(await run(['quotes', 'peace '.repeat(5000)])).toEqual({ code: 1, stdout: '', stderr: '' });
    expect((await run(['quotes', 'PEACE', '--fields', 'id'])).stdout).toBe('q1\nq7\n');
    expect((await run(['quotes', '(there are 35', '--fields', 'id'])).stdout).toBe('q5\n');
  });
});

describe('empty paths', () => {
  it('refuses --data with an empty path in one line, exit 2', async () => {
    expect(await run(['--data', '', 'quotes'])).toEqual({ code: 2, stdout: '', stderr: 'facts: --data takes the path of a dataset file, not an empty string\n' });
  });
});

// Every global option, with every command: it does what it says, or it is refused in one
// line that names it (exit 2). No option is ignored without a word.
describe('every global option works with every command, or is refused', () => {
  const article = join(ROOT, 'test', 'fixtures', 'articles', 'rail-strike.txt');
  const bundled = join(ROOT, 'data', 'facts.json');
  // The library commands work on a library of their own, in this order: add, list, show, path, remove.
  const library = { FACTS_LIBRARY: join(tempDir(), 'library') };
  // A command line, the field --fields names for it, its standard input, and its environment.
  const commands: [string, string[], string, string?, Record<string, string>?][] = [
    ['guarantees', ['guarantees'], 'id'],
    ['guarantees show', ['guarantees', 'show', '2'], 'id'],
    ['quotes', ['quotes', 'peace'], 'id'],
    ['numbers', ['numbers'], 'id'],
    ['who', ['who', 'macron'], 'id'],
    ['claims', ['claims'], 'id'],
    ['entities', ['entities'], 'id'],
    ['sources', ['sources'], 'id'],
    ['sources ID', ['sources', 'macron-security-guarantees'], 'id'],
    ['sources --text', ['sources', '--text'], 'id'],
    ['show', ['show', 'q5'], 'id'],
    ['search', ['search', 'peace'], 'id'],
    ['verify', ['verify', 'will not wage a war'], 'verdict'],
    ['verify -', ['verify', '-'], 'verdict', 'will not wage a war\nguarantee peace\n'],
    ['extract', ['extract', article], 'id'],
    ['completion', ['completion', 'bash'], 'id'],
    ['add', ['add', article], 'id', undefined, library],
    ['library', ['library'], 'id', undefined, library],
    ['library show', ['library', 'show', 'rail-strike'], 'id', undefined, library],
    ['library path', ['library', 'path'], 'id', undefined, library],
    ['library remove', ['library', 'remove', 'rail-strike'], 'id', undefined, library],
  ];
  const options: [string, (field: string) => string[], (stdout: string) => void][] = [
    ['--format json', () => ['--format', 'json'], (out) => expect(() => JSON.parse(out)).not.toThrow()],
    ['--json', () => ['--json'], (out) => expect(() => JSON.parse(out)).not.toThrow()],
    ['--format ndjson', () => ['--format', 'ndjson'], (out) => out.trimEnd().split('\n').forEach((line) => expect(() => JSON.parse(line)).not.toThrow())],
    ['--format csv', () => ['--format', 'csv'], (out) => expect(parse(out, { relax_column_count: false }).length).toBeGreaterThan(1)],
    ['--format tsv', () => ['--format', 'tsv'], (out) => expect(out.split('\n')[0]).toContain('\t')],
    ['--format table', () => ['--format', 'table'], (out) => expect(out.startsWith('┌')).toBe(true)],
    ['--format jsonld', () => ['--format', 'jsonld'], (out) => expect(JSON.parse(out)['@context']['@vocab']).toBe('https://schema.org/')],
    ['--fields', (field) => ['--fields', field], (out) => out.trimEnd().split('\n').forEach((line) => expect(line).not.toContain('\t'))],
    ['--limit 1', () => ['--limit', '1'], (out) => expect(out.trimEnd().split('\n')).toHaveLength(1)],
    ['--data', () => ['--data', bundled], () => undefined],
    ['--no-color', () => ['--no-color'], (out) => expect(out).not.toContain('\u001b')],
  ];
  it.each(commands)('%s', async (_name, argv, field, stdin, env) => {
    for (const [name, flags, works] of options) {
      const result = await run([...argv, ...flags(field)], { stdin, env });
      if (result.code === 2) {
        expect(result.stderr, name).toMatch(new RegExp(`^facts: [^\\n]*${name.split(' ')[0]}[^\\n]* does not apply\\n$`));
        expect(result.stdout, name).toBe('');
        continue;
      }
      // A ClaimReview without --review-author, --review-date and --review-url says what it lacks.
      const lacking = name === '--format jsonld' && argv[0] === 'verify';
      expect(result.stderr, name).toMatch(lacking ? /^facts: warning: the ClaimReview has no author \(--review-author\), datePublished \(--review-date\), url \(--review-url\), which Google's ClaimReview guidelines require\n$/ : /^$/);
      expect(result.stdout, name).not.toBe('');
      works(result.stdout);
      if (name === '--data') expect(result.stdout, name).toBe((await run(argv, { stdin, env })).stdout);
    }
  });
});
