import { IN_MEMORY, type Column, type ColumnMaker } from './column.js';
import type { Layout, Section, SectionReader, SectionsOf } from './sections.js';
import type { Dataset, Entity, FactRecord, RecordKind, Source, Span } from '../dataset/types.js';

// Read access to a dataset, record by record: every command reads through this, so that
// a user's large dataset is answered from its cache without parsing the JSON, and the
// bundled dataset from memory, behind the same calls. Two implementations: in memory
// (below) and the cache (cache.ts).
//
// Features that derive their own index from the data (search, verify) own its format;
// the store only gives them a place to keep it (`place`), checked and atomic. This
// module, and all of src/cache and src/dataset, know nothing of them.

/** A source without its text (dataset/types.ts). */
export type { SourceInfo } from '../dataset/types.js';
import type { SourceInfo } from '../dataset/types.js';
import { at } from '../lists.js';

/** Where a feature keeps what it derived from this dataset, next to the store's own cache. */
export interface Place {
  /** What was kept here in this layout, every block checked when read; undefined if nothing is (or it failed its check: the store says so). */
  read<L extends Layout>(layout: L): SectionReader<L> | undefined;
  /** Keeps the sections of this layout, atomically; a cache that cannot be written is said once on a terminal. */
  write<L extends Layout>(layout: L, meta: unknown, sections: SectionsOf<L> & Readonly<Record<string, Section | Column>>): void;
  /** Columns to build an index into, spilled beside where it will be kept when it can be written (in memory otherwise). */
  columns(): ColumnMaker;
  /** Says once on a terminal that `what` is being built, which takes a while on a large file. */
  building(what: string): void;
}

/** A dataset seen as columns. */
export interface FactStore {
  readonly recordCount: number;
  id(i: number): string;
  /** The index of the record with this id, or -1. */
  indexOf(id: string): number;
  kind(i: number): RecordKind;
  /** The entity id of the record's speaker, or null. */
  speaker(i: number): string | null;
  /** The index of the record's source in `sources`. */
  sourceIndex(i: number): number;
  span(i: number): Span;
  text(i: number): string;
  /** A hint: every text of these kinds, and the ids, are about to be read. */
  scanTexts(kinds: readonly RecordKind[]): void;
  /** Every record's text, asked for once each in increasing order (to index them all), read without keeping them. */
  textsInOrder(): (i: number) => string;
  /** The text of the record's cue, or ''. */
  cue(i: number): string;
  /** Where the record's cue stands, or null. */
  cueSpan(i: number): Span | null;
  /** The whole record, exactly as in the dataset. */
  record(i: number): FactRecord;
  readonly entities: readonly Entity[];
  readonly entityById: ReadonlyMap<string, Entity>;
  readonly sources: readonly SourceInfo[];
  readonly sourceIds: readonly string[];
  sourceText(index: number): string;
  /** A whole source, its text included, exactly as in the dataset (its fields in their order). */
  source(index: number): Source;
  /** The indexes of the records of one source. */
  recordsOfSource(index: number): readonly number[];
  /** A place for a feature's derived index, by name ('search', 'corpus'). */
  place(name: string): Place;
}

/** A place that keeps nothing: the bundled dataset's indexes are built in memory, quickly. */
export const NOWHERE: Place = { read: () => undefined, write: () => {}, columns: () => IN_MEMORY, building: () => {} };

/** A store over a dataset already in memory; `place` keeps derived indexes (nowhere by default). */
export function storeFromDataset(data: Dataset, place: (name: string) => Place = () => NOWHERE): FactStore {
  const sourceIndex = new Map(data.sources.map((s, i) => [s.id, i]));
  let bySource: number[][] | undefined;
  let byId: Map<string, number> | undefined;
  const record = (i: number) => at(data.records, i);
  return {
    recordCount: data.records.length,
    id: (i) => record(i).id,
    indexOf: (id) => (byId ??= new Map(data.records.map((r, i) => [r.id, i]))).get(id) ?? -1,
    kind: (i) => record(i).kind,
    speaker: (i) => record(i).speaker,
    sourceIndex: (i) => sourceIndex.get(record(i).source) ?? -1,
    span: (i) => record(i).span,
    text: (i) => record(i).text,
    cue: (i) => record(i).cue?.text ?? '',
    cueSpan: (i) => record(i).cue?.span ?? null,
    scanTexts: () => {},
    textsInOrder: () => (i) => record(i).text,
    record,
    entities: data.entities,
    entityById: data.entityById,
    sources: data.sources.map(({ text: _text, ...info }) => info),
    sourceIds: data.sources.map((s) => s.id),
    sourceText: (index) => at(data.sources, index).text,
    source: (index) => at(data.sources, index),
    recordsOfSource: (index) => {
      bySource ??= groupIndexes(data.records.length, (i) => sourceIndex.get(record(i).source) ?? -1, data.sources.length);
      return bySource[index] ?? [];
    },
    place,
  };
}

/** The indexes 0 to count - 1 grouped by a key from 0 to keys - 1 (records by source, documents by speaker), each group in order; an index whose key is out of range (-1: none) is in no group. */
export function groupIndexes(count: number, keyOf: (i: number) => number, keys: number): number[][] {
  const groups: number[][] = Array.from({ length: keys }, () => []);
  for (let i = 0; i < count; i++) groups[keyOf(i)]?.push(i);
  return groups;
}

/** `make`, run once per store: for what a feature derives from a store and keeps for the run. */
export function oncePerStore<T>(make: (store: FactStore) => Promise<T>): (store: FactStore) => Promise<T> {
  const made = new WeakMap<FactStore, Promise<T>>();
  return (store) => {
    let value = made.get(store);
    if (!value) made.set(store, (value = make(store)));
    return value;
  };
}
