import type { Confidence } from '../dataset/types.js';
import type { Attribution } from './attribute.js';
import type { Range } from './quotes.js';

// How sure an attribution is, from the rule that named the speaker and how the words that
// stand for the speaker were read. The classes are measured, not asserted: each pair below
// was scored on polnear-dev and polnear-train together (`npm run eval` prints the result),
//   high    right at least 97% of the time (a name or an organization in a cue next to the quote),
//   medium  right at least 85% of the time,
//   low     anything else: a guess, labelled as one.
// A pair missing here is low.

/** Measured classes, by "rule/mention"; the figure after each is dev+train accuracy at the last measurement. */
const MEASURED: Record<string, Confidence> = {
  'transcript-label/name': 'high', // 10/10
  'name-label/name': 'high', // 12/12
  'cue-after-verb/name': 'high', // 98.9%
  'cue-after/name': 'high', // 98.3% (99.3% with a cue after a phrase that ends as speech does)
  'cue-after/organization': 'high', // 97.1%
  'according-after/name': 'high',
  'according-after/organization': 'high',
  'according-before/name': 'high',
  'according-before/organization': 'high',
  'cue-before/name': 'high', // 97.0%; 98.1% but for "called" (below)
  'cue-at-sentence-end/name': 'high', // 32/32 (train)
  'signature/name': 'medium', // 90%
  'cue-after-verb/organization': 'medium', // 90%
  'cue-before/organization': 'medium', // 88.9%: dev 23 of 23, train 57 of 67 (groups and writings as well as bodies)
  'cue-after/pronoun': 'medium', // 91%
  'cue-before/pronoun': 'medium', // 91%
  'subject-before/name': 'medium', // 87.5%
  'continuity/-': 'medium', // 91%: "A," said X. "B."
  'continuity-paragraph-before/-': 'medium', // 86% (67 of 78)
};

/** A cue before its quotation that gives what someone called a thing ("what Voss called a "fair deal"", "in which Feld called"): a label, not a statement, whose cue is often about another. 86 on dev and train, 11 wrong. */
const CALLED = /\bcall(?:s|ed|ing)?\W*$/i;

/** The classes in order, least sure first. */
const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/** A quotation that starts this near after the end of the one before it (in characters) may go on from it. */
const CHAIN_GAP = 400;

/** A cue's sentence that goes on to name who reported it: "..., Feld said, according to the Ledger." */
const SECOND_HAND = /^[^.!?"“”«»]{0,80}?\b(?:according to|as reported by|as quoted by)\b/i;

/** The same said before the cue, in its sentence: "According to the Ledger, Feld said ...". */
const SECOND_HAND_BEFORE = /\b(?:according to|as reported by)\b[^.!?"“”«»\n]*$/i;

/**
 * How sure an attribution of the quotation `quote` in `text` is: high, medium or low (see
 * MEASURED), less where the text itself gives reason to doubt the cue.
 */
export function confidenceOf(a: Attribution, quote: Range, text: string): Confidence {
  if (!a.speaker) return 'low';
  // Words the cue reports second-hand: the source did not hear them itself. (Whom the
  // annotators of polnear name as the speaker there: the person in the cue 2 times of 18
  // on dev and train, the outlet otherwise.)
  if (a.cue && (SECOND_HAND.test(text.slice(a.cue.end, a.cue.end + 120)) || SECOND_HAND_BEFORE.test(text.slice(Math.max(0, a.cue.start - 120), a.cue.start)))) return 'low';
  if (a.rule === 'cue-before' && a.mention === 'name' && a.cue && CALLED.test(text.slice(a.cue.start, a.cue.end))) return 'medium';
  // A pronoun with one person it can mean (Resolver.alone): 96 of 97 right on dev, 403 of 408 on train.
  if (a.mention === 'pronoun' && a.alone) return 'high';
  const measured = MEASURED[`${a.rule}/${a.mention ?? '-'}`] ?? 'low';
  // A cue right after a phrase that does not end where the quotation does (no comma, no
  // stop: ""fair deal" Feld said"): the words may be the narration's. 6 on dev and train,
  // 2 wrong. (Not a cue after more words, which cue-at-sentence-end reads: ""..." for the
  // school, said Marla Kilby." was right 32 times of 32 on train.)
  if (measured === 'high' && a.cue && a.cue.start >= quote.end && /^\W*$/.test(text.slice(quote.end, a.cue.start)) && !endsAsSpeech(text, quote)) return 'medium';
  return measured;
}

/** Whether a quotation ends as speech does before a cue: with a comma, a stop, a dash or an ellipsis inside or right after its marks. */
function endsAsSpeech(text: string, quote: Range): boolean {
  return /[,.!?…—–-]['"’”»]*\s*$/.test(text.slice(Math.max(quote.start, quote.end - 4), quote.end)) || /^["”’»]?\s*[,.!?—–-]/.test(text.slice(quote.end, quote.end + 3));
}

/**
 * How sure each attribution of an article's quotations is, in order (confidenceOf), along
 * a chain: a quotation near after one whose speaker is sure, given to the same speaker by
 * continuity or by a pronoun, is as sure ("X said: "A." ... "B," he said."); one that
 * only continues a guess is a guess. Measured on dev and train: continuity after a high
 * quotation 97.7% (263), a pronoun that means the speaker of the high quotation before it
 * 100% (104); after a medium one they stay medium (84%, 92.6%); continuity after a low
 * one 65% (55), low.
 */
export function confidencesOf<Q extends Range>(quotes: readonly Q[], attributionOf: (q: Q) => Attribution, text: string): Confidence[] {
  const out: Confidence[] = [];
  quotes.forEach((q, k) => {
    const a = attributionOf(q);
    const own = confidenceOf(a, q, text);
    const previous = quotes[k - 1];
    const before = out[k - 1];
    const last = previous === undefined ? undefined : attributionOf(previous);
    // ""A," the airline said. "B."": one cue between the two halves of a quotation makes them
    // as sure as each other, the surer of the two: the second reads more of the sentence as
    // its cue (""A," Quist told analysts on a call. "B."": the first half's cue ends at the
    // verb), and a pronoun there can mean one person alone for the second half only (before
    // the first stands someone else's quotation). Raising the first half so: dev 3 and
    // train 20 quotations, one wrong (its second half was as wrong, at high already).
    const sameCue = last !== undefined && before !== undefined && a.cue !== null && last.cue !== null && a.cue.start === last.cue.start && last.speaker === a.speaker;
    const chained = own === 'medium' && previous !== undefined && a.speaker !== null && last?.speaker === a.speaker;
    if (sameCue && RANK[before] > RANK[own]) out.push(before);
    else if (sameCue && RANK[own] > RANK[before]) { out[k - 1] = own; out.push(own); }
    else if (chained && before === 'high' && q.start - previous.end <= CHAIN_GAP && (a.mention === 'pronoun' || a.rule === 'continuity')) out.push('high');
    else if (chained && before === 'low' && a.rule === 'continuity') out.push('low');
    else out.push(own);
  });
  return out;
}
