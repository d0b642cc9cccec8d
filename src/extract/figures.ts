import nlp from './compromise.js';
import { parseArticle, type Parse } from './parse.js';
import type { Range } from './quotes.js';
import { at, own } from '../lists.js';

// Figures in plain text: what was counted, and the number meant. Digits, percentages
// and currency amounts are read by pattern; number words (twenty-six, a thousand) by
// compromise; fractions and dozens, which compromise reads only in part, by a short list.
// Years and spans of them, dates (9/11, 12 March), times, numbers that name something
// ("Article 5", "COVID-19"), ordinals ("its third announcement") and the pronoun "one" are
// not counts and are left out. An indefinite plural ("tens of thousands") is a figure
// whose value is its lower bound, marked as such; a share written as a ratio ("4 in 10")
// is one figure, a fraction.

/** A figure found in the text. */
export interface FoundFigure extends Range {
  value: number;
  /** The upper bound of a range. */
  valueTo?: number;
  /** 'lower' where the value is only the least the words can mean ("tens of thousands": at least 10,000). */
  bound?: 'lower';
  unit: string;
}

const SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
/** Scales written in short after a figure: £1.5m, $2bn, €300k, $3 mln, 1.5bn people (k and m only after money: "300m" may be metres). */
const SHORT_SCALES: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12 };
/** A currency by its sign, a country's letters before a dollar sign (C$ is Canada's), or its ISO 4217 code. */
const CURRENCIES: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', 'US$': 'USD', C$: 'CAD', CA$: 'CAD', A$: 'AUD', AU$: 'AUD', NZ$: 'NZD', HK$: 'HKD', S$: 'SGD' };
/** The ISO 4217 codes of the currencies most often in the news, read before a figure: "NOK 450", "EUR 3.4 billion". */
const CURRENCY_CODES = 'USD EUR GBP JPY CNY CHF CAD AUD NZD NOK SEK DKK ISK INR RUB BRL MXN ZAR KRW HKD SGD TRY PLN'.split(' ');
/** A currency before an amount: a sign (with its country's letters) or a code. */
const CURRENCY = String.raw`(?:\b(?:US|CA?|AU?|NZ|HK|S))?[$€£]|\b(?:${CURRENCY_CODES.join('|')})\b`;
/** A day of the month written with its month: "12 March", "March 12". */
const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\b';
const DAY_OF_MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}`);
const DAY_OF_MONTH_BEFORE = new RegExp(`${MONTH}\\.?\\s+$`);
/** Idioms whose number words count nothing: one by one, one another, a million times, one of a kind, second to none. */
const IDIOMS = /\b(?:one by one|one (?:an)?other|no one|one of a kind|one or two|(?:a|one) (?:hundred|thousand|million|billion) (?:times|thanks|ways|reasons|questions|miles an hour)|(?:a|one) hundred (?:per ?cent|%))\b/gi;
const FRACTIONS: Record<string, number> = { half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fifth: 5, fifths: 5, tenth: 10, tenths: 10 };

const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
/** A year, which counts nothing: 1800 to 2099. */
const YEAR = /^(?:1[89]|20)\d\d$/;
/** A year and a dash before digits: the end of a span of years, "2020-21", "1948-1982". */
const YEAR_SPAN_BEFORE = /\b(?:1[89]|20)\d\d[-–]$/;
/** What makes a figure a percentage, or a difference of percentages: 40%, 3.5 per cent, 12.5pc, 0.25 percentage points. */
const PERCENT = String.raw`\s?%|\s?percentage[ -]points?\b|\s?per ?cent\b|pc\b`;
/** The unit a PERCENT match gives. */
const percentUnit = (words: string) => (/points?$/.test(words) ? 'percentage points' : 'percent');
/** Digits that name something rather than count it: "No. 10", "Article 5", "Route 66", "section 2"; "COVID-19", "Covid-19", "F-35" (a capitalized word and a hyphen; not "under-35"). */
const NAMING_BEFORE = /(?:\b(?:Nos?|[Aa]rt(?:icle)?|[Ss]ec(?:tion)?|[Cc]hapter|[Pp]age|[Rr]oute|[Hh]ighway|[Ii]nterstate|[Ff]light|[Rr]oom|[Gg]ate|[Pp]latform|[Pp]rop(?:osition)?|[Aa]mendment|[Rr]esolution|[Vv]ol(?:ume)?|[Ee]pisode|[Ss]eason|[Gg]ame|[Rr]ound|[Tt]erminal|[Cc]hannel|[Pp]ier|[Bb]erth)s?\.?\s+|\b[A-Z][A-Za-z]*-)$/;
const WORD_NUM = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)(?:-[a-z]+)?`;

/** Number words read so far, and their values: an article repeats the same few. */
const WORD_VALUES = new Map<string, number>();
/** Past this many, the oldest readings are forgotten. */
const WORD_VALUES_KEPT = 10_000;

function toNumber(text: string): number {
  if (/^[\d.,]+$/.test(text)) return Number(text.replace(/,/g, ''));
  const known = WORD_VALUES.get(text);
  if (known !== undefined) return known;
  const values = nlp(text).numbers().get() as number[];
  const parsed = values[0];
  const value = typeof parsed === 'number' ? parsed : Number.NaN;
  if (WORD_VALUES.size >= WORD_VALUES_KEPT) WORD_VALUES.delete(WORD_VALUES.keys().next().value ?? '');
  WORD_VALUES.set(text, value);
  return value;
}

/** A range's unit: the percentage its third group read ("70-80%"), else the word after it. */
function rangeUnit(text: string, m: RegExpMatchArray & { index: number }): string {
  const percent = m[3] ?? '';
  return percent !== '' ? percentUnit(percent) : unitAfter(text, m.index + m[0].length);
}

/** The word after a figure, as what it counts. */
function unitAfter(text: string, end: number): string {
  const m = /^\s+(?:(?:new|more|extra|additional|full|other|nesting|normal)\s+)?([a-z][a-z-]*)/.exec(text.slice(end, end + 40));
  return m?.[1] ?? '';
}

/** Every figure of `text`, in order, without overlaps (the longest reading wins). */
export function findFigures(text: string, parse: Parse = parseArticle(text)): FoundFigure[] {
  const found: FoundFigure[] = [];
  // Which characters a figure found already holds: a figure that overlaps one is left out.
  const taken = new Uint8Array(text.length);
  const add = (f: FoundFigure) => {
    if (Number.isNaN(f.value) || taken.subarray(f.start, f.end).includes(1)) return;
    taken.fill(1, f.start, f.end);
    found.push(f);
  };

  // Currency amounts: $4.2 million, €1.1 billion, £1.5m, C$2bn, NOK 450.
  for (const m of text.matchAll(new RegExp(String.raw`(${CURRENCY})\s?(${NUM})(?:\s(thousand|million|billion|trillion)\b|(k|m|bn|tn)\b|\s?(mn|mln|bln|bn)\b)?`, 'g'))) {
    const scale = m[3] ? own(SCALES, m[3]) : own(SHORT_SCALES, m[4] ?? m[5] ?? '');
    const sign = at(m, 1);
    add({ start: m.index, end: m.index + m[0].length, value: toNumber(at(m, 2)) * (scale ?? 1), unit: own(CURRENCIES, sign) ?? (CURRENCY_CODES.includes(sign) ? sign : '') });
  }
  // Scaled numbers: 1.2 million visitors, 1.5bn people (not "300m", which may be metres).
  for (const m of text.matchAll(new RegExp(String.raw`\b(${NUM})(?: (thousand|million|billion|trillion)|\s?(bn|mn|mln|bln|tn))\b`, 'g'))) {
    const scale = m[2] ? own(SCALES, m[2]) : own(SHORT_SCALES, m[3] ?? '');
    add({ start: m.index, end: m.index + m[0].length, value: toNumber(at(m, 1)) * (scale ?? NaN), unit: unitAfter(text, m.index + m[0].length) });
  }
  // Ranges: between 6 and 9 per cent, between eight and ten years; 10-15; 10 to 15.
  for (const m of text.matchAll(new RegExp(String.raw`\bbetween (${NUM}|${WORD_NUM}) and (${NUM}|${WORD_NUM})((?:${PERCENT})?)`, 'gi'))) {
    // ("between 2004 and 2011": years.)
    if (YEAR.test(at(m, 1))) continue;
    const start = m.index + 'between '.length;
    add({ start, end: m.index + m[0].length, value: toNumber(at(m, 1)), valueTo: toNumber(at(m, 2)), unit: rangeUnit(text, m) });
  }
  for (const m of text.matchAll(new RegExp(String.raw`\b(${NUM})(?:-| to )(${NUM})\b(?!-year)((?:${PERCENT})?)`, 'g'))) {
    if (YEAR.test(at(m, 1)) || NAMING_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    add({ start: m.index, end: m.index + m[0].length, value: toNumber(at(m, 1)), valueTo: toNumber(at(m, 2)), unit: rangeUnit(text, m) });
  }
  // Shares as a ratio: 1 in 5 people, four in 10 voters, 3 out of 4 (not "1,000 in 1990").
  for (const m of text.matchAll(new RegExp(String.raw`\b(\d{1,3}|${WORD_NUM}) (?:in|out of) (\d{1,4}|${WORD_NUM})\b`, 'gi'))) {
    const part = toNumber(at(m, 1).toLowerCase());
    const whole = toNumber(at(m, 2).toLowerCase());
    if (YEAR.test(at(m, 2)) || !(part > 0 && part <= whole)) continue;
    add({ start: m.index, end: m.index + m[0].length, value: part / whole, unit: 'fraction' });
  }
  // Percentages, and differences of them.
  for (const m of text.matchAll(new RegExp(String.raw`\b(${NUM})(${PERCENT})`, 'g'))) {
    add({ start: m.index, end: m.index + m[0].length, value: toNumber(at(m, 1)), unit: percentUnit(at(m, 2)) });
  }
  // Ages: the 54-year-old; "Sol, 61, has led".
  for (const m of text.matchAll(/\b(\d{1,3})-year-old\b/g)) add({ start: m.index, end: m.index + m[0].length, value: Number(m[1]), unit: 'years of age' });
  for (const m of text.matchAll(/\b[A-Z][a-z]+, (\d{1,3}),/g)) {
    const start = m.index + m[0].indexOf(at(m, 1));
    add({ start, end: start + at(m, 1).length, value: Number(m[1]), unit: 'years of age' });
  }
  // Indefinite plurals, by their lower bound: tens of thousands (at least 10,000), hundreds of millions, dozens of.
  for (const m of text.matchAll(/\b(tens|hundreds|dozens)\s+of\s+(thousands|millions|billions)\b|\b(dozens|hundreds|thousands|millions|billions)\b/gi)) {
    const [many, scale] = m[1] ? [m[1], at(m, 2)] : [at(m, 3), undefined];
    const least = (word: string) => own({ tens: 10, dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9 }, word.toLowerCase()) ?? NaN;
    const end = m.index + m[0].length;
    const unit = unitAfter(text, end);
    add({ start: m.index, end, value: least(many) * (scale ? least(scale) : 1), bound: 'lower', unit: unit === 'of' ? unitAfter(text, end + ' of'.length) : unit });
  }
  // Other digits, but not years, times, dates (9/11, 12 March, March 12) or ordinals.
  for (const m of text.matchAll(new RegExp(String.raw`(?<![\w.,/:])(${NUM})(?![\w%/]|\.\d|:\d)`, 'g'))) {
    const digits = at(m, 1);
    const before = text.slice(Math.max(0, m.index - 16), m.index);
    if (YEAR.test(digits) || NAMING_BEFORE.test(before) || YEAR_SPAN_BEFORE.test(before)) continue;
    if (DAY_OF_MONTH_AFTER.test(text.slice(m.index + digits.length, m.index + digits.length + 12)) || DAY_OF_MONTH_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    add({ start: m.index, end: m.index + digits.length, value: toNumber(digits), unit: unitAfter(text, m.index + digits.length) });
  }
  // Fractions and dozens: two-thirds, a quarter, half, a dozen. A bare "third" or "quarter" is an ordinal, or a part of the year, unless "of" follows.
  for (const m of text.matchAll(/\b(?:(a|one|two|three|four|nine)[- ])?(half|halves|thirds?|quarters?|fifths?|tenths?)\b/gi)) {
    if (!m[1] && !/^half$/i.test(at(m, 2)) && !/^\s+of\b/.test(text.slice(m.index + m[0].length))) continue;
    // "its first half", "the second quarter": a part of a time, not a share
    // (12 figures of dev and train were such halves and quarters, none a share).
    if (!m[1] && /\b(?:first|second|latter)\s+$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    const numerator = m[1] ? (m[1].toLowerCase() === 'a' ? 1 : toNumber(m[1].toLowerCase())) : 1;
    add({ start: m.index, end: m.index + m[0].length, value: numerator / (own(FRACTIONS, at(m, 2).toLowerCase()) ?? NaN), unit: 'fraction' });
  }
  for (const m of text.matchAll(/\ba dozen\b/gi)) add({ start: m.index, end: m.index + m[0].length, value: 12, unit: unitAfter(text, m.index + m[0].length).replace(/^of$/, '') });
  // Number words, read by compromise: twenty-six, three, a thousand; not those of an idiom.
  const idioms = [...text.matchAll(IDIOMS)].map((m) => [m.index, m.index + m[0].length] as const);
  for (const n of parse.cardinals) {
    const raw = text.slice(n.start, n.end).replace(/[\s.,;:!?]+$/, '');
    const start = n.start;
    if (idioms.some(([from, to]) => from <= start && start < to)) continue;
    // "one" is mostly a determiner ("one curator", "one of them"); it counts only time ("one year").
    if (/\d/.test(raw) || raw === '' || /^(a|an)$/i.test(raw)) continue;
    if (/^one$/i.test(raw) && !/^ (?:year|month|week|day|hour|minute)s?\b/.test(text.slice(start + raw.length))) continue;
    add({ start, end: start + raw.length, value: toNumber(raw), unit: unitAfter(text, start + raw.length) });
  }
  return found.sort((a, b) => a.start - b.start);
}
