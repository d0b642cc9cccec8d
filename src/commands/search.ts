import { Command, InvalidArgumentError } from 'commander';
import type { FactStore } from '../cache/store.js';
import type { Entity, FactRecord } from '../dataset/types.js';
import type { Column, Listing } from '../output/listing.js';
import { readQuery } from '../search/question.js';
import { searchIndexOf, storePassages, type StoredSearchIndex } from '../search/stored.js';
import { escapeForTerminal } from '../text/sanitize.js';
import { docText, matchedRanges, queryWords, searchIndex, speakerNameWords, type SearchContext, type SearchDoc, type SearchHit, type SourcePassage } from '../search/search.js';
import { emit, prepareStore, resolveSpeakerFilter, storeColumns, withExamples, type CommandDeps } from './common.js';

/** The kinds `--kind` accepts: the four record kinds and entities. */
export const SEARCH_KINDS = ['guarantee', 'quote', 'number', 'claim', 'entity', 'source'] as const;

/** Past this many rows to print, the texts are read whole (FactStore.scanTexts). */
const MANY_ROWS = 2000;

/** The default --threshold: a hit must score at most this (0 = perfect, 1 = nothing in common). */
export const DEFAULT_THRESHOLD = 0.45;

/** One ranked result: a document (records first, then entities, then passages of the sources), its score, and the query's words. */
export interface SearchResult {
  doc: number;
  score: number;
  words: readonly string[];
  /** For a passage of a source: which source, its span (code points; -1 for its title), and the passage. */
  passage?: { source: number; start: number; end: number; text: string };
  /** Found only because nothing held every word of the query: it holds some of them. */
  partial?: true;
}

/** Typed options of a search. */
export interface SearchOptions {
  kinds?: ReadonlySet<string>;
  speakers?: ReadonlySet<string>;
  threshold: number;
  /** Only the best this many are wanted (--limit). */
  limit?: number;
}

/** How much looser a match may be when no document holds every word of the query: one of two words, held exactly, scores about 0.5. */
export const PARTIAL_SLACK = 0.25;

/**
 * Runs a search over a store's index. A question loses its function words, and a "how
 * many" question puts figures first; when nothing holds every word of the query, the
 * documents that hold some of them answer; a source is one hit, its best passage.
 */
export async function runSearch(store: FactStore, query: string, options: SearchOptions): Promise<SearchResult[]> {
  const index = await searchIndexOf(store);
  const records = store.recordCount;
  const kindOf = (id: number) => (id < records ? store.kind(id) : id < index.passagesFrom ? 'entity' : 'source');
  // (No filter, no test: a common word's hundreds of thousands of documents each paid for one.)
  const accept =
    options.kinds || options.speakers
      ? (id: number) => {
          if (options.kinds && !options.kinds.has(kindOf(id))) return false;
          if (options.speakers) {
            const speaker = id < records ? store.speaker(id) : null;
            return speaker !== null && options.speakers.has(speaker);
          }
          return true;
        }
      : undefined;
  const asked = readQuery(query);
  const words = queryWords(asked.words);
  const context: SearchContext = { ...storeSearchContext(store, index), accept };
  // With --limit, only the best hits are ranked; a source's passages beyond its best are
  // left out after, so the limit is raised until enough are left (or none are cut).
  const limit = options.limit === undefined || asked.wantsFigure ? undefined : options.limit;
  const ranked = (threshold: number) => {
    if (limit === undefined) return searchIndex(index, asked.words, threshold, context);
    for (let asking = limit; ; asking *= 2) {
      const hits = searchIndex(index, asked.words, threshold, { ...context, limit: asking });
      if (hits.length < asking || onePerSource(hits).length >= limit) return hits;
    }
  };
  const onePerSource = (hits: readonly SearchHit[]) => {
    const seen = new Set<number>();
    return hits.filter((h) => {
      const place = index.passage(h.doc);
      if (!place) return true;
      if (seen.has(place.source)) return false;
      seen.add(place.source);
      return true;
    });
  };
  let hits = ranked(options.threshold);
  let partial = false;
  if (hits.length === 0 && words.length >= 2) {
    hits = ranked(Math.min(1, options.threshold + PARTIAL_SLACK));
    partial = hits.length > 0;
  }
  if (asked.wantsFigure) hits = [...hits.filter((h) => kindOf(h.doc) === 'number'), ...hits.filter((h) => kindOf(h.doc) !== 'number')];
  hits = onePerSource(hits);
  if (options.limit !== undefined) hits = hits.slice(0, options.limit);
  const results: SearchResult[] = [];
  for (const hit of hits) {
    const place = index.passage(hit.doc);
    const found: SearchResult = { doc: hit.doc, score: hit.score, words, ...(partial ? { partial: true as const } : {}) };
    results.push(place ? { ...found, passage: { ...place, text: index.passageText(hit.doc) } } : found);
  }
  return results;
}

/** What the ranking reads of a store besides the index: each record's speaker and each document's text. */
export function storeSearchContext(store: FactStore, index?: StoredSearchIndex): SearchContext {
  const records = store.recordCount;
  // Without a kept index (a test's), the passages are found again from the store.
  let passages: SourcePassage[] | undefined;
  const passageText = (doc: number): string | undefined => {
    const from = records + store.entities.length;
    if (doc < from) return undefined;
    if (index) return index.passageText(doc);
    passages ??= storePassages(store);
    return passages[doc - from]?.text;
  };
  const entityIndex = new Map(store.entities.map((e, i) => [e.id, i]));
  const speakerOf = (doc: number) => {
    const speaker = doc < records ? store.speaker(doc) : null;
    return speaker === null ? -1 : (entityIndex.get(speaker) ?? -1);
  };
  const text = (doc: number) => {
    if (doc < records) return store.text(doc);
    return passageText(doc) ?? docText({ type: 'entity', entity: store.entities[doc - records] as Entity });
  };
  return { speakerOf, speakerNames: speakerNameWords(store.entities), text };
}

/** The record, entity or passage a result stands for, in full. */
export function resultDoc(store: FactStore, result: SearchResult): SearchDoc {
  if (result.passage) return { type: 'passage', passage: { ...result.passage, words: result.passage.text } };
  return result.doc < store.recordCount
    ? { type: 'record', record: store.record(result.doc) }
    : { type: 'entity', entity: store.entities[result.doc - store.recordCount] as Entity };
}

/** A passage of a source that a result stands for. */
type Passage = NonNullable<SearchResult['passage']>;

/** A passage's span in code points; null for a title, which stands outside the text. */
function passageSpan(passage: Passage): { start: number; end: number } | null {
  return passage.start < 0 ? null : { start: passage.start, end: passage.end };
}

/** The table, TSV and JSON shape of search results; JSON is the record (or entity) with its score. */
export function searchListing(store: FactStore, results: readonly SearchResult[]): Listing<SearchResult> {
  const c = storeColumns(store);
  const n = store.recordCount;
  const entity = (h: SearchResult) => store.entities[h.doc - n] as Entity;
  const sourceId = (p: Passage) => store.sourceIds[p.source] ?? '';
  // Cheap columns read the store's columns; the others parse the record. A passage is its source's.
  const column = (col: Column<number>, forEntity: (e: Entity) => string = () => '', forPassage: (p: Passage) => string = () => ''): Column<SearchResult> => ({
    key: col.key,
    header: col.header,
    wide: col.wide,
    style: col.style,
    value: (h) => (h.passage ? forPassage(h.passage) : h.doc < n ? col.value(h.doc) : forEntity(entity(h))),
  });
  const recordField = (get: (r: FactRecord) => string) => (h: SearchResult) => (h.doc < n ? get(store.record(h.doc)) : '');
  const text = column(c.text, (entity) => docText({ type: 'entity', entity }), (p) => p.text);
  const spanText = (p: Passage) => {
    const span = passageSpan(p);
    return span ? `${span.start}-${span.end}` : '';
  };
  return {
    rows: results,
    columns: [
      { key: 'score', header: 'Score', value: (h) => h.score.toFixed(3), style: 'number' },
      column(c.kind, () => 'entity', () => 'source'),
      column(c.id, (e) => e.id, sourceId),
      column(c.speaker),
      { ...text, highlight: (h) => matchedRanges(text.value(h), h.words) },
      { key: 'title', header: 'Title', value: recordField((r) => (r.kind === 'guarantee' ? r.title : '')) },
      { key: 'about', header: 'About', value: recordField((r) => (r.kind === 'number' ? r.about : '')) },
      column(c.cue),
      column(c.source, () => '', sourceId),
      column(c.span, () => '', spanText),
    ],
    defaults: ['score', 'kind', 'id', 'speaker', 'text'],
    json: (h) => {
      const score = Number(h.score.toFixed(6));
      if (h.passage) {
        const source = store.sources[h.passage.source];
        return { kind: 'source', id: source?.id, title: source?.title, text: h.passage.text, span: passageSpan(h.passage), score };
      }
      const doc = resultDoc(store, h);
      return { ...(doc.type === 'entity' ? doc.entity : doc.type === 'record' ? doc.record : {}), score };
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
  if (unknown.length > 0) throw new InvalidArgumentError(`it takes ${SEARCH_KINDS.join(', ')}, comma-separated.`);
  return [...previous, ...kinds];
}

/** `facts search QUERY...`: fuzzy search over every record and entity. */
export function createSearchCommand(deps: CommandDeps): Command {
  const cmd = new Command('search')
    .description("fuzzy search over every record, entity and source text, best first; forgives typos and word order, and reads a question's words")
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
      if (results[0]?.partial && deps.io.stderrIsTTY) deps.io.err(`facts: nothing holds every word of '${escapeForTerminal(query.join(' '))}'; these hold some of them\n`);
      const empty = () => `nothing matches '${query.join(' ')}' at threshold ${threshold}${threshold < 1 ? ` (a higher --threshold, up to 1, finds looser matches)` : ''}`;
      await emit(deps, globals, searchListing(store, results), empty);
    });
  return withExamples(cmd, ['facts search reassurance force', 'facts search gaurantee secuirty', 'facts search Zelensky', 'facts search peace --kind quote --json', 'facts search "deter russian troops" --threshold 0.3']);
}
