import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/dataset/dataset.js';
import { loadBundledDataset } from '../../src/cache/load.js';
import { storeFromDataset } from '../../src/cache/store.js';
import { buildSearchIndex, datasetSearchSource, searchExhaustive, searchIndex } from '../../src/search/search.js';
import { DEFAULT_THRESHOLD, resultDoc, runSearch, storeSearchContext } from '../../src/search/run.js';
import { datasetFrom } from '../fixtures/build.js';
import { generateDataset } from '../../bench/generate-data.mjs';

// A small fixture for ranking, so that these tests do not move when the real data grows.
const fixture = storeFromDataset(indexDataset([
  datasetFrom(
    [
      { kind: 'quote', text: 'The reassurance force will be deployed after the ceasefire.', speaker: 'ruiz' },
      { kind: 'quote', text: 'A force of that size cannot be assembled quickly.', speaker: 'ruiz' },
      { kind: 'claim', text: 'Reassurance for the markets came from the central bank.', speaker: 'kovacs' },
      { kind: 'quote', text: 'We will stand with Ukraine for as long as it takes.', speaker: 'zelenskyy' },
      {
        kind: 'claim',
        text: 'The council met for six hours on Tuesday and agreed, after a long and sometimes bitter exchange about money, borders and the timetable, to send engineers to rebuild the damaged bridges near the river before winter.',
        speaker: 'kovacs',
      },
      { kind: 'guarantee', text: 'Partners will contribute to the security of the eastern border.', speaker: 'ruiz', title: 'Border security' },
    ],
    [
      { id: 'ruiz', name: 'Ana Ruiz', type: 'person', role: 'defence minister', aliases: ['Ruiz'] },
      { id: 'kovacs', name: 'Petra Kovacs', type: 'person', role: 'council president', aliases: ['Kovacs'] },
      { id: 'zelenskyy', name: 'Volodymyr Zelenskyy', type: 'person', role: null, aliases: ['Zelensky', 'Zelenskiy'] },
    ],
  ),
]));

const ids = async (query: string, threshold = 0.5) =>
  (await runSearch(fixture, query, { threshold })).map((hit) => {
    const doc = resultDoc(fixture, hit);
    return doc.type === 'record' ? doc.record.id : doc.type === 'entity' ? doc.entity.id : `source:${fixture.sourceIds[doc.passage.source]}`;
  });

describe('search', () => {
  it.each([
    ['a swapped letter', 'reassurance froce', 'q1'],
    ['a missing letter', 'reasurance force', 'q1'],
    ['a wrong letter', 'reassurence force', 'q1'],
    ['two typos in a long word', 'reasurrance force', 'q1'],
    ['a swapped letter in a title word', 'bordre secuirty', 'g6'],
  ])('forgives %s', async (_name, query, expected) => {
    expect((await ids(query))[0]).toBe(expected);
  });

  it('finds a person by another spelling of the name, and what they said', async () => {
    const found = await ids('Zelensky');
    expect(found).toContain('zelenskyy');
    expect(found).toContain('q4');
    expect(await ids('Zelenskiy')).toEqual(found);
  });

  it('ranks records holding every word above those holding some, whatever the word order', async () => {
    const found = await ids('reassurance force');
    expect(found[0]).toBe('q1');
    expect(found.indexOf('q1')).toBeLessThan(found.indexOf('q2'));
    expect(found.indexOf('q1')).toBeLessThan(found.indexOf('c3'));
    expect(await ids('force reassurance')).toEqual(found);
    // Even misspelt, the record with both words stays first.
    expect((await ids('reasurance froce'))[0]).toBe('q1');
  });

  it('ranks the passage a pasted sentence came from first, with a few words changed', async () => {
    const pasted = 'the council met for six hours on Tuesday and agreed, after a long and often bitter argument about money, borders and the schedule, to send engineers to rebuild the bridges';
    expect(pasted.length).toBeGreaterThanOrEqual(100);
    expect((await ids(pasted))[0]).toBe('c5');
  });

  it('matches nothing for a long query of nonsense', async () => {
    expect(await ids('zorblax quintar vempish gloobwart snerfle trimbazoo klaxopod frindlewump')).toEqual([]);
  });

  it('finds a word at the end of a long field (no 32-character pattern cut, no location bias)', async () => {
    expect(await ids('winter')).toEqual(['c5']);
    expect((await ids('river before winter'))[0]).toBe('c5');
  });

  it('by default leaves out records that hold only half of two equally common words', async () => {
    expect(await ids('reassurance force', DEFAULT_THRESHOLD)).toEqual(['q1']);
    expect(await ids('reassurance force', 0.5)).toEqual(expect.arrayContaining(['q1', 'q2', 'c3']));
  });

  it('scores from 0 (perfect) upwards, best first, within the threshold', async () => {
    const hits = await runSearch(fixture, 'reassurance force', { threshold: 0.5 });
    expect(hits[0]?.score).toBe(0);
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.score).toBeGreaterThanOrEqual(hits[i - 1]!.score);
    for (const h of hits) expect(h.score).toBeLessThanOrEqual(0.5);
    expect((await runSearch(fixture, 'reassurance force', { threshold: 0 })).length).toBeLessThan(hits.length);
  });

  it('filters by kind and by speaker', async () => {
    expect((await runSearch(fixture, 'reassurance', { threshold: 0.5, kinds: new Set(['claim']) })).map((h) => fixture.id(h.doc))).toEqual(['c3']);
    expect(await runSearch(fixture, 'force', { threshold: 0.5, speakers: new Set(['kovacs']) })).toEqual([]);
  });
});

describe('the index and the exhaustive scoring agree', () => {
  const check = (data: ReturnType<typeof loadBundledDataset>, queries: readonly string[]) => {
    const { index } = buildSearchIndex(datasetSearchSource(data));
    const context = storeSearchContext(storeFromDataset(data));
    for (const query of queries) {
      const fast = searchIndex(index, query, 1, context).slice(0, 10);
      const slow = searchExhaustive(data, query, 1).slice(0, 10);
      expect(fast.map((h) => h.doc), query).toEqual(slow.map((h) => h.doc));
      fast.forEach((h, i) => expect(h.score).toBeCloseTo(slow[i]!.score, 9));
    }
  };

  it('on the bundled article', () => {
    check(loadBundledDataset(), ['reassurance force', 'gaurantee secuirty', 'Zelensky', 'troops russia war', 'the partners agreed', 'Macron said that American support', 'coalition']);
  });

  it('on generated data', () => {
    check(indexDataset([generateDataset(2000)]), ['reassurance force', 'security guarantees', 'agrement', 'peace ceasefire talks', 'kalo minister']);
  });
});

describe('search ranking: people, roles, compounds and phrases', () => {
  const bundled = storeFromDataset(loadBundledDataset());
  const top = async (store: typeof bundled, query: string, n = 1) =>
    (await runSearch(store, query, { threshold: DEFAULT_THRESHOLD })).slice(0, n).map((h) => {
      const doc = resultDoc(store, h);
      return doc.type === 'entity' ? doc.entity.id : doc.type === 'record' ? doc.record.id : `source:${store.sourceIds[doc.passage.source]}`;
    });

  it.each(['macron', 'Makron', 'Emmanuel Macron'])('finds the person first for %j, above what he said', async (query) => {
    expect(await top(bundled, query)).toEqual(['macron']);
  });

  it('finds a role\'s holder, in either form of the country\'s name', async () => {
    expect(await top(bundled, 'French president')).toEqual(['macron']);
    expect(await top(bundled, 'president of France')).toEqual(['macron']);
  });

  it.each([
    ['frontline', 'g5'],
    ['front-line', 'g5'],
    ['cease-fire', 'q7'],
    ['cease fire', 'q7'],
  ])('matches the compound %j in another form', async (query, id) => {
    expect(await top(bundled, query, 3)).toContain(id);
  });

  it('ranks the words in order and side by side above the same words scattered', async () => {
    const store = storeFromDataset(indexDataset([
      datasetFrom(
        [
          { kind: 'claim', text: 'The force gave reassurance to the border towns.', speaker: null },
          { kind: 'claim', text: 'A reassurance force went to the border towns.', speaker: null },
          { kind: 'claim', text: 'Reassurance and a force went to the border towns.', speaker: null },
        ],
        [],
      ),
    ]));
    const hits = await runSearch(store, 'reassurance force', { threshold: DEFAULT_THRESHOLD });
    expect(hits.map((h) => store.id(h.doc))).toEqual(['c2', 'c3', 'c1']);
    // Order among equal scores changes; the scores do not.
    expect(new Set(hits.map((h) => h.score)).size).toBe(1);
  });
});
