import { Command, InvalidArgumentError } from 'commander';
import type { FactStore } from '../data/store.js';
import type { Entity, FactRecord } from '../data/types.js';
import type { Column, Listing } from '../output/listing.js';
import { searchIndexOf } from '../search/stored.js';
import { docText, matchedRanges, queryWords, searchIndex, speakerNameWords, type SearchContext, type SearchDoc } from '../search/search.js';
import { emit, prepareStore, resolveSpeakerFilter, storeColumns, withExamples, type CommandDeps } from './common.js';

/** The kinds `--kind` accepts: the four record kinds and entities. */
export const SEARCH_KINDS = ['guarantee', 'quote', 'number', 'claim', 'entity'] as const;

/** Past this many rows to print, the texts are read whole (FactStore.scanTexts). */
const MANY_ROWS = 2000;

/** The default --threshold: a hit must score at most this (0 = perfect, 1 = nothing in common). */
export const DEFAULT_THRESHOLD = 0.45;

/** One ranked result: a document (records first, then entities), its score, and the query's words. */
export interface SearchResult {
  doc: number;
  score: number;
  words: readonly string[];
}

/** Typed options of a search. */
export interface SearchOptions {
  kinds?: ReadonlySet<string>;
  speakers?: ReadonlySet<string>;
  threshold: number;
  /** Only the best this many are wanted (--limit). */
  limit?: number;
}

/** Runs a search over a store's index. */
export async function runSearch(store: FactStore, query: string, options: SearchOptions): Promise<SearchResult[]> {
  const index = await searchIndexOf(store);
  const records = store.recordCount;
  // (No filter, no test: a common word's hundreds of thousands of documents each paid for one.)
  const accept =
    options.kinds || options.speakers
      ? (id: number) => {
          const kind = id < records ? store.kind(id) : 'entity';
          if (options.kinds && !options.kinds.has(kind)) return false;
          if (options.speakers) {
            const speaker = id < records ? store.speaker(id) : null;
            return speaker !== null && options.speakers.has(speaker);
          }
          return true;
        }
      : undefined;
  const words = queryWords(query);
  return searchIndex(index, query, options.threshold, { ...storeSearchContext(store), accept, limit: options.limit }).map((hit) => ({ doc: hit.doc, score: hit.score, words }));
}

/** What the ranking reads of a store besides the index: each record's speaker and each document's text. */
export function storeSearchContext(store: FactStore): SearchContext {
  const records = store.recordCount;
  const entityIndex = new Map(store.entities.map((e, i) => [e.id, i]));
  const speakerOf = (doc: number) => {
    const speaker = doc < records ? store.speaker(doc) : null;
    return speaker === null ? -1 : (entityIndex.get(speaker) ?? -1);
  };
  const text = (doc: number) => (doc < records ? store.text(doc) : docText({ type: 'entity', entity: store.entities[doc - records] as Entity }));
  return { speakerOf, speakerNames: speakerNameWords(store.entities), text };
}

/** The record or entity a result stands for, in full. */
export function resultDoc(store: FactStore, result: SearchResult): SearchDoc {
  return result.doc < store.recordCount
    ? { type: 'record', record: store.record(result.doc) }
    : { type: 'entity', entity: store.entities[result.doc - store.recordCount] as Entity };
}

/** The table, TSV and JSON shape of search results; JSON is the record (or entity) with its score. */
export function searchListing(store: FactStore, results: readonly SearchResult[]): Listing<SearchResult> {
  const c = storeColumns(store);
  const n = store.recordCount;
  const entity = (h: SearchResult) => store.entities[h.doc - n] as Entity;
  // Cheap columns read the store's columns; the others parse the record.
  const column = (col: Column<number>, forEntity: (e: Entity) => string = () => ''): Column<SearchResult> => ({
    key: col.key,
    header: col.header,
    wide: col.wide,
    style: col.style,
    value: (h) => (h.doc < n ? col.value(h.doc) : forEntity(entity(h))),
  });
  const recordField = (get: (r: FactRecord) => string) => (h: SearchResult) => (h.doc < n ? get(store.record(h.doc)) : '');
  const text = column(c.text, (entity) => docText({ type: 'entity', entity }));
  return {
    rows: results,
    columns: [
      { key: 'score', header: 'Score', value: (h) => h.score.toFixed(3), style: 'number' },
      column(c.kind, () => 'entity'),
      column(c.id, (e) => e.id),
      column(c.speaker),
      { ...text, highlight: (h) => matchedRanges(text.value(h), h.words) },
      { key: 'title', header: 'Title', value: recordField((r) => (r.kind === 'guarantee' ? r.title : '')) },
      { key: 'about', header: 'About', value: recordField((r) => (r.kind === 'number' ? r.about : '')) },
      column(c.cue),
      column(c.source),
      column(c.span),
    ],
    defaults: ['score', 'kind', 'id', 'speaker', 'text'],
    json: (h) => {
      const doc = resultDoc(store, h);
      return { ...(doc.type === 'entity' ? doc.entity : doc.record), score: Number(h.score.toFixed(6)) };
    },
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
        speakers: await resolveSpeakerFilter(store, opts.speaker),
        threshold: opts.threshold ?? DEFAULT_THRESHOLD,
        limit: globals.output.limit,
      });
      // Thousands of rows to print read each kind's texts whole, once, rather than a block for each row.
      if (Math.min(results.length, globals.output.limit ?? Infinity) > MANY_ROWS) store.scanTexts(['guarantee', 'quote', 'number', 'claim']);
      const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
      const empty = () => `nothing matches '${query.join(' ')}' at threshold ${threshold}${threshold < 1 ? ` (a higher --threshold, up to 1, finds looser matches)` : ''}`;
      await emit(deps, globals, searchListing(store, results), empty);
    });
  return withExamples(cmd, ['facts search reassurance force', 'facts search gaurantee secuirty', 'facts search Zelensky', 'facts search peace --kind quote --json', 'facts search "deter russian troops" --threshold 0.3']);
}
