import { Command, InvalidArgumentError } from 'commander';
import type { FactStore } from '../data/store.js';
import type { Dataset, Entity } from '../data/types.js';
import type { Listing } from '../output/listing.js';
import { matchedRanges, queryWords, searchIndex, type SearchDoc } from '../search/search.js';
import { emit, prepareStore, resolveSpeakerFilter, speakerName, withExamples, type CommandDeps } from './common.js';

/** The kinds `--kind` accepts: the four record kinds and entities. */
export const SEARCH_KINDS = ['guarantee', 'quote', 'number', 'claim', 'entity'] as const;

/** The default --threshold: a hit must score at most this (0 = perfect, 1 = nothing in common). */
export const DEFAULT_THRESHOLD = 0.5;

/** One ranked result. */
export interface SearchResult {
  doc: SearchDoc;
  score: number;
  words: readonly string[];
}

/** Typed options of a search. */
export interface SearchOptions {
  kinds?: ReadonlySet<string>;
  speakers?: ReadonlySet<string>;
  threshold: number;
}

/** Runs a search; only the hits' records are read in full. */
export async function runSearch(store: FactStore, query: string, options: SearchOptions): Promise<SearchResult[]> {
  const index = await store.searchIndex();
  const records = store.recordCount;
  // Document ids: the records, then the entities.
  const accept = (id: number) => {
    const kind = id < records ? store.kind(id) : 'entity';
    if (options.kinds && !options.kinds.has(kind)) return false;
    if (options.speakers) {
      const speaker = id < records ? store.speaker(id) : null;
      return speaker !== null && options.speakers.has(speaker);
    }
    return true;
  };
  const words = queryWords(query);
  return searchIndex(index, query, options.threshold, accept).map((hit) => ({
    doc: hit.doc < records ? { type: 'record', record: store.record(hit.doc) } : { type: 'entity', entity: store.entities[hit.doc - records] as Entity },
    score: hit.score,
    words,
  }));
}

const kindOf = (doc: SearchDoc) => (doc.type === 'entity' ? 'entity' : doc.record.kind);
const textOf = (doc: SearchDoc) => (doc.type === 'entity' ? [doc.entity.name, ...doc.entity.aliases].join('; ') : doc.record.text);
const idOf = (doc: SearchDoc) => (doc.type === 'entity' ? doc.entity.id : doc.record.id);

/** The table, TSV and JSON shape of search results; JSON is the record (or entity) with its score. */
export function searchListing(data: Pick<Dataset, 'entityById'>, results: readonly SearchResult[]): Listing<SearchResult> {
  const recordField = (get: (r: Extract<SearchDoc, { type: 'record' }>['record']) => string) => (h: SearchResult) => (h.doc.type === 'record' ? get(h.doc.record) : '');
  return {
    rows: results,
    columns: [
      { key: 'score', header: 'Score', value: (h) => h.score.toFixed(3), style: 'number' },
      { key: 'kind', header: 'Kind', value: (h) => kindOf(h.doc) },
      { key: 'id', header: 'ID', value: (h) => idOf(h.doc), style: 'id' },
      { key: 'speaker', header: 'Speaker', value: recordField((r) => speakerName(data, r)) },
      { key: 'text', header: 'Text', value: (h) => textOf(h.doc), wide: true, highlight: (h) => matchedRanges(textOf(h.doc), h.words) },
      { key: 'title', header: 'Title', value: recordField((r) => (r.kind === 'guarantee' ? r.title : '')) },
      { key: 'about', header: 'About', value: recordField((r) => (r.kind === 'number' ? r.about : '')) },
      { key: 'cue', header: 'Cue', value: recordField((r) => r.cue?.text ?? ''), style: 'dim' },
      { key: 'source', header: 'Source', value: recordField((r) => r.source), style: 'dim' },
      { key: 'span', header: 'Span', value: recordField((r) => `${r.span.start}-${r.span.end}`), style: 'dim' },
    ],
    defaults: ['score', 'kind', 'id', 'speaker', 'text'],
    json: (h) => ({ ...(h.doc.type === 'entity' ? h.doc.entity : h.doc.record), score: Number(h.score.toFixed(6)) }),
  };
}

function parseThreshold(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('it takes a number from 0 (exact) to 1 (anything).');
  return n;
}

function parseKinds(value: string, previous: string[] = []): string[] {
  const kinds = value.split(',').map((k) => k.trim());
  const unknown = kinds.filter((k) => !(SEARCH_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new InvalidArgumentError(`valid kinds: ${SEARCH_KINDS.join(', ')}.`);
  return [...previous, ...kinds];
}

/** `facts search QUERY...`: fuzzy search over every record and entity. */
export function createSearchCommand(deps: CommandDeps): Command {
  const cmd = new Command('search')
    .description('fuzzy search over every record and entity, best first; forgives typos and word order')
    .argument('<query...>', 'words to look for (several words rank records holding all of them first)')
    .option('--kind <kinds>', `only these kinds, comma-separated: ${SEARCH_KINDS.join(', ')}`, parseKinds)
    .option('--speaker <name>', 'only records said by this person or group')
    .option('--threshold <n>', `leave out hits scoring above n (0 = exact, 1 = anything; default ${DEFAULT_THRESHOLD})`, parseThreshold)
    .action(async (query: string[], opts: { kind?: string[]; speaker?: string; threshold?: number }, self: Command) => {
      const { globals, store } = await prepareStore(self, deps);
      const results = await runSearch(store, query.join(' '), {
        kinds: opts.kind ? new Set(opts.kind) : undefined,
        speakers: resolveSpeakerFilter(store, opts.speaker, deps.io),
        threshold: opts.threshold ?? DEFAULT_THRESHOLD,
      });
      await emit(deps, globals, searchListing(store, results));
    });
  return withExamples(cmd, ['facts search reassurance force', 'facts search gaurantee secuirty', 'facts search Zelensky', 'facts search peace --kind quote --json', 'facts search "deter russian troops" --threshold 0.3']);
}
