import { IN_MEMORY, packPostings, type ColumnMaker, type U32Column } from '../cache/column.js';
import { WordIds } from '../text/word-ids.js';
import { normalizeWord, WordScanner } from '../text/words.js';
import { at } from '../lists.js';

// The words of every source, in a form that finds where a quote could stand without
// scanning the whole text: each distinct word has the list of its positions.

/** Sources a corpus is built from: their texts are read one at a time. */
export interface CorpusSources {
  count: number;
  id(i: number): string;
  text(i: number): string;
}

/**
 * Every word of every source, as parallel columns, with a position index. The word
 * columns may be spilled to files as they are made (a large corpus is bigger than its
 * sources); the rest is held in memory.
 */
export interface CorpusColumns {
  /** Distinct comparable words, in id order. */
  vocab: string[];
  /** Word ids, all sources one after another. */
  words: U32Column;
  /** UTF-16 offsets of each word in its source text. */
  starts: U32Column;
  ends: U32Column;
  /** The first position of each paragraph (ascending; a paragraph's number is its index here). */
  paragraphStarts: Uint32Array;
  /** [start, end, number] of each run of words inside one editorial insertion in square brackets (numbered from 1). */
  bracketRuns: Uint32Array;
  /** Index of each source's first word, and one past the last source. */
  sourceStarts: Uint32Array;
  /** The positions of word id w: postings[offsets[w]..offsets[w + 1]], ascending. */
  postings: Uint32Array;
  offsets: Uint32Array;
  /** Source ids, in order. */
  sourceIds: string[];
}

/**
 * What verification reads of the corpus, word position by word position: in memory
 * these are array look-ups; from the cache, reads of just the blocks it touches.
 */
export interface Corpus {
  vocab: ReadonlyMap<string, number>;
  /** Number of words in all sources. */
  length: number;
  word(p: number): number;
  /** Word ids at positions [from, to). */
  range(from: number, to: number): Uint32Array;
  start(p: number): number;
  end(p: number): number;
  /** The paragraph of a position: equal numbers are one paragraph. */
  paragraph(p: number): number;
  /** The editorial insertion a position is inside (its number, from 1), or 0. */
  bracket(p: number): number;
  /** The first position of each editorial insertion, ascending. */
  insertionStarts(): Uint32Array;
  /** Ascending positions of a word id. */
  postings(id: number): Uint32Array;
  sourceStarts: Uint32Array;
  sourceIds: readonly string[];
}

/** The index of the last element of an ascending array that is at most `value` (-1 if none); `stride` reads every stride-th element. */
export function lastAtMost(sorted: Uint32Array, value: number, stride = 1): number {
  let lo = 0;
  let hi = sorted.length / stride - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at(sorted, mid * stride) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Paragraphs and insertions of a corpus, looked up in their runs (held in memory either way). */
export function runLookups(paragraphStarts: Uint32Array, bracketRuns: Uint32Array): Pick<Corpus, 'paragraph' | 'bracket' | 'insertionStarts'> {
  // Each run is one insertion (each has a number of its own): its start is the insertion's.
  const insertionStarts = Uint32Array.from({ length: bracketRuns.length / 3 }, (_, r) => at(bracketRuns, r * 3));
  return {
    paragraph: (p) => lastAtMost(paragraphStarts, p),
    bracket: (p) => {
      const run = lastAtMost(bracketRuns, p, 3);
      return run >= 0 && p < at(bracketRuns, run * 3 + 1) ? at(bracketRuns, run * 3 + 2) : 0;
    },
    insertionStarts: () => insertionStarts,
  };
}

/** The corpus view of columns built in memory (IN_MEMORY). */
export function corpusFromColumns(c: CorpusColumns): Corpus {
  const column = (values: U32Column) => {
    if (!values.values) throw new Error('a corpus in memory needs its columns in memory');
    return values.values();
  };
  const [words, starts, ends] = [column(c.words), column(c.starts), column(c.ends)];
  return {
    vocab: new Map(c.vocab.map((w, i) => [w, i])),
    length: words.length,
    word: (p) => at(words, p),
    range: (from, to) => words.subarray(from, to),
    start: (p) => at(starts, p),
    end: (p) => at(ends, p),
    ...runLookups(c.paragraphStarts, c.bracketRuns),
    postings: (id) => (id >= 0 && id < c.vocab.length ? c.postings.subarray(c.offsets[id], c.offsets[id + 1]) : new Uint32Array(0)),
    sourceStarts: c.sourceStarts,
    sourceIds: c.sourceIds,
  };
}

/**
 * Builds the corpus of a dataset's sources, one source's text at a time, into columns
 * from `columns` (in memory unless told otherwise). The word ids are then read back (packPostings)
 * to invert them: a corpus of a million records is built without holding its columns.
 */
export function buildCorpus(data: { sources: readonly { id: string; text: string }[] } | CorpusSources, columns: ColumnMaker = IN_MEMORY): CorpusColumns {
  const sources: CorpusSources =
    'sources' in data ? { count: data.sources.length, id: (i) => at(data.sources, i).id, text: (i) => at(data.sources, i).text } : data;
  const ids = new WordIds();
  const words = columns.u32();
  const starts = columns.u32();
  const ends = columns.u32();
  const paragraphStarts: number[] = [];
  const bracketRuns: number[] = [];
  const sourceStarts = new Uint32Array(sources.count + 1);
  const sourceIds: string[] = [];
  let k = 0;
  let groupBase = 0;
  for (let s = 0; s < sources.count; s++) {
    sourceStarts[s] = k;
    sourceIds.push(sources.id(s));
    const text = sources.text(s);
    // Each source begins a paragraph; so does each blank line (a paragraph with no words has no start).
    let paragraphOpen = false;
    const insertions = [...text.matchAll(/\[[^\]\n]*\]/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const breaks = [...text.matchAll(/\n[ \t]*\n/g)].map((m) => m.index);
    let nextBreak = 0;
    let nextBracket = 0;
    const scanner = new WordScanner(text, true);
    while (scanner.next(false)) {
      const { start, end } = scanner;
      while (nextBreak < breaks.length && at(breaks, nextBreak) < start) {
        paragraphOpen = false;
        nextBreak++;
      }
      if (!paragraphOpen) {
        paragraphStarts.push(k);
        paragraphOpen = true;
      }
      const id = scanner.plain ? ids.plainId(text, start, end) : ids.id(scanner.sign ? scanner.norm : normalizeWord(text.slice(start, end)));
      words.push(id);
      starts.push(start);
      ends.push(end);
      while (nextBracket < insertions.length && at(insertions, nextBracket)[1] <= start) nextBracket++;
      const insertion = insertions[nextBracket];
      if (insertion && start > insertion[0] && end < insertion[1]) {
        const group = groupBase + nextBracket + 1;
        const last = bracketRuns.length - 3;
        if (last >= 0 && bracketRuns[last + 2] === group && bracketRuns[last + 1] === k) bracketRuns[last + 1] = k + 1;
        else bracketRuns.push(k, k + 1, group);
      }
      k++;
    }
    groupBase += insertions.length;
  }
  sourceStarts[sources.count] = k;
  // The inversion: each word's positions, in one array, in position order.
  const { values: postings, offsets } = packPostings(ids.words.length, (each) => words.forEach(each));
  return { vocab: ids.words, words, starts, ends, paragraphStarts: Uint32Array.from(paragraphStarts), bracketRuns: Uint32Array.from(bracketRuns), sourceStarts, postings, offsets, sourceIds };
}

/** The index of the source that holds word position `pos`. */
export function sourceOf(corpus: Pick<Corpus, 'sourceStarts'>, pos: number): number {
  let lo = 0;
  let hi = corpus.sourceStarts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (at(corpus.sourceStarts, mid) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
