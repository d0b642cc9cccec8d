// Words as search and verification see them: letters and digits, compared without
// case, diacritics, Unicode form or the style of apostrophes ("Ukraine's" = "Ukraine’s").

/** One word of a text: its comparable form and where it stands (UTF-16 offsets). */
export interface Word {
  norm: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’ʼ][\p{L}\p{N}]+)*/gu;

/** The comparable form of one word: NFKD without marks, lower case, straight apostrophes. */
export function normalizeWord(word: string): string {
  const folded = word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  return folded.replace(/['’ʼ]/g, "'");
}

/** The words of `text`, in order. */
export function tokenize(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) out.push({ norm: normalizeWord(m[0]), start: m.index, end: m.index + m[0].length });
  return out;
}

/** Optimal-string-alignment distance (a swap of two neighbours is one edit); stops early past `max`. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

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
