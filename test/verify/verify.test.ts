import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/dataset/dataset.js';
import { loadBundledDataset } from '../../src/cache/load.js';
import { storeFromDataset } from '../../src/cache/store.js';
import { buildCorpus, corpusFromColumns } from '../../src/verify/corpus.js';
import { verifyQuote } from '../../src/verify/verify.js';
import { tokenize } from '../../src/text/words.js';
import { atomize } from '../../src/verify/equivalence.js';

const data = loadBundledDataset();
const corpus = corpusFromColumns(buildCorpus(data));
const text = data.sources[0]!.text;
const store = storeFromDataset(data);
const verify = (quote: string, speakers?: Set<string>) => verifyQuote(store, corpus, quote, speakers && { speakers });

describe('verify: verbatim inside quotation marks, reported outside them, from the article\'s own blemishes', () => {
  it.each([
    ['the nested quote', 'there are 35 states in the "coalition"', 'verbatim', 'q5'],
    ['a word that stands in several places, taken from a quotation', 'coalition', 'verbatim', 'q1'],
    ['the unclosed quote', 'will determine their position in the future', 'verbatim', 'q5'],
    ['the bracketed insertion kept', 'political involvement [of partners] in order to guarantee peace', 'verbatim', 'q1'],
    ['the bracketed insertion left out', 'political involvement in order to guarantee peace', 'verbatim', 'q1'],
    ['the second insertion left out', 'involved at every stage of this process. Whether it was civilian involvement', 'verbatim', 'q12'],
    ['another case and extra white space', 'WILL  NOT   wage any War against russia', 'verbatim', 'q8'],
    ['dashes and end punctuation', '— send a very clear strategic signal —', 'verbatim', 'q9'],
    ['an ellipsis within one quotation', 'The United States has been involved … Canada, Asian partners, and Europeans will be involved', 'verbatim', 'q12'],
    ['three dots within one quotation', 'Today, this coalition ... in order to guarantee peace and security for Ukraine', 'verbatim', 'q1'],
    ['a quote with the reporter\'s words before it', 'these troops will not wage any war against Russia', 'reported', 'g5'],
    ['the missing space in Russia"but, running into narration', 'against Russia"but they are intended to guarantee peace', 'reported', 'g5'],
    ['the same without the quote mark', 'against Russia but they are intended', 'reported', 'g5'],
    ['a → item of indirect speech', '→ Also, Ukraine and the "coalition" decided to take legal and political steps', 'reported', 'g6'],
    ['curly apostrophes in indirect speech', 'guarantee Ukraine’s security', 'reported', 'g5'],
    ['indirect speech that reads like a quote', 'the contingent will not be deployed on the front line', 'reported', 'g5'],
  ])('%s', (_name, quote, verdict, record) => {
    const result = verify(quote);
    expect(result.verdict).toBe(verdict);
    expect(result.quoted).toBe(verdict === 'verbatim');
    expect(result.record).toBe(record);
    expect(result.speaker).toBe('macron');
    expect(result.similarity).toBe(1);
    expect(result.match && text.includes(result.match)).toBe(true);
  });

  it('never calls the reporter\'s words verbatim, even for the speaker the passage reports', () => {
    expect(verify('the contingent will not be deployed on the front line', new Set(['macron']))).toMatchObject({ verdict: 'reported', speaker: 'macron', record: 'g5', quoted: false });
  });

  it('gives plain narration no speaker', () => {
    expect(verify('What\'s next?')).toMatchObject({ verdict: 'reported', speaker: null, record: null, quoted: false });
  });

  it('reports the source\'s own characters and their code-point span', () => {
    const result = verify('“will not wage any war against Russia”');
    expect(result).toMatchObject({ source: 'macron-security-guarantees', match: 'will not wage any war against Russia', record: 'q8' });
    expect([...text].slice(result.span!.start, result.span!.end).join('')).toBe(result.match);
  });

  it('finds a run over a paragraph break, which no single record holds, as the reporter\'s', () => {
    expect(verify('for Ukraine," Macron said. According to him, the partners agreed')).toMatchObject({ verdict: 'reported', record: null, speaker: null });
  });

  it('does not take pieces of an ellipsis from different paragraphs', () => {
    expect(verify('Today, this coalition … American support for these security guarantees').verdict).not.toBe('verbatim');
  });

  it('calls an ellipsis that joins two quotations over the reporter\'s words altered, and shows both places', () => {
    const result = verify('will not wage any war against Russia … send a very clear strategic signal');
    expect(result.verdict).toBe('altered');
    expect(result.places?.map((p) => [p.record, p.match])).toEqual([
      ['q8', 'will not wage any war against Russia'],
      ['q9', 'send a very clear strategic signal'],
    ]);
    expect(result.diff).toEqual([
      { op: 'equal', text: 'will not wage any war against Russia' },
      { op: 'delete', text: 'but they are intended to guarantee peace and' },
      { op: 'equal', text: 'send a very clear strategic signal' },
    ]);
  });

  it('does not let a quote leave out part of a bracketed insertion', () => {
    expect(verify('military and political involvement partners in order').verdict).toBe('altered');
  });
});

describe('verify: equivalent forms are not alterations', () => {
  it.each([
    ['a British spelling', 'we will summarise American support', 'verbatim', 'q11', { kind: 'spelling', quote: 'summarise', source: 'summarize' }],
    ['a hyphenated compound', 'on the day after the cease-fire', 'verbatim', 'q7', { kind: 'compound', quote: 'cease-fire', source: 'ceasefire' }],
    ['a spaced compound', 'on the day after the cease fire or after peace', 'verbatim', 'q7', { kind: 'compound', quote: 'cease fire', source: 'ceasefire' }],
    ['a closed compound', 'the contingent will not be deployed on the frontline', 'reported', 'g5', { kind: 'compound', quote: 'frontline', source: 'front line' }],
    ['a number in words', 'there are thirty-five states in the "coalition"', 'verbatim', 'q5', { kind: 'number', quote: 'thirty-five', source: '35' }],
  ])('%s', (_name, quote, verdict, record, equivalence) => {
    expect(verify(quote)).toMatchObject({ verdict, record, similarity: 1, diff: null, equivalences: [equivalence] });
  });

  it('lists the equivalences an altered quote relied on, and keeps them out of the diff', () => {
    const result = verify('guarantee security for Ukrainians on the day after the cease-fire or after the peace');
    expect(result.verdict).toBe('altered');
    expect(result.equivalences).toEqual([{ kind: 'compound', quote: 'cease-fire', source: 'ceasefire' }]);
    expect(result.diff).toEqual([
      { op: 'equal', text: 'guarantee security for Ukrainians on the day after the ceasefire or after' },
      { op: 'insert', text: 'the' },
      { op: 'equal', text: 'peace' },
    ]);
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

  it.each([
    ['before it', 'Svensson said the contract fixes the price of the rails and the vehicles. "The risk of overruns sits with the builder, not with the taxpayer," she said.', 'The risk of overruns sits with the builder, not the taxpayer'],
    ['after it', 'She said: "The risk of overruns sits with the builder, not with the taxpayer." The taxpayer pays the rest, the report said.', 'The risk of overruns sits with the builder, not the taxpayer'],
  ])('keeps a passage to the quotation when the quote\'s end word also stands just %s', (_where, source, quote) => {
    const dataset = indexDataset([
      {
        version: 1,
        sources: [{ id: 's', title: 'T', publisher: null, url: null, published: null, language: 'en', text: source }],
        entities: [{ id: 'svensson', name: 'Ingrid Svensson', type: 'person', role: null, aliases: [] }],
        records: [],
      },
    ]);
    const result = verifyQuote(storeFromDataset(dataset), corpusFromColumns(buildCorpus(dataset)), quote);
    // 11 words shared of the quote's 11 and the passage's 12.
    expect(result).toMatchObject({ verdict: 'altered', match: 'The risk of overruns sits with the builder, not with the taxpayer', similarity: 0.957 });
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
  it('finds every run of 4 or more words, with straight or curly quotes and any case: verbatim exactly when one quotation holds it', () => {
    const quotes = data.records.filter((r) => r.kind === 'quote');
    const cp = (i: number) => [...text.slice(0, i)].length;
    fc.assert(
      fc.property(run(4), fc.boolean(), fc.constantFrom('upper', 'lower', 'same' as const), ({ i, k, quote }, curly, casing) => {
        const start = cp(words[i]!.start);
        const end = cp(words[i + k - 1]!.end);
        const inOneQuote = quotes.some((q) => q.span.start <= start && end <= q.span.end);
        const result = verify(restyle(quote, curly, casing));
        // Where the same words also stand in a quotation elsewhere, that one is reported.
        if (inOneQuote) expect(result.verdict).toBe('verbatim');
        else expect(['verbatim', 'reported']).toContain(result.verdict);
        expect(result.quoted).toBe(result.verdict === 'verbatim');
      }),
      { numRuns: 300 },
    );
  });

  it('never marks a word as dropped that the quote kept, in any of its forms', () => {
    const variant = fc.constantFrom('zebra', 'cease-fire', 'frontline', 'summarise', 'thirty-five', 'Napoleon');
    fc.assert(
      fc.property(run(6), fc.nat(), variant, fc.constantFrom('replace', 'add' as const), ({ i, k }, at, word, change) => {
        const seq = words.slice(i, i + k).map((w) => text.slice(w.start, w.end));
        const pos = 1 + (at % (k - 2));
        if (change === 'replace') seq[pos] = word;
        else seq.splice(pos, 0, word);
        const result = verify(seq.join(' '));
        fc.pre(result.diff !== null);
        // Within each change, no word of the source's side is a word of the quote's side.
        const diff = result.diff!;
        for (let d = 0; d + 1 < diff.length; d++) {
          if (diff[d]!.op !== 'delete' || diff[d + 1]!.op !== 'insert') continue;
          const norms = (t: string) => tokenize(t).map((w) => w.norm);
          const [dropped, added] = atomize(norms(diff[d]!.text), norms(diff[d + 1]!.text));
          const addedKeys = new Set(added.map((a) => a.key));
          expect(dropped.filter((a) => addedKeys.has(a.key)), JSON.stringify(diff)).toEqual([]);
        }
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
