import type { Dataset, Entity, FactRecord } from '../data/types.js';
import { allowedEdits, tokenize, WordScanner, wordSimilarity } from '../text/words.js';

// Fuzzy search over records and entities, ranked best first. Pure: takes an index,
// returns hits. A query is a bag of words; each is matched against the vocabulary of
// the data, forgiving a wrong, missing or swapped letter or two, and documents are
// ranked by how many of the query words they hold and how well, rare words counting
// more than common ones (inverse document frequency). Word order does not matter, and
// no length or position limit applies: a pasted paragraph is just more words.

/** What can be searched: every record, then every entity. */
export type SearchDoc = { type: 'record'; record: FactRecord } | { type: 'entity'; entity: Entity };

/** An inverted index of the words of every document. */
export interface SearchIndex {
  docCount: number;
  /** The distinct words, sorted. */
  vocab: string[];
  /** For a word of vocab, the ascending ids of the documents that hold it (read on demand from a cache). */
  postings(word: number): Uint32Array;
  /** How many documents hold a word of vocab. */
  documentFrequency(word: number): number;
  /** Indexes into vocab, by word length. */
  byLength: number[][];
  /** How many words each document has: among equal scores, the shorter (more focused) ranks first. */
  lengths: Uint32Array;
}

/** The searchable texts of a document (the main one first): text, title, about, speaker names and aliases; an entity's names and role. */
export function docFields(data: Dataset, doc: SearchDoc, withSpeaker = true): string[] {
  if (doc.type === 'entity') return [doc.entity.name, ...doc.entity.aliases, doc.entity.role ?? ''];
  const r = doc.record;
  // A figure's text is just its digits; what it measures says more, so it comes first.
  const fields = r.kind === 'number' ? [r.about, r.text, r.unit] : [r.text];
  if (r.kind === 'guarantee') fields.push(r.title);
  const speaker = r.speaker === null || !withSpeaker ? undefined : data.entityById.get(r.speaker);
  if (speaker) fields.push(speaker.name, ...speaker.aliases);
  return fields;
}

/** The documents of a dataset in index order: records first, then entities. */
export function searchDocs(data: Dataset): SearchDoc[] {
  return [...data.records.map((record): SearchDoc => ({ type: 'record', record })), ...data.entities.map((entity): SearchDoc => ({ type: 'entity', entity }))];
}

/** Builds the inverted index of a dataset. */
export function buildSearchIndex(data: Dataset): SearchIndex {
  const docs = searchDocs(data);
  const lists = new Map<string, number[]>();
  const lengths = new Uint32Array(docs.length);
  const add = (norm: string, id: number) => {
    let list = lists.get(norm);
    if (!list) lists.set(norm, (list = []));
    if (list[list.length - 1] !== id) list.push(id);
  };
  // A speaker's names are the same for every record they said: tokenize them once.
  const speakerWords = new Map<string, string[]>();
  docs.forEach((doc, id) => {
    const speaker = doc.type === 'record' ? doc.record.speaker : null;
    docFields(data, doc, false).forEach((field, f) => {
      const scanner = new WordScanner(field);
      while (scanner.next()) {
        // The length that breaks ties is the main text's (a record's text, an entity's name).
        if (f === 0) lengths[id] = (lengths[id] as number) + 1;
        add(scanner.norm, id);
      }
    });
    if (speaker !== null) {
      let words = speakerWords.get(speaker);
      if (!words) {
        const entity = data.entityById.get(speaker);
        words = entity ? [...new Set([entity.name, ...entity.aliases].flatMap((n) => tokenize(n).map((w) => w.norm)))] : [];
        speakerWords.set(speaker, words);
      }
      for (const norm of words) add(norm, id);
    }
  });
  const vocab = [...lists.keys()].sort();
  const postings = vocab.map((w) => Uint32Array.from(lists.get(w) as number[]));
  return indexFromParts(vocab, (word) => postings[word] as Uint32Array, (word) => (postings[word] as Uint32Array).length, lengths);
}

/** Assembles an index from its parts (the vocabulary must be sorted). */
export function indexFromParts(
  vocab: string[],
  postings: (word: number) => Uint32Array,
  documentFrequency: (word: number) => number,
  lengths: Uint32Array,
): SearchIndex {
  const byLength: number[][] = [];
  vocab.forEach((w, i) => (byLength[w.length] ??= []).push(i));
  return { docCount: lengths.length, vocab, postings, documentFrequency, byLength, lengths };
}

/** Every postings list of an index, in vocabulary order (for storing it). */
export function allPostings(index: SearchIndex): Uint32Array[] {
  return index.vocab.map((_, i) => index.postings(i));
}

/** Best first: lower score, then the shorter document, then dataset order. */
function compareHits(lengths: ArrayLike<number>): (a: SearchHit, b: SearchHit) => number {
  return (a, b) => a.score - b.score || (lengths[a.doc] as number) - (lengths[b.doc] as number) || a.doc - b.doc;
}

/** One result: a document id, its score (0 = perfect, up to 1) and the query words. */
export interface SearchHit {
  doc: number;
  score: number;
}

/** The vocabulary words that a query word matches, with their similarity. */
export function matchVocabulary(index: SearchIndex, query: string): { word: number; similarity: number }[] {
  const out: { word: number; similarity: number }[] = [];
  const seen = new Set<number>();
  const max = allowedEdits(query.length);
  for (let len = Math.max(1, query.length - max); len <= query.length + max; len++) {
    for (const i of index.byLength[len] ?? []) {
      const similarity = wordSimilarity(query, index.vocab[i] as string);
      if (similarity > 0) {
        out.push({ word: i, similarity });
        seen.add(i);
      }
    }
  }
  if (query.length >= 4) {
    // Longer words that start with the query: a contiguous run of the sorted vocabulary.
    for (let i = lowerBound(index.vocab, query); i < index.vocab.length && (index.vocab[i] as string).startsWith(query); i++) {
      if (seen.has(i)) continue;
      const similarity = wordSimilarity(query, index.vocab[i] as string);
      if (similarity > 0) out.push({ word: i, similarity });
    }
  }
  return out;
}

function lowerBound(sorted: readonly string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The distinct words of a query, in comparable form. */
export function queryWords(query: string): string[] {
  return [...new Set(tokenize(query).map((w) => w.norm))];
}

/**
 * Combines how many query words a document holds (`matched` of `total`) and their
 * IDF-weighted similarity (`coverage`, 0 to 1) into a score: 0 is perfect, 1 is nothing.
 * The count weighs double, so a document with every word (even misspelt) ranks above
 * one that lacks a word.
 */
export function combineScore(matched: number, total: number, coverage: number): number {
  return 1 - (2 * (matched / total) + coverage) / 3;
}

/** The weight of a word that appears in `df` of `n` documents (0 when it appears nowhere: such a word is maximally informative). */
export function inverseDocumentFrequency(df: number, n: number): number {
  return Math.log(1 + n / Math.max(df, 0.5));
}

/** Ranks the documents for a query; those scoring above `threshold`, or failing `accept`, are left out. */
export function searchIndex(index: SearchIndex, query: string, threshold: number, accept: (doc: number) => boolean = () => true): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0 || index.docCount === 0) return [];
  const n = index.docCount;
  const matched = new Uint16Array(n);
  const weighted = new Float64Array(n);
  const best = new Float64Array(n);
  const touchedAll: number[] = [];
  let totalWeight = 0;
  for (const q of words) {
    const matches = matchVocabulary(index, q);
    // A query word weighs as much as the best word it matches (or, if none, as a word found nowhere).
    let weight = inverseDocumentFrequency(0, n);
    let bestSimilarity = -1;
    for (const m of matches) {
      const idf = inverseDocumentFrequency(index.documentFrequency(m.word), n);
      if (m.similarity > bestSimilarity || (m.similarity === bestSimilarity && idf > weight)) {
        bestSimilarity = m.similarity;
        weight = idf;
      }
    }
    totalWeight += weight;
    const touched: number[] = [];
    for (const m of matches) {
      for (const doc of index.postings(m.word)) {
        if (best[doc] === 0) touched.push(doc);
        if (m.similarity > (best[doc] as number)) best[doc] = m.similarity;
      }
    }
    for (const doc of touched) {
      if (matched[doc] === 0) touchedAll.push(doc);
      matched[doc] = (matched[doc] as number) + 1;
      weighted[doc] = (weighted[doc] as number) + weight * (best[doc] as number);
      best[doc] = 0;
    }
  }
  const hits: SearchHit[] = [];
  for (const doc of touchedAll) {
    const score = combineScore(matched[doc] as number, words.length, (weighted[doc] as number) / totalWeight);
    if (score <= threshold && accept(doc)) hits.push({ doc, score });
  }
  return hits.sort(compareHits(index.lengths));
}

/** The same ranking computed the slow way, document by document, without the index: the reference the fast path is tested against. */
export function searchExhaustive(data: Dataset, query: string, threshold: number): SearchHit[] {
  const words = queryWords(query);
  const docs = searchDocs(data);
  const n = docs.length;
  const docWords = docs.map((doc) => new Set(docFields(data, doc).flatMap((f) => tokenize(f).map((w) => w.norm))));
  const lengths = docs.map((doc) => tokenize(docFields(data, doc)[0] ?? '').length);
  const df = new Map<string, number>();
  for (const set of docWords) for (const w of set) df.set(w, (df.get(w) ?? 0) + 1);
  const weights = words.map((q) => {
    let weight = inverseDocumentFrequency(0, n);
    let bestSimilarity = -1;
    for (const [w, count] of df) {
      const s = wordSimilarity(q, w);
      const idf = inverseDocumentFrequency(count, n);
      if (s > 0 && (s > bestSimilarity || (s === bestSimilarity && idf > weight))) {
        bestSimilarity = s;
        weight = idf;
      }
    }
    return weight;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  const hits: SearchHit[] = [];
  docWords.forEach((set, doc) => {
    let count = 0;
    let sum = 0;
    words.forEach((q, i) => {
      let s = 0;
      for (const w of set) s = Math.max(s, wordSimilarity(q, w));
      if (s > 0) {
        count++;
        sum += (weights[i] as number) * s;
      }
    });
    if (count === 0) return;
    const score = combineScore(count, words.length, sum / total);
    if (score <= threshold) hits.push({ doc, score });
  });
  return hits.sort(compareHits(lengths));
}

/** The ranges of `text` whose words match a query word, for highlighting. */
export function matchedRanges(text: string, words: readonly string[]): { start: number; end: number }[] {
  return tokenize(text)
    .filter((w) => words.some((q) => wordSimilarity(q, w.norm) > 0))
    .map((w) => ({ start: w.start, end: w.end }));
}
