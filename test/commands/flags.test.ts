import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { newAddCommand } from '../../src/commands/add.js';
import { newAttributionsCommand } from '../../src/commands/attributions.js';
import type { CommandDeps, GivenGlobals, Run } from '../../src/commands/common.js';
import { newEntitiesCommand } from '../../src/commands/entities.js';
import { newExtractCommand } from '../../src/commands/extract.js';
import { newFixCommand } from '../../src/commands/fix.js';
import { newGuaranteesCommand } from '../../src/commands/guarantees.js';
import { newLibraryCommand, runLibraryExport, runLibraryList, runLibraryPath, runLibraryPush, runLibraryRemove, runLibraryShow, type LibraryExportOptions, type LibraryGlobalsOptions } from '../../src/commands/library.js';
import { newNumbersCommand } from '../../src/commands/numbers.js';
import { newQuotesCommand } from '../../src/commands/quotes.js';
import { newSearchCommand } from '../../src/commands/search.js';
import { newShowCommand } from '../../src/commands/show.js';
import { newSourcesCommand } from '../../src/commands/sources.js';
import { newVerifyCommand } from '../../src/commands/verify.js';
import { createTestIO } from '../io-double.js';
import { addGlobalOptions } from '../../src/program.js';

// Flag parsing alone, apart from the run: each command's constructor is given a run that
// keeps the options it is handed and does nothing else, so what commander makes of a
// command line is seen without data, output or exit codes.

/** The options a command line hands to the run of the command `make` builds, and the exit code the run's answer became. */
async function parse<O>(make: (deps: CommandDeps, run: Run<O>) => Command, argv: string[]): Promise<{ options: O | undefined; exitCode: number | undefined }> {
  let options: O | undefined;
  let exitCode: number | undefined;
  const deps: CommandDeps = { io: createTestIO(), setExitCode: (code) => (exitCode = code) };
  const root = addGlobalOptions(new Command('facts').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} }));
  root.addCommand(
    make(deps, async (o) => {
      options = o;
      return 7;
    }),
  );
  for (const cmd of root.commands) cmd.copyInheritedSettings(root);
  await root.parseAsync(argv, { from: 'user' });
  return { options, exitCode };
}

const named = (g: GivenGlobals | undefined) => [...(g?.named ?? [])].sort();

describe('each command hands its run typed options', () => {
  it('quotes: the pattern, -e, --speaker and --source, and the global flags given', async () => {
    const { options, exitCode } = await parse(newQuotesCommand, ['--limit', '3', 'quotes', '--speaker', 'macron', '--source', 'a', 'peace']);
    expect(options).toMatchObject({ pattern: 'peace', speaker: 'macron', source: 'a' });
    expect(options?.globals.values.limit).toBe(3);
    expect(named(options?.globals)).toEqual(['limit']);
    // The run's answer is the exit code.
    expect(exitCode).toBe(7);
    expect((await parse(newNumbersCommand, ['numbers', '-e', 'x+'])).options).toMatchObject({ regexp: 'x+', pattern: undefined });
  });

  it('verify: the words of the quote, and the ClaimReview options read as a date and a URL', async () => {
    const { options } = await parse(newVerifyCommand, ['verify', '--review-date', 'April 28, 2019', '--review-url', 'https://example.org/r', 'not', 'a', 'war']);
    expect(options).toMatchObject({ words: ['not', 'a', 'war'], reviewDate: '2019-04-28', reviewUrl: 'https://example.org/r' });
    await expect(parse(newVerifyCommand, ['verify', '--review-url', 'ftp://example.org', 'x'])).rejects.toThrow(/http\(s\) URL/);
  });

  it('search: the query, --kind read into a list, --threshold into a number', async () => {
    const { options } = await parse(newSearchCommand, ['search', '--kind', 'quote,claim', '--kind', 'entity', '--threshold', '0.3', 'reassurance', 'force']);
    expect(options).toMatchObject({ query: ['reassurance', 'force'], kind: ['quote', 'claim', 'entity'], threshold: 0.3 });
    await expect(parse(newSearchCommand, ['search', '--kind', 'person', 'x'])).rejects.toThrow(/it takes guarantee, quote/);
    await expect(parse(newSearchCommand, ['search', '--threshold', '2', 'x'])).rejects.toThrow(/from 0/);
  });

  it('extract and add: the article options, the global --timeout in seconds wherever it stands, an id checked', async () => {
    const { options } = await parse(newExtractCommand, ['--format', 'json', 'extract', '--id', 'tram', '--timeout', '2.5', '-o', 'out.json', 'a.txt']);
    expect(options).toMatchObject({ file: 'a.txt', id: 'tram', output: 'out.json' });
    expect(options?.globals.values.timeout).toBe(2.5);
    expect(named(options?.globals)).toEqual(['format', 'timeout']);
    await expect(parse(newAddCommand, ['add', '--timeout', '0', 'a.txt'])).rejects.toThrow(/more than 0/);
    expect((await parse(newAddCommand, ['add', '--replace', '--published', '2019-04-28', '-'])).options).toMatchObject({ target: '-', replace: true, published: '2019-04-28' });
    await expect(parse(newAddCommand, ['add', '--id', 'no spaces', 'a.txt'])).rejects.toThrow(/an id is letters/);
  });

  it('fix: --not-a-quote as notAQuote', async () => {
    const { options } = await parse(newFixCommand, ['fix', 'a.q1', '--not-a-quote']);
    expect(options).toMatchObject({ id: 'a.q1', notAQuote: true });
    expect(options?.speaker).toBeUndefined();
  });

  it('sources, show, entities and who: their one argument', async () => {
    expect((await parse(newSourcesCommand, ['sources', 'a', '--text'])).options).toMatchObject({ id: 'a', text: true });
    expect((await parse(newShowCommand, ['show', 'q1'])).options).toMatchObject({ id: 'q1' });
    expect((await parse(newEntitiesCommand, ['entities'])).options).toMatchObject({ pattern: undefined });
    expect((await parse(newAttributionsCommand, ['who', 'macron'])).options).toMatchObject({ speaker: 'macron' });
  });

  it('guarantees: list is the default, and a stray word after it is kept for the run to name', async () => {
    const list = (deps: CommandDeps, run: Run<unknown>) => newGuaranteesCommand(deps, run);
    expect((await parse(list, ['guarantees'])).options).toMatchObject({ stray: undefined });
    expect((await parse(list, ['guarantees', 'lst'])).options).toMatchObject({ stray: 'lst' });
    const show = (deps: CommandDeps, run: Run<unknown>) => newGuaranteesCommand(deps, undefined, run);
    expect((await parse(show, ['guarantees', 'show', '3'])).options).toMatchObject({ key: '3' });
  });

  it('library: each subcommand its own run', async () => {
    const runs = { list: runLibraryList, show: runLibraryShow, remove: runLibraryRemove, path: runLibraryPath, push: runLibraryPush, export: runLibraryExport };
    const only = (name: keyof typeof runs) => (deps: CommandDeps, run: Run<unknown>) => newLibraryCommand(deps, { ...runs, [name]: run });
    expect((await parse(only('show'), ['library', 'show', 'tram', '--text'])).options).toMatchObject({ id: 'tram', text: true });
    expect((await parse(only('remove'), ['library', 'remove', 'tram'])).options).toMatchObject({ id: 'tram' });
    const exported = await parse<LibraryExportOptions>((deps, run) => newLibraryCommand(deps, { ...runs, export: run }), ['--database', 'postgres://desk@db/newsroom', 'library', 'export', 'archive']);
    expect(exported.options).toMatchObject({ folder: 'archive' });
    expect(named(exported.options?.globals)).toEqual(['database']);
    const pushed = await parse<LibraryGlobalsOptions>((deps, run) => newLibraryCommand(deps, { ...runs, push: run }), ['library', 'push', '--timeout', '3']);
    expect(named(pushed.options?.globals)).toEqual(['timeout']);
    expect((await parse(only('list'), ['library'])).options).toMatchObject({ stray: undefined });
  });
});
