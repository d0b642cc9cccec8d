import { WordIds } from '../text/word-ids.js';
import { normalizeWord, WordScanner } from '../text/words.js';

// The words of every source, in a form that finds where a quote could stand without
// scanning the whole text: each distinct word has the list of its positions.

/** Every word of every source, as parallel columns, with a position index. */
export interface CorpusArrays {
  /** Distinct comparable words; ids index `postings`. */
  vocab: Map<string, number>;
  /** Word ids, all sources one after another. */
  words: Uint32Array;
  /** UTF-16 offsets of each word in its source text. */
  starts: Uint32Array;
  ends: Uint32Array;
  /** A paragraph number for each word; numbers never repeat across sources. */
  paragraphs: Uint32Array;
  /** For words inside an editorial insertion in square brackets, the insertion's number (from 1); else 0. */
  brackets: Uint32Array;
  /** Index of each source's first word, and one past the last source. */
  sourceStarts: Uint32Array;
  /** For each word id, its ascending positions in `words`. */
  postings: Uint32Array[];
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
  paragraph(p: number): number;
  bracket(p: number): number;
  /** The first position of each editorial insertion, ascending (found once, then kept). */
  insertionStarts(): Uint32Array;
  /** Ascending positions of a word id. */
  postings(id: number): Uint32Array;
  sourceStarts: Uint32Array;
  sourceIds: readonly string[];
}

/** The corpus view of columns held in memory. */
export function corpusFromArrays(a: CorpusArrays): Corpus {
  let insertions: Uint32Array | undefined;
  return {
    vocab: a.vocab,
    length: a.words.length,
    word: (p) => a.words[p] as number,
    range: (from, to) => a.words.subarray(from, to),
    start: (p) => a.starts[p] as number,
    end: (p) => a.ends[p] as number,
    paragraph: (p) => a.paragraphs[p] as number,
    bracket: (p) => a.brackets[p] as number,
    insertionStarts: () => {
      if (!insertions) {
        const starts: number[] = [];
        a.brackets.forEach((group, p) => {
          if (group !== 0 && (p === 0 || a.brackets[p - 1] !== group)) starts.push(p);
        });
        insertions = Uint32Array.from(starts);
      }
      return insertions;
    },
    postings: (id) => a.postings[id] ?? new Uint32Array(0),
    sourceStarts: a.sourceStarts,
    sourceIds: a.sourceIds,
  };
}

/** Builds the corpus of a dataset's sources. */
export function buildCorpus(data: { sources: readonly { id: string; text: string }[] }): CorpusArrays {
  // Columns sized from the texts' length (a word and its space take six characters on
  // average in English), grown if need be, and cut to size at the end: counting the
  // words first took a tenth of the build.
  const ids = new WordIds();
  let capacity = Math.max(16, Math.ceil(data.sources.reduce((n, source) => n + source.text.length, 0) / 5));
  let words = new Uint32Array(capacity);
  let starts = new Uint32Array(capacity);
  let ends = new Uint32Array(capacity);
  let paragraphs = new Uint32Array(capacity);
  let brackets = new Uint32Array(capacity);
  const grow = () => {
    capacity *= 2;
    const bigger = (column: Uint32Array) => {
      const next = new Uint32Array(capacity);
      next.set(column);
      return next;
    };
    [words, starts, ends, paragraphs, brackets] = [bigger(words), bigger(starts), bigger(ends), bigger(paragraphs), bigger(brackets)];
  };
  const sourceStarts = new Uint32Array(data.sources.length + 1);
  let k = 0;
  let groupBase = 0;
  let paragraph = 0;
  data.sources.forEach((source, s) => {
    sourceStarts[s] = k;
    paragraph++;
    const text = source.text;
    const insertions = [...text.matchAll(/\[[^\]\n]*\]/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const breaks = [...text.matchAll(/\n[ \t]*\n/g)].map((m) => m.index);
    let nextBreak = 0;
    let nextBracket = 0;
    const scanner = new WordScanner(text);
    while (scanner.next(false)) {
      const { start, end } = scanner;
      if (k === capacity) grow();
      while (nextBreak < breaks.length && (breaks[nextBreak] as number) < start) {
        paragraph++;
        nextBreak++;
      }
      words[k] = scanner.plain ? ids.plainId(text, start, end) : ids.id(normalizeWord(text.slice(start, end)));
      starts[k] = start;
      ends[k] = end;
      paragraphs[k] = paragraph;
      while (nextBracket < insertions.length && (insertions[nextBracket] as readonly [number, number])[1] <= start) nextBracket++;
      const insertion = insertions[nextBracket];
      if (insertion && start > insertion[0] && end < insertion[1]) brackets[k] = groupBase + nextBracket + 1;
      k++;
    }
    groupBase += insertions.length;
  });
  sourceStarts[data.sources.length] = k;
  [words, starts, ends, paragraphs, brackets] = [words.slice(0, k), starts.slice(0, k), ends.slice(0, k), paragraphs.slice(0, k), brackets.slice(0, k)];
  const vocab = new Map(ids.words.map((w, i) => [w, i]));
  return { vocab, words, starts, ends, paragraphs, brackets, sourceStarts, postings: invert(words, vocab.size), sourceIds: data.sources.map((s) => s.id) };
}

/** For each id in 0..size, the ascending positions where it occurs in `ids`. */
export function invert(ids: Uint32Array, size: number): Uint32Array[] {
  const counts = new Uint32Array(size);
  for (const id of ids) counts[id] = (counts[id] as number) + 1;
  const postings = Array.from(counts, (c) => new Uint32Array(c));
  const fill = new Uint32Array(size);
  ids.forEach((id, pos) => {
    (postings[id] as Uint32Array)[fill[id] as number] = pos;
    fill[id] = (fill[id] as number) + 1;
  });
  return postings;
}

/** The index of the source that holds word position `pos`. */
export function sourceOf(corpus: Pick<Corpus, 'sourceStarts'>, pos: number): number {
  let lo = 0;
  let hi = corpus.sourceStarts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((corpus.sourceStarts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
