import { describe, expect, it } from 'vitest';
import { generateArticle } from '../../bench/generate-data.mjs';
import { storeFromDataset } from '../../src/cache/store.js';
import { indexDataset } from '../../src/dataset/dataset.js';
import type { DatasetFile } from '../../src/dataset/types.js';
import { planSearch, trigramBound, vocabularyWanted, wordCounts, type SearchPlan } from '../../src/search/plan.js';
import { allowedEdits, wordSimilarity } from '../../src/text/words.js';
import { PARTIAL_SLACK, runSearch, type SearchResult } from '../../src/search/run.js';
import type { FactStore } from '../../src/cache/store.js';

// A search that reads only the sources a plan picks, with the plan's weights, finds what
// the search of everything finds, in the same order with the same scores: the promise a
// library in a database keeps (test/database holds it through SQL; here it is held on
// many queries without a server). The plan's vocabulary and counts are the whole's.

const articles: DatasetFile[] = Array.from({ length: 40 }, (_, i) => generateArticle(i, 6));

/** The whole's vocabulary and document count, as the database's tables hold them. */
function whole(files: readonly DatasetFile[]): { vocabulary: Map<string, number>; documents: number } {
  const vocabulary = new Map<string, number>();
  let documents = 0;
  for (const file of files) {
    const counts = wordCounts([file]);
    counts.words.forEach((w, i) => vocabulary.set(w, (vocabulary.get(w) ?? 0) + (counts.counts[i] ?? 0)));
    documents += counts.documents;
  }
  return { vocabulary, documents };
}

/** The sources a plan picks, as the database's WHERE clause does: those whose words hold at least atLeast of its groups. */
function picked(plan: SearchPlan, files: readonly DatasetFile[]): DatasetFile[] {
  return files.map((file) => {
    const { pick } = plan;
    const words = new Set(wordCounts([file]).words);
    const held = pick ? pick.groups.filter((g) => g.words.some((w) => words.has(w)) || g.pairs.some(([a, b]) => words.has(a) && words.has(b))).length : Infinity;
    // A source not picked still gives its people, as the database's read does.
    return held >= (pick?.atLeast ?? 0) ? file : { version: 1, sources: [], entities: file.entities, records: [] };
  });
}

/** A result as a reader sees it: what it is, and its score. */
function shown(store: FactStore, results: readonly SearchResult[]): string[] {
  const n = store.recordCount;
  return results.map((r) => {
    const what = r.passage ? `${store.sourceIds[r.passage.source]}@${r.passage.start}` : r.doc < n ? store.record(r.doc).id : store.entities[r.doc - n]?.id;
    return `${what} ${r.score}${r.partial ? ' partial' : ''}`;
  });
}

describe('a search planned for a part of the documents', () => {
  const all = storeFromDataset(indexDataset(articles));
  const { vocabulary, documents } = whole(articles);
  const words = [...vocabulary.keys()];
  // Queries of one to four words, common and rare, some misspelt (a letter dropped), some names.
  const queries: string[] = [];
  for (let i = 0; queries.length < 60; i++) {
    const pickWord = (k: number) => words[(i * 7919 + k * 104729) % words.length] ?? '';
    const count = 1 + (i % 4);
    const query = Array.from({ length: count }, (_, k) => pickWord(k)).map((w, k) => (k === 0 && i % 3 === 0 && w.length > 5 ? w.slice(0, 2) + w.slice(3) : w));
    queries.push(query.join(' '));
  }
  queries.push('reassurance force', 'front line', 'frontline', 'how many people said security?', articles[3]?.entities[0]?.name ?? '');

  it.each([0.3, 0.45, 0.7])('finds the same hits, scores and order at threshold %s', async (threshold) => {
    let smaller = 0;
    for (const query of queries) {
      const expected = shown(all, await runSearch(all, query, { threshold }));
      // As `facts search` runs it: planned at its threshold, and again at the looser one when nothing held every word.
      const planned = async (at: number) => {
        const plan = planSearch(query, vocabulary, documents, at);
        const part = picked(plan, articles);
        const store = storeFromDataset(indexDataset(part));
        return { part, results: await runSearch(store, query, { threshold, weights: plan.weights }), store };
      };
      let run = await planned(threshold);
      if (run.results.length === 0 || run.results[0]?.partial) run = await planned(Math.min(1, threshold + PARTIAL_SLACK));
      expect(shown(run.store, run.results), query).toEqual(expected);
      if (run.part.some((f) => f.sources.length === 0)) smaller++;
    }
    // The plans do leave sources out, for most queries.
    expect(smaller).toBeGreaterThan(queries.length / 3);
  });

  it.each([1, 3, 10])('finds the same best %s with the smaller pick first, when its best all score below anything outside it', async (limit) => {
    let settled = 0;
    for (const query of queries) {
      const expected = shown(all, await runSearch(all, query, { threshold: 0.45, limit }));
      const plan = planSearch(query, vocabulary, documents, 0.45);
      if (!plan.best) continue;
      const store = storeFromDataset(indexDataset(picked({ ...plan, pick: plan.best }, articles)));
      const results = await runSearch(store, query, { threshold: 0.45, limit, weights: plan.weights });
      const last = results[results.length - 1];
      if (results.length < limit || results[0]?.partial || last === undefined || last.score >= plan.best.below) continue;
      expect(shown(store, results), query).toEqual(expected);
      settled++;
    }
    // (And it does answer some of them.)
    expect(settled).toBeGreaterThan(0);
  });

  it('asks for both of two words of like weight at the default threshold, one at a loose one, and two of three', () => {
    const { vocabulary, documents } = whole(articles);
    expect(planSearch('reassurance force', vocabulary, documents, 0.45).pick?.atLeast).toBe(2);
    expect(planSearch('reassurance force', vocabulary, documents, 0.7).pick?.atLeast).toBe(1);
    expect(planSearch('security peace reassurance', vocabulary, documents, 0.45).pick?.atLeast).toBe(2);
    expect(planSearch('security', vocabulary, documents, 0.45).pick?.atLeast).toBe(1);
    // A misspelt word asks for the words it matches; a compound, for its halves together.
    expect(planSearch('reasurance', vocabulary, documents, 0.45).pick?.groups[0]?.words).toContain('reassurance');
    expect(planSearch('frontline', vocabulary, documents, 0.45).pick?.groups[0]?.pairs).toContainEqual(['front', 'line']);
    // The smaller pick: every word at its best, a misspelt one at its closest spellings;
    // outside it, a document scores at least what every word so matched, one at its next
    // best, would.
    const plan = planSearch('reasurance force', vocabulary, documents, 0.45);
    expect(plan.best?.groups.map((g) => g.words)).toEqual([['reassurance'], ['force']]);
    expect(plan.best?.below).toBeGreaterThan(0);
    expect(plan.best?.below).toBeLessThan(0.1);
    // A word nothing matches is left out of it: no document can match it.
    expect(planSearch('force zzqxw', vocabulary, documents, 0.45).best?.groups).toHaveLength(1);
    // Nothing to look for: no pick, every source.
    expect(planSearch('   ', vocabulary, documents, 0.45).pick).toBeUndefined();
  });
});

/** pg_trgm's similarity of two words of letters a-z and digits: their distinct trigrams, each word padded with two spaces before and one after, shared over all. */
function trigramSimilarity(a: string, b: string): number {
  const trigrams = (w: string) => new Set(Array.from({ length: w.length + 1 }, (_, i) => `  ${w} `.slice(i, i + 3)));
  const [x, y] = [trigrams(a), trigrams(b)];
  const shared = [...x].filter((t) => y.has(t)).length;
  return shared / (x.size + y.size - shared);
}

/** Every spelling of `word` one edit away: a letter dropped, added, changed, or two swapped. */
function oneEdit(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i <= word.length; i++) {
    out.push(word.slice(0, i) + 'q' + word.slice(i));
    if (i < word.length) out.push(word.slice(0, i) + word.slice(i + 1), word.slice(0, i) + 'q' + word.slice(i + 1));
    if (i + 1 < word.length) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  }
  return out;
}

describe('the trigrams a misspelt word is looked up by in the database', () => {
  it('never leave out a spelling within its edits: every one has at least the bound', () => {
    const words = [...whole(articles).vocabulary.keys()].filter((w) => /^[a-z0-9]{4,}$/.test(w));
    let checked = 0;
    for (const query of words.filter((_, i) => i % 13 === 0)) {
      const edits = allowedEdits(query.length);
      const bound = trigramBound(query, edits);
      // Spellings of the library and made ones, one and two edits away (swaps, repeated letters and all).
      const near = [...words, ...oneEdit(query), ...(edits > 1 ? oneEdit(query).flatMap(oneEdit) : [])];
      for (const word of near) {
        if (!/^[a-z0-9]+$/.test(word) || wordSimilarity(query, word) === 0 || word.startsWith(query)) continue;
        expect(trigramSimilarity(query, word), `${query} ~ ${word}`).toBeGreaterThanOrEqual(bound);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    // A long word has one to rely on; a word of seven letters with two edits, or one of other letters, has none.
    expect(trigramBound('reassurance', 2)).toBeCloseTo(4 / 22);
    expect(trigramBound('shelter', 2)).toBe(0);
    expect(trigramBound('zürich', 1)).toBe(0);
    // A word too short for edits is looked up as it is.
    expect(vocabularyWanted('eu troops')).toMatchObject({ near: [{ word: 'troops', lengths: [5, 7] }], exact: expect.arrayContaining(['eu']) });
  });
});

