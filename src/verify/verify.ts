import { diffArrays } from 'diff';
import type { FactStore } from '../cache/store.js';
import type { Span } from '../dataset/types.js';
import { indexCodePoints, type CodePointIndex } from '../text/code-points.js';
import { SPEECH_VERBS } from '../extract/lexicon.js';
import { tokenize, type Word } from '../text/words.js';
import { lastAtMost, sourceOf, type Corpus } from './corpus.js';
import { atomize, diffSequences, expansions, isContractible, isNumberWord, numberWords, spellings, stepAt, type Equivalence, type EquivalenceKind } from './equivalence.js';
import { at, lastOf, sortedIncludes } from '../lists.js';

// Verifying a quote word for word against the text of the sources, and saying whose
// words they are. Pure: a corpus and a dataset in, a verdict out.
//
// Only the words count: case, accents, Unicode form, the style of quotes, apostrophes
// and dashes, white space and punctuation do not, and neither do equivalent forms of a
// word (equivalence.ts: summarise / summarize, cease-fire / ceasefire, 35 /
// thirty-five), each of which the result lists. Editorial insertions in square brackets
// in the source may be left out of the quote, whole. An ellipsis in the quote may stand
// for words left out of one quotation; two quotations of one speaker split only by a
// short cue ("A," she said. "B.") are one, with or without the cue in the quote.
//
// Where the words stand decides the verdict. Inside a quotation (a quote record's span)
// they are someone's own words: `verbatim`, or `misattributed` when --speaker names
// someone else; with --speaker, only a quotation whose attribution is sure (`high`) can
// say either, and one the source attributes less surely is `unconfirmed`. Outside every quotation they are the reporter's: narration or indirect
// speech ("Macron said that …"), `reported`, with the speaker the passage attributes
// them to (a claim or guarantee record around it), if any. For example, in
//
//   → these troops "will not wage any war against Russia"but ... the contingent will not
//   be deployed on the front line
//
// "will not wage any war against Russia" is verbatim (Macron's quote q8), and "the
// contingent will not be deployed on the front line" is reported (guarantee g5, which
// the article gives as Macron's position, in its own words).

/** What a quote turned out to be. */
export type Verdict = 'verbatim' | 'reported' | 'misattributed' | 'unconfirmed' | 'altered' | 'absent';

/** How the source's quotation got its speaker: the rule, its cue, and how sure it is (a record without one was vouched for by a person: high). */
export interface PlaceAttribution {
  rule: string;
  cue: string | null;
  confidence: 'high' | 'medium' | 'low';
}

/** One part of a word-level diff, from the source's passage to the quote as given. */
export interface DiffPart {
  op: 'equal' | 'delete' | 'insert';
  text: string;
}

/** One place in a source: where a quote, or a piece of it, stands. */
export interface Place {
  source: string;
  span: Span;
  /** The source's own characters at span. */
  match: string;
  /** The entity id of whoever the passage is attributed to, when a record attributes it. */
  speaker: string | null;
  /** The id of the record the passage falls in: a quote if one holds it, else a claim or guarantee. */
  record: string | null;
  /** Inside quotation marks: someone's own words, not the reporter's. */
  quoted: boolean;
  /** For a quotation, how its speaker was found; null outside quotations. */
  attribution: PlaceAttribution | null;
}

/** The result of verifying one quote. */
export interface Verification {
  input: string;
  verdict: Verdict;
  source: string | null;
  span: Span | null;
  /** The source's own characters at span. */
  match: string | null;
  /** 1 for verbatim and reported, else 2 × shared words / (words in quote + words in passage). */
  similarity: number;
  /** The entity id of whoever said the passage, when a record attributes it. */
  speaker: string | null;
  /** The id of the quote (or other record) the passage falls in. */
  record: string | null;
  /** Whether the passage stands inside quotation marks. */
  quoted: boolean;
  /** For a quotation, how the source's speaker was found and how sure it is; else null. */
  attribution: PlaceAttribution | null;
  diff: DiffPart[] | null;
  /** The equivalent forms (spelling, compound, number, contraction, percent) that the match relied on. */
  equivalences: Equivalence[];
  /** For a quote whose pieces stand in separate places (an ellipsis, or a cue left out between two quotations), each place; else null. */
  places: Place[] | null;
  /** The quoted words checked: the input without the name and marks of a pasted claim ("Name: \"…\""). */
  quote: string;
  /** Who the quote was said to be by, as given; null when nobody was named. */
  claimed_speaker: string | null;
  /**
   * Whether the source gives the words to the claimed speaker: null when nobody was
   * claimed, or the evidence cannot say (the words are absent, or the source's own
   * attribution is not sure, or the reporter's words are nobody's).
   */
  speaker_ok: boolean | null;
}

/** Who a quote is said to be by, and where to look for it. */
export interface VerifyOptions {
  /** The entity ids the claimed speaker's name means; empty when it names nobody in the data. */
  speakers?: ReadonlySet<string>;
  /** That name as given. */
  claimed?: string;
  /** Only this source (its index) is searched. */
  source?: number;
}

/** A passage at least this similar is reported as `altered`; below it, `absent`. */
export const ALTERED_MIN_SIMILARITY = 0.6;

const ELLIPSIS = /\.\s*\.\s*\.|…/g;

/** The words of each piece of a quote between its ellipses, empty pieces left out. */
function splitAtEllipses(text: string, words: readonly Word[]): Word[][] {
  const cuts = [...text.matchAll(ELLIPSIS)].map((m) => m.index);
  const pieces: Word[][] = [[]];
  let cut = 0;
  for (const word of words) {
    let moved = false;
    while (cut < cuts.length && at(cuts, cut) < word.start) {
      cut++;
      moved = true;
    }
    if (moved && lastOf(pieces).length > 0) pieces.push([]);
    lastOf(pieces).push(word);
  }
  return pieces.filter((p) => p.length > 0);
}

/** Verifies one quote, with who it is said to be by (options.speakers), in every source or one (options.source). */
export function verifyQuote(data: VerifyData, corpus: Corpus, input: string, options: VerifyOptions = {}): Verification {
  const { speakers } = options;
  const claimed = options.claimed ?? null;
  const text = input.normalize('NFKC');
  const quoteWords = tokenize(text, { percent: true });
  let pieces = splitAtEllipses(text, quoteWords);
  const base: Verification = { input, verdict: 'absent', source: null, span: null, match: null, similarity: 0, speaker: null, record: null, quoted: false, attribution: null, diff: null, equivalences: [], places: null, quote: input, claimed_speaker: claimed, speaker_ok: null };
  if (pieces.length === 0) return base;
  const ctx: Context = { data, corpus, words: vocabularyOf(corpus), text, within: withinOf(corpus, options.source) };
  const norms = quoteWords.map((w) => w.norm);
  let found = findVerbatim(ctx, pieces.map((piece) => piece.map((w) => w.norm)));
  let close: Passage | undefined;
  if (found.length === 0) {
    close = findClosest(ctx, norms);
    // Two quotations pasted as one, without the cue between them ("A," she said. "B."):
    // verbatim if the only words the passage has beyond the quote's are such a cue.
    const cut = close && pieces.length === 1 ? cueCut(ctx, close, norms) : -1;
    if (cut > 0) {
      const split = [quoteWords.slice(0, cut), quoteWords.slice(cut)];
      const joined = findVerbatim(ctx, split.map((piece) => piece.map((w) => w.norm))).filter((occurrence) => classify(ctx, occurrence, speakers).joined);
      if (joined.length > 0) {
        pieces = split;
        found = joined;
      }
    }
  }
  if (found.length > 0) {
    // The same words may stand in several places: prefer the named speaker's quotation,
    // then any quotation, then the reporter's words, then pieces of separate quotations.
    const ranked = found.map((occurrence) => classify(ctx, occurrence, speakers)).sort((a, b) => a.rank - b.rank);
    const best = at(ranked, 0);
    const equivalences = best.occurrence.flatMap((piece, k) => piece.steps.map((s) => equivalenceOf(ctx, s, at(pieces, k))));
    const result: Verification = { ...base, ...best.place, similarity: 1, equivalences };
    if (best.kind === 'quoted') {
      const quoted = { ...result, places: best.joined ? best.pieces : null };
      if (speakers === undefined) return { ...quoted, verdict: 'verbatim' };
      // Whose words they are is only as sure as the source's attribution: a guess confirms
      // nobody and contradicts nobody.
      if (best.place.attribution?.confidence !== 'high') return { ...quoted, verdict: 'unconfirmed' };
      const bySpeaker = best.place.speaker !== null && speakers.has(best.place.speaker);
      return { ...quoted, verdict: bySpeaker ? 'verbatim' : 'misattributed', speaker_ok: bySpeaker };
    }
    if (best.kind === 'reported') return { ...result, verdict: 'reported', speaker_ok: speakerOk(best.place, speakers) };
    // An ellipsis that joins separate quotations over the reporter's words alters them.
    const first = at(best.occurrence, 0).first;
    const last = lastOf(best.occurrence).last;
    const compared = compare(ctx, first, last, norms, quoteWords);
    return { ...result, verdict: 'altered', similarity: round(compared.similarity), diff: compared.diff, equivalences: compared.equivalences, places: best.pieces, speaker_ok: speakerOk(best.place, speakers) };
  }
  if (!close || close.similarity < ALTERED_MIN_SIMILARITY) return { ...base, similarity: close ? round(close.similarity) : 0 };
  const place = locate(ctx, close.first, close.last);
  const compared = compare(ctx, close.first, close.last, norms, quoteWords);
  return { ...base, ...place, verdict: 'altered', similarity: round(close.similarity), diff: compared.diff, equivalences: compared.equivalences, speaker_ok: speakerOk(place, speakers) };
}

/**
 * Whether a place's speaker is the claimed one, as far as the evidence says: null with
 * no claim, for the reporter's words that no record attributes, and for a quotation
 * whose attribution is a guess.
 */
function speakerOk(place: Place, speakers: ReadonlySet<string> | undefined): boolean | null {
  if (speakers === undefined || place.speaker === null) return null;
  if (place.quoted && place.attribution?.confidence !== 'high') return null;
  return speakers.has(place.speaker);
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/** What verification reads of the data: the sources' text and the records' columns. */
export type VerifyData = Pick<FactStore, 'sourceIds' | 'sourceText' | 'recordsOfSource' | 'kind' | 'speaker' | 'span' | 'record'>;

interface Context {
  data: VerifyData;
  corpus: Corpus;
  /** The comparable form of each word id. */
  words: readonly string[];
  /** The quote, NFKC-normalized. */
  text: string;
  /** The positions searched, [from, to): one source's with --source, else all. */
  within: { from: number; to: number };
}

/** The positions of one source (by index), or of all. */
function withinOf(corpus: Corpus, source: number | undefined): { from: number; to: number } {
  if (source === undefined) return { from: 0, to: corpus.length };
  return { from: corpus.sourceStarts[source] ?? 0, to: corpus.sourceStarts[source + 1] ?? corpus.length };
}

/** The positions of a word (positionsOf) inside the searched range. */
function positionsIn(ctx: Context, word: string): Uint32Array {
  const all = positionsOf(ctx.corpus, word);
  const { from, to } = ctx.within;
  if (from === 0 && to === ctx.corpus.length) return all;
  // The first index at or past each bound: one past the last below it.
  return all.subarray(lastAtMost(all, from - 1) + 1, lastAtMost(all, to - 1) + 1);
}

const vocabularies = new WeakMap<Corpus, string[]>();
const sourceTexts = new WeakMap<VerifyData, Map<number, { text: string; index: CodePointIndex }>>();

/**
 * A source's text and its code-point index, read once per dataset: one quote locates
 * several places (each piece, each occurrence), and a batch many quotes, in the same
 * sources, and a cached store reads each text back from the data file.
 */
export function sourceTextOf(data: VerifyData, sourceIndex: number): { text: string; index: CodePointIndex } {
  let texts = sourceTexts.get(data);
  if (!texts) sourceTexts.set(data, (texts = new Map()));
  let entry = texts.get(sourceIndex);
  if (!entry) {
    const text = data.sourceText(sourceIndex);
    texts.set(sourceIndex, (entry = { text, index: indexCodePoints(text) }));
  }
  return entry;
}

/** The word of each id of a corpus (built once per corpus). */
export function vocabularyOf(corpus: Corpus): string[] {
  let words = vocabularies.get(corpus);
  if (!words) {
    words = [];
    for (const [word, id] of corpus.vocab) words[id] = word;
    vocabularies.set(corpus, words);
  }
  return words;
}

/** A stretch of source positions [first, last], and how similar it is to the quote. */
interface Passage {
  first: number;
  last: number;
  similarity: number;
}

/** A step of a match that relied on an equivalent form: at source position p and quote word i. */
interface EquivalentStep {
  p: number;
  i: number;
  source: number;
  quote: number;
  kind: EquivalenceKind;
}

/** Where one piece of a quote matched: its first and last word positions. */
interface PieceMatch {
  first: number;
  last: number;
  steps: EquivalentStep[];
}

function equivalenceOf(ctx: Context, s: EquivalentStep, piece: readonly Word[]): Equivalence {
  const { text } = sourceTextOf(ctx.data, sourceOf(ctx.corpus, s.p));
  return {
    kind: s.kind,
    quote: ctx.text.slice(at(piece, s.i).start, at(piece, s.i + s.quote - 1).end),
    source: text.slice(ctx.corpus.start(s.p), ctx.corpus.end(s.p + s.source - 1)),
  };
}

/**
 * Matches `piece` at `pos`, where a whole editorial insertion in square brackets may be
 * left out of the quote; returns one past the last matched position, or -1. Steps that
 * relied on an equivalent form are added to `steps`.
 */
function matchAt(ctx: Context, pos: number, piece: readonly string[], steps: EquivalentStep[], i = 0, limit = at(ctx.corpus.sourceStarts, sourceOf(ctx.corpus, pos) + 1)): number {
  const { corpus, words } = ctx;
  const source = (p: number) => (p < limit ? words[corpus.word(p)] : undefined);
  const quote = (k: number) => piece[k];
  let p = pos;
  while (i < piece.length) {
    // A quote may run over a paragraph break, but not past the end of its source.
    if (p >= limit) return -1;
    const group = corpus.bracket(p);
    const opensGroup = group !== 0 && (p === 0 || corpus.bracket(p - 1) !== group);
    const step = stepAt(source, p, quote, i);
    if (step) {
      const mark = steps.length;
      if (step.kind) steps.push({ p, i, source: step.source, quote: step.quote, kind: step.kind });
      if (opensGroup) {
        // Either the quote keeps the insertion, or it leaves it out: try both.
        const kept = matchAt(ctx, p + step.source, piece, steps, i + step.quote, limit);
        if (kept >= 0) return kept;
        steps.length = mark;
        p = skipGroup(corpus, p);
        continue;
      }
      i += step.quote;
      p += step.source;
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
/** The anchor word is the rarest among the first this many words of the quote: the start is then found near it. */
const ANCHOR_WINDOW = 64;
/** Source words an editorial insertion may add before the anchor. */
const INSERTION_SLACK = 8;
/** Quote words that equivalent forms (cease fire / ceasefire, thirty five / 35) may add before the anchor. */
const EQUIVALENT_SLACK = 8;

/** The positions of a word in any of its spellings. */
function postingsOf(corpus: Corpus, word: string): Uint32Array[] {
  return spellings(word).flatMap((w) => {
    const id = corpus.vocab.get(w);
    return id === undefined ? [] : [corpus.postings(id)];
  });
}

/** Where the rarest anchor word occurs more often than this, a pair of neighbouring words may anchor instead. */
const PAIR_ANCHOR = 1000;

/**
 * Whether quote words i and i + 1 must stand side by side in the source wherever the
 * quote is verbatim: neither is (part of) a number, and neither is half of a closed
 * compound the source may write as one word, nor a compound it may write as two.
 */
function pairHolds(ctx: Context, quote: readonly string[], i: number): boolean {
  const { vocab } = ctx.corpus;
  const splits = (w: string) => {
    for (let k = 1; k < w.length; k++) if (vocab.has(w.slice(0, k)) && vocab.has(w.slice(k))) return true;
    return false;
  };
  for (const k of [i, i + 1]) {
    const w = at(quote, k);
    // A number's words (with "zero", and the British "and"), or its digits, may stand for other words in the source.
    if (numberWords(w) || isNumberWord(w) || w === 'zero' || w === 'and' || splits(w) || isContractible(w)) return false;
    const before = quote[k - 1];
    const after = quote[k + 1];
    if ((before !== undefined && vocab.has(before + w)) || (after !== undefined && vocab.has(w + after))) return false;
  }
  return true;
}

/**
 * Where to look for the quote: positions of one anchor word (the rarest near the start),
 * or, where every word is common, of a pair of neighbouring words that must stand
 * together (pairHolds), which is far rarer; plus the pair's first word wherever an
 * editorial insertion follows it, which the quote may leave out.
 */
function anchorOf(ctx: Context, first: readonly string[]): { anchor: number; positions: Uint32Array } | undefined {
  const { corpus } = ctx;
  const within = Math.min(first.length, ANCHOR_WINDOW);
  const positions = first.slice(0, within).map((w) => positionsIn(ctx, w));
  // A word that a contraction or a percent sign may stand for need not stand in the source: it anchors only when no other word can.
  let anchor = -1;
  for (const any of [false, true]) {
    for (let i = 0; i < within; i++) {
      const n = at(positions, i).length;
      if (n > 0 && (any || !isContractible(at(first, i))) && (anchor < 0 || n < at(positions, anchor).length)) anchor = i;
    }
    if (anchor >= 0) break;
  }
  if (anchor < 0) return undefined;
  const fewest = at(positions, anchor).length;
  if (fewest <= PAIR_ANCHOR) return { anchor, positions: at(positions, anchor) };
  let pair = -1;
  let expected = fewest;
  for (let i = 0; i + 1 < within; i++) {
    const estimate = (at(positions, i).length * at(positions, i + 1).length) / Math.max(corpus.length, 1);
    if (estimate < expected && pairHolds(ctx, first, i)) {
      expected = estimate;
      pair = i;
    }
  }
  if (pair < 0) return { anchor, positions: at(positions, anchor) };
  const found: number[] = [];
  const a = at(positions, pair);
  forEachPair(a, at(positions, pair + 1), 1, (p) => found.push(p));
  for (const start of corpus.insertionStarts()) if (start > ctx.within.from && start <= ctx.within.to && sortedIncludes(a, start - 1)) found.push(start - 1);
  return { anchor: pair, positions: Uint32Array.from(found).sort() };
}

/** Each verbatim occurrence of all pieces, in order (an ellipsis's within one paragraph). */
function findVerbatim(ctx: Context, pieces: readonly (readonly string[])[]): PieceMatch[][] {
  const { corpus, words } = ctx;
  const first = at(pieces, 0);
  const anchored = anchorOf(ctx, first);
  if (!anchored) return [];
  const { anchor, positions } = anchored;
  const canStart = startTest(ctx, first);
  // Positions ascend, and so do the starts each one suggests: a start is tried once.
  let triedUpTo = -1;
  const found: PieceMatch[][] = [];
  for (const p of positions) {
    // The quote starts `anchor` words before its anchor, give or take: up to
    // INSERTION_SLACK earlier where it leaves out an insertion, up to EQUIVALENT_SLACK
    // later where it spells out a compound or a number in more words than the source.
    const last = Math.min(p, p - anchor + Math.min(anchor, EQUIVALENT_SLACK));
    for (let start = Math.max(ctx.within.from, p - anchor - INSERTION_SLACK, triedUpTo + 1); start <= last; start++) {
      if (!canStart(at(words, corpus.word(start)))) continue;
      const steps: EquivalentStep[] = [];
      let end = matchAt(ctx, start, first, steps);
      if (end < 0) continue;
      const occurrence: PieceMatch[] = [{ first: start, last: end - 1, steps }];
      // With an ellipsis, every piece must stand in one paragraph, in order.
      const paragraph = corpus.paragraph(start);
      if (pieces.length > 1 && corpus.paragraph(end - 1) !== paragraph) continue;
      for (const piece of pieces.slice(1)) {
        const next = findForward(ctx, end, piece, paragraph);
        if (!next) break;
        occurrence.push(next);
        end = next.last + 1;
      }
      if (occurrence.length === pieces.length) found.push(occurrence);
      if (found.length >= MAX_OCCURRENCES) return found;
    }
    triedUpTo = Math.max(triedUpTo, last);
  }
  return found;
}

/** A cheap test of whether a source word can begin a match of the quote: its first word, another spelling, part of a compound, or a number. */
function startTest(ctx: Context, quote: readonly string[]): (word: string) => boolean {
  const q0 = at(quote, 0);
  const q1 = quote[1];
  const direct = new Set([...spellings(q0), ...(q1 === undefined ? [] : spellings(q0 + q1))]);
  const spelt = numberWords(q0);
  const digit = (w: string) => w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;
  // A contraction's first word: "it" begins "it's", and "it's" begins "it is".
  const contracted = expansions(q0)?.map((reading) => reading[0]) ?? [];
  const contraction = (w: string) => w.includes("'") && (expansions(w)?.some((reading) => reading[0] === q0) ?? false);
  return (word) => direct.has(word) || (word.length < q0.length && q0.startsWith(word)) || (digit(word) && numberWords(word)?.[0] === q0) || spelt?.[0] === word || contracted.includes(word) || contraction(word);
}

function findForward(ctx: Context, from: number, piece: readonly string[], paragraph: number): PieceMatch | null {
  const { corpus } = ctx;
  const canStart = startTest(ctx, piece);
  for (let p = from; p < corpus.length && corpus.paragraph(p) === paragraph; p++) {
    if (!canStart(at(ctx.words, corpus.word(p)))) continue;
    const steps: EquivalentStep[] = [];
    const end = matchAt(ctx, p, piece, steps);
    if (end >= 0 && corpus.paragraph(end - 1) === paragraph) return { first: p, last: end - 1, steps };
  }
  return null;
}

interface Classified {
  occurrence: PieceMatch[];
  /** quoted: all in one quotation, or in quotations of one speaker split only by a cue; reported: some of it outside quotation marks; joined: pieces of separate quotations. */
  kind: 'quoted' | 'reported' | 'joined';
  /** Quoted across two or more quotations that follow each other. */
  joined: boolean;
  rank: number;
  place: Place;
  pieces: Place[];
}

/** The most words of the reporter's that may stand between two quotations for them to count as one ("," she said. "). */
const CUE_WORDS = 6;
/** A cue has a speech verb (or "according to"); any other words between two quotations are the reporter's own. */
const CUE_VERBS = new Set([...SPEECH_VERBS.split('|').filter((v) => !v.includes(' ')), 'according']);

function classify(ctx: Context, occurrence: PieceMatch[], speakers: ReadonlySet<string> | undefined): Classified {
  const pieces = occurrence.map((m) => locate(ctx, m.first, m.last));
  const place = locate(ctx, at(occurrence, 0).first, lastOf(occurrence).last);
  const [head = place] = pieces;
  const oneQuote = pieces.every((p) => p.quoted && p.record === head.record);
  // Quotations of one speaker that follow each other, split only by a cue: one quote.
  const cueBetween = (m: PieceMatch, k: number) => {
    const previous = occurrence[k - 1];
    return previous === undefined || onlyCueBetween(ctx, previous.last, m.first);
  };
  const joined = !oneQuote && pieces.every((p) => p.quoted && p.speaker !== null && p.speaker === head.speaker) && occurrence.every(cueBetween);
  const kind = oneQuote || joined ? 'quoted' : pieces.some((p) => !p.quoted) ? 'reported' : 'joined';
  if (kind === 'quoted') {
    // The whole stretch, ellipsis and all, is that one quotation (or the speaker's quotations), only as sure as its least sure piece.
    const sureness = (p: Place) => (p.attribution ? CONFIDENCE_RANK[p.attribution.confidence] : CONFIDENCE_RANK.high);
    const weakest = pieces.reduce((w, p) => (sureness(p) < sureness(w) ? p : w), head);
    Object.assign(place, { quoted: true, speaker: head.speaker, record: head.record, attribution: weakest.attribution });
  }
  const bySpeaker = speakers !== undefined && place.speaker !== null && speakers.has(place.speaker);
  const rank = kind === 'quoted' ? (bySpeaker ? 0 : 1) : kind === 'reported' ? (bySpeaker ? 2 : 3) : 4;
  return { occurrence, kind, joined, rank, place, pieces };
}

const CONFIDENCE_RANK = { low: 0, medium: 1, high: 2 } as const;

/** Whether the positions strictly between a and b are nothing but marks, or a short cue with a speech verb outside every quotation. */
function onlyCueBetween(ctx: Context, a: number, b: number): boolean {
  const gap = b - a - 1;
  if (gap < 0 || gap > CUE_WORDS || sourceOf(ctx.corpus, a) !== sourceOf(ctx.corpus, b)) return false;
  let verb = gap === 0;
  for (let p = a + 1; p < b; p++) {
    if (locate(ctx, p, p).quoted) return false;
    verb ||= CUE_VERBS.has(at(ctx.words, ctx.corpus.word(p)));
  }
  return verb;
}

/**
 * Where a quote that is not verbatim anywhere would be verbatim with a cue left out: the
 * index of the quote word after the cue, when the closest passage differs from the quote
 * only by one run of at most CUE_WORDS source words inside it; else -1. Whether that run
 * is a cue between two quotations of one speaker is classify's to say.
 */
function cueCut(ctx: Context, close: Passage, quote: readonly string[]): number {
  const { corpus } = ctx;
  const source = Array.from(corpus.range(close.first, close.last + 1), (id) => at(ctx.words, id));
  const [sa, qa] = atomize(source, quote);
  const parts = diffSequences(sa.map((a) => a.key), qa.map((a) => a.key), diffArrays);
  const [head, cue, tail, ...rest] = parts;
  if (rest.length > 0 || !head || !cue || !tail || head.added || head.removed || !cue.removed || tail.added || tail.removed) return -1;
  const cueWords = new Set(sa.slice(head.value.length, head.value.length + cue.value.length).map((a) => a.word));
  if (cueWords.size > CUE_WORDS) return -1;
  const before = qa[head.value.length - 1];
  const after = qa[head.value.length];
  // The cut falls between two quote words, not inside one (a number's words, a compound's halves).
  return before && after && after.word > 0 && before.word !== after.word ? after.word : -1;
}

/** Compares the quote with the source passage [first, last]: similarity, word diff and the equivalences it relied on. */
function compare(ctx: Context, first: number, last: number, quote: readonly string[], quoteWords: readonly Word[]): { similarity: number; diff: DiffPart[]; equivalences: Equivalence[] } {
  const { corpus } = ctx;
  const { text } = sourceTextOf(ctx.data, sourceOf(corpus, first));
  const source = Array.from({ length: last - first + 1 }, (_, k) => at(ctx.words, corpus.word(first + k)));
  const sourceText = (k: number, to = k) => text.slice(corpus.start(first + k), corpus.end(first + to));
  const quoteText = (k: number, to = k) => ctx.text.slice(at(quoteWords, k).start, at(quoteWords, to).end);
  const [sa, qa] = atomize(source, quote);
  const parts = diffSequences(sa.map((a) => a.key), qa.map((a) => a.key), diffArrays);
  const out: DiffPart[] = [];
  const push = (op: DiffPart['op'], word: string) => {
    const lastPart = out[out.length - 1];
    if (lastPart && lastPart.op === op) lastPart.text += ` ${word}`;
    else out.push({ op, text: word });
  };
  const pairs: [number, number][] = [];
  let x = 0;
  let y = 0;
  let shownSource = -1;
  let shownQuote = -1;
  for (const part of parts) {
    for (let n = 0; n < part.value.length; n++) {
      if (part.added) {
        const w = at(qa, y++).word;
        if (w !== shownQuote) push('insert', quoteText(w));
        shownQuote = w;
      } else if (part.removed) {
        const w = at(sa, x++).word;
        if (w !== shownSource) push('delete', sourceText(w));
        shownSource = w;
      } else {
        const s = at(sa, x++).word;
        const q = at(qa, y++).word;
        // Equal words are shown in the source's own spelling.
        if (s !== shownSource) push('equal', sourceText(s));
        shownSource = s;
        shownQuote = q;
        if (source[s] !== quote[q]) pairs.push([s, q]);
      }
    }
  }
  const shared = parts.reduce((n, part) => (part.added || part.removed ? n : n + part.value.length), 0);
  return { similarity: (2 * shared) / (qa.length + sa.length), diff: out, equivalences: groupEquivalences(pairs, source, quote, sourceText, quoteText) };
}

/** Pairs of equal-but-differently-written words (source index, quote index), grouped into the equivalences they make. */
function groupEquivalences(pairs: readonly [number, number][], source: readonly string[], quote: readonly string[], sourceText: (k: number, to: number) => string, quoteText: (k: number, to: number) => string): Equivalence[] {
  const groups: { s: [number, number]; q: [number, number] }[] = [];
  for (const [s, q] of pairs) {
    const g = groups[groups.length - 1];
    if (g && (s === g.s[1] || s === g.s[1] + 1) && (q === g.q[1] || q === g.q[1] + 1) && (s === g.s[1] || q === g.q[1])) {
      g.s[1] = s;
      g.q[1] = q;
    } else groups.push({ s: [s, s], q: [q, q] });
  }
  return groups.map(({ s, q }) => {
    const sourceWords = source.slice(s[0], s[1] + 1);
    const quoteWords = quote.slice(q[0], q[1] + 1);
    const all = [...sourceWords, ...quoteWords];
    const kind: EquivalenceKind = all.some((w) => numberWords(w) !== null)
      ? 'number'
      : all.includes('%')
        ? 'percent'
        : all.some((w) => expansions(w) !== null)
          ? 'contraction'
          : sourceWords.length === quoteWords.length
            ? 'spelling'
            : 'compound';
    return { kind, quote: quoteText(q[0], q[1]), source: sourceText(s[0], s[1]) };
  });
}

/** The candidate starts that most votes point to are compared; this many at most. */
const CANDIDATES = 8;
/** Votes are counted in buckets of this many word positions. */
const BUCKET = 8;
/** A word with at most this many positions votes on its own for where the quote stands. */
const RARE_WORD = 5000;
/**
 * Pairs of quote words that vote where they stand together: at most this many
 * neighbours and this many one apart, spread over the quote. Each costs a merge of two
 * positions lists, long where every word is common; a word changed spoils at most two
 * neighbour pairs, and a long quote's rare words say enough.
 */
const MOST_NEIGHBOURS = 8;
const MOST_BRIDGES = 4;

/**
 * Pairs stop voting once one place has this many votes and at least twice as many as any
 * other: where every word is common, each pair costs a pass over two long positions
 * lists, and the third pair that agrees on a place has found it (a place that pairs
 * name by chance has one vote, rarely two, and the best-voted places are all compared
 * anyway). A quote that stands in two places, or whose words moved, keeps every pair.
 */
const SETTLED_VOTES = 3;
/** ... and the passage found there is at least this similar (11 words of 12 is 0.917), else every pair votes. */
const SETTLED_SIMILARITY = 0.9;

/** Items reordered so that neighbours in the list come far apart: the first few pairs tried are spread over the quote, and a changed word spoils at most one of them. */
function apart<T>(items: readonly T[]): T[] {
  const stride = Math.ceil(items.length / 3);
  const out: T[] = [];
  for (let start = 0; start < stride; start++) for (let k = start; k < items.length; k += stride) out.push(at(items, k));
  return out;
}

/** Up to `most` of `items`, spread evenly over them. */
function spread<T>(items: readonly T[], most: number): T[] {
  if (items.length <= most) return [...items];
  return Array.from({ length: most }, (_, k) => at(items, Math.floor((k * items.length) / most)));
}

/**
 * The passage most like the quote. Where quote words occur votes for where the quote
 * would start, and the best-voted windows are compared atom by atom (equivalence.ts).
 * A rare word votes wherever it stands. So does each pair of quote words, neighbours or
 * one apart, wherever the two stand the same distance apart in the source: a pair is
 * rare even when both words are common (every word of a small vocabulary), and pairs
 * one apart bridge a changed word, so a quote with a word or two changed gets most of
 * its votes at its true place whatever its words.
 */
function findClosest(ctx: Context, quote: readonly string[]): Passage | undefined {
  const votes = new Map<number, number>();
  // The bucket with the most votes, and the most any other has: votes only grow, so both are kept as they come.
  let leader = -1;
  let leaderVotes = 0;
  let runnerUp = 0;
  const vote = (p: number, i: number) => {
    const bucket = Math.floor((p - i) / BUCKET);
    const n = (votes.get(bucket) ?? 0) + 1;
    votes.set(bucket, n);
    if (bucket === leader) leaderVotes = n;
    else if (n > leaderVotes) {
      runnerUp = leaderVotes;
      leader = bucket;
      leaderVotes = n;
    } else if (n > runnerUp) runnerUp = n;
  };
  const settled = () => leaderVotes >= SETTLED_VOTES && leaderVotes >= 2 * runnerUp;
  const positions = quote.map((word) => positionsIn(ctx, word));
  positions.forEach((list, i) => {
    if (list.length <= RARE_WORD) for (const p of list) vote(p, i);
  });
  // Two rare words have voted already; a pair with a missing word has nothing to say.
  const useful = (gap: number) => {
    const pairs: [number, number][] = [];
    for (let i = 0; i + gap < quote.length; i++) {
      const a = at(positions, i).length;
      const b = at(positions, i + gap).length;
      if (a > 0 && b > 0 && (a > RARE_WORD || b > RARE_WORD)) pairs.push([i, i + gap]);
    }
    return pairs;
  };
  const pairs = [...apart(spread(useful(1), MOST_NEIGHBOURS)), ...apart(spread(useful(2), MOST_BRIDGES))];
  let voted = 0;
  const votePairs = (untilSettled: boolean) => {
    for (; voted < pairs.length && !(untilSettled && settled()); voted++) {
      const [i, j] = at(pairs, voted);
      forEachPair(at(positions, i), at(positions, j), j - i, (p) => vote(p, i));
    }
  };
  votePairs(true);
  let best = compareCandidates(ctx, votes, quote);
  // Pairs that share a word can agree on a wrong place: a place found before every pair
  // voted stands only if it is as close as a quote with a word changed.
  if (voted < pairs.length && (best === undefined || best.similarity < SETTLED_SIMILARITY)) {
    votePairs(false);
    best = compareCandidates(ctx, votes, quote);
  }
  return best && tighten(ctx, best, quote);
}

/** The best-voted places compared with the quote: the most similar passage among them. */
function compareCandidates(ctx: Context, votes: ReadonlyMap<number, number>, quote: readonly string[]): Passage | undefined {
  const { corpus } = ctx;
  const candidates = [...votes.entries()].sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, CANDIDATES);
  let best: Passage | undefined;
  const slack = Math.max(4, Math.ceil(quote.length / 2));
  const compared: [number, number][] = [];
  for (const [bucket] of candidates) {
    // A long quote's candidate windows overlap: one that starts inside a window already compared adds nothing.
    if (compared.some(([a, b]) => bucket * BUCKET >= a + slack && bucket * BUCKET + BUCKET + quote.length <= b)) continue;
    const from = Math.max(ctx.within.from, bucket * BUCKET - slack);
    const to = Math.min(ctx.within.to, bucket * BUCKET + BUCKET + quote.length + slack);
    if (from >= to) continue;
    compared.push([from, to]);
    const window = Array.from(corpus.range(from, to), (id) => at(ctx.words, id));
    const found = closestInWindow(ctx, from, window, quote);
    if (found && (!best || found.similarity > best.similarity)) best = found;
  }
  return best;
}

/**
 * The passage without the source words at either end that the quote does not need. A
 * diff is free to pair the quote's first word with an earlier occurrence of it ("the
 * vehicles. The risk ..." for "The risk ..."), which keeps the reporter's words before
 * a quotation in the passage, and lowers its similarity. Diffed from the end, the pairing
 * falls on the later occurrence instead, and the words before it go; the trailing end is
 * trimmed the same way by a diff from the start. As many words are kept beyond the first
 * and last shared ones as the quote has beyond its own, so a changed word at either end
 * still shows. A passage of more than TIGHTEN_WORDS is left as it is: a word or two at
 * its ends changes little, and the two diffs cost a long quote a seventh of its time.
 */
function tighten(ctx: Context, passage: Passage, quote: readonly string[]): Passage {
  if (passage.last - passage.first >= TIGHTEN_WORDS) return passage;
  const words = (first: number, last: number) => Array.from({ length: last - first + 1 }, (_, k) => at(ctx.words, ctx.corpus.word(first + k)));
  let { first, last } = passage;
  // The leading end: the first shared atom of a diff of the reversed sequences.
  {
    const [sa, qa] = atomize(words(first, last), quote);
    const parts = diffSequences(sa.map((a) => a.key).reverse(), qa.map((a) => a.key).reverse(), diffArrays);
    let x = sa.length;
    let y = qa.length;
    let firstShared: [number, number] | undefined;
    for (const part of parts) {
      const n = part.value.length;
      if (!part.added && !part.removed) firstShared = [x - n, y - n];
      if (!part.added) x -= n;
      if (!part.removed) y -= n;
    }
    if (!firstShared) return passage;
    const wordAt = at(sa, firstShared[0]).word;
    const quoteBefore = at(qa, firstShared[1]).word;
    first += Math.max(0, wordAt - quoteBefore);
  }
  // The trailing end, and the similarity of what is left.
  const [sa, qa] = atomize(words(first, last), quote);
  const parts = diffSequences(sa.map((a) => a.key), qa.map((a) => a.key), diffArrays);
  let x = 0;
  let y = 0;
  let shared = 0;
  let lastShared: [number, number] | undefined;
  for (const part of parts) {
    const n = part.value.length;
    if (!part.added && !part.removed) {
      shared += n;
      lastShared = [x + n - 1, y + n - 1];
    }
    if (!part.added) x += n;
    if (!part.removed) y += n;
  }
  if (!lastShared) return passage;
  const quoteAfter = quote.length - 1 - at(qa, lastShared[1]).word;
  const keep = Math.min(last - first, at(sa, lastShared[0]).word + quoteAfter);
  const atoms = sa.filter((a) => a.word <= keep).length;
  const similarity = (2 * shared) / (qa.length + atoms);
  return similarity > passage.similarity ? { first, last: first + keep, similarity } : passage;
}

/** The positions of a word in any of its spellings, ascending, as one list. */
function positionsOf(corpus: Corpus, word: string): Uint32Array {
  let known = positionsByCorpus.get(corpus);
  if (!known) positionsByCorpus.set(corpus, (known = new Map()));
  let positions = known.get(word);
  if (positions) return positions;
  const lists = postingsOf(corpus, word);
  if (lists.length <= 1) positions = lists[0] ?? new Uint32Array(0);
  else {
    positions = new Uint32Array(lists.reduce((n, l) => n + l.length, 0));
    let at = 0;
    for (const list of lists) {
      positions.set(list, at);
      at += list.length;
    }
    positions.sort();
  }
  // A batch of quotes asks for the same common words again and again.
  known.set(word, positions);
  return positions;
}

const positionsByCorpus = new WeakMap<Corpus, Map<string, Uint32Array>>();

/**
 * Calls `found(p)` for each p of ascending `a` such that p + gap is in ascending `b`:
 * a binary search of each of the shorter list's positions in the longer one when one
 * list is far shorter, else a bitmap of `b` (less `gap`) that each position of `a` is
 * looked up in. Where every word is common this is verify's inner loop, and a merge of
 * the two lists takes twice as long: its comparisons follow the data, and the processor
 * mispredicts about every other one.
 */
export function forEachPair(a: Uint32Array, b: Uint32Array, gap: number, found: (p: number) => void): void {
  if (a.length * 16 < b.length) {
    for (const p of a) if (sortedIncludes(b, p + gap)) found(p);
    return;
  }
  if (b.length * 16 < a.length) {
    for (const q of b) if (q >= gap && sortedIncludes(a, q - gap)) found(q - gap);
    return;
  }
  const last = b[b.length - 1] ?? 0;
  const bits = bitmapOf(last);
  // (A word of the bitmap past its end reads as no bits set; j and k are inside b and a.)
  for (let j = 0; j < b.length; j++) {
    const p = (b[j] ?? 0) - gap;
    if (p >= 0) bits[p >>> 5] = (bits[p >>> 5] ?? 0) | (1 << (p & 31));
  }
  for (let k = 0; k < a.length; k++) {
    const p = a[k] ?? 0;
    if (p <= last && ((bits[p >>> 5] ?? 0) & (1 << (p & 31))) !== 0) found(p);
  }
  // Cleared as it was set, word by word: the bitmap is reused, and is as long as the corpus.
  for (let j = 0; j < b.length; j++) {
    const p = (b[j] ?? 0) - gap;
    if (p >= 0) bits[p >>> 5] = 0;
  }
}

/** A zeroed bitmap of at least `size` + 1 bits, kept for the next call (grown, never shrunk). */
function bitmapOf(size: number): Uint32Array {
  const words = (size >>> 5) + 1;
  if (scratch.length < words) scratch = new Uint32Array(Math.max(words, scratch.length * 2));
  return scratch;
}
let scratch = new Uint32Array(0);

/** A passage of at least this many words is not tightened (see tighten). */
const TIGHTEN_WORDS = 1000;

/** Up to this many runs of shared words, every run is tried as the start of the passage. */
const ALL_HEADS = 512;
/** Past ALL_HEADS runs, a passage starts only after a gap of more than this many words. */
const GAP_WORDS = 8;

/** The stretch of a window, within one paragraph, most similar to the quote. */
function closestInWindow(ctx: Context, from: number, window: readonly string[], quote: readonly string[]): Passage | undefined {
  const { corpus } = ctx;
  const [sa, qa] = atomize(window, quote);
  // A cheap bound first: the atoms the two share at most, whatever their order.
  const counts = new Map<string, number>();
  for (const a of qa) counts.set(a.key, (counts.get(a.key) ?? 0) + 1);
  let bound = 0;
  for (const a of sa) {
    const c = counts.get(a.key) ?? 0;
    if (c > 0) {
      bound++;
      counts.set(a.key, c - 1);
    }
  }
  if ((2 * bound) / (qa.length + bound) < ALTERED_MIN_SIMILARITY) return undefined;
  const parts = diffSequences(sa.map((a) => a.key), qa.map((a) => a.key), diffArrays);
  // Atoms before each window word, and each word's paragraph bounds within the window.
  const atomsBefore = new Uint32Array(window.length + 1);
  for (const a of sa) atomsBefore[a.word + 1] = at(atomsBefore, a.word + 1) + 1;
  for (let k = 0; k < window.length; k++) atomsBefore[k + 1] = at(atomsBefore, k + 1) + at(atomsBefore, k);
  const paragraph = (k: number) => corpus.paragraph(from + k);
  const paraStart = new Uint32Array(window.length);
  const paraEnd = new Uint32Array(window.length);
  for (let k = 0; k < window.length; k++) paraStart[k] = k > 0 && paragraph(k) === paragraph(k - 1) ? at(paraStart, k - 1) : k;
  for (let k = window.length - 1; k >= 0; k--) paraEnd[k] = k + 1 < window.length && paragraph(k) === paragraph(k + 1) ? at(paraEnd, k + 1) : k;
  // Runs of shared atoms: where they stand in the window (as words) and in the quote.
  const runs: { firstWord: number; lastWord: number; length: number; quoteBefore: number; quoteAfter: number }[] = [];
  let x = 0;
  let y = 0;
  for (const part of parts) {
    const n = part.value.length;
    if (!part.added && !part.removed) {
      runs.push({
        firstWord: at(sa, x).word,
        lastWord: at(sa, x + n - 1).word,
        length: n,
        quoteBefore: at(qa, y).word,
        quoteAfter: quote.length - 1 - at(qa, y + n - 1).word,
      });
    }
    if (!part.added) x += n;
    if (!part.removed) y += n;
  }
  // The passage is the stretch from one shared run to another, within one paragraph,
  // that is most similar to the quote (stray shared words far off do not widen it),
  // widened by as many words as the quote has before its first shared word and after
  // its last, so that a word changed at either end shows in the diff.
  let best: Passage | undefined;
  const runParagraph = runs.map((run) => [paragraph(run.firstWord), paragraph(run.lastWord)] as const);
  // The most a stretch from run i on could share: a head that cannot beat the best so far is passed over.
  const sharedFrom = new Float64Array(runs.length + 1);
  for (let i = runs.length - 1; i >= 0; i--) sharedFrom[i] = at(sharedFrom, i + 1) + at(runs, i).length;
  // Many runs (a long quote): a stretch starts only at the first run or after a gap of
  // more than GAP_WORDS source words, which keeps this linear in the number of runs.
  const isHead = (i: number) => runs.length <= ALL_HEADS || i === 0 || at(runs, i).firstWord - at(runs, i - 1).lastWord > GAP_WORDS;
  for (let i = 0; i < runs.length; i++) {
    if (!isHead(i)) continue;
    const most = at(sharedFrom, i);
    if (best && (2 * most) / (qa.length + most) <= best.similarity) continue;
    const head = at(runs, i);
    const headParagraph = at(runParagraph, i)[0];
    const first = Math.max(head.firstWord - head.quoteBefore, at(paraStart, head.firstWord));
    let shared = 0;
    for (let j = i; j < runs.length; j++) {
      const run = at(runs, j);
      if (at(runParagraph, j)[1] !== headParagraph) break;
      shared += run.length;
      const last = Math.min(run.lastWord + run.quoteAfter, at(paraEnd, run.lastWord));
      const passageAtoms = at(atomsBefore, last + 1) - at(atomsBefore, first);
      const similarity = (2 * shared) / (qa.length + passageAtoms);
      if (!best || similarity > best.similarity) best = { first: from + first, last: from + last, similarity };
    }
  }
  return best;
}

/** Source, span, match text, and the speaker and record the passage falls in. */
function locate(ctx: Context, first: number, last: number): Place {
  const { data, corpus } = ctx;
  const sourceIndex = sourceOf(corpus, first);
  const { text, index } = sourceTextOf(data, sourceIndex);
  const startUnit = corpus.start(first);
  const endUnit = corpus.end(last);
  const span = { start: index.toCodePoint(startUnit), end: index.toCodePoint(endUnit) };
  const quote = containingRecord(data, sourceIndex, span, ['quote']);
  const record = quote ?? containingRecord(data, sourceIndex, span, ['claim', 'guarantee'], true);
  return {
    source: at(data.sourceIds, sourceIndex),
    span,
    match: text.slice(startUnit, endUnit),
    speaker: record === undefined ? null : data.speaker(record),
    record: record === undefined ? null : data.record(record).id,
    quoted: quote !== undefined,
    attribution: quote === undefined ? null : attributionOf(data.record(quote)),
  };
}

/** How a quote record got its speaker; one without an attribution was written or reviewed by a person, and is taken as high. */
export function attributionOf(record: ReturnType<VerifyData['record']>): PlaceAttribution {
  const given = record.kind === 'quote' ? record.attribution : undefined;
  return given ? { rule: given.rule, cue: given.cue, confidence: given.confidence } : { rule: 'reviewed', cue: record.cue?.text ?? null, confidence: 'high' };
}

/** The smallest record of these kinds around a span (with `attributed`, only those with a speaker). */
export function containingRecord(data: VerifyData, sourceIndex: number, span: Span, kinds: readonly string[], attributed = false): number | undefined {
  let best: number | undefined;
  let bestLength = Infinity;
  for (const i of data.recordsOfSource(sourceIndex)) {
    if (!kinds.includes(data.kind(i)) || (attributed && data.speaker(i) === null)) continue;
    const s = data.span(i);
    if (s.start > span.start || s.end < span.end) continue;
    if (s.end - s.start < bestLength) {
      best = i;
      bestLength = s.end - s.start;
    }
  }
  return best;
}
