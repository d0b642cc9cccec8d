import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/data/load.js';
import { storeFromDataset } from '../../src/data/store.js';
import { buildCorpus, corpusFromArrays } from '../../src/verify/corpus.js';
import { verifyQuote } from '../../src/verify/verify.js';
import { tokenize } from '../../src/text/words.js';

const data = loadBundledDataset();
const corpus = corpusFromArrays(buildCorpus(data));
const text = data.sources[0]!.text;
const store = storeFromDataset(data);
const verify = (quote: string, speakers?: Set<string>) => verifyQuote(store, corpus, quote, speakers);

describe('verify: verbatim, from the article\'s own blemishes', () => {
  it.each([
    ['a plain passage', 'these troops will not wage any war against Russia', 'g5'],
    ['the nested quote', 'there are 35 states in the "coalition"', 'q5'],
    ['a word that stands in several places, taken from a quotation', 'coalition', 'q1'],
    ['the unclosed quote', 'will determine their position in the future', 'q5'],
    ['the bracketed insertion kept', 'political involvement [of partners] in order to guarantee peace', 'q1'],
    ['the bracketed insertion left out', 'political involvement in order to guarantee peace', 'q1'],
    ['the second insertion left out', 'involved at every stage of this process. Whether it was civilian involvement', 'q12'],
    ['the missing space in Russia"but', 'against Russia"but they are intended to guarantee peace', 'g5'],
    ['the same without the quote mark', 'against Russia but they are intended', 'g5'],
    ['a → item', '→ Also, Ukraine and the "coalition" decided to take legal and political steps', 'g6'],
    ['curly quotes and apostrophes', 'guarantee Ukraine’s security', 'g5'],
    ['another case and extra white space', 'WILL  NOT   wage any War against russia', 'q8'],
    ['dashes and end punctuation', '— send a very clear strategic signal —', 'q9'],
    ['an ellipsis for left-out words', 'The United States has been involved … Canada, Asian partners, and Europeans will be involved', 'q12'],
    ['three dots for left-out words', 'Today, this coalition ... in order to guarantee peace and security for Ukraine', 'q1'],
  ])('%s', (_name, quote, record) => {
    const result = verify(quote);
    expect(result.verdict).toBe('verbatim');
    expect(result.record).toBe(record);
    expect(result.speaker).toBe('macron');
    expect(result.similarity).toBe(1);
    expect(result.match && text.includes(result.match)).toBe(true);
  });

  it('reports the source\'s own characters and their code-point span', () => {
    const result = verify('“will not wage any war against Russia”');
    expect(result).toMatchObject({ source: 'macron-security-guarantees', match: 'will not wage any war against Russia', record: 'q8' });
    expect([...text].slice(result.span!.start, result.span!.end).join('')).toBe(result.match);
  });

  it('finds a run over a paragraph break, which no single record holds', () => {
    expect(verify('for Ukraine," Macron said. According to him, the partners agreed')).toMatchObject({ verdict: 'verbatim', record: null, speaker: null });
  });

  it('does not take pieces of an ellipsis from different paragraphs', () => {
    expect(verify('Today, this coalition … American support for these security guarantees').verdict).not.toBe('verbatim');
  });

  it('does not let a quote leave out part of a bracketed insertion', () => {
    expect(verify('military and political involvement partners in order').verdict).toBe('altered');
  });
});

describe('verify: altered, absent, misattributed', () => {
  it('shows the passage, a word-level diff and a similarity for an altered quote', () => {
    const result = verify('will not wage a war against Russia');
    expect(result).toMatchObject({ verdict: 'altered', record: 'q8', match: 'will not wage any war against Russia', similarity: 0.857 });
    expect(result.diff).toEqual([
      { op: 'equal', text: 'will not wage' },
      { op: 'delete', text: 'any' },
      { op: 'insert', text: 'a' },
      { op: 'equal', text: 'war against Russia' },
    ]);
  });

  it.each([
    ['a dropped word', 'these troops will not wage war against Russia'],
    ['an added word', 'these troops will never not wage any war against Russia'],
    ['a changed word', 'we will define this more clearly, but it is obvious that Canada, Asian partners, and Americans will be involved'],
  ])('finds %s altered', (_name, quote) => {
    const result = verify(quote);
    expect(result.verdict).toBe('altered');
    expect(result.similarity).toBeGreaterThan(0.6);
    expect(result.similarity).toBeLessThan(1);
  });

  it('finds nothing close for words the article does not hold', () => {
    expect(verify('the moon is made of green cheese')).toMatchObject({ verdict: 'absent', match: null, record: null, diff: null });
  });

  it('names who said it when the quote is attributed to someone else', () => {
    expect(verify('send a very clear strategic signal', new Set(['zelenskyy']))).toMatchObject({ verdict: 'misattributed', speaker: 'macron', record: 'q9' });
    expect(verify('send a very clear strategic signal', new Set(['macron'])).verdict).toBe('verbatim');
  });
});

// Properties over the article: take runs of its own words, straight from the text.
const words = tokenize(text);
const brackets = [...text.matchAll(/\[[^\]]*\]/g)].map((m) => [m.index, m.index + m[0].length] as const);
const inBrackets = (w: { start: number; end: number }) => brackets.some(([a, b]) => w.start >= a - 1 && w.end <= b + 1);
const sourceNorms = words.map((w) => w.norm);
const occurs = (seq: readonly string[]) => sourceNorms.some((_, i) => seq.every((s, k) => sourceNorms[i + k] === s));

const run = (min: number) =>
  fc
    .tuple(fc.nat(words.length - 1), fc.integer({ min, max: min + 10 }))
    .filter(([i, k]) => i + k <= words.length && !words.slice(i, i + k).some(inBrackets))
    .map(([i, k]) => ({ i, k, quote: text.slice(words[i]!.start, words[i + k - 1]!.end) }));

const restyle = (quote: string, curly: boolean, casing: 'upper' | 'lower' | 'same') => {
  let out = curly ? quote.replace(/"/g, (_m, at: number) => (at % 2 ? '“' : '”')).replace(/'/g, '’') : quote.replace(/[“”]/g, '"').replace(/’/g, "'");
  if (casing === 'upper') out = out.toUpperCase();
  if (casing === 'lower') out = out.toLowerCase();
  return out;
};

describe('verify: properties over the article', () => {
  it('finds every run of 4 or more words verbatim, with straight or curly quotes and any case', () => {
    fc.assert(
      fc.property(run(4), fc.boolean(), fc.constantFrom('upper', 'lower', 'same' as const), ({ quote }, curly, casing) => {
        expect(verify(restyle(quote, curly, casing)).verdict).toBe('verbatim');
      }),
      { numRuns: 300 },
    );
  });

  it('never finds a run of 6 or more words verbatim after one word is replaced, added or dropped', () => {
    const other = fc.constantFrom('not', 'never', 'Russia', 'peace', 'France', 'always', 'the', 'troops', 'signal');
    fc.assert(
      fc.property(run(6), fc.constantFrom('replace', 'add', 'drop' as const), fc.nat(), other, ({ i, k }, change, at, word) => {
        const seq = words.slice(i, i + k).map((w) => text.slice(w.start, w.end));
        const pos = 1 + (at % (k - 2));
        if (change === 'replace') seq[pos] = word;
        if (change === 'add') seq.splice(pos, 0, word);
        if (change === 'drop') seq.splice(pos, 1);
        const norms = tokenize(seq.join(' ')).map((w) => w.norm);
        fc.pre(!occurs(norms));
        expect(verify(seq.join(' ')).verdict).not.toBe('verbatim');
      }),
      { numRuns: 300 },
    );
  });
});
