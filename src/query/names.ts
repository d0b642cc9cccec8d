import type { Dataset, Entity } from '../data/types.js';

// Matching a person or group by name, forgiving spelling: "zelensky" finds Volodymyr
// Zelenskyy, "macron" finds Emmanuel Macron, "Zelenski" still does.

/** Lower case, no diacritics, words separated by single spaces. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Optimal-string-alignment distance (a swap of two neighbours counts as one edit). */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (prev2[j - 2] as number) + 1);
      row.push(d);
    }
    prev2 = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/** How many edits a word of this length may carry and still match. */
export function allowedEdits(length: number): number {
  return length <= 3 ? 0 : length <= 6 ? 1 : 2;
}

/** Whether every word of `query` matches, in order, a run of words in `candidate`, each within its allowed edits. */
export function nameMatches(query: string, candidate: string): boolean {
  const q = normalizeName(query).split(' ').filter(Boolean);
  const c = normalizeName(candidate).split(' ').filter(Boolean);
  if (q.length === 0 || q.length > c.length) return false;
  for (let offset = 0; offset + q.length <= c.length; offset++) {
    if (q.every((word, k) => wordMatches(word, c[offset + k] as string))) return true;
  }
  return false;
}

function wordMatches(query: string, word: string): boolean {
  if (query === word) return true;
  const max = allowedEdits(Math.min(query.length, word.length));
  return max > 0 && editDistance(query, word, max) <= max;
}

/** The entities whose name or an alias matches `query`. */
export function findEntities(data: Dataset, query: string): Entity[] {
  return data.entities.filter((e) => [e.name, ...e.aliases].some((name) => nameMatches(query, name)));
}
