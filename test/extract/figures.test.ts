import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/extract/figures.js';

const one = (text: string) => findFigures(text).map((f) => ({ text: text.slice(f.start, f.end), value: f.value, ...(f.valueTo === undefined ? {} : { valueTo: f.valueTo }), unit: f.unit }));

describe('findFigures', () => {
  it.each([
    ['digits with thousands', 'It protects 12,400 homes.', { text: '12,400', value: 12400, unit: 'homes' }],
    ['a decimal', 'a fall of 3.5 points', { text: '3.5', value: 3.5, unit: 'points' }],
    ['a percentage', 'costs could rise by 40%.', { text: '40%', value: 40, unit: 'percent' }],
    ['per cent in words', 'an offer of 3.5 per cent', { text: '3.5 per cent', value: 3.5, unit: 'percent' }],
    ['dollars in millions', 'set aside $4.2 million for', { text: '$4.2 million', value: 4200000, unit: 'USD' }],
    ['euros in billions', 'will cost €1.1 billion over', { text: '€1.1 billion', value: 1100000000, unit: 'EUR' }],
    ['a number word', 'hire twenty-six new inspectors', { text: 'twenty-six', value: 26, unit: 'inspectors' }],
    ['a dozen', 'used by a dozen species', { text: 'a dozen', value: 12, unit: 'species' }],
    ['a fraction', 'with two-thirds of the council', { text: 'two-thirds', value: 2 / 3, unit: 'fraction' }],
    ['an age', 'The 54-year-old said', { text: '54-year-old', value: 54, unit: 'years of age' }],
    ['an age in apposition', 'Sol, 61, has led it', { text: '61', value: 61, unit: 'years of age' }],
    ['a number with a scale', 'drew 1.2 million visitors', { text: '1.2 million', value: 1200000, unit: 'visitors' }],
    ['a difference of percentages', 'her lead grew by 3.5 percentage points', { text: '3.5 percentage points', value: 3.5, unit: 'percentage points' }],
    ['a range of percentages', 'with 70-80% of the vote', { text: '70-80%', value: 70, valueTo: 80, unit: 'percent' }],
    ['a number with a scale in short', 'served 1.5bn people', { text: '1.5bn', value: 1.5e9, unit: 'people' }],
    ['per cent in short', 'prices rose 12.5pc', { text: '12.5pc', value: 12.5, unit: 'percent' }],
    ['a range of numbers as high as years', 'between 1500 and 2000 people', { text: '1500 and 2000', value: 1500, valueTo: 2000, unit: 'people' }],
    ['a number after a word in lower case and a hyphen', 'won the under-35 vote', { text: '35', value: 35, unit: 'vote' }],
    ['a share as a ratio of digits', 'about 1 in 5 people', { text: '1 in 5', value: 0.2, unit: 'fraction' }],
    ['a share as a ratio of words', 'Four out of ten residents agreed', { text: 'Four out of ten', value: 0.4, unit: 'fraction' }],
    ['money by its currency code', 'Tickets cost NOK 450 each.', { text: 'NOK 450', value: 450, unit: 'NOK' }],
    ['dollars of another country', 'a C$2.5 billion port', { text: 'C$2.5 billion', value: 2500000000, unit: 'CAD' }],
  ])('%s', (_name, text, expected) => {
    expect(one(text)).toEqual([expected]);
  });

  it('reads a range as its lower bound, with the upper in a field of its own', () => {
    expect(one('a rise of between 6 and 9 per cent')).toEqual([{ text: '6 and 9 per cent', value: 6, valueTo: 9, unit: 'percent' }]);
    expect(one('take between eight and ten years')).toEqual([{ text: 'eight and ten', value: 8, valueTo: 10, unit: 'years' }]);
  });

  it('reads money with its scale in short', () => {
    expect(one('It lost £1.5m, raised $2bn and $3 mln, and paid A$300k.')).toEqual([
      { text: '£1.5m', value: 1.5e6, unit: 'GBP' },
      { text: '$2bn', value: 2e9, unit: 'USD' },
      { text: '$3 mln', value: 3e6, unit: 'USD' },
      { text: 'A$300k', value: 3e5, unit: 'AUD' },
    ]);
  });

  it('reads an indefinite plural as its lower bound, and says it is one', () => {
    expect(findFigures('Tens of thousands of people marched.')).toEqual([{ start: 0, end: 17, value: 10000, bound: 'lower', unit: 'people' }]);
    expect(one('hundreds of millions of dollars and thousands of homes')).toEqual([
      { text: 'hundreds of millions', value: 1e8, unit: 'dollars' },
      { text: 'thousands', value: 1000, unit: 'homes' },
    ]);
  });

  it.each([
    ['years', 'damaged since 2019 and in the autumn of 2022'],
    ['ordinals', 'her second term and the first contracts'],
    ['one as a determiner', 'One curator said one of them left.'],
    ['the pronoun one', '"One of my strengths is patience," she said. “One of us had to go.”'],
    ['an ordinal fraction word', "It was the agency's third such announcement this year."],
    ['dates with a slash', 'The attacks of 9/11 changed the city, open 24/7.'],
    ['days of the month', 'on 12 March and on April 3rd'],
    ['times', 'He arrived at 7:30.'],
    ['idioms', 'They came in one by one, thanked one another a million times and were one of a kind.'],
    ['a number word in a compound adjective', 'It stood on a four-legged stool by a five-sided tower.'],
    ['numbers that name something', 'Under Article 5 and section 2, the No. 1 route is Route 66 and Flight 212.'],
    ['numbers in a name with a hyphen', 'The COVID-19 and Covid-19 rules grounded the F-35 jets.'],
    ['spans of years', 'It grew between 2004 and 2011, shrank from 1996 to 1999 and in the 2020-21 season.'],
    ['the half of a time', 'Sales fell in its first half and rose in its second half.'],
  ])('leaves out %s', (_name, text) => {
    expect(one(text)).toEqual([]);
  });
});
