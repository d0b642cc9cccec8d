import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../bench/generate-data.mjs';
import { indexDataset } from '../../src/dataset/dataset.js';
import { storeFromDataset } from '../../src/cache/store.js';
import { buildCorpus, corpusFromColumns } from '../../src/verify/corpus.js';
import { verifyQuote } from '../../src/verify/verify.js';

// A quote with one word changed shares 11 of its 12 words with the source, in order
// (similarity 0.917): verify must find it, however common its words are. 200 excerpts
// of records' texts, on a dataset with a wide vocabulary and on two where every word is
// one of 107 or 170 common ones, so that every word occurs thousands of times.

const RECORDS = 40_000;
const EXCERPTS = 200;

function excerpts(records: readonly { text: string }[], replacement: (k: number) => string): string[] {
  const out: string[] = [];
  for (let k = 0; k < EXCERPTS; k++) {
    const words = (records[(k * 7919) % records.length] as { text: string }).text.replace(/[^\w\s]/g, '').split(/\s+/);
    const start = (k * 13) % Math.max(1, words.length - 12);
    const excerpt = words.slice(start, start + 12);
    // The changed word: in the middle, at either end, anywhere.
    excerpt[(k * 5) % 12] = replacement(k);
    out.push(excerpt.join(' '));
  }
  return out;
}

describe.each(['wide', 'common', 'common-170'] as const)('verify on %s-vocabulary data', (vocabulary) => {
  const data = indexDataset([generateDataset(RECORDS, 7, { vocabulary })]);
  const store = storeFromDataset(data);
  const corpus = corpusFromColumns(buildCorpus(data));
  const quotes = data.records.filter((r) => r.kind === 'quote' || r.kind === 'claim');

  it('finds every one-word-changed excerpt: none is absent', () => {
    // Half replaced by a word the data never uses, half by one of its commonest.
    const inputs = excerpts(quotes, (k) => (k % 2 === 0 ? 'zebra' : 'the'));
    const absent = inputs.filter((input) => verifyQuote(store, corpus, input).verdict === 'absent');
    expect(absent).toEqual([]);
  });

  it('still calls unrelated words absent', () => {
    expect(verifyQuote(store, corpus, 'zebra quartz violin meadow lantern harbour pencil orbit').verdict).toBe('absent');
  });
});

describe('verify where every word is common: anchored on a pair of words', () => {
  // The pair a verbatim search anchors on may stand on either side of an editorial
  // insertion the quote leaves out: it must still be found.
  const base = generateDataset(20_000, 3, { vocabulary: 'common' });
  const text = '"The army will [in June] support the plan," said Ruiz.';
  base.sources.push({ id: 'extra', title: 'T', publisher: null, url: null, published: null, language: 'en', text });
  base.entities.push({ id: 'ruiz', name: 'Ruiz', type: 'person', role: null, aliases: [] });
  base.records.push({ id: 'qx', kind: 'quote', text: text.slice(1, text.indexOf(',"')), source: 'extra', span: { start: 1, end: text.indexOf(',"') }, speaker: 'ruiz', cue: { text: 'said Ruiz', span: { start: text.indexOf('said'), end: text.indexOf('said') + 9 } } });
  const data = indexDataset([base]);
  const store = storeFromDataset(data);
  const corpus = corpusFromColumns(buildCorpus(data));

  it.each(['army will support the plan', 'The army will support the plan', 'will support the plan'])('finds "%s" verbatim, the insertion left out', (quote) => {
    const result = verifyQuote(store, corpus, quote);
    expect(result.verdict).toBe('verbatim');
    expect(result.record).toBe('qx');
  });
});
