import { diffArrays } from 'diff';
import type { FactStore } from '../data/store.js';
import type { Span } from '../data/types.js';
import { indexCodePoints } from '../text/code-points.js';
import { tokenize, type Word } from '../text/words.js';
import { sourceOf, type Corpus } from './corpus.js';

// Verifying a quote word for word against the text of the sources. Pure: a corpus and
// a dataset in, a verdict out.
//
// Only the words count: case, accents, Unicode form, the style of quotes, apostrophes
// and dashes, white space and punctuation do not. Editorial insertions in square
// brackets in the source may be left out of the quote, and an ellipsis in the quote may
// stand for words left out, when its pieces appear in order within one paragraph.

/** What a quote turned out to be. */
export type Verdict = 'verbatim' | 'altered' | 'absent' | 'misattributed';

/** One part of a word-level diff, from the source's passage to the quote as given. */
export interface DiffPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** The result of verifying one quote. */
export interface Verification {
  input: string;
  verdict: Verdict;
  source: string | null;
  span: Span | null;
  /** The source's own characters at span. */
  match: string | null;
  /** 1 for verbatim, else 2 × shared words / (words in quote + words in passage). */
  similarity: number;
  /** The entity id of whoever said the passage, when a record attributes it. */
  speaker: string | null;
  /** The id of the quote (or other record) the passage falls in. */
  record: string | null;
  diff: DiffPart[] | null;
}

/** A passage at least this similar is reported as `altered`; below it, `absent`. */
export const ALTERED_MIN_SIMILARITY = 0.6;

const ELLIPSIS = /\.\s*\.\s*\.|…/g;

/** Verifies one quote; `speakers` (entity ids), when given, is who the quote is said to be by. */
export function verifyQuote(data: VerifyData, corpus: Corpus, input: string, speakers?: ReadonlySet<string>): Verification {
  const text = input.normalize('NFKC');
  const quoteWords = tokenize(text);
  const cuts = [...text.matchAll(ELLIPSIS)].map((m) => m.index);
  const pieces: Word[][] = [];
  for (const word of quoteWords) {
    const piece = cuts.filter((cut) => cut < word.start).length;
    (pieces[piece] ??= []).push(word);
  }
  pieces.splice(0, pieces.length, ...pieces.filter((words) => words !== undefined));
  const base: Verification = { input, verdict: 'absent', source: null, span: null, match: null, similarity: 0, speaker: null, record: null, diff: null };
  if (pieces.length === 0) return base;
  const ids = pieces.map((words) => words.map((w) => corpus.vocab.get(w.norm) ?? -1));
  const found = findVerbatim(corpus, ids).map((o) => locate(data, corpus, o.first, o.last));
  if (found.length > 0) {
    // The same words may stand in several places: prefer one said by the named speaker,
    // then one inside a quotation, then the first.
    const bySpeaker = speakers ? found.find((f) => f.speaker !== null && speakers.has(f.speaker)) : undefined;
    const inQuote = found.find((f) => f.inQuote);
    const { inQuote: _inQuote, ...located } = bySpeaker ?? inQuote ?? (found[0] as Located);
    const attributed = { ...base, ...located, verdict: 'verbatim' as Verdict, similarity: 1 };
    if (speakers && !bySpeaker) return { ...attributed, verdict: 'misattributed' };
    return attributed;
  }
  const close = findClosest(corpus, quoteWords.map((w) => corpus.vocab.get(w.norm) ?? -1));
  if (!close || close.similarity < ALTERED_MIN_SIMILARITY) return { ...base, similarity: close ? round(close.similarity) : 0 };
  const { inQuote: _inQuote, ...located } = locate(data, corpus, close.first, close.last);
  return { ...base, ...located, verdict: 'altered', similarity: round(close.similarity), diff: wordDiff(data, corpus, close.first, close.last, text, quoteWords) };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Matches `piece` at `pos`, where a whole editorial insertion in square brackets may be
 * left out of the quote; returns one past the last matched position, or -1.
 */
function matchAt(corpus: Corpus, pos: number, piece: readonly number[], i = 0, limit = corpus.sourceStarts[sourceOf(corpus, pos) + 1] as number): number {
    let p = pos;
  while (i < piece.length) {
    // A quote may run over a paragraph break, but not past the end of its source.
    if (p >= limit) return -1;
    const group = corpus.bracket(p);
    const opensGroup = group !== 0 && (p === 0 || corpus.bracket(p - 1) !== group);
    if (corpus.word(p) === piece[i]) {
      if (opensGroup) {
        // Either the quote keeps the insertion, or it leaves it out: try both.
        const kept = matchAt(corpus, p + 1, piece, i + 1, limit);
        if (kept >= 0) return kept;
        p = skipGroup(corpus, p);
        continue;
      }
      i++;
      p++;
    } else if (opensGroup) {
      p = skipGroup(corpus, p);
    } else {
      return -1;
    }
  }
  return p;
}

function skipGroup(corpus: Corpus, p: number): number {
  const group = corpus.bracket(p);
  let q = p;
  while (q < corpus.length && corpus.bracket(q) === group) q++;
  return q;
}

/** At most this many places are considered for one quote. */
const MAX_OCCURRENCES = 50;

/** The first and last word positions of each verbatim occurrence of all pieces, in order (an ellipsis's within one paragraph). */
function findVerbatim(corpus: Corpus, pieces: readonly (readonly number[])[]): { first: number; last: number }[] {
  const first = pieces[0] as readonly number[];
  const found: { first: number; last: number }[] = [];
  if (pieces.some((piece) => piece.includes(-1))) return found;
  // Anchor on the rarest word of the first piece; the piece starts a few words before it.
  let anchor = 0;
  first.forEach((id, i) => {
    if (corpus.postings(id).length < corpus.postings(first[anchor] as number).length) anchor = i;
  });
  const tried = new Set<number>();
  for (const p of corpus.postings(first[anchor] as number)) {
    for (let start = p - anchor; start >= 0 && start >= p - anchor - 8; start--) {
      if (tried.has(start) || corpus.word(start) !== first[0]) continue;
      tried.add(start);
      let end = matchAt(corpus, start, first);
      if (end < 0) continue;
      // With an ellipsis, every piece must stand in one paragraph, in order.
      if (pieces.length > 1 && corpus.paragraph(end - 1) !== corpus.paragraph(start)) continue;
      for (const piece of pieces.slice(1)) {
        end = findForward(corpus, end, piece, corpus.paragraph(start));
        if (end < 0) break;
      }
      if (end >= 0) found.push({ first: start, last: end - 1 });
      if (found.length >= MAX_OCCURRENCES) return found;
    }
  }
  return found.sort((a, b) => a.first - b.first);
}

function findForward(corpus: Corpus, from: number, piece: readonly number[], paragraph: number): number {
  for (let p = from; p < corpus.length && corpus.paragraph(p) === paragraph; p++) {
    if (corpus.word(p) !== piece[0]) continue;
    const end = matchAt(corpus, p, piece);
    if (end >= 0 && corpus.paragraph(end - 1) === paragraph) return end;
  }
  return -1;
}

/**
 * The passage most like the quote: positions where quote words occur vote for where the
 * quote would start; the best-voted windows are compared word by word.
 */
function findClosest(corpus: Corpus, quote: readonly number[]): { first: number; last: number; similarity: number } | undefined {
  const votes = new Map<number, number>();
  const BUCKET = 8;
  // Very common words say little about where a quote stands; they vote only if nothing rarer does.
  const known = quote.map((id, i) => ({ id, i })).filter((q) => q.id >= 0);
  if (known.length === 0) return undefined;
  const rare = known.filter((q) => corpus.postings(q.id).length <= 5000);
  for (const { id, i } of rare.length > 0 ? rare : known.slice(0, 3)) {
    for (const p of corpus.postings(id)) {
      const bucket = Math.floor((p - i) / BUCKET);
      votes.set(bucket, (votes.get(bucket) ?? 0) + 1);
    }
  }
  const candidates = [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 8);
  let best: { first: number; last: number; similarity: number } | undefined;
  const slack = Math.max(4, Math.ceil(quote.length / 2));
  for (const [bucket] of candidates) {
    const from = Math.max(0, bucket * BUCKET - slack);
    const to = Math.min(corpus.length, bucket * BUCKET + BUCKET + quote.length + slack);
    const window = Array.from(corpus.range(from, to));
    const parts = diffArrays(window, [...quote]);
    // Runs of shared words: where they stand in the corpus and in the quote.
    const runs: { start: number; length: number; inQuote: number }[] = [];
    let pos = from;
    let inQuote = 0;
    for (const part of parts) {
      if (!part.added && !part.removed) runs.push({ start: pos, length: part.value.length, inQuote });
      if (!part.added) pos += part.value.length;
      if (!part.removed) inQuote += part.value.length;
    }
    // The passage is the stretch from one shared run to another, within one paragraph,
    // that is most similar to the quote (stray shared words far off do not widen it),
    // widened by as many words as the quote has before its first shared word and after
    // its last, so that a word changed at either end shows in the diff.
    for (let i = 0; i < runs.length; i++) {
      let shared = 0;
      const head = runs[i] as { start: number; inQuote: number };
      for (let j = i; j < runs.length; j++) {
        const run = runs[j] as { start: number; length: number; inQuote: number };
        const lastShared = run.start + run.length - 1;
        if (corpus.paragraph(lastShared) !== corpus.paragraph(head.start)) break;
        shared += run.length;
        let first = head.start;
        for (let k = 0; k < head.inQuote && first > 0 && corpus.paragraph(first - 1) === corpus.paragraph(head.start); k++) first--;
        let last = lastShared;
        const tail = quote.length - (run.inQuote + run.length);
        for (let k = 0; k < tail && last + 1 < corpus.length && corpus.paragraph(last + 1) === corpus.paragraph(lastShared); k++) last++;
        const similarity = (2 * shared) / (quote.length + (last - first + 1));
        if (!best || similarity > best.similarity) best = { first, last, similarity };
      }
    }
  }
  return best;
}
/** What verification reads of the data: the sources' text and the records' columns. */
export type VerifyData = Pick<FactStore, 'sourceIds' | 'sourceText' | 'recordsOfSource' | 'kind' | 'speaker' | 'span' | 'record'>;

type Located = Pick<Verification, 'source' | 'span' | 'match' | 'speaker' | 'record'> & { inQuote: boolean };

/** Source, span, match text, and the speaker and record the passage falls in. */
function locate(data: VerifyData, corpus: Corpus, first: number, last: number): Located {
  const sourceIndex = sourceOf(corpus, first);
  const id = data.sourceIds[sourceIndex];
  if (id === undefined) return { source: null, span: null, match: null, speaker: null, record: null, inQuote: false };
  const text = data.sourceText(sourceIndex);
  const startUnit = corpus.start(first);
  const endUnit = corpus.end(last);
  const index = indexCodePoints(text);
  const span = { start: index.toCodePoint(startUnit), end: index.toCodePoint(endUnit) };
  const record = containingRecord(data, sourceIndex, span);
  return {
    source: id,
    span,
    match: text.slice(startUnit, endUnit),
    speaker: record === undefined ? null : data.speaker(record),
    record: record === undefined ? null : data.record(record).id,
    inQuote: record !== undefined && data.kind(record) === 'quote',
  };
}

/** The smallest attributed record around a span: a quote if one holds it, else a claim or guarantee. */
export function containingRecord(data: VerifyData, sourceIndex: number, span: Span): number | undefined {
  let best: number | undefined;
  let bestRank = 2;
  let bestLength = Infinity;
  for (const i of data.recordsOfSource(sourceIndex)) {
    const kind = data.kind(i);
    if (kind === 'number' || data.speaker(i) === null) continue;
    const s = data.span(i);
    if (s.start > span.start || s.end < span.end) continue;
    const rank = kind === 'quote' ? 0 : 1;
    const length = s.end - s.start;
    if (rank < bestRank || (rank === bestRank && length < bestLength)) {
      best = i;
      bestRank = rank;
      bestLength = length;
    }
  }
  return best;
}

/** A word-level diff from the source passage to the quote, in their own spellings. */
function wordDiff(data: VerifyData, corpus: Corpus, first: number, last: number, quote: string, quoteWords: readonly Word[]): DiffPart[] {
  const text = data.sourceText(sourceOf(corpus, first));
  const sourceWords = Array.from({ length: last - first + 1 }, (_, k) => ({ id: corpus.word(first + k), text: text.slice(corpus.start(first + k), corpus.end(first + k)) }));
  const quoteSeq = quoteWords.map((w) => ({ id: corpus.vocab.get(w.norm) ?? -1, text: quote.slice(w.start, w.end) }));
  const parts = diffArrays(sourceWords, quoteSeq, { comparator: (a, b) => a.id === b.id && a.id >= 0 });
  const out: DiffPart[] = [];
  let inSource = 0;
  for (const part of parts) {
    const op = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    // jsdiff gives equal runs in the quote's spelling; show the source's own words instead.
    const words = op === 'equal' ? sourceWords.slice(inSource, inSource + part.value.length) : part.value;
    if (op !== 'insert') inSource += part.value.length;
    out.push({ op, text: words.map((w) => w.text).join(' ') });
  }
  return out;
}
