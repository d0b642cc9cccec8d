import { indexDataset } from '../dataset/dataset.js';
import type { DatasetFile } from '../dataset/types.js';
import { allowedEdits } from '../text/words.js';
import { at } from '../lists.js';
import { readQuery } from './question.js';
import { buildSearchIndex, combineScore, SPEAKER_SIMILARITY, compoundSplits, datasetSearchSource, indexFromParts, joinedForms, matchVocabulary, queryWords, querySequence, queryWordWeight, type SearchIndex } from './search.js';

// A search where the documents live elsewhere (a database): which of them can be hits,
// so that only their sources are read, and the query words' weights over all of them,
// so that the hits score as they would among all. Pure; the database asks the questions.
//
// A document's score (combineScore) counts how many of the query's T words it matches
// and how well, each word weighing its inverse document frequency. One that matches k
// words scores at best 1 - (2k/T + C_k)/3, C_k the k heaviest weights' share of all
// (every match perfect); when that is above the threshold, no document matching k words
// or fewer is a hit. So the hits all lie in the sources whose words match at least
// `atLeast` of the query's words, the least k whose best score is within the threshold:
// for two words of like weight at the default threshold, both; for three, two.

/** The words of a collection of documents and how many documents hold each, as a word index counts them: what the database keeps of each source. */
export interface WordCounts {
  /** The distinct words, sorted. */
  words: string[];
  /** How many documents hold each word. */
  counts: number[];
  /** How many documents there are (records, entities and passages). */
  documents: number;
}

/** The word counts of these files' documents, by the same index that `search` builds of them. */
export function wordCounts(files: readonly DatasetFile[]): WordCounts {
  return countsOf(buildSearchIndex(datasetSearchSource(indexDataset(files))).index);
}

function countsOf(index: SearchIndex): WordCounts {
  return { words: index.vocab, counts: index.vocab.map((_, w) => index.documentFrequency(w)), documents: index.docCount };
}

/** A record or entity of a source as search ranks it: what the database keeps to pick a limited search's best few (database/library.ts bestDocuments). */
export interface DocumentWords {
  /** A record (0) or an entity (1): search's order among equal scores and lengths. */
  kind: 0 | 1;
  /** Its position in the file, among the records or the entities. */
  position: number;
  /** How many words its main text has: among equal scores, the shorter ranks first. */
  length: number;
  /** Its distinct words, as the word index reads them. */
  words: string[];
}

/**
 * The word counts of one source's file, and the words of each of its records and entities:
 * what the database keeps of a source for search. (Not its passages': they rank after
 * every record and entity of their score, and no pick reads them one by one.)
 */
export function sourceSearchWords(file: DatasetFile): { counts: WordCounts; documents: DocumentWords[] } {
  const { index } = buildSearchIndex(datasetSearchSource(indexDataset([file])));
  const records = file.records.length;
  const words: string[][] = Array.from({ length: index.passagesFrom }, () => []);
  index.vocab.forEach((word, w) => {
    for (const doc of index.postings(w)) words[doc]?.push(word);
  });
  const documents = words.map((w, doc): DocumentWords => ({ kind: doc < records ? 0 : 1, position: doc < records ? doc : doc - records, length: at(index.lengths, doc), words: w }));
  return { counts: countsOf(index), documents };
}

/**
 * The words of the whole vocabulary a plan must see: those a query word may match
 * (matchVocabulary: within its allowed edits, so of a length near its own), those starting
 * with a query word, and exact ones (a word too short for edits, compound halves, joined
 * neighbours).
 */
export interface VocabularyWanted {
  /** Each query word that allows edits: the lengths its other spellings have, and the least trigram similarity that those of letters a-z and digits have with it (trigramBound; 0: none to rely on). */
  near: { word: string; lengths: [number, number]; similarity: number }[];
  prefixes: string[];
  exact: string[];
}

/**
 * The least trigram similarity, as PostgreSQL's pg_trgm counts it, that a word of letters
 * a-z and digits within `edits` edits of `query` has with it; 0 when there is none to
 * rely on. pg_trgm pads a word with two spaces before and one after and counts distinct
 * trigrams: similarity = shared / (the query's + the word's - shared). An edit (a letter
 * changed, added or dropped, or two swapped) breaks at most four of the query's trigrams,
 * so at least (its trigrams - 4 x edits) are shared, and the word has at most (its length
 * + 1) trigrams, its length at most the query's + edits. ("reassurance": 12 trigrams, two
 * edits: at least 4 shared of at most 12 + 14 - 4, 0.18.)
 */
export function trigramBound(query: string, edits: number): number {
  if (!/^[a-z0-9]+$/.test(query)) return 0;
  const padded = `  ${query} `;
  const own = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) own.add(padded.slice(i, i + 3));
  const shared = own.size - 4 * edits;
  return shared <= 0 ? 0 : shared / (own.size + query.length + edits + 1 - shared);
}

/** The query as a search reads it (question words dropped): its distinct words and its sequence. */
function queryOf(query: string): { words: string[]; sequence: string[] } {
  const asked = readQuery(query).words;
  return { words: queryWords(asked), sequence: querySequence(asked) };
}

/** What of the vocabulary a plan of this query reads (matchVocabulary's words within edits and prefixes, and the compound forms' words). */
export function vocabularyWanted(query: string): VocabularyWanted {
  const { words, sequence } = queryOf(query);
  const joins = joinedForms(sequence);
  const edits = (q: string) => allowedEdits(q.length);
  return {
    near: words.filter((q) => edits(q) > 0).map((q) => ({ word: q, lengths: [Math.max(1, q.length - edits(q)), q.length + edits(q)], similarity: trigramBound(q, edits(q)) })),
    prefixes: words.filter((q) => q.length >= 4),
    exact: [...new Set(words.flatMap((q) => [...(edits(q) === 0 ? [q] : []), ...compoundSplits(q).flat(), ...(joins.get(q) ?? [])]))],
  };
}

/** One query word as the database finds it: a source matches it if its words hold any of `words`, or both words of any of `pairs`. */
export interface WordGroup {
  words: string[];
  pairs: [string, string][];
}

/** Sources to read: those whose words hold at least `atLeast` of the groups. */
export interface SourcePick {
  groups: WordGroup[];
  atLeast: number;
}

/**
 * A plan: the query words' weights among all documents, which sources to read (undefined:
 * all of them), and a first, smaller pick for the best few hits (`--limit`): the sources
 * that hold every query word that anything matches, each at its best similarity (the word
 * itself, or its closest spellings), outside which no document scores below `below`.
 */
export interface SearchPlan {
  weights: Map<string, number>;
  pick?: SourcePick;
  best?: SourcePick & { below: number };
}

/**
 * Plans a search of `query` at `threshold` over documents whose vocabulary (the words
 * vocabularyWanted asked for, with how many documents hold each; none that no document
 * holds) and count are given. A record matches a word through its speaker's names too;
 * those names are words of the vocabulary (an entity's document holds them), and the
 * speaker stands in the same source, so a source's words cover it.
 */
export function planSearch(query: string, vocabulary: ReadonlyMap<string, number>, documents: number, threshold: number): SearchPlan {
  const { words, sequence } = queryOf(query);
  if (words.length === 0) return { weights: new Map() };
  const vocab = [...vocabulary.keys()].sort();
  const index = indexFromParts(vocab, () => new Uint32Array(0), (w) => vocabulary.get(at(vocab, w)) ?? 0, new Uint32Array(0));
  const whole = { docCount: documents, documentFrequency: index.documentFrequency };
  const joins = joinedForms(sequence);
  const weights = new Map<string, number>();
  const bestGroups: (WordGroup & { similarity: number; next: number; weight: number })[] = [];
  const groups = words.map((q): WordGroup => {
    const matches = matchVocabulary(index, q);
    const weight = queryWordWeight(whole, matches);
    weights.set(q, weight);
    const pairs = compoundSplits(q).filter(([a, b]) => vocabulary.has(a) && vocabulary.has(b));
    const joined = (joins.get(q) ?? []).filter((j) => vocabulary.has(j));
    // The best a document can match q by: the word itself or a compound form (1), else its closest spellings.
    const similarity = vocabulary.has(q) || joined.length > 0 || pairs.length > 0 ? 1 : Math.max(0, ...matches.map((m) => m.similarity));
    // The best a document without those can: the next spellings, or its speaker's name (a word of the vocabulary, so no closer than the closest).
    const next = Math.max(SPEAKER_SIMILARITY * similarity, ...matches.map((m) => m.similarity).filter((m) => m < similarity));
    const closest = matches.filter((m) => m.similarity === similarity).map((m) => at(vocab, m.word));
    if (similarity > 0) bestGroups.push({ words: similarity === 1 ? [...closest, ...joined] : closest, pairs: similarity === 1 ? pairs : [], similarity, next, weight });
    return { words: [...matches.map((m) => at(vocab, m.word)), ...joined], pairs };
  });
  const total = words.reduce((sum, q) => sum + (weights.get(q) ?? 0), 0);
  const heaviest = words.map((q) => weights.get(q) ?? 0).sort((a, b) => b - a);
  // The least k whose best score is within the threshold (a hair of slack for rounding).
  let atLeast = 1;
  let share = heaviest[0] ?? 0;
  while (atLeast < words.length && combineScore(atLeast, words.length, share / total) > threshold + 1e-9) {
    share += heaviest[atLeast] ?? 0;
    atLeast++;
  }
  // No document matches more than the words something matches. One outside the sources
  // that hold each of them at its best similarity lacks one: at best it matches every
  // one, each at its best but one at its next, the one that costs least.
  const best = bestGroups.reduce((sum, g) => sum + g.weight * g.similarity, 0);
  const least = Math.min(...bestGroups.map((g) => g.weight * (g.similarity - g.next)));
  const below = bestGroups.length === 0 ? 0 : combineScore(bestGroups.length, words.length, (best - least) / total);
  return { weights, pick: { groups, atLeast }, best: { groups: bestGroups.map(({ words: w, pairs }) => ({ words: w, pairs })), atLeast: bestGroups.length, below } };
}
