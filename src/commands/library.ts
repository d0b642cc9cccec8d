import { join, resolve } from 'node:path';
import { Command } from 'commander';
import { maskUrl } from '../database/url.js';
import { describeFsError, makeDirectory } from '../files/fs.js';
import type { CommandFlags } from '../cli-options.js';
import { ExitCode, InputError, NotFoundError, UsageError } from '../errors.js';
import { leftOutWarning } from '../cache/load.js';
import { libraryFolder } from '../library/folder.js';
import type { Correction, DatasetFile } from '../dataset/types.js';
import type { LibraryEntry } from '../library/library.js';
import type { Listing } from '../output/listing.js';
import { printDetail } from '../output/print.js';
import { escapeForTerminal } from '../text/sanitize.js';
import { databaseOf, resolveGlobalOptions } from '../options.js';
import { displayPath } from './add.js';
import { acceptStrayWords, emit, givenGlobals, openLibrary, refuseOptions, unknownCommand, withExamples, withOptions, writeSourceText, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';

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

/** The library's entries (a folder's or a database's), each broken file said in one warning line. */
async function entries(given: GivenGlobals, deps: RunDeps): Promise<LibraryEntry[]> {
  const library = await openLibrary(given, deps);
  try {
    const read = await library.entries();
    for (const problem of read.problems) deps.io.err(leftOutWarning(problem));
    return read.entries;
  } finally {
    await library.close();
  }
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
  globals: GivenGlobals;
}

/** The options of `facts library path` and `library push`: the global ones. */
export interface LibraryGlobalsOptions {
  globals: GivenGlobals;
}

/** The options of `facts library export`. */
export interface LibraryExportOptions {
  folder: string;
  globals: GivenGlobals;
}

/** The runs of the library's subcommands. */
export interface LibraryRuns {
  list: Run<LibraryListOptions>;
  show: Run<LibraryShowOptions>;
  remove: Run<LibraryRemoveOptions>;
  path: Run<LibraryGlobalsOptions>;
  push: Run<LibraryGlobalsOptions>;
  export: Run<LibraryExportOptions>;
}

const LIBRARY_RUNS: LibraryRuns = { list: runLibraryList, show: runLibraryShow, remove: runLibraryRemove, path: runLibraryPath, push: runLibraryPush, export: runLibraryExport };

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
    .action((id: string, _flags, self: Command) => done(runs.remove({ id, globals: givenGlobals(self) }, deps)));
  const path = new Command('path')
    .description("print the library's folder (FACTS_LIBRARY, else $XDG_DATA_HOME/facts/library)")
    .action((_flags, self: Command) => done(runs.path({ globals: givenGlobals(self) }, deps)));
  const push = new Command('push')
    .description('copy the library folder into the database (--database or FACTS_DATABASE_URL); what it already holds is not copied again')
    .action((_flags, self: Command) => done(runs.push({ globals: givenGlobals(self) }, deps)));
  const exported = new Command('export')
    .description("write the database's articles into a folder, as library files that load with --data")
    .argument('<folder>', 'where to write them (made if it does not exist)')
    .action((folder: string, _flags, self: Command) => done(runs.export({ folder, globals: givenGlobals(self) }, deps)));
  withExamples(list, ['facts library', 'facts library --format json']);
  withExamples(show, ['facts library show tram-extension', 'facts library show tram-extension --text | less']);
  withExamples(remove, ['facts library remove tram-extension']);
  withExamples(path, ['ls "$(facts library path)"']);
  withExamples(push, ['facts --database postgres://desk@db.example.org/newsroom library push']);
  withExamples(exported, ['facts --database postgres://desk@db.example.org/newsroom library export archive/', 'facts --data archive/tram-extension.json quotes']);
  cmd.addCommand(list, { isDefault: true });
  cmd.addCommand(show);
  cmd.addCommand(remove);
  cmd.addCommand(path);
  cmd.addCommand(push);
  cmd.addCommand(exported);
  return withExamples(cmd, ['facts add article.html', 'facts library', 'facts library show tram-extension', 'facts library remove tram-extension']);
}

export async function runLibraryList({ stray, globals: given }: LibraryListOptions, deps: RunDeps): Promise<number> {
  if (stray !== undefined) throw new UsageError(unknownCommand(stray, ['list', 'show', 'remove', 'path', 'push', 'export']));
  const globals = resolveGlobalOptions(given.values, deps.io);
  return emit(deps, globals, libraryListing(await entries(given, deps)), () => "the library is empty; 'facts add FILE|URL' adds an article");
}

export async function runLibraryShow({ id, text, globals: given }: LibraryShowOptions, deps: RunDeps): Promise<number> {
  if (text) {
    refuseOptions(given, ['format', 'json', 'fields'], "--text prints the source's own text");
    writeSourceText(deps.io, find(await entries(given, deps), id).source.text);
    return ExitCode.ok;
  }
  const globals = resolveGlobalOptions(given.values, deps.io);
  const listing = libraryListing([]);
  const all = await entries(given, deps);
  // Piped, one source is shown with every field, as on a terminal.
  const every = globals.output.format === 'tsv' || globals.output.format === 'csv' ? listing.columns.map((c) => c.key) : undefined;
  await printDetail(deps.io, listing, find(all, id), { ...globals.output, fields: globals.output.fields ?? every });
  return ExitCode.ok;
}

export async function runLibraryRemove({ id, globals }: LibraryRemoveOptions, deps: RunDeps): Promise<number> {
  const library = await openLibrary(globals, deps);
  try {
    const removed = await library.remove(id);
    if (removed === undefined) find((await library.entries()).entries, id);
    deps.io.out(`removed ${id} (${escapeForTerminal(removed ?? library.where)})\n`);
    return ExitCode.ok;
  } finally {
    await library.close();
  }
}

export async function runLibraryPath({ globals }: LibraryGlobalsOptions, deps: RunDeps): Promise<number> {
  const database = databaseOf(globals.values, deps.io.env);
  if (database !== undefined) throw new UsageError(`the library is the database ${maskUrl(database.url)}, not a folder (--database, FACTS_DATABASE_URL)`);
  deps.io.out(`${libraryFolder(deps.io.env, deps.io.cwd)}\n`);
  return ExitCode.ok;
}

/**
 * Copies every file of the library folder into the database, one transaction each: a
 * source whose text the database holds is not copied again, and one whose id it holds
 * for another text is left out and said. Exit 2 if anything was left out.
 */
export async function runLibraryPush({ globals }: LibraryGlobalsOptions, deps: RunDeps): Promise<number> {
  const { io } = deps;
  const database = databaseOf(globals.values, io.env);
  if (database === undefined) throw new UsageError('library push copies the library folder into a database: name it with --database URL or FACTS_DATABASE_URL');
  const folder = libraryFolder(io.env, io.cwd);
  const { readDatasets } = await import('../library/library-store.js');
  const { files, problems } = await readDatasets(folder);
  const leftOut = [...problems];
  const library = await openLibrary(globals, deps);
  let copied = 0;
  let there = 0;
  try {
    for (const { path, dataset } of files) {
      const [source] = dataset.sources;
      if (source === undefined) continue;
      if (dataset.sources.length > 1) {
        leftOut.push(`${path}: holds ${dataset.sources.length} sources; the database keeps one a source (split the file, or add each article)`);
        continue;
      }
      if (holdsNul(dataset)) {
        leftOut.push(`${path}: holds NUL characters, which PostgreSQL cannot keep in text`);
        continue;
      }
      const result = await library.write(dataset, []);
      if ('kept' in result) copied++;
      else if ('sameText' in result) there++;
      else leftOut.push(`${path}: the database has a source '${source.id}' of another text; it was not copied ('facts --database URL library show ${source.id}')`);
    }
  } finally {
    await library.close();
  }
  for (const problem of leftOut) io.err(`facts: left out of the push: ${escapeForTerminal(problem)}\n`);
  io.out(`copied ${copied} of ${files.length} sources from ${escapeForTerminal(displayPath(folder, io.env.HOME))} to ${maskUrl(database.url)}${there > 0 ? `; ${there} were there already` : ''}\n`);
  return leftOut.length > 0 ? ExitCode.error : ExitCode.ok;
}

/**
 * Writes each source of the database into FOLDER as the library file `facts add` would
 * have written for it (ID.json), which loads with --data, or as a library folder with
 * FACTS_LIBRARY. A file already there is kept, and said; exit 2 if any was.
 */
export async function runLibraryExport({ folder, globals }: LibraryExportOptions, deps: RunDeps): Promise<number> {
  const { io } = deps;
  const database = databaseOf(globals.values, io.env);
  if (database === undefined) throw new UsageError('library export writes the articles of a database: name it with --database URL or FACTS_DATABASE_URL');
  const { readDatabaseFiles } = await import('../database/database.js');
  const { writeAtomically } = await import('../library/library-store.js');
  const files = await readDatabaseFiles(database);
  const target = resolve(io.cwd, folder);
  const kept: string[] = [];
  let written = 0;
  try {
    makeDirectory(target);
    for (const dataset of files) {
      const path = join(target, `${dataset.sources[0]?.id ?? ''}.json`);
      if (writeAtomically(path, `${JSON.stringify(dataset, null, 2)}\n`, false)) written++;
      else kept.push(path);
    }
  } catch (error) {
    throw new InputError(`${folder}: cannot write: ${describeFsError(error)}`);
  }
  for (const path of kept) io.err(`facts: ${escapeForTerminal(path)} is there already; it was left as it is\n`);
  io.out(`wrote ${written} of ${files.length} sources to ${escapeForTerminal(folder)}\n`);
  return kept.length > 0 ? ExitCode.error : ExitCode.ok;
}

/** Whether any string of a dataset holds a NUL character, which PostgreSQL's text cannot. */
function holdsNul(dataset: DatasetFile): boolean {
  let found = false;
  JSON.stringify(dataset, (_key, value: unknown) => {
    if (typeof value === 'string' && value.includes('\0')) found = true;
    return value;
  });
  return found;
}
