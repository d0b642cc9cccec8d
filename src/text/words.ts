import { at } from '../lists.js';
// Words as search and verification see them: letters and digits, compared without
// case, diacritics, Unicode form or the style of apostrophes ("Ukraine's" = "Ukraine’s").

/** One word of a text: its comparable form and where it stands (UTF-16 offsets). */
export interface Word {
  norm: string;
  start: number;
  end: number;
}

/** The comparable form of one word: NFKD without marks, lower case, straight apostrophes. */
export function normalizeWord(word: string): string {
  if (/^[a-z0-9]*$/.test(word)) return word;
  if (/^[A-Za-z0-9]*$/.test(word)) return word.toLowerCase();
  const folded = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.replace(/['’ʼ]/g, "'");
}

// Large datasets repeat the same words millions of times: remember their forms.
const known = new Map<string, string>();

function normalizeCached(word: string): string {
  let norm = known.get(word);
  if (norm === undefined) {
    if (known.size > 500_000) known.clear();
    norm = normalizeWord(word);
    known.set(word, norm);
  }
  return norm;
}

/** Made on first use: a Unicode property class costs V8 about half a millisecond to build, at every start. */
let letterOrDigitPattern: RegExp | undefined;
const letterOrDigit = { test: (s: string) => (letterOrDigitPattern ??= /[\p{L}\p{N}\p{M}]/u).test(s) };
const wideCache = new Map<number, boolean>();

function isWordUnit(code: number, text: string, i: number): boolean {
  if (code < 0x80) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  if (code >= 0xd800 && code <= 0xdbff) return letterOrDigit.test(text.slice(i, i + 2));
  if (code >= 0xdc00 && code <= 0xdfff) return letterOrDigit.test(text.slice(i - 1, i + 1));
  let known = wideCache.get(code);
  if (known === undefined) wideCache.set(code, (known = letterOrDigit.test(String.fromCharCode(code))));
  return known;
}

const isApostrophe = (code: number) => code === 39 || code === 0x2019 || code === 0x2bc;

/**
 * Steps through the words of a text: runs of letters, digits and combining marks, with
 * apostrophes inside them ("Ukraine's"). A hand-written scanner without callbacks: on
 * large datasets it is several times faster than a Unicode regular expression.
 */
export class WordScanner {
  /** The comparable form of the current word. */
  norm = '';
  start = 0;
  end = 0;
  /** The current word is lower-case ASCII letters and digits: its text is its comparable form. */
  plain = true;
  /** The current word is a sign read as a word (a percent sign): its comparable form is in `norm` whatever `withNorm` was. */
  sign = false;
  private at = 0;

  /**
   * With `percent`, a percent sign after a number is a word of its own, "%", so that
   * verification tells "15%" from "15" and matches it with "15 per cent" (search reads
   * the sign as punctuation, as it always has).
   */
  constructor(
    private readonly text: string,
    private readonly percent = false,
  ) {}

  /** Moves to the next word; false at the end. With `withNorm` false, only the offsets are set. */
  next(withNorm = true): boolean {
    const text = this.text;
    const n = text.length;
    let i = this.at;
    while (i < n && !isWordUnit(text.charCodeAt(i), text, i)) {
      if (this.percent && text.charCodeAt(i) === 37 && afterNumber(text, i)) {
        this.start = i;
        this.end = this.at = i + 1;
        this.plain = false;
        this.sign = true;
        this.norm = '%';
        return true;
      }
      i++;
    }
    if (i >= n) {
      this.at = n;
      return false;
    }
    const start = i;
    // Plain lower-case ASCII words (most of them) need no normalizing at all.
    let plain = true;
    while (i < n) {
      const code = text.charCodeAt(i);
      if (isWordUnit(code, text, i)) {
        if (code < 48 || code > 122 || (code > 57 && code < 97)) plain = false;
        i++;
      } else if (isApostrophe(code) && i + 1 < n && isWordUnit(text.charCodeAt(i + 1), text, i + 1)) {
        plain = false;
        i += 2;
      } else break;
    }
    this.start = start;
    this.end = i;
    this.at = i;
    this.plain = plain;
    this.sign = false;
    if (withNorm) {
      const word = text.slice(start, i);
      this.norm = plain ? word : normalizeCached(word);
    }
    return true;
  }
}

/** Whether the percent sign at i follows a number's last digit, directly or after one space ("15%", "15 %"). */
function afterNumber(text: string, i: number): boolean {
  let k = i - 1;
  const space = text.charCodeAt(k);
  if (space === 32 || space === 0xa0 || space === 0x202f) k--;
  const digit = text.charCodeAt(k);
  return digit >= 48 && digit <= 57;
}

/** The words of `text`, in order; with `percent`, a percent sign after a number is the word "%" (WordScanner). */
export function tokenize(text: string, { percent = false } = {}): Word[] {
  const out: Word[] = [];
  const scanner = new WordScanner(text, percent);
  while (scanner.next()) out.push({ norm: scanner.norm, start: scanner.start, end: scanner.end });
  return out;
}

/** How many words `text` has. */
export function countWords(text: string): number {
  const scanner = new WordScanner(text);
  let n = 0;
  while (scanner.next(false)) n++;
  return n;
}

/** Optimal-string-alignment distance (a swap of two neighbours is one edit); past `max`, some number above it (it stops early when it can). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows, reused from call to call: a search compares a query word with tens of
  // thousands of vocabulary words, and a row array for each cost it a tenth of its time.
  if (rows[0].length <= b.length) rows = [0, 1, 2].map(() => new Int32Array(2 * (b.length + 1))) as [Int32Array, Int32Array, Int32Array];
  let [prev2, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      const cost = ai === bj ? 0 : 1;
      let d = Math.min(at(prev, j) + 1, at(row, j - 1) + 1, at(prev, j - 1) + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) d = Math.min(d, at(prev2, j - 2) + 1);
      row[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const free = prev2;
    prev2 = prev;
    prev = row;
    row = free;
  }
  return at(prev, b.length);
}

let rows: [Int32Array, Int32Array, Int32Array] = [new Int32Array(64), new Int32Array(64), new Int32Array(64)];

/** How many edits (wrong, missing or swapped letters) a word of this length may carry. */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/**
 * How well a query word matches a word of the text, from 0 (not at all) to 1 (the same).
 * Up to the allowed edits count (0.9 for one, 0.8 for two); a query of four or more
 * letters also matches the start of a longer word ("guarantee" finds "guarantees").
 */
export function wordSimilarity(query: string, word: string): number {
  if (query === word) return 1;
  const max = allowedEdits(query.length);
  if (query.length >= 4 && word.startsWith(query)) return word.length - query.length <= 3 ? 0.9 : 0.8;
  if (max === 0) return 0;
  const d = editDistance(query, word, max);
  return d <= max ? 1 - 0.1 * d : 0;
}
