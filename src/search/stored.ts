import type { Layout, SectionReader } from '../cache/sections.js';
import { oncePerStore, type FactStore, type Place } from '../cache/store.js';
import type { TextColumn } from '../cache/column.js';
import { blankOut, buildSearchIndex, docFields, indexFromParts, passageBounds, recordSpans, sourcePassages, type BuiltIndex, type SearchIndex, type SearchSource, type SourcePassage } from './search.js';
import { at } from '../lists.js';

// The search index of a store, kept in the store's place for it ('search'): built from
// the dataset the first time, then read back in pieces (only the postings of the words a
// query matches). Its layout is this module's (docs/cache-format.md, search.bin); bump
// CACHE_VERSION (cache/sections.ts) when it changes.

/** The sections of search.bin, in the order the file has them. */
const SEARCH_SECTIONS = {
  vocab: 'utf8',
  postings: 'u32',
  offsets: 'u32',
  lengths: 'u32',
  passageSource: 'u32',
  passageStart: 'u32',
  passageEnd: 'u32',
  passageTexts: 'utf8',
  passageTextTo: 'u32',
} as const satisfies Layout;

/** Where a passage document stands: its source, and its span in code points (-1 for the title). */
export interface PassagePlace {
  source: number;
  start: number;
  end: number;
}

/** The offsets of a title passage, which stands outside the text. */
const NO_OFFSET = 0xffffffff;

/** A store's search index, with where each passage document stands. */
export interface StoredSearchIndex extends SearchIndex {
  /** The passage a document is, or undefined for a record or an entity. */
  passage(doc: number): PassagePlace | undefined;
  /** A passage document's words as its source has them (the title, or the paragraph). */
  passageText(doc: number): string;
  /** Says that this many passages' texts are about to be read (a search printing thousands of hits): they may then be read in one go, not a block for each. */
  readingPassages(count: number): void;
}

/** The search index of a store: kept, or built (and kept) on first use. */
export const searchIndexOf = oncePerStore(openOrBuild);

/**
 * The passages' columns as kept: source, offsets, and their texts one after another
 * (`textTo`, in bytes), so that a hit prints its paragraph without reading its whole
 * source back from the data file.
 */
interface PassageColumns {
  source: Uint32Array;
  start: Uint32Array;
  end: Uint32Array;
  text(k: number): string;
  /** As StoredSearchIndex.readingPassages. */
  reading(count: number): void;
}

async function openOrBuild(store: FactStore): Promise<StoredSearchIndex> {
  const place = store.place('search');
  const passagesFrom = store.recordCount + store.entities.length;
  const file = place.read(SEARCH_SECTIONS);
  if (file) {
    const offsets = file.u32('offsets');
    const lists = new Map<number, Uint32Array>();
    const postings = (word: number) => {
      let list = lists.get(word);
      if (!list) lists.set(word, (list = file.u32Range('postings', at(offsets, word), at(offsets, word + 1))));
      return list;
    };
    const frequency = (word: number) => at(offsets, word + 1) - at(offsets, word);
    const index = indexFromParts(file.text('vocab').split('\n'), postings, frequency, file.u32('lengths'), passagesFrom);
    return withPassages(index, passagesFrom, () => {
      const textTo = file.u32('passageTextTo');
      return { source: file.u32('passageSource'), start: file.u32('passageStart'), end: file.u32('passageEnd'), text: keptPassageText(file, textTo), reading: (count) => file.readingMany('passageTexts', count) };
    });
  }
  place.building('a search index');
  const built = buildWithPassages(store, place, passagesFrom);
  place.write(
    SEARCH_SECTIONS,
    {},
    { vocab: built.index.vocab.join('\n'), postings: built.values, offsets: built.offsets, lengths: built.index.lengths, passageSource: built.source, passageStart: built.start, passageEnd: built.end, passageTexts: built.texts, passageTextTo: built.textTo },
  );
  // The passages' texts were written to the file (or, where it cannot be written, are read from their sources).
  const kept = place.read(SEARCH_SECTIONS);
  const text = kept ? keptPassageText(kept, built.textTo) : (k: number) => passageFromSource(store, built, k);
  const reading = (count: number) => kept?.readingMany('passageTexts', count);
  return withPassages(built.index, passagesFrom, () => ({ source: built.source, start: built.start, end: built.end, text, reading }));
}

/** Passage k's text as search.bin keeps it: the passages' texts one after another, `textTo` where each ends (bytes). */
function keptPassageText(file: SectionReader<typeof SEARCH_SECTIONS>, textTo: Uint32Array): (k: number) => string {
  return (k) => file.text('passageTexts', k === 0 ? 0 : at(textTo, k - 1), at(textTo, k));
}

/** An index built with the sources' passages, and the passages' columns to keep. */
interface BuiltWithPassages extends BuiltIndex {
  source: Uint32Array;
  /** Code points, NO_OFFSET for a title. */
  start: Uint32Array;
  end: Uint32Array;
  /** UTF-16 units, for reading a passage back from its source. */
  unitStart: Uint32Array;
  unitEnd: Uint32Array;
  /** The passages' texts one after another, and where each ends (bytes). */
  texts: TextColumn;
  textTo: Uint32Array;
}

/**
 * Builds the index with the sources' passages, holding one source's text at a time: the
 * passages' places are found first, a source at a time, and their words and texts made
 * again, a source at a time, as the index asks for each document in order (the texts go
 * to a column that spills to a file when large). Holding every source's text and its
 * narration at once had tripled a first search's memory on a large dataset.
 */
function buildWithPassages(store: FactStore, place: Place, passagesFrom: number): BuiltWithPassages {
  const source: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const unitStart: number[] = [];
  const unitEnd: number[] = [];
  store.sourceIds.forEach((_, i) => {
    const text = store.sourceText(i);
    for (const b of passageBounds(titleOf(store, i), text, blankOut(text, recordSpansOf(store, i)))) {
      source.push(i);
      start.push(b.start < 0 ? NO_OFFSET : b.start);
      end.push(b.end < 0 ? NO_OFFSET : b.end);
      unitStart.push(b.unitStart);
      unitEnd.push(b.unitEnd);
    }
  });
  const columns = place.columns();
  const texts = columns.text();
  const textTo = new Uint32Array(source.length);
  let bytes = 0;
  // The source whose text and narration the documents being asked for are in.
  let current = { index: -1, text: '', narration: '' };
  const passageFields = (k: number): string[] => {
    const i = at(source, k);
    if (current.index !== i) {
      const text = store.sourceText(i);
      current = { index: i, text, narration: blankOut(text, recordSpansOf(store, i)) };
    }
    const title = start[k] === NO_OFFSET;
    const shown = title ? titleOf(store, i) : current.text.slice(unitStart[k], unitEnd[k]);
    texts.append(shown);
    bytes += Buffer.byteLength(shown);
    textTo[k] = bytes;
    return [title ? shown : current.narration.slice(unitStart[k], unitEnd[k])];
  };
  const built = buildSearchIndex(storeSearchSource(store, passagesFrom, source.length, passageFields), columns);
  return { ...built, source: Uint32Array.from(source), start: Uint32Array.from(start), end: Uint32Array.from(end), unitStart: Uint32Array.from(unitStart), unitEnd: Uint32Array.from(unitEnd), texts, textTo };
}

/** A passage's text read back from its source (where the index could not be kept). */
function passageFromSource(store: FactStore, built: BuiltWithPassages, k: number): string {
  const i = at(built.source, k);
  return built.start[k] === NO_OFFSET ? titleOf(store, i) : store.sourceText(i).slice(built.unitStart[k], built.unitEnd[k]);
}

function titleOf(store: FactStore, i: number): string {
  return at(store.sources, i).title;
}

/** The spans a source's passages leave out: its records' and their cues'. */
function recordSpansOf(store: FactStore, i: number): { start: number; end: number }[] {
  return store.recordsOfSource(i).flatMap((r) => {
    const cue = store.cueSpan(r);
    return recordSpans({ span: store.span(r), cue: cue && { text: '', span: cue } });
  });
}

function withPassages(index: SearchIndex, from: number, read: () => PassageColumns): StoredSearchIndex {
  let columns: PassageColumns | undefined;
  return {
    ...index,
    passage: (doc) => {
      if (doc < from) return undefined;
      columns ??= read();
      const k = doc - from;
      const start = at(columns.start, k);
      return { source: at(columns.source, k), start: start === NO_OFFSET ? -1 : start, end: start === NO_OFFSET ? -1 : at(columns.end, k) };
    },
    passageText: (doc) => (columns ??= read()).text(doc - from),
    readingPassages: (count) => (columns ??= read()).reading(count),
  };
}

/** Every source's passages (sourcePassages), one source's text read at a time: for a test's context, without a kept index. */
export function storePassages(store: FactStore): SourcePassage[] {
  return store.sourceIds.flatMap((_, i) => sourcePassages([{ title: titleOf(store, i), text: store.sourceText(i) }], () => recordSpansOf(store, i)).map((p) => ({ ...p, source: i })));
}

/**
 * A store's records, entities and passages as documents, read from the store: quotes and
 * claims by their text alone, figures and guarantees whole (their unit, what they
 * measure, their title), every text of a kind at once.
 */
function storeSearchSource(store: FactStore, passagesFrom: number, passages: number, passageFields: (k: number) => string[]): SearchSource {
  // (The index asks for each document once, in order: the texts are read a block at a time, not held whole.)
  const text = store.textsInOrder();
  const records = store.recordCount;
  return {
    count: passagesFrom + passages,
    passagesFrom,
    fields: (d) => {
      if (d >= passagesFrom) return passageFields(d - passagesFrom);
      if (d >= records) return docFields({ type: 'entity', entity: at(store.entities, d - records) });
      const kind = store.kind(d);
      return kind === 'quote' || kind === 'claim' ? [text(d)] : docFields({ type: 'record', record: store.record(d) });
    },
  };
}
