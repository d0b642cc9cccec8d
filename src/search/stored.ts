import { oncePerStore, type FactStore, type SourceInfo } from '../cache/store.js';
import type { Entity } from '../dataset/types.js';
import { buildSearchIndex, docFields, indexFromParts, recordSpans, sourcePassages, type SearchIndex, type SearchSource, type SourcePassage } from './search.js';

// The search index of a store, kept in the store's place for it ('search'): built from
// the dataset the first time, then read back in pieces (only the postings of the words a
// query matches). Its layout is this module's; bump SEARCH_FORMAT when it changes.

const SEARCH_FORMAT = 2;

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
}

async function openOrBuild(store: FactStore): Promise<StoredSearchIndex> {
  const place = store.place('search');
  const passagesFrom = store.recordCount + store.entities.length;
  const file = place.read();
  if (file && (file.meta as { format?: number }).format === SEARCH_FORMAT) {
    const offsets = file.u32('offsets');
    const lists = new Map<number, Uint32Array>();
    const postings = (word: number) => {
      let list = lists.get(word);
      if (!list) lists.set(word, (list = file.u32Range('postings', offsets[word] as number, offsets[word + 1] as number)));
      return list;
    };
    const frequency = (word: number) => (offsets[word + 1] as number) - (offsets[word] as number);
    const index = indexFromParts(file.text('vocab').split('\n'), postings, frequency, file.u32('lengths'), passagesFrom);
    return withPassages(index, passagesFrom, () => {
      const textTo = file.u32('passageTextTo');
      return { source: file.u32('passageSource'), start: file.u32('passageStart'), end: file.u32('passageEnd'), text: (k) => file.text('passageTexts', k === 0 ? 0 : (textTo[k - 1] as number), textTo[k] as number) };
    });
  }
  place.building('a search index');
  const passages = storePassages(store);
  const { index, values, offsets } = buildSearchIndex(storeSearchSource(store, passages), place.columns());
  const columns: PassageColumns = {
    source: Uint32Array.from(passages, (p) => p.source),
    start: Uint32Array.from(passages, (p) => (p.start < 0 ? NO_OFFSET : p.start)),
    end: Uint32Array.from(passages, (p) => (p.end < 0 ? NO_OFFSET : p.end)),
    text: (k) => (passages[k] as SourcePassage).text,
  };
  let bytes = 0;
  const textTo = Uint32Array.from(passages, (p) => (bytes += Buffer.byteLength(p.text)));
  const texts = passages.map((p) => p.text).join('');
  place.write(
    { format: SEARCH_FORMAT },
    { vocab: index.vocab.join('\n'), postings: values, offsets, lengths: index.lengths, passageSource: columns.source, passageStart: columns.start, passageEnd: columns.end, passageTexts: texts, passageTextTo: textTo },
  );
  return withPassages(index, passagesFrom, () => columns);
}

function withPassages(index: SearchIndex, from: number, read: () => PassageColumns): StoredSearchIndex {
  let columns: PassageColumns | undefined;
  return {
    ...index,
    passage: (doc) => {
      if (doc < from) return undefined;
      columns ??= read();
      const k = doc - from;
      const start = columns.start[k] as number;
      return { source: columns.source[k] as number, start: start === NO_OFFSET ? -1 : start, end: start === NO_OFFSET ? -1 : (columns.end[k] as number) };
    },
    passageText: (doc) => (columns ??= read()).text(doc - from),
  };
}

/** Every source's passages (sourcePassages), one source's text read at a time. */
export function storePassages(store: FactStore): SourcePassage[] {
  return store.sourceIds.flatMap((_, i) => {
    const title = (store.sources[i] as SourceInfo).title;
    const spans = store.recordsOfSource(i).flatMap((r) => {
      const cue = store.cueSpan(r);
      return recordSpans({ span: store.span(r), cue: cue && { text: '', span: cue } });
    });
    return sourcePassages([{ title, text: store.sourceText(i) }], () => spans).map((p) => ({ ...p, source: i }));
  });
}

/**
 * A store's records, entities and passages as documents, read from the store: quotes and
 * claims by their text alone, figures and guarantees whole (their unit, what they
 * measure, their title), every text of a kind at once.
 */
function storeSearchSource(store: FactStore, passages: readonly SourcePassage[]): SearchSource {
  store.scanTexts(['guarantee', 'quote', 'number', 'claim']);
  const records = store.recordCount;
  const entities = store.entities.length;
  return {
    count: records + entities + passages.length,
    passagesFrom: records + entities,
    fields: (d) => {
      if (d >= records + entities) return docFields({ type: 'passage', passage: passages[d - records - entities] as SourcePassage });
      if (d >= records) return docFields({ type: 'entity', entity: store.entities[d - records] as Entity });
      const kind = store.kind(d);
      return kind === 'quote' || kind === 'claim' ? [store.text(d)] : docFields({ type: 'record', record: store.record(d) });
    },
  };
}
