import { Command } from 'commander';
import type { FactStore } from '../cache/store.js';
import type { CommandFlags } from '../cli-options.js';
import { ExitCode, NotFoundError } from '../errors.js';
import type { Listing } from '../output/listing.js';
import { printDetail } from '../output/print.js';
import { emit, givenGlobals, prepareStore, refuseOptions, withExamples, withOptions, writeSourceText, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';
import { at } from '../lists.js';

/** The index of the source with this id. */
export function findSource(store: FactStore, id: string): number {
  const index = store.sourceIds.indexOf(id);
  if (index < 0) throw new NotFoundError(`no source '${id}'; sources: ${store.sourceIds.join(', ')}`);
  return index;
}

/** The table, TSV and JSON shape of sources, rows being source indexes: a source's text is read only for its length or its JSON. */
export function sourceListing(store: FactStore, rows: readonly number[]): Listing<number> {
  const known = (value: string | null) => value ?? '';
  const info = (i: number) => at(store.sources, i);
  return {
    rows,
    columns: [
      { key: 'id', header: 'ID', value: (i) => info(i).id, style: 'id' },
      { key: 'title', header: 'Title', value: (i) => info(i).title, wide: true },
      { key: 'publisher', header: 'Publisher', value: (i) => known(info(i).publisher) },
      { key: 'published', header: 'Published', value: (i) => known(info(i).published) },
      { key: 'language', header: 'Language', value: (i) => info(i).language },
      { key: 'url', header: 'URL', value: (i) => known(info(i).url) },
      { key: 'context', header: 'Context (other reporting)', value: (i) => info(i).context ?? '', wide: true },
      { key: 'length', header: 'Length', value: (i) => String([...store.sourceText(i)].length) },
    ],
    defaults: ['id', 'title', 'publisher', 'published', 'language', 'url'],
    json: (i) => store.source(i),
  };
}

/** The options of `facts sources`. */
export interface SourcesOptions extends CommandFlags<'sources'> {
  id?: string;
  globals: GivenGlobals;
}

/** `facts sources [ID]`: the documents, and with --text one of them in full. */
export function newSourcesCommand(deps: CommandDeps, run: Run<SourcesOptions> = runSources): Command {
  const cmd = withOptions(new Command('sources').description('the source documents; with an id, one in full').argument('[id]', 'a source id'), 'sources').action(
    async (id: string | undefined, flags: CommandFlags<'sources'>, self: Command) => deps.setExitCode(await run({ ...flags, id, globals: givenGlobals(self) }, deps)),
  );
  return withExamples(cmd, ['facts sources', 'facts sources macron-security-guarantees', 'facts sources macron-security-guarantees --text | less']);
}

export async function runSources({ id, text, globals: given }: SourcesOptions, deps: RunDeps): Promise<number> {
  const { format, json } = given.values;
  const asData = json === true || format === 'json' || format === 'ndjson';
  if (text && !asData) refuseOptions(given, ['format', 'fields', 'limit'], "--text prints the source's own text (--format json gives it as data)");
  if (id !== undefined) refuseOptions(given, ['limit'], 'sources ID prints one source');
  const { globals, store } = await prepareStore(given, deps, id === undefined ? undefined : { holding: id });
  const all = () => store.sourceIds.map((_, i) => i);
  const listing = sourceListing(store, id === undefined ? all() : []);
  if (text && !asData) {
    const indexes = id === undefined ? all() : [findSource(store, id)];
    writeSourceText(deps.io, indexes.map((i) => store.sourceText(i)).join('\n\n'));
    return indexes.length > 0 ? ExitCode.ok : ExitCode.noMatch;
  }
  // (With JSON, --text changes nothing: a source's JSON holds its text.)
  if (id === undefined) return emit(deps, globals, listing);
  await printDetail(deps.io, listing, findSource(store, id), globals.output);
  return ExitCode.ok;
}
