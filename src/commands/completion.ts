import { Argument, Command, type Option } from 'commander';
import { loadBundledDataset, loadStore } from '../cache/load.js';
import type { FactStore } from '../cache/store.js';
import { resolveGlobalOptions } from '../options.js';
import { ExitCode } from '../errors.js';
import type { CommandDeps } from './common.js';
import { withExamples } from './common.js';
import { FORMATS, longName, optionsOf, refusedBy } from '../cli-options.js';
import { attributionListing } from './attributions.js';
import { entityListing } from './entities.js';
import { guaranteeListing } from './guarantees.js';
import { libraryListing } from './library.js';
import { numberListing } from './numbers.js';
import { textRecordListing } from './records.js';
import { SEARCH_KINDS } from '../search/run.js';
import { searchListing } from './search.js';
import { recordDetailListing } from './show.js';
import { sourceListing } from './sources.js';
import { verificationListing } from './verify.js';
import { at } from '../lists.js';

// Shell completion is delegated to @bomb.sh/tab, which reads the commander tree. It is
// loaded only here, so other commands do not pay for it at start-up. The generated
// scripts call `facts complete -- WORDS...` at each TAB, which also completes ids.

/** The options of `facts completion` and of the hidden `facts complete`: what tab is asked (["completion", SHELL], or ["complete", "--", WORDS...]). */
export interface CompletionOptions {
  argv: string[];
}

/** What a completion's run is given: a run's deps, and the whole program, for tab to read. */
export interface CompletionDeps extends CommandDeps {
  buildProgram: () => Command;
}

/** `facts completion bash|zsh|fish`, and the hidden `facts complete -- ...` the scripts call. */
export function newCompletionCommands(deps: CompletionDeps, run: (options: CompletionOptions, deps: CompletionDeps) => Promise<number> = runCompletion): { completion: Command; complete: Command } {
  const completion = new Command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .action(async (shell: string) => deps.setExitCode(await run({ argv: ['completion', shell] }, deps)));
  withExamples(completion, [
    'facts completion bash > ~/.local/share/bash-completion/completions/facts',
    'facts completion zsh > "${fpath[1]}/_facts"',
    'facts completion fish > ~/.config/fish/completions/facts.fish',
    'source <(facts completion bash)',
  ]);
  const complete = new Command('complete')
    .description('answer a completion request (called by the completion scripts)')
    .argument('[words...]')
    .allowUnknownOption()
    .action(async (words: string[]) => deps.setExitCode(await run({ argv: ['complete', '--', ...words] }, deps)));
  return { completion, complete };
}

/** The --data paths a command line being completed names ("--data a.json", "--data=b.json"). */
export function dataPathsIn(words: readonly string[]): string[] {
  const paths: string[] = [];
  words.forEach((word, i) => {
    if (word === '--data' && words[i + 1] !== undefined) paths.push(at(words, i + 1));
    else if (word.startsWith('--data=')) paths.push(word.slice('--data='.length));
  });
  return paths.filter((p) => p !== '');
}

/** Has tab print a completion script, or answer a completion request, from the whole program and the data the command line names. */
export async function runCompletion({ argv }: CompletionOptions, { io, buildProgram }: CompletionDeps): Promise<number> {
  const { default: tab } = await import('@bomb.sh/tab/commander');
  const program = buildProgram();
  const root = tab(program, { completionCommandName: 'completion' });
  // Ids and speakers come from the dataset the command line names, else FACTS_DATA, else the bundled one.
  const named = argv[0] === 'complete' ? dataPathsIn(argv.slice(2)) : [];
  const choice = named.length > 0 ? { paths: named } : resolveGlobalOptions({ library: !(argv.includes('--no-library')) }, io).data;
  // (A completion prints nothing else: warnings about the data are not for it.)
  const store = await loadStore(choice, { ...io, err: () => {}, stderrIsTTY: false }).catch(() => undefined);
  if (store) addDataCompletions(root, program, store);
  // tab prints with console.log; route it through the IO object like all other output.
  const log = console.log;
  let printed = '';
  console.log = (...parts: unknown[]) => (printed += `${parts.join(' ')}\n`);
  try {
    await program.parseAsync(argv, { from: 'user' });
  } finally {
    console.log = log;
  }
  // The bash script declares its constants readonly, so sourcing it twice failed with
  // "readonly variable"; plain assignments of the same values can be sourced again.
  io.out(argv[0] === 'completion' ? printed.replace(/^readonly (ShellCompDirective\w+=\d+)$/gm, '$1') : printed);
  return ExitCode.ok;
}

type Root = ReturnType<typeof import('@bomb.sh/tab/commander').default>;
type Complete = (value: string, description: string) => void;
type TabCommand = Root['commands'] extends Map<string, infer C> ? C : never;

/** The formats a command prints: JSON-LD only where records or verdicts are linked data; extract writes JSON only. */
function formatsOf(path: string): readonly string[] {
  if (path === 'extract') return ['json'];
  return ['quotes', 'claims', 'show', 'verify'].includes(path) ? FORMATS : FORMATS.filter((f) => f !== 'jsonld');
}

/** The fields --fields accepts, by command: the keys of its listing's columns. */
function fieldsOf(path: string, store: FactStore): readonly string[] {
  const keys = (listing: { columns: readonly { key: string }[] }) => listing.columns.map((c) => c.key);
  const base = path.replace(/^who$/, 'attributions');
  switch (base) {
    case 'guarantees':
    case 'guarantees list':
    case 'guarantees show':
      return keys(guaranteeListing(store, []));
    case 'quotes':
    case 'claims':
      return keys(textRecordListing(store, []));
    case 'numbers':
      return keys(numberListing(store, []));
    case 'attributions':
      return keys(attributionListing(store, []));
    case 'entities':
      return keys(entityListing([]));
    case 'sources':
      return keys(sourceListing(store, []));
    case 'show':
      return keys(recordDetailListing(store));
    case 'search':
      return keys(searchListing(store, []));
    case 'verify':
      return keys(verificationListing(store, []));
    case 'library':
    case 'library list':
    case 'library show':
      return keys(libraryListing([]));
    default:
      return [];
  }
}

/** Values for each option and argument that takes one: what the data holds, and what the program accepts, nothing it refuses. */
function addDataCompletions(root: Root, program: Command, store: FactStore): void {
  const bundled = new Set(loadBundledDataset().sources.map((s) => s.id));
  const each = (values: Iterable<readonly [string, string]>) => (complete: Complete) => {
    for (const [value, description] of values) complete(value, description);
  };
  const records = (complete: Complete) => {
    for (let i = 0; i < store.recordCount; i++) complete(store.id(i), `${store.kind(i)}: ${store.text(i).slice(0, 50)}`);
  };
  const guarantees = (complete: Complete) => {
    for (let i = 0; i < store.recordCount; i++) if (store.kind(i) === 'guarantee') complete(store.id(i), (store.record(i) as { title: string }).title);
  };
  // `fix` corrects the quotations of the library, never the bundled article's.
  const libraryQuotes = (complete: Complete) => {
    for (let i = 0; i < store.recordCount; i++) {
      if (store.kind(i) === 'quote' && !bundled.has(store.sourceIds[store.sourceIndex(i)] ?? '')) complete(store.id(i), store.text(i).slice(0, 50));
    }
  };
  const speakers = each(store.entities.map((e) => [e.id, e.name] as const));
  const sources = each(store.sources.map((s) => [s.id, s.title.slice(0, 50)] as const));
  const librarySources = each(store.sources.filter((s) => !bundled.has(s.id)).map((s) => [s.id, s.title.slice(0, 50)] as const));
  // Who is attributions by another name: the same options and arguments, listed as a command of its own.
  const attributions = root.commands.get('attributions');
  if (attributions && !root.commands.has('who')) {
    const who = root.command('who', attributions.description);
    for (const [name, option] of attributions.options) who.option(name, option.description, option.handler, option.alias);
    for (const [name, argument] of attributions.arguments) who.argument(name, argument.handler, argument.variadic);
  }
  const globals = program.options.filter((o) => o.long !== undefined && o.long !== '--version' && o.long !== '--help');
  for (const [path, command] of root.commands) {
    if (path === '' || path === 'complete') continue;
    addGlobalOptions(command, path, globals, store);
    // The values an option takes from the data, as the option table says.
    for (const spec of optionsOf(path)) {
      const option = spec.complete && command.options.get(longName(spec));
      if (option) option.handler = spec.complete === 'speaker' ? speakers : sources;
    }
    const kind = command.options.get('kind');
    if (kind && path === 'search') kind.handler = each(SEARCH_KINDS.map((k) => [k, ''] as const));
    const args = [...command.arguments.values()];
    if (path === 'show' && args[0]) args[0].handler = records;
    if (path === 'guarantees show' && args[0]) args[0].handler = guarantees;
    if (path === 'sources' && args[0]) args[0].handler = sources;
    if ((path === 'library show' || path === 'library remove') && args[0]) args[0].handler = librarySources;
    if ((path === 'attributions' || path === 'who') && args[0]) args[0].handler = speakers;
    if (path === 'fix' && args[0]) args[0].handler = libraryQuotes;
    // tab's own completion command offers powershell, which facts does not write.
    if (path === 'completion' && args[0]) args[0].handler = each(['bash', 'zsh', 'fish'].map((shell) => [shell, ''] as const));
  }
}

/** The global options a command accepts, each with the values it takes there. */
function addGlobalOptions(command: TabCommand, path: string, globals: readonly Option[], store: FactStore): void {
  const refused: readonly string[] = refusedBy(path);
  for (const global of globals) {
    const name = (global.long ?? '').slice(2);
    const base = name.replace(/^no-/, '');
    if (refused.includes(base)) continue;
    const values = name === 'format' ? formatsOf(path) : name === 'color' ? ['auto', 'always', 'never'] : name === 'fields' ? fieldsOf(path, store) : undefined;
    const takesValue = global.required || global.optional;
    const handler = values ? (complete: Complete) => values.forEach((v) => complete(v, '')) : takesValue ? () => {} : undefined;
    if (!command.options.has(name)) command.option(name, global.description, handler, global.short?.slice(1));
    else if (handler) (command.options.get(name) as { handler?: unknown }).handler = handler;
  }
}
