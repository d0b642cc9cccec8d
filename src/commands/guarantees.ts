import { Command } from 'commander';
import type { FactStore } from '../cache/store.js';
import type { Guarantee } from '../dataset/types.js';
import { ExitCode, NotFoundError, UsageError } from '../errors.js';
import type { Listing } from '../output/listing.js';
import { printDetail } from '../output/print.js';
import { acceptStrayWords, emit, givenGlobals, prepareStore, unknownCommand, withExamples, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';
import { recordColumns } from '../output/columns.js';

/** The guarantees in list order. */
export function listGuarantees(store: FactStore): Guarantee[] {
  const all: Guarantee[] = [];
  for (let i = 0; i < store.recordCount; i++) if (store.kind(i) === 'guarantee') all.push(store.record(i) as Guarantee);
  return all.sort((a, b) => a.n - b.n || a.source.localeCompare(b.source));
}

/** The guarantee with this number (its position in the list) or id. */
export function findGuarantee(data: FactStore, key: string): Guarantee {
  const all = listGuarantees(data);
  const found = /^\d+$/.test(key) ? all.find((g) => g.n === Number(key)) : all.find((g) => g.id === key);
  if (!found) throw new NotFoundError(`no guarantee '${key}'; there are ${all.length} (1-${all.length}, or an id: ${all.map((g) => g.id).join(', ')})`);
  return found;
}

/** The table, TSV and JSON shape of guarantees. */
export function guaranteeListing(data: Pick<FactStore, 'entityById'>, rows: readonly Guarantee[]): Listing<Guarantee> {
  const c = recordColumns(data);
  return {
    rows,
    columns: [
      { key: 'n', header: '#', value: (g) => String(g.n), style: 'number' },
      c.id,
      { key: 'title', header: 'Guarantee', value: (g) => g.title, wide: true },
      c.text,
      c.speaker,
      c.cue,
      c.source,
      c.span,
    ],
    defaults: ['n', 'id', 'title', 'text'],
    json: (g) => g,
  };
}

/** The options of `facts guarantees list`: a stray word is a misspelt subcommand. */
export interface GuaranteesListOptions {
  stray: string | undefined;
  globals: GivenGlobals;
}

/** The options of `facts guarantees show`. */
export interface GuaranteesShowOptions {
  key: string;
  globals: GivenGlobals;
}

/** `facts guarantees [list]` and `facts guarantees show N|ID`. */
export function newGuaranteesCommand(deps: CommandDeps, runList: Run<GuaranteesListOptions> = runGuaranteesList, runShow: Run<GuaranteesShowOptions> = runGuaranteesShow): Command {
  const cmd = new Command('guarantees').description('the security guarantees, in the order they were listed');
  // `facts guarantees lst` reaches the default subcommand with 'lst' as an argument.
  const list = acceptStrayWords(new Command('list').description('list every guarantee (the default)')).action(async (_flags, self: Command) =>
    deps.setExitCode(await runList({ stray: self.args[0], globals: givenGlobals(self) }, deps)),
  );
  const show = new Command('show')
    .description('show one guarantee in full')
    .argument('<n|id>', 'its number in the list, or its id')
    .action(async (key: string, _flags, self: Command) => deps.setExitCode(await runShow({ key, globals: givenGlobals(self) }, deps)));
  withExamples(list, ['facts guarantees list', 'facts guarantees list --json | jq -r ".[].title"']);
  withExamples(show, ['facts guarantees show 3', 'facts guarantees show g3 --format json']);
  cmd.addCommand(list, { isDefault: true });
  cmd.addCommand(show);
  return withExamples(cmd, ['facts guarantees', 'facts guarantees show 2', 'facts guarantees | cut -f3']);
}

export async function runGuaranteesList({ stray, globals: given }: GuaranteesListOptions, deps: RunDeps): Promise<number> {
  if (stray !== undefined) throw new UsageError(unknownCommand(stray, ['list', 'show']));
  const { globals, store } = await prepareStore(given, deps);
  return emit(deps, globals, guaranteeListing(store, listGuarantees(store)));
}

export async function runGuaranteesShow({ key, globals: given }: GuaranteesShowOptions, deps: RunDeps): Promise<number> {
  const { globals, store } = await prepareStore(given, deps);
  await printDetail(deps.io, guaranteeListing(store, []), findGuarantee(store, key), globals.output);
  return ExitCode.ok;
}
