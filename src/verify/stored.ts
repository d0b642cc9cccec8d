import type { SectionReader } from '../data/sections.js';
import { packLists } from '../data/pack.js';
import { oncePerStore, type FactStore } from '../data/store.js';
import { buildCorpus, corpusFromArrays, type Corpus, type CorpusArrays } from './corpus.js';

// Verify's corpus of a store, kept in the store's place for it ('corpus'): built from the
// sources' texts the first time, then read a block at a time, so that one quote touches
// a few blocks of a large corpus. Its layout is this module's; bump CORPUS_FORMAT when it
// changes.

const CORPUS_FORMAT = 1;

/** The corpus of a store: kept, or built (and kept) on first use. */
export const corpusOf = oncePerStore(openOrBuild);

async function openOrBuild(store: FactStore): Promise<Corpus> {
  const place = store.place('corpus');
  const file = place.read();
  if (file && (file.meta as { format?: number }).format === CORPUS_FORMAT) return lazyCorpus(file);
  place.building('the word positions verify needs');
  const arrays = buildCorpus({ sources: store.sourceIds.map((id, i) => ({ id, text: store.sourceText(i) })) });
  place.write({ format: CORPUS_FORMAT, sourceIds: arrays.sourceIds }, corpusSections(arrays));
  return corpusFromArrays(arrays);
}

function corpusSections(corpus: CorpusArrays) {
  const { values, offsets } = packLists(corpus.postings);
  return {
    vocab: [...corpus.vocab.keys()].join('\n'),
    words: corpus.words,
    starts: corpus.starts,
    ends: corpus.ends,
    // Paragraphs and bracketed insertions are stored as runs, not a number per word.
    paragraphStarts: runStarts(corpus.paragraphs),
    bracketRuns: nonZeroRuns(corpus.brackets),
    sourceStarts: corpus.sourceStarts,
    postings: values,
    offsets,
  };
}

/** Positions where a column's value changes (the first position included). */
function runStarts(column: Uint32Array): Uint32Array {
  const starts: number[] = [];
  column.forEach((value, i) => {
    if (i === 0 || column[i - 1] !== value) starts.push(i);
  });
  return Uint32Array.from(starts);
}

/** [start, end, value] of each run of equal non-zero values. */
function nonZeroRuns(column: Uint32Array): Uint32Array {
  const runs: number[] = [];
  column.forEach((value, i) => {
    if (value === 0) return;
    if (runs.length > 0 && runs[runs.length - 1] === value && runs[runs.length - 2] === i) runs[runs.length - 2] = i + 1;
    else runs.push(i, i + 1, value);
  });
  return Uint32Array.from(runs);
}

/** The index of the last element of an ascending array that is at most `value` (-1 if none). */
function lastAtMost(sorted: Uint32Array, value: number, stride = 1): number {
  let lo = 0;
  let hi = sorted.length / stride - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid * stride] as number) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** A corpus read from its file a block at a time. */
function lazyCorpus(file: SectionReader): Corpus {
  const vocabWords = file.text('vocab').split('\n');
  const offsets = file.u32('offsets');
  const paragraphStarts = file.u32('paragraphStarts');
  const bracketRuns = file.u32('bracketRuns');
  const postings = new Map<number, Uint32Array>();
  // Each run is one insertion (each has a number of its own): its start is the insertion's.
  const insertionStarts = Uint32Array.from({ length: bracketRuns.length / 3 }, (_, r) => bracketRuns[r * 3] as number);
  return {
    vocab: new Map(vocabWords.map((w, i) => [w, i])),
    length: file.u32Length('words'),
    word: (p) => file.u32At('words', p),
    range: (from, to) => file.u32Range('words', from, to),
    start: (p) => file.u32At('starts', p),
    end: (p) => file.u32At('ends', p),
    paragraph: (p) => lastAtMost(paragraphStarts, p),
    bracket: (p) => {
      const run = lastAtMost(bracketRuns, p, 3);
      return run >= 0 && p < (bracketRuns[run * 3 + 1] as number) ? (bracketRuns[run * 3 + 2] as number) : 0;
    },
    insertionStarts: () => insertionStarts,
    postings: (id) => {
      if (id < 0 || id >= offsets.length - 1) return new Uint32Array(0);
      let list = postings.get(id);
      if (!list) postings.set(id, (list = file.u32Range('postings', offsets[id] as number, offsets[id + 1] as number)));
      return list;
    },
    sourceStarts: file.u32('sourceStarts'),
    sourceIds: (file.meta as { sourceIds: string[] }).sourceIds,
  };
}
