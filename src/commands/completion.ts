import { Argument, Command } from 'commander';
import { loadStore } from '../data/load.js';
import type { FactStore } from '../data/store.js';
import { resolveGlobalOptions } from '../options.js';
import type { CommandDeps } from './common.js';
import { refuseOptions, withExamples } from './common.js';

// Shell completion is delegated to @bomb.sh/tab, which reads the commander tree. It is
// loaded only here, so other commands do not pay for it at start-up. The generated
// scripts call `facts complete -- WORDS...` at each TAB, which also completes ids.

/** `facts completion bash|zsh|fish`, and the hidden `facts complete -- ...` the scripts call. */
export function createCompletionCommands(deps: CommandDeps, buildProgram: () => Command): Command[] {
  const completion = new Command('completion')
    .description('print a shell completion script (bash, zsh or fish)')
    .addArgument(new Argument('<shell>', 'the shell').choices(['bash', 'zsh', 'fish']))
    .action(async (shell: string, _opts, self: Command) => {
      refuseOptions(self, ['data', 'format', 'json', 'fields', 'limit'], 'completion prints a shell script');
      await runTab(deps, buildProgram, ['completion', shell]);
    });
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
    .action(async (words: string[]) => {
      await runTab(deps, buildProgram, ['complete', '--', ...words]);
    });
  return [completion, complete];
}

/** The --data paths a command line being completed names ("--data a.json", "--data=b.json"). */
export function dataPathsIn(words: readonly string[]): string[] {
  const paths: string[] = [];
  words.forEach((word, i) => {
    if (word === '--data' && words[i + 1] !== undefined) paths.push(words[i + 1] as string);
    else if (word.startsWith('--data=')) paths.push(word.slice('--data='.length));
  });
  return paths.filter((p) => p !== '');
}

async function runTab(deps: CommandDeps, buildProgram: () => Command, argv: string[]): Promise<void> {
  const { default: tab } = await import('@bomb.sh/tab/commander');
  const program = buildProgram();
  const root = tab(program, { completionCommandName: 'completion' });
  // Ids and speakers come from the dataset the command line names, else FACTS_DATA, else the bundled one.
  const named = argv[0] === 'complete' ? dataPathsIn(argv.slice(2)) : [];
  const choice = named.length > 0 ? { paths: named } : resolveGlobalOptions({ library: !(argv.includes('--no-library')) }, deps.io).data;
  // (A completion prints nothing else: warnings about the data are not for it.)
  const store = await loadStore(choice, { ...deps.io, err: () => {}, stderrIsTTY: false }).catch(() => undefined);
  if (store) addDataCompletions(root, store);
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
  deps.io.out(argv[0] === 'completion' ? printed.replace(/^readonly (ShellCompDirective\w+=\d+)$/gm, '$1') : printed);
}

type Root = ReturnType<typeof import('@bomb.sh/tab/commander').default>;

function addDataCompletions(root: Root, store: FactStore): void {
  const records = (complete: (value: string, description: string) => void) => {
    for (let i = 0; i < store.recordCount; i++) complete(store.id(i), `${store.kind(i)}: ${store.text(i).slice(0, 50)}`);
  };
  const guarantees = (complete: (value: string, description: string) => void) => {
    for (let i = 0; i < store.recordCount; i++) if (store.kind(i) === 'guarantee') complete(store.id(i), (store.record(i) as { title: string }).title);
  };
  const speakers = (complete: (value: string, description: string) => void) => {
    for (const e of store.entities) complete(e.id, e.name);
  };
  const sources = (complete: (value: string, description: string) => void) => {
    for (const s of store.sources) complete(s.id, s.title.slice(0, 50));
  };
  for (const [path, command] of root.commands) {
    const speaker = command.options.get('speaker');
    if (speaker) speaker.handler = speakers;
    const source = command.options.get('source');
    if (source) source.handler = sources;
    const args = [...command.arguments.values()];
    if (path === 'show' && args[0]) args[0].handler = records;
    if (path === 'guarantees show' && args[0]) args[0].handler = guarantees;
    if (path === 'sources' && args[0]) args[0].handler = sources;
    if ((path === 'library show' || path === 'library remove') && args[0]) args[0].handler = sources;
    if ((path === 'attributions' || path === 'who') && args[0]) args[0].handler = speakers;
  }
}
