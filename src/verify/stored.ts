import type { Layout, SectionReader } from '../cache/sections.js';
import { oncePerStore, type FactStore } from '../cache/store.js';
import { buildCorpus, corpusFromColumns, runLookups, type Corpus, type CorpusColumns } from './corpus.js';
import { at } from '../lists.js';

// Verify's corpus of a store, kept in the store's place for it ('corpus'): built from the
// sources' texts the first time, then read a block at a time, so that one quote touches
// a few blocks of a large corpus. Its layout is this module's (docs/cache-format.md,
// corpus.bin); bump CACHE_VERSION (cache/sections.ts) when it changes.

/** The sections of corpus.bin, in the order the file has them. */
const CORPUS_SECTIONS = {
  vocab: 'utf8',
  words: 'u32',
  starts: 'u32',
  ends: 'u32',
  paragraphStarts: 'u32',
  bracketRuns: 'u32',
  sourceStarts: 'u32',
  postings: 'u32',
  offsets: 'u32',
} as const satisfies Layout;

/** What corpus.bin's meta holds: the sources' ids, in order. */
interface CorpusMeta {
  sourceIds: string[];
}

/** The corpus of a store: kept, or built (and kept) on first use. */
export const corpusOf = oncePerStore(openOrBuild);

async function openOrBuild(store: FactStore): Promise<Corpus> {
  const place = store.place('corpus');
  const file = place.read(CORPUS_SECTIONS);
  if (file) return lazyCorpus(file);
  place.building('the word positions verify needs');
  const sources = { count: store.sourceIds.length, id: (i: number) => at(store.sourceIds, i), text: (i: number) => store.sourceText(i) };
  const columns = buildCorpus(sources, place.columns());
  const inMemory = !columns.words.spilled;
  place.write(CORPUS_SECTIONS, { sourceIds: columns.sourceIds } satisfies CorpusMeta, corpusSections(columns));
  if (inMemory) return corpusFromColumns(columns);
  // Spilled columns are read back from where they were kept; if they could not be kept, the corpus is built again in memory.
  const kept = place.read(CORPUS_SECTIONS);
  return kept ? lazyCorpus(kept) : corpusFromColumns(buildCorpus(sources));
}

function corpusSections(corpus: CorpusColumns) {
  return {
    vocab: corpus.vocab.join('\n'),
    words: corpus.words,
    starts: corpus.starts,
    ends: corpus.ends,
    paragraphStarts: corpus.paragraphStarts,
    bracketRuns: corpus.bracketRuns,
    sourceStarts: corpus.sourceStarts,
    postings: corpus.postings,
    offsets: corpus.offsets,
  };
}

/** A corpus read from its file a block at a time. */
function lazyCorpus(file: SectionReader<typeof CORPUS_SECTIONS>): Corpus {
  const vocabWords = file.text('vocab').split('\n');
  const offsets = file.u32('offsets');
  const postings = new Map<number, Uint32Array>();
  return {
    vocab: new Map(vocabWords.map((w, i) => [w, i])),
    length: file.u32Length('words'),
    word: (p) => file.u32At('words', p),
    range: (from, to) => file.u32Range('words', from, to),
    start: (p) => file.u32At('starts', p),
    end: (p) => file.u32At('ends', p),
    ...runLookups(file.u32('paragraphStarts'), file.u32('bracketRuns')),
    postings: (id) => {
      if (id < 0 || id >= offsets.length - 1) return new Uint32Array(0);
      let list = postings.get(id);
      if (!list) postings.set(id, (list = file.u32Range('postings', at(offsets, id), at(offsets, id + 1))));
      return list;
    },
    sourceStarts: file.u32('sourceStarts'),
    sourceIds: (file.meta as CorpusMeta).sourceIds,
  };
}
