import { oncePerStore, type FactStore } from '../data/store.js';
import type { Entity } from '../data/types.js';
import { buildSearchIndex, docFields, indexFromParts, type SearchIndex, type SearchSource } from './search.js';

// The search index of a store, kept in the store's place for it ('search'): built from
// the dataset the first time, then read back in pieces (only the postings of the words a
// query matches). Its layout is this module's; bump SEARCH_FORMAT when it changes.

const SEARCH_FORMAT = 1;

/** The search index of a store: kept, or built (and kept) on first use. */
export const searchIndexOf = oncePerStore(openOrBuild);

async function openOrBuild(store: FactStore): Promise<SearchIndex> {
  const place = store.place('search');
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
    return indexFromParts(file.text('vocab').split('\n'), postings, frequency, file.u32('lengths'));
  }
  place.building('a search index');
  const { index, values, offsets } = buildSearchIndex(storeSearchSource(store), place.columns());
  place.write({ format: SEARCH_FORMAT }, { vocab: index.vocab.join('\n'), postings: values, offsets, lengths: index.lengths });
  return index;
}

/**
 * A store's records and entities as documents, read from the store: quotes and claims
 * by their text alone, figures and guarantees whole (their unit, what they measure,
 * their title), every text of a kind at once.
 */
function storeSearchSource(store: FactStore): SearchSource {
  store.scanTexts(['guarantee', 'quote', 'number', 'claim']);
  const records = store.recordCount;
  return {
    count: records + store.entities.length,
    fields: (d) => {
      if (d >= records) return docFields({ type: 'entity', entity: store.entities[d - records] as Entity });
      const kind = store.kind(d);
      return kind === 'quote' || kind === 'claim' ? [store.text(d)] : docFields({ type: 'record', record: store.record(d) });
    },
  };
}
