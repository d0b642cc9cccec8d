import type { Dataset } from '../data/types.js';
import { tokenize } from '../text/words.js';

// The words of every source, in a form that finds where a quote could stand without
// scanning the whole text: each distinct word has the list of its positions.

/** Every word of every source, as parallel arrays, with a position index. */
export interface Corpus {
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

/** Builds the corpus of a dataset's sources. */
export function buildCorpus(data: Dataset): Corpus {
  const vocab = new Map<string, number>();
  const ids: number[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const paragraphs: number[] = [];
  const brackets: number[] = [];
  let groupBase = 0;
  const sourceStarts: number[] = [];
  let paragraph = 0;
  for (const source of data.sources) {
    sourceStarts.push(ids.length);
    paragraph++;
    const text = source.text;
    const insertions = [...text.matchAll(/\[[^\]\n]*\]/g)].map((m) => [m.index, m.index + m[0].length] as const);
    const breaks = [...text.matchAll(/\n[ \t]*\n/g)].map((m) => m.index);
    let nextBreak = 0;
    let nextBracket = 0;
    for (const word of tokenize(text)) {
      while (nextBreak < breaks.length && (breaks[nextBreak] as number) < word.start) {
        paragraph++;
        nextBreak++;
      }
      let id = vocab.get(word.norm);
      if (id === undefined) vocab.set(word.norm, (id = vocab.size));
      ids.push(id);
      starts.push(word.start);
      ends.push(word.end);
      paragraphs.push(paragraph);
      while (nextBracket < insertions.length && (insertions[nextBracket] as readonly [number, number])[1] <= word.start) nextBracket++;
      const insertion = insertions[nextBracket];
      brackets.push(insertion && word.start > insertion[0] && word.end < insertion[1] ? groupBase + nextBracket + 1 : 0);
    }
    groupBase += insertions.length;
  }
  sourceStarts.push(ids.length);
  const counts = new Uint32Array(vocab.size);
  for (const id of ids) counts[id] = (counts[id] as number) + 1;
  const postings = Array.from(counts, (c) => new Uint32Array(c));
  const fill = new Uint32Array(vocab.size);
  ids.forEach((id, pos) => {
    (postings[id] as Uint32Array)[fill[id] as number] = pos;
    fill[id] = (fill[id] as number) + 1;
  });
  return {
    vocab,
    words: Uint32Array.from(ids),
    starts: Uint32Array.from(starts),
    ends: Uint32Array.from(ends),
    paragraphs: Uint32Array.from(paragraphs),
    brackets: Uint32Array.from(brackets),
    sourceStarts: Uint32Array.from(sourceStarts),
    postings,
    sourceIds: data.sources.map((s) => s.id),
  };
}

/** The index of the source that holds word position `pos`. */
export function sourceOf(corpus: Corpus, pos: number): number {
  let lo = 0;
  let hi = corpus.sourceStarts.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((corpus.sourceStarts[mid] as number) <= pos) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
