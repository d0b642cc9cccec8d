import { rmSync } from 'node:fs';
import { Command } from 'commander';
import { describeFsError } from '../files/fs.js';
import type { CommandFlags } from '../cli-options.js';
import { ExitCode, InputError, NotFoundError, UsageError } from '../errors.js';
import { leftOutWarning } from '../cache/load.js';
import { libraryFolder } from '../library/folder.js';
import type { Correction } from '../dataset/types.js';
import type { LibraryEntry } from '../library/library.js';
import type { Listing } from '../output/listing.js';
import { printDetail } from '../output/print.js';
import { escapeForTerminal } from '../text/sanitize.js';
import { resolveGlobalOptions } from '../options.js';
import { acceptStrayWords, emit, givenGlobals, refuseOptions, unknownCommand, withExamples, withOptions, writeSourceText, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';

/** The table, TSV and JSON shape of library entries. */
export function libraryListing(rows: readonly LibraryEntry[]): Listing<LibraryEntry> {
  const known = (value: string | null | undefined) => value ?? '';
  const count = (e: LibraryEntry, kind: string) => String(e.records.filter((r) => r.kind === kind).length);
  return {
    rows,
    columns: [
      { key: 'id', header: 'ID', value: (e) => e.source.id, style: 'id' },
      { key: 'title', header: 'Title', value: (e) => e.source.title, wide: true },
      { key: 'publisher', header: 'Publisher', value: (e) => known(e.source.publisher) },
      { key: 'published', header: 'Published', value: (e) => known(e.source.published) },
      { key: 'byline', header: 'Byline', value: (e) => known(e.source.byline as string | null | undefined) },
      { key: 'url', header: 'URL', value: (e) => known(e.source.url) },
      { key: 'quotes', header: 'Quotes', value: (e) => count(e, 'quote'), style: 'number' },
      { key: 'speakers', header: 'Speakers', value: (e) => e.entities.map((p) => p.name).join(', '), wide: true },
      { key: 'figures', header: 'Figures', value: (e) => count(e, 'number'), style: 'number' },
      { key: 'claims', header: 'Claims', value: (e) => count(e, 'claim'), style: 'number' },
      { key: 'corrections', header: 'Corrections', value: (e) => e.corrections.map(describeCorrection).join('; '), wide: true },
      { key: 'file', header: 'File', value: (e) => e.path, style: 'dim' },
    ],
    defaults: ['id', 'title', 'publisher', 'published', 'quotes'],
    json: (e) => ({ ...withoutText(e), quotes: Number(count(e, 'quote')), figures: Number(count(e, 'number')), claims: Number(count(e, 'claim')), speakers: e.entities.map((p) => p.name), corrections: e.corrections, file: e.path }),
  };
}

/** "q3: said by Fiona Parry (was her mother), 2026-12-04" */
function describeCorrection(c: Correction): string {
  const was = c.was ?? 'no speaker';
  return c.fix === 'not-a-quote' ? `${c.record}: not a quotation (was given to ${was}), ${c.date}` : `${c.record}: said by ${c.speaker} (was ${was}), ${c.date}`;
}

function withoutText(e: LibraryEntry): object {
  const { text: _text, ...info } = e.source;
  return info;
}

/** The library's entries, each broken file said in one warning line. */
async function entries(deps: RunDeps): Promise<LibraryEntry[]> {
  const { readEntries } = await import('../library/library.js');
  const read = await readEntries(libraryFolder(deps.io.env, deps.io.cwd));
  for (const problem of read.problems) deps.io.err(leftOutWarning(problem));
  return read.entries;
}

function find(all: readonly LibraryEntry[], id: string): LibraryEntry {
  const found = all.find((e) => e.source.id === id);
  if (!found) throw new NotFoundError(`no source '${id}' in the library; ${all.length === 0 ? "it is empty ('facts add FILE' adds one)" : `it has ${all.map((e) => e.source.id).join(', ')}`}`);
  return found;
}

/** The options of `facts library list`: a stray word is a misspelt subcommand. */
export interface LibraryListOptions {
  stray: string | undefined;
  globals: GivenGlobals;
}

/** The options of `facts library show`. */
export interface LibraryShowOptions extends CommandFlags<'library show'> {
  id: string;
  globals: GivenGlobals;
}

/** The options of `facts library remove`. */
export interface LibraryRemoveOptions {
  id: string;
}

/** The runs of the library's subcommands. */
export interface LibraryRuns {
  list: Run<LibraryListOptions>;
  show: Run<LibraryShowOptions>;
  remove: Run<LibraryRemoveOptions>;
  path: Run<object>;
}

const LIBRARY_RUNS: LibraryRuns = { list: runLibraryList, show: runLibraryShow, remove: runLibraryRemove, path: runLibraryPath };

/** `facts library [list]`, `library show ID`, `library remove ID`, `library path`. */
export function newLibraryCommand(deps: CommandDeps, runs: LibraryRuns = LIBRARY_RUNS): Command {
  const done = (code: Promise<number>) => code.then((c) => deps.setExitCode(c));
  const cmd = new Command('library').description('the articles you added (facts add), which every command reads with the bundled one');
  const list = acceptStrayWords(new Command('list').description('list the library (the default)')).action((_flags, self: Command) =>
    done(runs.list({ stray: self.args[0], globals: givenGlobals(self) }, deps)),
  );
  const show = withOptions(new Command('show').description('show one source of the library: what it holds and where').argument('<id>', 'its source id'), 'library show').action(
    (id: string, flags: CommandFlags<'library show'>, self: Command) => done(runs.show({ ...flags, id, globals: givenGlobals(self) }, deps)),
  );
  const remove = new Command('remove')
    .description('remove a source from the library (its file)')
    .argument('<id>', 'its source id')
    .action((id: string) => done(runs.remove({ id }, deps)));
  const path = new Command('path').description("print the library's folder (FACTS_LIBRARY, else $XDG_DATA_HOME/facts/library)").action(() => done(runs.path({}, deps)));
  withExamples(list, ['facts library', 'facts library --format json']);
  withExamples(show, ['facts library show tram-extension', 'facts library show tram-extension --text | less']);
  withExamples(remove, ['facts library remove tram-extension']);
  withExamples(path, ['ls "$(facts library path)"']);
  cmd.addCommand(list, { isDefault: true });
  cmd.addCommand(show);
  cmd.addCommand(remove);
  cmd.addCommand(path);
  return withExamples(cmd, ['facts add article.html', 'facts library', 'facts library show tram-extension', 'facts library remove tram-extension']);
}

export async function runLibraryList({ stray, globals: given }: LibraryListOptions, deps: RunDeps): Promise<number> {
  if (stray !== undefined) throw new UsageError(unknownCommand(stray, ['list', 'show', 'remove', 'path']));
  const globals = resolveGlobalOptions(given.values, deps.io);
  return emit(deps, globals, libraryListing(await entries(deps)), () => "the library is empty; 'facts add FILE|URL' adds an article");
}

export async function runLibraryShow({ id, text, globals: given }: LibraryShowOptions, deps: RunDeps): Promise<number> {
  if (text) {
    refuseOptions(given, ['format', 'json', 'fields'], "--text prints the source's own text");
    writeSourceText(deps.io, find(await entries(deps), id).source.text);
    return ExitCode.ok;
  }
  const globals = resolveGlobalOptions(given.values, deps.io);
  const listing = libraryListing([]);
  const all = await entries(deps);
  // Piped, one source is shown with every field, as on a terminal.
  const every = globals.output.format === 'tsv' || globals.output.format === 'csv' ? listing.columns.map((c) => c.key) : undefined;
  await printDetail(deps.io, listing, find(all, id), { ...globals.output, fields: globals.output.fields ?? every });
  return ExitCode.ok;
}

export async function runLibraryRemove({ id }: LibraryRemoveOptions, deps: RunDeps): Promise<number> {
  const entry = find(await entries(deps), id);
  try {
    rmSync(entry.path);
  } catch (error) {
    throw new InputError(`${entry.path}: cannot remove: ${describeFsError(error)}`);
  }
  deps.io.out(`removed ${id} (${escapeForTerminal(entry.path)})\n`);
  return ExitCode.ok;
}

export async function runLibraryPath(_options: object, deps: RunDeps): Promise<number> {
  deps.io.out(`${libraryFolder(deps.io.env, deps.io.cwd)}\n`);
  return ExitCode.ok;
}
