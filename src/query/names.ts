import type { Dataset, Entity } from '../data/types.js';
import { allowedEdits, editDistance } from '../text/words.js';

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
export function findEntities(data: Pick<Dataset, 'entities'>, query: string): Entity[] {
  return data.entities.filter((e) => [e.name, ...e.aliases].some((name) => nameMatches(query, name)));
}
