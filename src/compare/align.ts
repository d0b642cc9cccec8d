import { diffArrays } from 'diff';
import { atomize, diffSequences, type Atom, type DiffRun } from '../verify/equivalence.js';
import type { DiffPart } from '../verify/verify.js';
import { at } from '../lists.js';

// How one version of a statement relates to another, word by word. Pure: two sequences
// of words in, the stretch of the version that is the statement and its relation out.
//
// The words compare as verify compares them (equivalent spellings, numbers and
// contractions are the same words). The version's stretch is the run of shared words
// most like the reference (Dice over words), widened at either end, inside a quotation,
// by a word where the reference has words beyond its shared ones there, so that a
// changed first or last word shows. Then, from the reference to that stretch:
//
//   reference  We will not send troops. We will train their army and pay for it.
//   same       We will not send troops. We will train their army and pay for it.
//   shortened  We will train their army                     (a contiguous part)
//   spliced    We will not send troops ... pay for it       (left out across a sentence
//                                                             break, or at a mark: an
//                                                             ellipsis, a quotation closed)
//   altered    We will not send troops. We will train their forces and pay for it.
//                                                            (a word changed, added, or
//                                                             dropped inside a sentence)
//   paraphrase he said they would not send troops            (outside quotation marks)
//
// A change of words outranks a cut: a version that is spliced and has a word changed is
// altered, because what a fact-checker must know first is that the words are not the
// speaker's.

/** How a version relates to the reference. */
export type Relation = 'same' | 'shortened' | 'spliced' | 'altered' | 'paraphrase';

/** A sequence of words with what the text says between them. */
export interface Side {
  /** The comparable form of each word (text/words.ts normalizeWord). */
  words: readonly string[];
  /** The word as written. */
  text(k: number): string;
  /** Whether a sentence ends between word k - 1 and word k. */
  breakBefore(k: number): boolean;
  /** Whether the text marks a cut between word k - 1 and word k: an ellipsis, or one quotation closed and another opened. */
  cutBefore(k: number): boolean;
}

/** Where a statement stands in a version, and how it relates to the reference. */
export interface Alignment {
  /** The version's words [first, last] that are the statement. */
  first: number;
  last: number;
  /** Words of the reference found in the version (counted in atoms: a number in digits is its words). */
  shared: number;
  /** 2 × shared / (reference + version), 1 for the same words. */
  similarity: number;
  relation: Relation;
  /** From the reference to the version: delete = the reference's words it lacks, insert = words it adds. */
  diff: DiffPart[];
}

/** A stretch is at least this many shared words (or all of a shorter reference's): fewer, such as "we will not", are common words, not a statement. */
export const MIN_SHARED = 5;
/** Narration is a paraphrase of a statement only when it has at least this share of the statement's words: a few words in common are background, not a version. */
export const PARAPHRASE_SHARE = 0.5;
/** A version has a run of at least this many of the statement's words in a row (or all of a shorter statement): shorter runs are the language's ("not going to pay", "what is going on"). */
export const MIN_RUN = 5;
/** At least this share of a version's stretch are the statement's words: the rest is another statement. */
const VERSION_SHARE = 0.5;
/** A version shares at least this many distinct words that are not common ones (or all of a statement's, if it has fewer). */
const TELLING_WORDS = 2;
/** A quoted stretch is widened by at most this many words at either end: enough to show a changed first or last word, not so many that the other words of a longer quotation count as changes. */
const EDGE_WORDS = 1;
/** Past this many runs of shared words, only the first of each is tried as a start (a long quotation against itself). */
const ALL_HEADS = 256;

/** One run of shared atoms: where it starts in the reference and in the version, and its length. */
interface Run {
  ref: number;
  version: number;
  length: number;
}

/**
 * The statement's stretch in `version`, and how it relates to `reference`; undefined
 * when the version shares too few of its words to be a version of it at all.
 */
export function align(reference: Side, version: Side, quoted: boolean, common: (word: string) => boolean = () => false): Alignment | undefined {
  const [va, ra] = atomize(version.words, reference.words);
  if (ra.length === 0 || va.length === 0) return undefined;
  const runs = sharedRuns(diffSequences(keys(ra), keys(va), diffArrays));
  const best = bestStretch(runs, ra.length, va.length, quoted);
  if (!best) return undefined;
  const need = Math.min(MIN_SHARED, ra.length);
  if (best.shared < need || best.shared < VERSION_SHARE * (best.to - best.from)) return undefined;
  if (longestRun(keys(ra), keys(va).slice(best.from, best.to), runs) < Math.min(MIN_RUN, ra.length)) return undefined;
  if (!quoted && best.shared < PARAPHRASE_SHARE * ra.length) return undefined;
  const first = at(va, best.from).word;
  const last = at(va, best.to - 1).word;
  // The stretch compared again as its own words, so that its atoms are those of these words alone.
  const stretch = sliceSide(version, first, last + 1);
  const [sa, rb] = atomize(stretch.words, reference.words);
  const parts = diffSequences(keys(rb), keys(sa), diffArrays);
  const shared = parts.reduce((n, p) => (p.added || p.removed ? n : n + p.value.length), 0);
  // Words in common that are all common words ("we are not going to") are the language's, not the statement's.
  const telling = new Set(parts.flatMap((p) => (p.added || p.removed ? [] : p.value.filter((w) => !common(w)))));
  if (telling.size < Math.min(TELLING_WORDS, new Set(keys(rb).filter((w) => !common(w))).size)) return undefined;
  return {
    first,
    last,
    shared,
    similarity: Math.round(((2 * shared) / (rb.length + sa.length)) * 1000) / 1000,
    relation: quoted ? relationOf(parts, rb, sa, reference, stretch) : 'paraphrase',
    diff: wordDiff(parts, rb, sa, reference, stretch),
  };
}

function keys(atoms: readonly Atom[]): string[] {
  return atoms.map((a) => a.key);
}

function sharedRuns(parts: readonly DiffRun[]): Run[] {
  const runs: Run[] = [];
  let ref = 0;
  let version = 0;
  for (const part of parts) {
    const n = part.value.length;
    if (!part.added && !part.removed) runs.push({ ref, version, length: n });
    if (!part.added) ref += n;
    if (!part.removed) version += n;
  }
  return runs;
}

/**
 * The stretch of the version's atoms [from, to) from one run of shared atoms to another
 * that is most like the reference; inside a quotation, widened at each end by an atom
 * where the reference has atoms beyond the runs there.
 */
function bestStretch(runs: readonly Run[], refLength: number, versionLength: number, quoted: boolean): { from: number; to: number; shared: number } | undefined {
  let best: { from: number; to: number; shared: number; score: number } | undefined;
  for (let i = 0; i < runs.length; i++) {
    const head = at(runs, i);
    if (runs.length > ALL_HEADS && i > 0 && at(runs, i - 1).version + at(runs, i - 1).length < head.version - MIN_SHARED) continue;
    const from = head.version - (quoted ? Math.min(head.ref, head.version, EDGE_WORDS) : 0);
    let shared = 0;
    for (let j = i; j < runs.length; j++) {
      const run = at(runs, j);
      shared += run.length;
      const end = run.version + run.length;
      const to = end + (quoted ? Math.min(refLength - (run.ref + run.length), versionLength - end, EDGE_WORDS) : 0);
      const score = (2 * shared) / (refLength + to - from);
      if (!best || score > best.score) best = { from, to, shared, score };
    }
  }
  return best;
}

/** The words [from, to) of a side, as a side of their own. */
function sliceSide(side: Side, from: number, to: number): Side {
  return {
    words: side.words.slice(from, to),
    text: (k) => side.text(from + k),
    breakBefore: (k) => side.breakBefore(from + k),
    cutBefore: (k) => side.cutBefore(from + k),
  };
}

/**
 * The relation of a quoted stretch to the reference, from the diff of their atoms:
 * words added or changed → altered; the reference's words left out only at the ends →
 * shortened; left out inside, each gap at a sentence break of the reference or at a
 * mark in the version → spliced, else altered; nothing left out → same.
 */
function relationOf(parts: readonly DiffRun[], ref: readonly Atom[], version: readonly Atom[], reference: Side, stretch: Side): Relation {
  if (parts.some((p) => p.added)) return 'altered';
  // A diff may match a repeated word at its first place ("it is so cold, it is so cold on the quay"): words that stand in a row in the reference are a part of it.
  if (parts.some((p) => p.removed) && containsRun(keys(ref), keys(version))) return 'shortened';
  const shared = parts.map((p, k) => (!p.removed ? k : -1)).filter((k) => k >= 0);
  const firstShared = shared[0] ?? 0;
  const lastShared = shared[shared.length - 1] ?? parts.length - 1;
  let r = 0;
  let v = 0;
  let cut = false;
  for (let k = 0; k < parts.length; k++) {
    const part = at(parts, k);
    const n = part.value.length;
    if (part.removed && k > firstShared && k < lastShared) {
      // The reference's words at[r, r + n) are left out between the version's atoms v - 1 and v.
      const firstWord = at(ref, r).word;
      const nextWord = ref[r + n]?.word ?? reference.words.length;
      let atBreak = false;
      for (let w = firstWord; w <= nextWord && !atBreak; w++) atBreak = w > 0 && w < reference.words.length && reference.breakBefore(w);
      const marked = v > 0 && v < version.length && stretch.cutBefore(at(version, v).word);
      if (!atBreak && !marked) return 'altered';
      cut = true;
    }
    if (!part.added) r += n;
    if (!part.removed) v += n;
  }
  if (cut) return 'spliced';
  return parts.some((p) => p.removed) ? 'shortened' : 'same';
}

/** Above this many pairs of atoms, the longest common run is read from the diff's runs instead (which may split a run at a repeated word). */
const MOST_PAIRS = 4_000_000;

/** The length of the longest run of atoms that `a` and `b` share, in a row. */
function longestRun(a: readonly string[], b: readonly string[], runs: readonly Run[]): number {
  if (a.length * b.length > MOST_PAIRS) return Math.max(0, ...runs.map((r) => r.length));
  let previous = new Uint32Array(b.length + 1);
  let current = new Uint32Array(b.length + 1);
  let longest = 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      current[j] = a[i - 1] === b[j - 1] ? at(previous, j - 1) + 1 : 0;
      longest = Math.max(longest, at(current, j));
    }
    [previous, current] = [current, previous];
  }
  return longest;
}

/** Whether `run` stands, in a row, in `sequence`. */
function containsRun(sequence: readonly string[], run: readonly string[]): boolean {
  for (let i = 0; i + run.length <= sequence.length; i++) {
    let k = 0;
    while (k < run.length && sequence[i + k] === run[k]) k++;
    if (k === run.length) return true;
  }
  return false;
}

/** The atoms' diff as words as written: each part the words its atoms belong to. */
function wordDiff(parts: readonly DiffRun[], ref: readonly Atom[], version: readonly Atom[], reference: Side, stretch: Side): DiffPart[] {
  const out: DiffPart[] = [];
  let r = 0;
  let v = 0;
  for (const part of parts) {
    const n = part.value.length;
    const [atoms, side, from] = part.added ? [version, stretch, v] : [ref, reference, r];
    const words = [...new Set(atoms.slice(from, from + n).map((a) => a.word))];
    const op = part.added ? 'insert' : part.removed ? 'delete' : 'equal';
    out.push({ op, text: words.map((w) => side.text(w)).join(' ') });
    if (!part.added) r += n;
    if (!part.removed) v += n;
  }
  return out;
}
