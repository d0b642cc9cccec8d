import { Command } from 'commander';
import type { FactStore } from '../data/store.js';
import type { Source } from '../data/types.js';
import { NotFoundError } from '../errors.js';
import type { Listing } from '../output/listing.js';
import { printDetail } from '../output/print.js';
import { escapeForTerminal } from '../text/sanitize.js';
import { emit, prepareStore, refuseOptions, withExamples, type CommandDeps } from './common.js';

/** The source with this id. */
export function findSource(store: FactStore, id: string): Source {
  const index = store.sourceIds.indexOf(id);
  if (index < 0) throw new NotFoundError(`no source '${id}'; sources: ${store.sourceIds.join(', ')}`);
  return store.source(index);
}

/** Every source, whole. */
function allSources(store: FactStore): Source[] {
  return store.sourceIds.map((_, i) => store.source(i));
}

/** The table, TSV and JSON shape of sources (JSON keeps the full text). */
export function sourceListing(rows: readonly Source[]): Listing<Source> {
  const known = (value: string | null) => value ?? '';
  return {
    rows,
    columns: [
      { key: 'id', header: 'ID', value: (s) => s.id, style: 'id' },
      { key: 'title', header: 'Title', value: (s) => s.title, wide: true },
      { key: 'publisher', header: 'Publisher', value: (s) => known(s.publisher) },
      { key: 'published', header: 'Published', value: (s) => known(s.published) },
      { key: 'language', header: 'Language', value: (s) => s.language },
      { key: 'url', header: 'URL', value: (s) => known(s.url) },
      { key: 'context', header: 'Context (other reporting)', value: (s) => s.context ?? '', wide: true },
      { key: 'length', header: 'Length', value: (s) => String([...s.text].length) },
    ],
    defaults: ['id', 'title', 'publisher', 'published', 'language', 'url'],
    json: (s) => s,
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
      const { globals, store: data } = await prepareStore(self, deps);
      if (opts.text && (globals.output.format === 'json' || globals.output.format === 'ndjson')) {
        // --text with a structured format: the source as data, its text included (JSON keeps the whole record).
        if (id !== undefined) await printDetail(deps.io, sourceListing([]), findSource(data, id), globals.output);
        else await emit(deps, globals, sourceListing(allSources(data)));
        return;
      }
      if (opts.text) {
        const sources = id === undefined ? allSources(data) : [findSource(data, id)];
        // Piped, the text is byte for byte; on a terminal, control characters are made visible.
        const text = sources.map((s) => s.text).join('\n\n');
        deps.io.out(deps.io.stdoutIsTTY ? text.split('\n').map(escapeForTerminal).join('\n') + '\n' : text);
        deps.setExitCode(sources.length > 0 ? 0 : 1);
        return;
      }
      if (id !== undefined) {
        await printDetail(deps.io, sourceListing([]), findSource(data, id), globals.output);
        return;
      }
      await emit(deps, globals, sourceListing(allSources(data)));
    });
  return withExamples(cmd, ['facts sources', 'facts sources macron-security-guarantees', 'facts sources macron-security-guarantees --text | less']);
}
