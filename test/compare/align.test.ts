import { describe, expect, it } from 'vitest';
import { align } from '../../src/compare/align.js';
import { textSide } from '../../src/compare/units.js';

// How a version relates to the reference, on invented words: each case the version as an
// outlet might print it, and the relation a fact-checker should be told.
const REFERENCE = 'The ferry will run every hour from June. We will not raise the fares this year, and the 12 night boats will stay.';

describe('align: the relation of a quoted version to the reference', () => {
  it.each([
    ['the same words', REFERENCE, 'same'],
    ['the same words, a number spelt out and the quotes styled otherwise', '“The ferry will run every hour from June. We will not raise the fares this year, and the twelve night boats will stay.”', 'same'],
    ['one sentence of it', 'We will not raise the fares this year', 'shortened'],
    ['a contiguous part across a sentence break', 'every hour from June. We will not raise the fares', 'shortened'],
    ['two sentences joined over the one between them', 'The ferry will run every hour from June, and the 12 night boats will stay', 'spliced'],
    ['words left out inside a sentence at an ellipsis', 'We will not raise the fares ... and the 12 night boats will stay', 'spliced'],
    ['a word left out inside a sentence, unmarked', 'We will raise the fares this year, and the 12 night boats will stay', 'altered'],
    ['a word changed', 'We will not raise the fares this year, and the 12 night boats will go', 'altered'],
    ['a word added', 'We will not raise the ferry fares this year', 'altered'],
    ['spliced, and a word changed: the change decides', 'The ferry will run every hour from June ... and the 12 night boats will go', 'altered'],
  ])('%s', (_, version, relation) => {
    expect(align(textSide(REFERENCE), textSide(version), true)?.relation).toBe(relation);
  });

  it('widens a version to a changed first word, so that the change shows', () => {
    const found = align(textSide('We will not raise the fares this year'), textSide('They will not raise the fares this year'), true);
    expect(found?.relation).toBe('altered');
    expect(found?.diff).toEqual([
      { op: 'delete', text: 'We' },
      { op: 'insert', text: 'They' },
      { op: 'equal', text: 'will not raise the fares this year' },
    ]);
  });

  it('calls a part shortened where the reference repeats its words ("so cold, it is so cold on")', () => {
    const found = align(textSide('It is so cold, it is so cold on the quay at night in March.'), textSide('it is so cold on the quay at night'), true);
    expect(found?.relation).toBe('shortened');
  });

  it('takes only the stretch that is the statement from a longer quotation', () => {
    const version = textSide('Ask anyone on the quay. We will not raise the fares this year. That is a promise.');
    const found = align(textSide('We will not raise the fares this year'), version, true);
    expect(found && version.words.slice(found.first, found.last + 1).join(' ')).toBe('we will not raise the fares this year');
    expect(found?.relation).toBe('same');
  });
});

describe('align: narration and words that are no version', () => {
  it('calls narration that has most of the words a paraphrase', () => {
    expect(align(textSide(REFERENCE), textSide('She said the ferry will run every hour from June and fares will not rise this year'), false)?.relation).toBe('paraphrase');
  });

  it.each([
    ['narration with a few of its words', 'The ferry will run late today because of the fog', false],
    ['a quotation that shares only common words', 'We will not stand for it, and the boats will stay in port', true],
    ['a quotation that shares a common run of four words', 'Our hands are tied: we will not raise taxes on anybody', true],
    ['another statement altogether', 'The bridge opens in September', true],
  ])('finds no version in %s', (_, version, quoted) => {
    expect(align(textSide(REFERENCE), textSide(version), quoted)).toBeUndefined();
  });
});
