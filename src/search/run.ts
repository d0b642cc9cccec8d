import type { FactStore } from '../cache/store.js';
import { readQuery } from './question.js';
import { searchIndexOf, storePassages, type PassagePlace, type StoredSearchIndex } from './stored.js';
import { docText, queryWords, searchIndex, speakerNameWords, type SearchContext, type SearchDoc, type SearchHit, type SourcePassage } from './search.js';
import { at } from '../lists.js';

// A search over a store, as `facts search` runs it: the query read (a question loses its
// function words), the kept index asked, the filters applied, a source's passages cut to
// its best, and a partial match when nothing holds every word.

/** The kinds `--kind` accepts: the four record kinds and entities. */
export const SEARCH_KINDS = ['guarantee', 'quote', 'number', 'claim', 'entity', 'source'] as const;

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
  /** The query words' weights among more documents than the store holds (SearchContext.weights; plan.ts). */
  weights?: ReadonlyMap<string, number>;
}

/** Past this many hits to print, the texts are read whole (FactStore.scanTexts), not a block for each. */
const MANY_ROWS = 2000;

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
  // Thousands of hits to print read the texts whole, once, rather than a block for each
  // row, and before phrase ranking reads a thousand of them block by block. (There are at
  // least as many hits as rows printed: the rows are the hits, one passage a source.)
  const hitsFound = (count: number) => {
    if (Math.min(count, options.limit ?? Infinity) > MANY_ROWS) store.scanTexts(['guarantee', 'quote', 'number', 'claim']);
  };
  const context: SearchContext = { ...storeSearchContext(store, index), accept, hitsFound, ...(options.weights ? { weights: options.weights } : {}) };
  // With --limit, only the best hits are ranked; a source's passages beyond its best are
  // left out after, so the limit is raised until enough are left (or none are cut).
  const limit = options.limit === undefined || asked.wantsFigure ? undefined : options.limit;
  const ranked = (threshold: number) => {
    if (limit === undefined) return searchIndex(index, asked.words, threshold, context);
    for (let asking = limit; ; asking *= 2) {
      const hits = searchIndex(index, asked.words, threshold, { ...context, limit: asking });
      if (hits.length < asking || onePerSource(hits, limit).kept.length >= limit) return hits;
    }
  };
  // The hits kept, in order, up to `most`: a source's best passage and no other, and
  // beside them their places, each looked up once (every row of a search that prints tens
  // of thousands goes through here).
  const onePerSource = (hits: readonly SearchHit[], most = Infinity) => {
    const kept: SearchHit[] = [];
    const places: (PassagePlace | undefined)[] = [];
    const sources = new Set<number>();
    for (const hit of hits) {
      if (kept.length >= most) break;
      const place = index.passage(hit.doc);
      if (place && sources.has(place.source)) continue;
      if (place) sources.add(place.source);
      kept.push(hit);
      places.push(place);
    }
    return { kept, places };
  };
  let hits = ranked(options.threshold);
  let partial = false;
  if (hits.length === 0 && words.length >= 2) {
    hits = ranked(Math.min(1, options.threshold + PARTIAL_SLACK));
    partial = hits.length > 0;
  }
  if (asked.wantsFigure) hits = [...hits.filter((h) => kindOf(h.doc) === 'number'), ...hits.filter((h) => kindOf(h.doc) !== 'number')];
  const { kept, places } = onePerSource(hits, options.limit);
  index.readingPassages(places.reduce((n, place) => (place ? n + 1 : n), 0));
  return kept.map((hit, k) => {
    const place = places[k];
    const found: SearchResult = { doc: hit.doc, score: hit.score, words };
    if (partial) found.partial = true;
    if (place) found.passage = { source: place.source, start: place.start, end: place.end, text: index.passageText(hit.doc) };
    return found;
  });
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
    return passageText(doc) ?? docText({ type: 'entity', entity: at(store.entities, doc - records) });
  };
  return { speakerOf, speakerNames: speakerNameWords(store.entities), text };
}

/** The record, entity or passage a result stands for, in full. */
export function resultDoc(store: FactStore, result: SearchResult): SearchDoc {
  if (result.passage) return { type: 'passage', passage: { ...result.passage, words: result.passage.text } };
  return result.doc < store.recordCount
    ? { type: 'record', record: store.record(result.doc) }
    : { type: 'entity', entity: at(store.entities, result.doc - store.recordCount) };
}
