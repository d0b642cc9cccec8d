import { Command } from 'commander';
import type { FactStore, SourceInfo } from '../cache/store.js';
import { NotFoundError } from '../errors.js';
import type { Listing } from '../output/listing.js';
import { printDetail } from '../output/print.js';
import { emit, prepareStore, refuseOptions, withExamples, writeSourceText, type CommandDeps } from './common.js';

/** The index of the source with this id. */
export function findSource(store: FactStore, id: string): number {
  const index = store.sourceIds.indexOf(id);
  if (index < 0) throw new NotFoundError(`no source '${id}'; sources: ${store.sourceIds.join(', ')}`);
  return index;
}

/** The table, TSV and JSON shape of sources, rows being source indexes: a source's text is read only for its length or its JSON. */
export function sourceListing(store: FactStore, rows: readonly number[]): Listing<number> {
  const known = (value: string | null) => value ?? '';
  const info = (i: number) => store.sources[i] as SourceInfo;
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

/** `facts sources [ID]`: the documents, and with --text one of them in full. */
export function createSourcesCommand(deps: CommandDeps): Command {
  const cmd = new Command('sources')
    .description('the source documents; with an id, one in full')
    .argument('[id]', 'a source id')
    .option('--text', 'print the text of the source itself')
    .action(async (id: string | undefined, opts: { text?: boolean }, self: Command) => {
      const structured = self.optsWithGlobals<{ json?: boolean; format?: string }>();
      const asData = structured.json === true || structured.format === 'json' || structured.format === 'ndjson';
      if (opts.text && !asData) refuseOptions(self, ['format', 'fields', 'limit'], "--text prints the source's own text (--format json gives it as data)");
      if (id !== undefined) refuseOptions(self, ['limit'], 'sources ID prints one source');
      const { globals, store } = await prepareStore(self, deps);
      const all = () => store.sourceIds.map((_, i) => i);
      const listing = sourceListing(store, id === undefined ? all() : []);
      if (opts.text && !asData) {
        const indexes = id === undefined ? all() : [findSource(store, id)];
        writeSourceText(deps.io, indexes.map((i) => store.sourceText(i)).join('\n\n'));
        deps.setExitCode(indexes.length > 0 ? 0 : 1);
        return;
      }
      // (With JSON, --text changes nothing: a source's JSON holds its text.)
      if (id !== undefined) await printDetail(deps.io, listing, findSource(store, id), globals.output);
      else await emit(deps, globals, listing);
    });
  return withExamples(cmd, ['facts sources', 'facts sources macron-security-guarantees', 'facts sources macron-security-guarantees --text | less']);
}
