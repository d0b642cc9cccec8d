import type { Corpus, CorpusArrays } from '../verify/corpus.js';
import type { SearchIndex } from '../search/search.js';
import type { Dataset, Entity, FactRecord, RecordKind, Source, Span } from './types.js';

// Read access to a dataset, record by record. The commands that must stay fast on
// large data (search, the grep commands, verify) work through this, so that a cached
// index can answer them without parsing the whole JSON file; the others ask for the
// whole dataset. Two implementations: in memory (below) and the cache (cache.ts).

/** A dataset seen as columns, with its derived search index and corpus. */
export interface FactStore {
  readonly recordCount: number;
  id(i: number): string;
  kind(i: number): RecordKind;
  /** The entity id of the record's speaker, or null. */
  speaker(i: number): string | null;
  /** The index of the record's source in sourceIds. */
  sourceIndex(i: number): number;
  span(i: number): Span;
  text(i: number): string;
  /** A hint: every text of these kinds is about to be read. */
  scanTexts(kinds: readonly RecordKind[]): void;
  /** The text of the record's cue, or ''. */
  cue(i: number): string;
  /** The whole record, exactly as in the dataset. */
  record(i: number): FactRecord;
  readonly entities: readonly Entity[];
  readonly entityById: ReadonlyMap<string, Entity>;
  readonly sourceIds: readonly string[];
  sourceText(index: number): string;
  /** The indexes of the records of one source. */
  recordsOfSource(index: number): readonly number[];
  searchIndex(): Promise<SearchIndex>;
  corpus(): Promise<Corpus>;
  /** Everything, parsed: for commands that list whole records. */
  dataset(): Promise<Dataset>;
}

/** A store over a dataset already in memory. */
export function storeFromDataset(
  data: Dataset,
  save: { saveSearch?: (search: SearchIndex) => void; saveCorpus?: (corpus: CorpusArrays) => void } = {},
): FactStore {
  const sourceIndex = new Map(data.sources.map((s, i) => [s.id, i]));
  let search: SearchIndex | undefined;
  let corpus: Corpus | undefined;
  let bySource: number[][] | undefined;
  return {
    recordCount: data.records.length,
    id: (i) => (data.records[i] as FactRecord).id,
    kind: (i) => (data.records[i] as FactRecord).kind,
    speaker: (i) => (data.records[i] as FactRecord).speaker,
    sourceIndex: (i) => sourceIndex.get((data.records[i] as FactRecord).source) ?? -1,
    span: (i) => (data.records[i] as FactRecord).span,
    text: (i) => (data.records[i] as FactRecord).text,
    cue: (i) => (data.records[i] as FactRecord).cue?.text ?? '',
    scanTexts: () => {},
    record: (i) => data.records[i] as FactRecord,
    entities: data.entities,
    entityById: data.entityById,
    sourceIds: data.sources.map((s) => s.id),
    sourceText: (index) => (data.sources[index] as Source).text,
    recordsOfSource: (index) => {
      bySource ??= groupBySource(data.records.length, (i) => sourceIndex.get((data.records[i] as FactRecord).source) ?? -1, data.sources.length);
      return bySource[index] ?? [];
    },
    searchIndex: async () => {
      if (search) return search;
      search = (await import('../search/search.js')).buildSearchIndex(data);
      try {
        save.saveSearch?.(search);
      } catch {
        // Not cached this time; the index is still here.
      }
      return search;
    },
    corpus: async () => {
      if (corpus) return corpus;
      const { buildCorpus, corpusFromArrays } = await import('../verify/corpus.js');
      const arrays = buildCorpus(data);
      try {
        save.saveCorpus?.(arrays);
      } catch {
        // Not cached this time; the corpus is still here.
      }
      return (corpus = corpusFromArrays(arrays));
    },
    dataset: async () => data,
  };
}

/** Record indexes grouped by source index. */
export function groupBySource(count: number, sourceOf: (i: number) => number, sources: number): number[][] {
  const groups: number[][] = Array.from({ length: sources }, () => []);
  for (let i = 0; i < count; i++) groups[sourceOf(i)]?.push(i);
  return groups;
}
