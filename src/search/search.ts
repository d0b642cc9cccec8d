import type { Dataset, Entity, FactRecord } from '../dataset/types.js';
import { countryForms } from './countries.js';
import { IN_MEMORY, packPostings, type ColumnMaker } from '../cache/column.js';
import { groupIndexes } from '../cache/store.js';
import { indexCodePoints } from '../text/code-points.js';
import { WordIds } from '../text/word-ids.js';
import { allowedEdits, countWords, normalizeWord, tokenize, WordScanner, wordSimilarity } from '../text/words.js';
import { at, got } from '../lists.js';

// Fuzzy search over records and entities, ranked best first. Pure: takes an index,
// returns hits. A query is a bag of words; each is matched against the vocabulary of
// the data, forgiving a wrong, missing or swapped letter or two, and documents are
// ranked by how many of the query words they hold and how well, rare words counting
// more than common ones (inverse document frequency). No length or position limit
// applies: a pasted paragraph is just more words.
//
// A record also matches through its speaker's names, but a little less well than
// through its own words (SPEAKER_SIMILARITY), so that `macron` finds the person before
// the records he said. A compound matches across its forms: `frontline` finds "front
// line", `cease-fire` finds "ceasefire". Among equal scores, a record holding the query's
// words in order and side by side ranks above one where they are scattered.

/** What can be searched: every record, then every entity, then the passages of every source's text. */
export type SearchDoc = { type: 'record'; record: FactRecord } | { type: 'entity'; entity: Entity } | { type: 'passage'; passage: SourcePassage };

/**
 * A passage of a source: its title, or one paragraph of its text. It is searched by the
 * words no record holds, nor a record's cue (the narration around the quotations and
 * claims), so that an article's body answers a query its records cannot, and a record
 * holding the words is found as itself.
 */
export interface SourcePassage {
  /** The source's index. */
  source: number;
  /** Where the paragraph stands in the source's text, in code points as spans are; both -1 for the title. */
  start: number;
  end: number;
  /** The words searched: the passage with every record's span blanked out. */
  words: string;
  /** The passage as shown: the title, or the paragraph. */
  text: string;
}

/** What of a source a record stands for, and a passage leaves out: its span, and its cue's (a quotation's "said Ana Reyes"). */
export function recordSpans(record: Pick<FactRecord, 'span' | 'cue'>): { start: number; end: number }[] {
  return record.cue ? [record.span, record.cue.span] : [record.span];
}

/**
 * The passages of sources: the title, then each paragraph (text between blank lines),
 * with the spans of `spans(source)` (records', in code points) blanked out of its words.
 * A paragraph with no words left is left out.
 */
export function sourcePassages(sources: readonly { title: string; text: string }[], spans: (source: number) => readonly { start: number; end: number }[]): SourcePassage[] {
  const out: SourcePassage[] = [];
  sources.forEach(({ title, text }, source) => {
    const narration = blankOut(text, spans(source));
    for (const { start, end, unitStart, unitEnd } of passageBounds(title, text, narration)) {
      const title_ = start < 0;
      out.push({ source, start, end, words: title_ ? title : narration.slice(unitStart, unitEnd), text: title_ ? title : text.slice(unitStart, unitEnd) });
    }
  });
  return out;
}

/** Where a source's passages stand: in code points (-1 for the title) and in UTF-16 units; `narration` is the text with the records blanked out (blankOut). */
export function passageBounds(title: string, text: string, narration: string): { start: number; end: number; unitStart: number; unitEnd: number }[] {
  const out: { start: number; end: number; unitStart: number; unitEnd: number }[] = [];
  if (countWords(title) > 0) out.push({ start: -1, end: -1, unitStart: 0, unitEnd: 0 });
  const index = indexCodePoints(text);
  for (const m of text.matchAll(/[^\n]+(?:\n(?![ \t]*\n)[^\n]*)*/g)) {
    const unitStart = m.index;
    const unitEnd = unitStart + m[0].trimEnd().length;
    if (countWords(narration.slice(unitStart, unitEnd)) > 0) out.push({ start: index.toCodePoint(unitStart), end: index.toCodePoint(unitEnd), unitStart, unitEnd });
  }
  return out;
}

/** The text with these code-point spans replaced by spaces, offsets unchanged. */
export function blankOut(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const index = indexCodePoints(text);
  const units = spans.map((s) => [index.toUnit(s.start), index.toUnit(s.end)] as const).sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of units) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}


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
  /** The first document that is a source's passage: among equal scores, every record and entity ranks above them. */
  passagesFrom: number;
}

/** The searchable texts of a document (the main one first): text, title, about; an entity's names and role (with its country's other names: France, French). */
export function docFields(doc: SearchDoc): string[] {
  if (doc.type === 'passage') return [doc.passage.words];
  if (doc.type === 'entity') return [doc.entity.name, ...doc.entity.aliases, doc.entity.role ?? '', ...countryForms(doc.entity.role ?? '')];
  const r = doc.record;
  // A figure's text is just its digits; what it measures says more, so it comes first.
  const fields = r.kind === 'number' ? [r.about, r.text, r.unit] : [r.text];
  if (r.kind === 'guarantee') fields.push(r.title);
  return fields;
}

/** The words of every entity's names and aliases, by entity index: what a record matches through its speaker. */
export function speakerNameWords(entities: readonly Entity[]): string[][] {
  return entities.map((e) => [...new Set([e.name, ...e.aliases].flatMap((n) => tokenize(n).map((w) => w.norm)))]);
}

/** The documents of a dataset in index order: records first, then entities, then the sources' passages. */
export function searchDocs(data: Dataset): SearchDoc[] {
  const spans = data.sources.map(() => [] as FactRecord['span'][]);
  const sourceIndex = new Map(data.sources.map((s, i) => [s.id, i]));
  for (const r of data.records) spans[sourceIndex.get(r.source) ?? -1]?.push(...recordSpans(r));
  return [
    ...data.records.map((record): SearchDoc => ({ type: 'record', record })),
    ...data.entities.map((entity): SearchDoc => ({ type: 'entity', entity })),
    ...sourcePassages(data.sources, (i) => spans[i] ?? []).map((passage): SearchDoc => ({ type: 'passage', passage })),
  ];
}

/** What an index is built from: how many documents, and each one's searchable texts (docFields). */
export interface SearchSource {
  count: number;
  fields(doc: number): readonly string[];
  /** The first document that is a source's passage (count when there are none). */
  passagesFrom?: number;
}

/** The documents of a dataset in memory, as a SearchSource. */
export function datasetSearchSource(data: Dataset): SearchSource {
  const docs = searchDocs(data);
  return { count: docs.length, fields: (d) => docFields(at(docs, d)), passagesFrom: data.records.length + data.entities.length };
}

/** An index built, with its postings packed: word w's documents are values[offsets[w]..offsets[w + 1]]. */
export interface BuiltIndex {
  index: SearchIndex;
  values: Uint32Array;
  offsets: Uint32Array;
}

/**
 * Builds the inverted index of a dataset's documents. Each (word, document) pair is
 * written to a column from `columns` (spilled to a file for a large dataset), then read
 * back twice: once to count each word's documents, once to fill every list, packed in one
 * array at its final size.
 */
export function buildSearchIndex(source: SearchSource, columns: ColumnMaker = IN_MEMORY): BuiltIndex {
  const passagesFrom = source.passagesFrom ?? source.count;
  // Word ids without a string per occurrence (WordIds).
  const ids = new WordIds();
  const lengths = new Uint32Array(source.count);
  const pairs = columns.u32();
  let lastDoc = new Int32Array(1 << 12).fill(-1);
  for (let d = 0; d < source.count; d++) {
    source.fields(d).forEach((field, f) => {
      const scanner = new WordScanner(field);
      while (scanner.next(false)) {
        // The length that breaks ties is the main text's (a record's text, an entity's name).
        if (f === 0) lengths[d] = at(lengths, d) + 1;
        const id = scanner.plain ? ids.plainId(field, scanner.start, scanner.end) : ids.id(normalizeWord(field.slice(scanner.start, scanner.end)));
        if (id >= lastDoc.length) {
          const grown = new Int32Array(lastDoc.length * 2).fill(-1);
          grown.set(lastDoc);
          lastDoc = grown;
        }
        if (lastDoc[id] === d) continue;
        lastDoc[id] = d;
        pairs.push(id);
        pairs.push(d);
      }
    });
  }
  const vocab = [...ids.words].sort();
  const rank = new Map(vocab.map((w, r) => [w, r]));
  const rankOf = Uint32Array.from(ids.words, (w) => got(rank, w));
  // Pairs alternate, a word id then its document; documents come in order, so each list is ascending.
  const { values, offsets } = packPostings(vocab.length, (each) => {
    let word = 0;
    pairs.forEach((value, k) => {
      if (k % 2 === 0) word = at(rankOf, value);
      else each(word, value);
    });
  });
  pairs.discard();
  const postings = (w: number) => values.subarray(offsets[w], offsets[w + 1]);
  return { index: indexFromParts(vocab, postings, (w) => at(offsets, w + 1) - at(offsets, w), lengths, passagesFrom), values, offsets };
}

/** Assembles an index from its parts (the vocabulary must be sorted). */
export function indexFromParts(
  vocab: string[],
  postings: (word: number) => Uint32Array,
  documentFrequency: (word: number) => number,
  lengths: Uint32Array,
  passagesFrom = lengths.length,
): SearchIndex {
  const byLength: number[][] = [];
  vocab.forEach((w, i) => (byLength[w.length] ??= []).push(i));
  return { docCount: lengths.length, vocab, postings, documentFrequency, byLength, lengths, passagesFrom };
}

/** What orders hits of equal score: records and entities before passages, then the shorter document. */
interface TieBreak {
  lengths: ArrayLike<number>;
  passagesFrom: number;
}

/** Records and entities (0) before a source's passages (1). */
function tier(doc: number, order: TieBreak): number {
  return doc >= order.passagesFrom ? 1 : 0;
}

/** Best first: lower score, then records before passages, then the shorter document, then dataset order (negative when hit a ranks first). */
function rankOrder(scoreA: number, docA: number, scoreB: number, docB: number, order: TieBreak): number {
  // (Called by sorts and the heap for every comparison: a read, not a function call, for each length; every document has one.)
  return scoreA - scoreB || tier(docA, order) - tier(docB, order) || (order.lengths[docA] ?? 0) - (order.lengths[docB] ?? 0) || docA - docB;
}

/** rankOrder, for hits. */
function compareHits(order: TieBreak): (a: SearchHit, b: SearchHit) => number {
  return (a, b) => rankOrder(a.score, a.doc, b.score, b.doc, order);
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
      const similarity = wordSimilarity(query, at(index.vocab, i));
      if (similarity > 0) {
        out.push({ word: i, similarity });
        seen.add(i);
      }
    }
  }
  if (query.length >= 4) {
    // Longer words that start with the query: a contiguous run of the sorted vocabulary.
    for (let i = lowerBound(index.vocab, query); i < index.vocab.length && at(index.vocab, i).startsWith(query); i++) {
      if (seen.has(i)) continue;
      const similarity = wordSimilarity(query, at(index.vocab, i));
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
    if (at(sorted, mid) < key) lo = mid + 1;
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

/** How well a record matches a word of its speaker's names, against the same word in its own text: the person ranks above what they said. */
export const SPEAKER_SIMILARITY = 0.9;
/** A closed compound's halves are words of at least this many letters ("front" + "line"). */
const MIN_COMPOUND_PART = 3;
/** Among equal scores, this many best hits at most are ranked by how close together their words stand. */
export const PROXIMITY_LIMIT = 1000;

/** What a search may know besides its index. */
export interface SearchContext {
  /** Documents that fail this are left out. */
  accept?: (doc: number) => boolean;
  /** The entity index of a record's speaker, or -1 (and -1 for entities). */
  speakerOf?: (doc: number) => number;
  /**
   * Each query word's weight, where the index holds only part of the documents it is
   * ranked among (a database's picked sources): weighed over all of them (queryWordWeight
   * of the whole vocabulary), every score is what it would be in the whole.
   */
  weights?: ReadonlyMap<string, number>;
  /** The words of each entity's names (speakerNameWords). */
  speakerNames?: readonly (readonly string[])[];
  /** A document's main text, to rank phrase matches above scattered words. */
  text?: (doc: number) => string;
  /** Told how many hits there are before phrase ranking reads their texts (the store may then read every text at once). */
  hitsFound?: (count: number) => void;
  /**
   * Only this many hits, the best, are wanted (`--limit`): the rest are neither made nor
   * sorted. The hits returned are exactly the first `limit` of the full ranking.
   */
  limit?: number;
}

/** The query's words in order, with repeats: what phrase and compound matching read. */
export function querySequence(query: string): string[] {
  return tokenize(query).map((w) => w.norm);
}

/** For each distinct query word, its closed-compound forms with a neighbour ("cease fire" → ceasefire). */
export function joinedForms(sequence: readonly string[]): Map<string, string[]> {
  const joins = new Map<string, string[]>();
  for (let k = 0; k + 1 < sequence.length; k++) {
    const a = at(sequence, k);
    const b = at(sequence, k + 1);
    for (const w of [a, b]) joins.set(w, [...(joins.get(w) ?? []), a + b]);
  }
  return joins;
}

/** The ways to cut a word into two halves of MIN_COMPOUND_PART letters or more ("frontline" → front + line, ...). */
export function compoundSplits(word: string): [string, string][] {
  const out: [string, string][] = [];
  for (let cut = MIN_COMPOUND_PART; cut <= word.length - MIN_COMPOUND_PART; cut++) out.push([word.slice(0, cut), word.slice(cut)]);
  return out;
}

function exactWord(index: SearchIndex, word: string): number {
  const i = lowerBound(index.vocab, word);
  return index.vocab[i] === word ? i : -1;
}

function intersect(a: Uint32Array, b: Uint32Array): number[] {
  const out: number[] = [];
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    // (i and j are inside a and b: the loop's condition.)
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      out.push(x);
      i++;
      j++;
    }
  }
  return out;
}

/** How well a word matches any of a speaker's name words, before SPEAKER_SIMILARITY. */
function nameSimilarity(query: string, names: readonly string[]): number {
  let best = 0;
  for (const n of names) best = Math.max(best, wordSimilarity(query, n));
  return best;
}

/** A query word weighs as much as the best word of the index it matches (matchVocabulary), by its inverse document frequency; if none, as a word found nowhere. */
export function queryWordWeight(index: Pick<SearchIndex, 'docCount' | 'documentFrequency'>, matches: readonly { word: number; similarity: number }[]): number {
  const n = index.docCount;
  let weight = inverseDocumentFrequency(0, n);
  let bestSimilarity = -1;
  for (const m of matches) {
    const idf = inverseDocumentFrequency(index.documentFrequency(m.word), n);
    if (m.similarity > bestSimilarity || (m.similarity === bestSimilarity && idf > weight)) {
      bestSimilarity = m.similarity;
      weight = idf;
    }
  }
  return weight;
}

/** Ranks the documents for a query; those scoring above `threshold`, or failing `accept`, are left out. */
export function searchIndex(index: SearchIndex, query: string, threshold: number, context: SearchContext = {}): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0 || index.docCount === 0) return [];
  const sequence = querySequence(query);
  const joins = joinedForms(sequence);
  const n = index.docCount;
  const matched = new Uint16Array(n);
  const weighted = new Float64Array(n);
  const best = new Float64Array(n);
  // The documents any query word touched, and those the current one touched: typed
  // arrays, as a common word touches hundreds of thousands.
  const touchedAll = new Uint32Array(n);
  let touchedAllCount = 0;
  const touched = new Uint32Array(n);
  let bySpeaker: number[][] | undefined;
  let totalWeight = 0;
  for (const q of words) {
    const matches = matchVocabulary(index, q);
    const weight = context.weights?.get(q) ?? queryWordWeight(index, matches);
    totalWeight += weight;
    let touchedCount = 0;
    const credit = (doc: number, similarity: number) => {
      if (best[doc] === 0) touched[touchedCount++] = doc;
      if (similarity > (best[doc] ?? 0)) best[doc] = similarity;
    };
    for (const m of matches) for (const doc of index.postings(m.word)) credit(doc, m.similarity);
    // A compound in another form: both halves in the document, or the word joined with its neighbour.
    for (const [a, b] of compoundSplits(q)) {
      const ia = exactWord(index, a);
      const ib = ia < 0 ? -1 : exactWord(index, b);
      if (ib >= 0) for (const doc of intersect(index.postings(ia), index.postings(ib))) credit(doc, 1);
    }
    for (const joined of joins.get(q) ?? []) {
      const i = exactWord(index, joined);
      if (i >= 0) for (const doc of index.postings(i)) credit(doc, 1);
    }
    // A record matches through its speaker's names, a little less well than through its own words.
    const { speakerOf, speakerNames } = context;
    if (speakerOf && speakerNames) {
      const similarity = speakerNames.map((names) => SPEAKER_SIMILARITY * nameSimilarity(q, names));
      if (similarity.some((s) => s > 0)) {
        const groups = (bySpeaker ??= groupIndexes(n, speakerOf, speakerNames.length));
        similarity.forEach((s, e) => {
          if (s > 0) for (const doc of at(groups, e)) credit(doc, s);
        });
      }
    }
    // The scores' arrays hold a value for every document, zero until it is touched: reads, not calls, in the loop every hit goes through.
    for (let t = 0; t < touchedCount; t++) {
      const doc = touched[t] ?? 0;
      if (matched[doc] === 0) touchedAll[touchedAllCount++] = doc;
      matched[doc] = (matched[doc] ?? 0) + 1;
      weighted[doc] = (weighted[doc] ?? 0) + weight * (best[doc] ?? 0);
      best[doc] = 0;
    }
  }
  const accept = context.accept ?? (() => true);
  const scoreOf = (doc: number) => combineScore(matched[doc] ?? 0, words.length, (weighted[doc] ?? 0) / totalWeight);
  // With a limit, only the best `keep` are made and sorted: phrase ranking reorders no more
  // than the first PROXIMITY_LIMIT, so those and the limit's are all the ranking needs.
  const keep = context.limit === undefined ? Infinity : Math.max(context.limit, context.text ? PROXIMITY_LIMIT : 0);
  const docs = touchedAll.subarray(0, touchedAllCount);
  const hits = docs.length > keep ? bestHits(docs, scoreOf, threshold, accept, keep, index) : [];
  if (docs.length <= keep) {
    for (const doc of docs) {
      const score = scoreOf(doc);
      if (score <= threshold && accept(doc)) hits.push({ doc, score });
    }
  }
  hits.sort(compareHits(index));
  context.hitsFound?.(hits.length);
  const ranked = context.text ? rankPhrases(hits, sequence, context.text, index) : hits;
  return context.limit === undefined ? ranked : ranked.slice(0, context.limit);
}

/**
 * The `keep` best hits of these documents, in no order: a bounded heap whose top is the
 * worst kept, so that hundreds of thousands of matching documents cost no object or sort
 * each.
 */
function bestHits(docs: Uint32Array, scoreOf: (doc: number) => number, threshold: number, accept: (doc: number) => boolean, keep: number, order: TieBreak): SearchHit[] {
  const heapDocs = new Uint32Array(keep);
  const heapScores = new Float64Array(keep);
  let size = 0;
  const after = (sa: number, da: number, sb: number, db: number) => rankOrder(sa, da, sb, db, order);
  const swap = (i: number, j: number) => {
    const d = at(heapDocs, i);
    heapDocs[i] = at(heapDocs, j);
    heapDocs[j] = d;
    const s = at(heapScores, i);
    heapScores[i] = at(heapScores, j);
    heapScores[j] = s;
  };
  const worse = (i: number, j: number) => after(at(heapScores, i), at(heapDocs, i), at(heapScores, j), at(heapDocs, j)) > 0;
  for (const doc of docs) {
    const score = scoreOf(doc);
    if (score > threshold) continue;
    if (size === keep && after(score, doc, at(heapScores, 0), at(heapDocs, 0)) >= 0) continue;
    if (!accept(doc)) continue;
    if (size < keep) {
      heapDocs[size] = doc;
      heapScores[size] = score;
      for (let i = size++; i > 0 && worse(i, (i - 1) >> 1); i = (i - 1) >> 1) swap(i, (i - 1) >> 1);
      continue;
    }
    heapDocs[0] = doc;
    heapScores[0] = score;
    for (let i = 0; ; ) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < size && worse(l, top)) top = l;
      if (r < size && worse(r, top)) top = r;
      if (top === i) break;
      swap(i, top);
      i = top;
    }
  }
  return Array.from({ length: size }, (_, i) => ({ doc: at(heapDocs, i), score: at(heapScores, i) }));
}

/**
 * How close together a text holds the query's words, in order, from 0 to 1: each pair
 * of neighbouring query words counts 1 where the text has them side by side, ½ where
 * they stand in order within three words. "reassurance force" scores 1 in "a
 * reassurance force", ½ in "reassurance of a force", 0 in "force ... reassurance".
 */
export function phraseProximity(text: string, sequence: readonly string[], known = new Map<string, boolean[]>()): number {
  if (sequence.length < 2) return 0;
  // Which query words each text word matches, remembered across the texts of one ranking.
  const found: number[][] = sequence.map(() => []);
  const scanner = new WordScanner(text);
  for (let j = 0; scanner.next(); j++) {
    let matches = known.get(scanner.norm);
    if (matches === undefined) known.set(scanner.norm, (matches = sequence.map((q) => wordSimilarity(q, scanner.norm) > 0)));
    for (let k = 0; k < matches.length; k++) if (matches[k]) at(found, k).push(j);
  }
  let credit = 0;
  for (let k = 0; k + 1 < sequence.length; k++) {
    let nearest = Infinity;
    for (const a of at(found, k)) for (const b of at(found, k + 1)) if (b > a) nearest = Math.min(nearest, b - a);
    credit += nearest === 1 ? 1 : nearest <= 3 ? 0.5 : 0;
  }
  return credit / (sequence.length - 1);
}

/** Re-ranks equal scores among the best PROXIMITY_LIMIT hits: words in order and side by side first. */
function rankPhrases(hits: SearchHit[], sequence: readonly string[], text: (doc: number) => string, order: TieBreak): SearchHit[] {
  if (sequence.length < 2 || hits.length < 2) return hits;
  const top = hits.slice(0, PROXIMITY_LIMIT);
  const known = new Map<string, boolean[]>();
  // (A source's passage ranks after every record of its score whatever its words' order: it is not read for that.)
  const proximity = new Map(top.map((h) => [h.doc, tier(h.doc, order) === 1 ? 0 : phraseProximity(text(h.doc), sequence, known)]));
  const byLength = compareHits(order);
  top.sort((a, b) => a.score - b.score || tier(a.doc, order) - tier(b.doc, order) || got(proximity, b.doc) - got(proximity, a.doc) || byLength(a, b));
  return [...top, ...hits.slice(PROXIMITY_LIMIT)];
}

/** The main text of a document, as phrase ranking reads it: a record's text, an entity's names. */
export function docText(doc: SearchDoc): string {
  if (doc.type === 'passage') return doc.passage.text;
  return doc.type === 'record' ? doc.record.text : [doc.entity.name, ...doc.entity.aliases].join('; ');
}

/** The same ranking computed the slow way, document by document, without the index: the reference the fast path is tested against. */
export function searchExhaustive(data: Dataset, query: string, threshold: number): SearchHit[] {
  const words = queryWords(query);
  const sequence = querySequence(query);
  const joins = joinedForms(sequence);
  const docs = searchDocs(data);
  const n = docs.length;
  const docWords = docs.map((doc) => new Set(docFields(doc).flatMap((f) => tokenize(f).map((w) => w.norm))));
  const lengths = docs.map((doc) => tokenize(docFields(doc)[0] ?? '').length);
  const entityIndex = new Map(data.entities.map((e, i) => [e.id, i]));
  const names = speakerNameWords(data.entities);
  const speakerNamesOf = (doc: SearchDoc) => (doc.type === 'record' && doc.record.speaker !== null ? (names[entityIndex.get(doc.record.speaker) ?? -1] ?? []) : []);
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
      if (compoundSplits(q).some(([a, b]) => set.has(a) && set.has(b)) || (joins.get(q) ?? []).some((j) => set.has(j))) s = 1;
      s = Math.max(s, SPEAKER_SIMILARITY * nameSimilarity(q, speakerNamesOf(at(docs, doc))));
      if (s > 0) {
        count++;
        sum += at(weights, i) * s;
      }
    });
    if (count === 0) return;
    const score = combineScore(count, words.length, sum / total);
    if (score <= threshold) hits.push({ doc, score });
  });
  const order = { lengths, passagesFrom: data.records.length + data.entities.length };
  hits.sort(compareHits(order));
  return rankPhrases(hits, sequence, (doc) => docText(at(docs, doc)), order);
}

/** The ranges of `text` whose words match a query word, for highlighting. */
export function matchedRanges(text: string, words: readonly string[]): { start: number; end: number }[] {
  return tokenize(text)
    .filter((w) => words.some((q) => wordSimilarity(q, w.norm) > 0))
    .map((w) => ({ start: w.start, end: w.end }));
}
