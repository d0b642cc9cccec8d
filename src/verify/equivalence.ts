import britishToAmerican from 'american-british-english-translator/data/british_spellings.json';
import americanToBritish from 'american-british-english-translator/data/american_spellings.json';
import { toWords } from 'number-to-words';
import { at, lastOf, own } from '../lists.js';

// Forms of the same words that a quote may use without altering it: British and
// American spellings (summarise / summarize, from the spelling list of the
// american-british-english-translator package), compounds written closed, spaced or
// hyphenated (ceasefire / cease fire / cease-fire, frontline / front line), numbers
// as digits or words (35 / thirty-five, from number-to-words), contractions (it's / it
// is, won't / will not) and the percent sign (15% / 15 per cent / 15 percent). Pure.
//
// Words here are in comparable form (src/text/words.ts): lower case, no diacritics.
// A hyphenated compound is already two words there ("cease-fire" → cease, fire).

/** Which kind of equivalence a match relied on. */
export type EquivalenceKind = 'spelling' | 'compound' | 'number' | 'contraction' | 'percent';

/** One place where the quote and the source use different forms of the same words. */
export interface Equivalence {
  kind: EquivalenceKind;
  /** The quote's own characters. */
  quote: string;
  /** The source's own characters. */
  source: string;
}

const toAmerican = britishToAmerican as Record<string, string>;
const toBritish = americanToBritish as Record<string, string>;

/** The American spelling of a word (the word itself when the list has no other). */
export function americanSpelling(word: string): string {
  return own(toAmerican, word) ?? word;
}

/** The word and its other spellings: what to look up in an index to find it written either way. */
export function spellings(word: string): string[] {
  const out = [word];
  for (const other of [own(toAmerican, word), own(toBritish, word)]) if (other !== undefined) out.push(other);
  return out;
}

/** Digits that number-to-words spells exactly: whole numbers below a quadrillion, without leading zeros. */
const INTEGER = /^(?:0|[1-9]\d{0,14})$/;

/** A whole number written in digits, spelt out as words ("35" → thirty, five); null for any other word. */
export function numberWords(word: string): string[] | null {
  const first = word.charCodeAt(0);
  if (first < 48 || first > 57 || !INTEGER.test(word)) return null;
  return toWords(Number(word)).split(/[\s,-]+/).filter(Boolean);
}

/**
 * How many words of `words` from `at` spell the number `spelt` (from numberWords),
 * allowing the British "and" (one hundred and five); 0 when they do not.
 */
export function matchNumberWords(spelt: readonly string[], words: (k: number) => string | undefined, at: number): number {
  let k = at;
  for (let j = 0; j < spelt.length; j++) {
    if (words(k) === 'and' && j > 0) k++;
    if (words(k) !== spelt[j]) return 0;
    k++;
  }
  return k - at;
}

/** The verbs that take "n't" as they stand (doesn't, haven't); won't, can't and shan't are irregular. */
const NOT_VERBS = new Set('do does did is are was were has have had would could should must need might'.split(' '));
const IRREGULAR_NOT: Record<string, string[][]> = { "won't": [['will', 'not']], "can't": [['can', 'not'], ['cannot']], "shan't": [['shall', 'not']] };
/** Who may stand before 'll, 'd, 're, 've, 'm and (as "is" or "has") 's. */
const PRONOUNS = new Set('i you he she it we they that there who what here where how'.split(' '));
const MODALS = new Set('could would should might must'.split(' '));
const SUFFIXES: Record<string, { words: string[][]; before: (base: string) => boolean }> = {
  ll: { words: [['will']], before: (b) => PRONOUNS.has(b) },
  d: { words: [['would'], ['had']], before: (b) => PRONOUNS.has(b) },
  re: { words: [['are']], before: (b) => PRONOUNS.has(b) },
  ve: { words: [['have']], before: (b) => PRONOUNS.has(b) || MODALS.has(b) },
  m: { words: [['am']], before: (b) => b === 'i' },
  // Only after a pronoun: after a noun ("Ukraine's") 's is mostly a possessive.
  s: { words: [['is'], ['has']], before: (b) => PRONOUNS.has(b) && b !== 'i' },
};

/**
 * The words a contraction stands for, each reading it may have ("it's" → it is, it
 * has; "don't" → do not); null for any other word. Words are in comparable form, with
 * straight apostrophes.
 */
export function expansions(word: string): string[][] | null {
  const apostrophe = word.indexOf("'");
  if (apostrophe <= 0) return null;
  const irregular = own(IRREGULAR_NOT, word);
  if (irregular) return irregular;
  if (word.endsWith("n't")) {
    const verb = word.slice(0, -3);
    return NOT_VERBS.has(verb) ? [[verb, 'not']] : null;
  }
  const base = word.slice(0, apostrophe);
  const suffix = word.slice(apostrophe + 1);
  if (word === "let's") return [['let', 'us']];
  const rule = Object.hasOwn(SUFFIXES, suffix) ? SUFFIXES[suffix] : undefined;
  return rule && rule.before(base) ? rule.words.map((w) => [base, ...w]) : null;
}

/** The word of a percent sign (src/text/words.ts reads "15%" as 15, %), and the words it may be written as. */
const PERCENT_SIGN = '%';
function isPercent(word: string | undefined): boolean {
  return word === PERCENT_SIGN || word === 'percent';
}

/** Whether a word may stand for, or be part of, a contraction or a percent: such words need not stand where the quote has them. */
export function isContractible(word: string): boolean {
  return expansions(word) !== null || CONTRACTED.has(word) || isPercent(word) || word === 'per' || word === 'cent';
}
const CONTRACTED = new Set([...NOT_VERBS, ...PRONOUNS, ...MODALS, 'not', 'will', 'shall', 'can', 'cannot', 'are', 'am', 'let', 'us']);

/** How many words from `at` spell one reading of `contraction` (expansions); 0 when none. */
function matchExpansion(contraction: string, words: (k: number) => string | undefined, at: number): number {
  for (const reading of expansions(contraction) ?? []) if (reading.every((w, k) => words(at + k) === w)) return reading.length;
  return 0;
}

/** How many words from `at` write out a percent sign (percent, or per cent); 0 when none. */
function matchPercent(words: (k: number) => string | undefined, at: number): number {
  if (words(at) === 'percent') return 1;
  return words(at) === 'per' && words(at + 1) === 'cent' ? 2 : 0;
}

/** One step of a match: `source` words of the source stand for `quote` words of the quote. */
export interface Step {
  source: number;
  quote: number;
  kind: EquivalenceKind | null;
}

/**
 * Whether the source's words from `p` and the quote's from `i` begin with the same
 * words, and how many of each that takes: the same word; another spelling of it; a
 * closed compound against two words; a number in digits against its words.
 */
export function stepAt(source: (p: number) => string | undefined, p: number, quote: (i: number) => string | undefined, i: number): Step | null {
  const s = source(p);
  const q = quote(i);
  if (s === undefined || q === undefined) return null;
  if (s === q) return { source: 1, quote: 1, kind: null };
  if (americanSpelling(s) === americanSpelling(q)) return { source: 1, quote: 1, kind: 'spelling' };
  if (s === PERCENT_SIGN || q === PERCENT_SIGN) {
    const n = s === PERCENT_SIGN ? matchPercent(quote, i) : matchPercent(source, p);
    if (n > 0) return s === PERCENT_SIGN ? { source: 1, quote: n, kind: 'percent' } : { source: n, quote: 1, kind: 'percent' };
  }
  if (s.includes("'")) {
    const n = matchExpansion(s, quote, i);
    if (n > 0) return { source: 1, quote: n, kind: 'contraction' };
  }
  if (q.includes("'")) {
    const n = matchExpansion(q, source, p);
    if (n > 0) return { source: n, quote: 1, kind: 'contraction' };
  }
  const s2 = source(p + 1);
  if (s2 !== undefined && s + s2 === q) return { source: 2, quote: 1, kind: 'compound' };
  const q2 = quote(i + 1);
  if (q2 !== undefined && s === q + q2) return { source: 1, quote: 2, kind: 'compound' };
  const sourceNumber = numberWords(s);
  if (sourceNumber) {
    const n = matchNumberWords(sourceNumber, quote, i);
    if (n > 0) return { source: 1, quote: n, kind: 'number' };
  }
  const quoteNumber = numberWords(q);
  if (quoteNumber) {
    const n = matchNumberWords(quoteNumber, source, p);
    if (n > 0) return { source: n, quote: 1, kind: 'number' };
  }
  return null;
}

/** A unit of comparison: a word, or part of one (a number's words, a compound's halves), with the index of the word it comes from. */
export interface Atom {
  key: string;
  word: number;
}

/**
 * Two word sequences as atoms that compare equal where the words are equivalent: each
 * word in its American spelling, numbers in digits as their words, and a closed
 * compound split into the two words the other sequence has for it.
 */
export function atomize(a: readonly string[], b: readonly string[]): [Atom[], Atom[]] {
  return [atomsOf(a, b), atomsOf(b, a)];
}

/** A word's key for comparison: its American spelling; a percent sign as the word. */
function keyOf(word: string): string {
  return word === PERCENT_SIGN ? 'percent' : americanSpelling(word);
}

function atomsOf(words: readonly string[], other: readonly string[]): Atom[] {
  const pairs = new Map<string, [string, string]>();
  const otherWords = new Set(other.map(keyOf));
  for (let k = 0; k + 1 < other.length; k++) {
    const left = keyOf(at(other, k));
    const right = keyOf(at(other, k + 1));
    pairs.set(left + right, [left, right]);
  }
  const atoms: Atom[] = [];
  words.forEach((word, index) => {
    // A contraction the other side writes out is its words (the reading whose words the other side has).
    const readings = otherWords.has(word) ? null : expansions(word);
    if (readings) {
      const reading = readings.find((r) => r.every((w) => otherWords.has(w))) ?? at(readings, 0);
      for (const key of reading) atoms.push({ key, word: index });
      return;
    }
    const spelt = numberWords(word);
    if (spelt) {
      for (const key of spelt) atoms.push({ key, word: index });
      return;
    }
    // The British "and" inside a number spelt out: one hundred and five.
    if (word === 'and' && NUMBER_WORD.test(words[index - 1] ?? '') && NUMBER_WORD.test(words[index + 1] ?? '')) return;
    const key = keyOf(word);
    const split = otherWords.has(key) ? undefined : pairs.get(key);
    if (split) atoms.push({ key: split[0], word: index }, { key: split[1], word: index });
    else atoms.push({ key, word: index });
  });
  return atoms;
}

/** Whether a word is one that numbers are spelt out in (not "zero", nor the British "and"). */
export function isNumberWord(word: string): boolean {
  return NUMBER_WORD.test(word);
}

const NUMBER_WORD = /^(?:hundred|thousand|million|billion|trillion|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)$/;

/** One run of a diff between two sequences of atom keys: in both, only the first (removed), or only the second (added). */
export interface DiffRun {
  value: string[];
  added?: boolean;
  removed?: boolean;
}

/** Sequences longer than this together are first cut at stretches they share (patience diff). */
const PATIENCE_ABOVE = 2000;
/** Runs of this many atoms are the anchors: in a small vocabulary single words repeat, pairs rarely do. */
const ANCHOR_ATOMS = 2;

/**
 * A diff of two sequences: jsdiff's Myers diff, which is O(N·D) and takes seconds on a
 * 16,000-word quote with a changed word in seven; for long sequences, first cut both at
 * the runs of ANCHOR_ATOMS atoms that occur exactly once in each, in the same order
 * (patience diff, as git does), so that Myers only runs on the short stretches between
 * them. A stretch that needs more edits than a bound is taken as removed and added whole.
 */
export function diffSequences(a: readonly string[], b: readonly string[], diffArrays: (a: string[], b: string[], options: { maxEditLength: number }) => DiffRun[] | undefined): DiffRun[] {
  const out: DiffRun[] = [];
  const push = (run: DiffRun) => {
    if (run.value.length === 0) return;
    const last = out[out.length - 1];
    if (last && !!last.added === !!run.added && !!last.removed === !!run.removed) last.value.push(...run.value);
    else out.push({ value: [...run.value], ...(run.added ? { added: true } : {}), ...(run.removed ? { removed: true } : {}) });
  };
  const myers = (x: string[], y: string[]) => {
    if (x.length === 0 || y.length === 0) {
      push({ value: x, removed: true });
      push({ value: y, added: true });
      return;
    }
    const long = x.length + y.length > PATIENCE_ABOVE;
    const parts = diffArrays(x, y, { maxEditLength: long ? 256 : x.length + y.length });
    if (parts) for (const p of parts) push(p);
    else {
      push({ value: x, removed: true });
      push({ value: y, added: true });
    }
  };
  if (a.length + b.length <= PATIENCE_ABOVE) {
    myers([...a], [...b]);
    return out;
  }
  const runsOnce = (seq: readonly string[]) => {
    const seen = new Map<string, number>();
    for (let i = 0; i + ANCHOR_ATOMS <= seq.length; i++) {
      const key = seq.slice(i, i + ANCHOR_ATOMS).join('\u0000');
      seen.set(key, seen.has(key) ? -1 : i);
    }
    return seen;
  };
  const inA = runsOnce(a);
  const inB = runsOnce(b);
  const pairs: [number, number][] = [];
  for (const [key, i] of inA) {
    const j = inB.get(key);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((p, q) => p[0] - q[0]);
  // The longest chain of pairs increasing in both sequences.
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (at(pairs, tails[mid] as number)[1] < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[k] = at(tails, lo - 1);
    tails[lo] = k;
  });
  const chain: [number, number][] = [];
  for (let k = tails.length > 0 ? lastOf(tails) : -1; k >= 0; k = at(previous, k)) chain.push(at(pairs, k));
  chain.reverse();
  let i = 0;
  let j = 0;
  for (const [ai, bj] of chain) {
    // Anchors that overlap the one before are passed over.
    if (ai < i || bj < j) continue;
    myers(a.slice(i, ai), b.slice(j, bj));
    push({ value: a.slice(ai, ai + ANCHOR_ATOMS) });
    i = ai + ANCHOR_ATOMS;
    j = bj + ANCHOR_ATOMS;
  }
  myers(a.slice(i), b.slice(j));
  return out;
}
