import { Option, type Command } from 'commander';
import { GLOBAL_OPTIONS, optionsOf, type CommandWithOptions, type GlobalFlag, type OptionSpec } from '../cli-options.js';
import { bundledDatasetFile, leftOutWarning, loadStore } from '../cache/load.js';
import { storeFromDataset, type FactStore } from '../cache/store.js';
import { indexDataset } from '../dataset/dataset.js';
import type { LibraryStore } from '../library/library-store.js';
import { libraryFolder } from '../library/folder.js';
import type { RecordContext } from '../output/jsonld.js';
import type { Dataset, DatasetFile, FactRecord } from '../dataset/types.js';
import type { SourceSelection } from '../database/database.js';
import type { SearchPlan } from '../search/plan.js';
import { resolveSpeakerFilter } from '../query/names.js';
import { ExitCode, isFactsError, UsageError } from '../errors.js';
import type { IO } from '../io.js';
import type { Listing } from '../output/listing.js';
import { entityName } from '../output/columns.js';
import { printListing } from '../output/print.js';
import { databaseOf, resolveGlobalOptions, type GlobalOptions, type RawGlobalOptions } from '../options.js';
import { editDistance } from '../text/words.js';
import { escapeForTerminal } from '../text/sanitize.js';
import { at } from '../lists.js';

// Every command is in three parts, as gh's are: a type of its options, a constructor
// (`newXCommand(deps, run = runX)`) that declares it to commander and turns what commander
// parsed into those options, and `runX(options, deps)`, which does the work and returns
// the exit code. A test of flag parsing gives the constructor a run of its own.

/** What a command's run is given besides its options: where it reads and writes. */
export interface RunDeps {
  io: IO;
}

/** What every command constructor is given: a run's deps, and where the exit code of the run goes. */
export interface CommandDeps extends RunDeps {
  /** Records the exit status of the command that ran. */
  setExitCode(code: number): void;
}

/** A command's run: its options in, its exit code out. */
export type Run<O> = (options: O, deps: RunDeps) => Promise<number>;

/** The global options as commander parsed them, and which of them the command line itself named (a refusal is only for those). */
export interface GivenGlobals {
  values: RawGlobalOptions;
  named: ReadonlySet<GlobalFlag>;
}

/** The global options given to the command being run. */
export function givenGlobals(cmd: Command): GivenGlobals {
  let root = cmd;
  while (root.parent) root = root.parent;
  const named = new Set(GLOBAL_OPTIONS.map((o) => o.key).filter((key) => root.getOptionValueSource(key) === 'cli'));
  return { values: root.opts<RawGlobalOptions>(), named };
}

/** A commander option from its row of the option table. */
export function optionOf(spec: OptionSpec): Option {
  const option = new Option(spec.flags, spec.description);
  if (spec.choices) option.choices(spec.choices);
  if (spec.parse) option.argParser<unknown>(spec.parse);
  if (spec.default !== undefined) option.default(spec.default);
  return option;
}

/** Adds a command's own options, from its row of the option table. */
export function withOptions(cmd: Command, path: CommandWithOptions): Command {
  for (const spec of optionsOf(path)) cmd.addOption(optionOf(spec));
  return cmd;
}

/** A warning's way to standard error: "facts: MESSAGE". */
export function warnOn(deps: RunDeps): (message: string) => void {
  return (message) => deps.io.err(`facts: ${message}\n`);
}

/**
 * Where a command's answer can be: in the source that holds an id, in what a name's
 * speakers said, where some quotes stand, or where a search can hit (search/plan.ts;
 * `best`: its first, smaller pick; `everyone`: every person is read). A library in a
 * database reads only those sources (and every entity, but for a search that names no
 * one); a folder is read whole, from its index cache.
 */
export type Scope = { holding: string } | { speaker: string } | { quotes: readonly string[] } | { search: { query: string; threshold: number; best?: boolean; everyone?: boolean; limit?: number } };

/**
 * The global options and the data (as a store), resolved for the command being run. A
 * library in a database is read, with the bundled article, into a store in memory that
 * answers as the same entries in a folder would: all of it, or within a scope the
 * sources the database picks for it.
 */
export async function prepareStore(given: GivenGlobals, deps: RunDeps, scope?: Scope): Promise<{ globals: GlobalOptions; store: FactStore; plan?: SearchPlan }> {
  const globals = resolveGlobalOptions(given.values, deps.io);
  const { database } = globals.data;
  if (database === undefined) return { globals, store: await loadStore(globals.data, deps.io) };
  const bundled = globals.data.bundled === false ? [] : [bundledDatasetFile()];
  const { readDatabaseFiles } = await import('../database/database.js');
  let plan: SearchPlan | undefined;
  const selection = scope && (await selectionOf(scope, bundled, (p) => (plan = p)));
  const files = await readDatabaseFiles(database, selection);
  return { globals, store: storeFromDataset(indexDataset([...bundled, ...files])), ...(plan ? { plan } : {}) };
}

/**
 * A scope as the database picks sources for it; a name is told apart with the same code
 * as in a folder, and one that does not resolve picks every source (the command then says
 * why, as it would); a search's plan (with the weights its query words have in the whole) is handed back.
 */
async function selectionOf(scope: Scope, bundled: readonly DatasetFile[], planned: (plan: SearchPlan) => void): Promise<SourceSelection> {
  if ('search' in scope) {
    const { wordCounts } = await import('../search/plan.js');
    return { search: { ...scope.search, bundled: wordCounts(bundled), planned } };
  }
  if (!('speaker' in scope)) return scope;
  const name = scope.speaker;
  return {
    name,
    speakers: async (entities, fuzzy) => {
      try {
        return [...((await resolveSpeakerFilter({ entities: [...bundled.flatMap((f) => f.entities), ...entities] }, name, fuzzy)) ?? [])];
      } catch (error) {
        if (isFactsError(error)) return undefined;
        throw error;
      }
    },
  };
}

/**
 * The library the command writes or manages: the database the options name, connected
 * (close() it when done), else the folder; a file of the folder that cannot be used is
 * said in one warning line.
 */
export async function openLibrary(given: GivenGlobals, deps: RunDeps): Promise<LibraryStore> {
  const database = databaseOf(given.values, deps.io.env);
  if (database !== undefined) {
    const { openDatabaseLibrary } = await import('../database/database.js');
    return openDatabaseLibrary(database);
  }
  const { folderLibrary } = await import('../library/library-store.js');
  return folderLibrary(libraryFolder(deps.io.env, deps.io.cwd), (problem) => deps.io.err(leftOutWarning(problem)));
}

/**
 * Prints a listing; the exit status is 0 when something was printed, 1 when nothing
 * was. On a terminal an empty result says so on stderr, in one line (`empty`: what was
 * asked, and a hint); piped, it stays silent, as grep does.
 */
export async function emit<T>(deps: RunDeps, globals: GlobalOptions, listing: Listing<T>, empty?: () => string): Promise<number> {
  const printed = await printListing(deps.io, listing, globals.output);
  if (printed === 0 && empty && deps.io.stdoutIsTTY) deps.io.err(`facts: ${empty()}\n`);
  return printed > 0 ? ExitCode.ok : ExitCode.noMatch;
}

/** The names of the speakers of these records, for a hint: "speakers with quotes: A, B". */
export function speakersOf(data: Pick<Dataset, 'entityById'>, speakers: Iterable<string | null>): string {
  const names = [...new Set([...speakers].filter((s): s is string => s !== null))].map((id) => entityName(data, id));
  return names.length === 0 ? 'none' : names.slice(0, 5).join(', ') + (names.length > 5 ? ', …' : '');
}

const takesStrayWords = new WeakSet<Command>();

/** Lets a default subcommand see stray words (to name a misspelt subcommand) after settings are inherited. */
export function acceptStrayWords(cmd: Command): Command {
  takesStrayWords.add(cmd);
  return cmd.allowExcessArguments(true);
}

/** Whether acceptStrayWords marked this command. */
export function acceptsStrayWords(cmd: Command): boolean {
  return takesStrayWords.has(cmd);
}

/** "unknown command 'lst' (did you mean 'list'?)": the message for a word that names no command, with the closest one. */
export function unknownCommand(word: string, names: readonly string[]): string {
  const near = names
    .map((name) => ({ name, d: editDistance(word.toLowerCase(), name, 3) }))
    .filter((c) => c.d <= Math.min(3, Math.max(1, Math.floor(c.name.length / 3))))
    .sort((a, b) => a.d - b.d)[0];
  return `unknown command '${word}'${near ? ` (did you mean '${near.name}'?)` : ''}`;
}

/** Adds examples to a command's --help. */
export function withExamples(cmd: Command, examples: readonly string[]): Command {
  return cmd.addHelpText('after', `\nExamples:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`);
}

/**
 * Refuses the first of these global options the command line gave, in one line that
 * says what the command does instead (`what`), so no option is ignored without a word.
 * Only the command line counts: FACTS_DATA in the environment is not a conflict.
 */
export function refuseOptions(given: GivenGlobals, flags: readonly GlobalFlag[], what: string): void {
  for (const flag of flags) {
    if (!given.named.has(flag)) continue;
    throw new UsageError(`${what}; ${flag === 'format' ? `--format ${String(given.values.format)}` : `--${flag}`} does not apply`);
  }
}

/** A record with what its linked data needs from the store: its speaker, its source and the source's text. */
export function recordContext(store: Pick<FactStore, 'entityById' | 'sources' | 'sourceIds' | 'sourceText'>, record: FactRecord): RecordContext {
  const index = store.sourceIds.indexOf(record.source);
  return {
    record,
    speaker: record.speaker === null ? undefined : store.entityById.get(record.speaker),
    source: at(store.sources, index),
    sourceText: store.sourceText(index),
  };
}

/** A source's own text: byte for byte when piped; on a terminal, with control characters made visible. */
export function writeSourceText(io: Pick<IO, 'out' | 'stdoutIsTTY'>, text: string): void {
  io.out(io.stdoutIsTTY ? text.split('\n').map(escapeForTerminal).join('\n') + '\n' : text);
}
