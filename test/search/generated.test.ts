import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-data.mjs';
import { DEFAULT_THRESHOLD, runSearch, storeSearchContext } from '../../src/search/run.js';
import { indexDataset } from '../../src/dataset/dataset.js';
import { loadStore } from '../../src/cache/load.js';
import { searchIndexOf } from '../../src/search/stored.js';
import type { FactStore } from '../../src/cache/store.js';
import type { DatasetFile } from '../../src/dataset/types.js';
import { searchExhaustive, searchIndex } from '../../src/search/search.js';
import { tempDir } from '../helpers.js';

// The search behaviours of the search issue, on generated data read through the index
// cache (the fast path used for large files), and the fast path against exhaustive scoring.

const data: DatasetFile = generateDataset(5000, 7);
let store: FactStore;

beforeAll(async () => {
  const dir = tempDir();
  const file = join(dir, 'generated.json');
  writeFileSync(file, JSON.stringify(data));
  const io = { cwd: dir, env: { XDG_CACHE_HOME: join(dir, 'cache') }, err: () => {}, stderrIsTTY: false };
  await loadStore({ paths: [file] }, io); // builds the cache
  store = await loadStore({ paths: [file] }, io); // and reads it back
});

const ids = async (query: string) =>
  (await runSearch(store, query, { threshold: DEFAULT_THRESHOLD })).map((h) => (h.passage ? `source:${store.sourceIds[h.passage.source]}` : h.doc < store.recordCount ? store.id(h.doc) : store.entities[h.doc - store.recordCount]!.id));
const record = (i: number) => data.records[i]!;
const words = (i: number) => record(i).text.split(/[^a-z]+/).filter((w) => w.length >= 8);

describe('search on generated data, through the index cache', () => {
  it('forgives a swapped and a missing letter', async () => {
    const target = data.records.findIndex((r) => r.text.split(' ').filter((w) => /^[a-z]{9,}$/.test(w)).length >= 2);
    const [a, b] = words(target);
    const swapped = a!.slice(0, 2) + a![3] + a![2] + a!.slice(4);
    const missing = b!.slice(0, 3) + b!.slice(4);
    const found = await ids(`${swapped} ${missing}`);
    expect(found.slice(0, 20)).toContain(record(target).id);
  });

  it('ranks a pasted passage of 100 characters or more, a few words changed, first', async () => {
    const target = data.records.findIndex((r) => r.kind === 'claim' && r.text.length > 160);
    const pasted = record(target)
      .text.split(' ')
      .map((w, k) => (k % 9 === 4 ? 'banana' : w))
      .join(' ');
    expect(pasted.length).toBeGreaterThanOrEqual(100);
    expect((await ids(pasted))[0]).toBe(record(target).id);
  });

  it('ranks records holding every word above those holding some', async () => {
    const hits = (await runSearch(store, 'reassurance force', { threshold: 0.6 })).filter((h) => h.doc < store.recordCount);
    const holdsBoth = (h: { doc: number }) => h.doc < store.recordCount && /reassurance/.test(store.text(h.doc)) && /\bforces?\b/.test(store.text(h.doc));
    const firstPartial = hits.findIndex((h) => !holdsBoth(h));
    expect(firstPartial).toBeGreaterThan(0);
    expect(hits.slice(firstPartial).some(holdsBoth)).toBe(false);
  });

  it('finds a person by a misspelt surname, with what they said', async () => {
    const person = data.entities[3]!;
    const surname = person.aliases[0]!;
    const misspelt = surname.slice(0, -2) + surname.at(-1) + surname.at(-2);
    const found = await ids(misspelt);
    expect(found).toContain(person.id);
    expect(found.some((id) => data.records.find((r) => r.id === id)?.speaker === person.id)).toBe(true);
  });

  it('matches nothing for a long query of nonsense', async () => {
    expect(await ids('zorblax quintar vempish gloobwart snerfle trimbazoo klaxopod frindlewump')).toEqual([]);
  });

  it('gives the same top 10 as scoring every record exhaustively', async () => {
    const index = await searchIndexOf(store);
    const dataset = indexDataset([data]);
    for (const query of ['reassurance force', 'security guarantees', 'agrement', 'peace ceasefire talks', 'minister budget reform', words(11).join(' ')]) {
      const fast = searchIndex(index, query, 1, storeSearchContext(store, index)).slice(0, 10);
      const slow = searchExhaustive(dataset, query, 1).slice(0, 10);
      expect(fast.map((h) => h.doc), query).toEqual(slow.map((h) => h.doc));
    }
  });

  it('gives, with a limit, exactly the first hits of the whole ranking (within phrase ranking and past it)', async () => {
    for (const query of ['reassurance force', 'force', 'peace ceasefire talks']) {
      const all = await runSearch(store, query, { threshold: 1 });
      expect(all.length, query).toBeGreaterThan(1500);
      for (const limit of [1, 10, 999, 1000, 1001, 1500]) {
        const limited = await runSearch(store, query, { threshold: 1, limit });
        expect(limited, `${query} --limit ${limit}`).toEqual(all.slice(0, limit));
      }
      // And with a filter, which the best hits pass before they are kept.
      const quotes = await runSearch(store, query, { threshold: 1, kinds: new Set(['quote']) });
      expect(await runSearch(store, query, { threshold: 1, kinds: new Set(['quote']), limit: 10 }), query).toEqual(quotes.slice(0, 10));
    }
  });
});
