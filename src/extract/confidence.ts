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
  'cue-after-verb/name': 'high', // 98%
  'cue-after/name': 'high', // 97.5%
  'cue-after/organization': 'high', // 99%
  'according-after/name': 'high',
  'according-after/organization': 'high',
  'according-before/name': 'high',
  'according-before/organization': 'high',
  'cue-before/name': 'medium', // 95.5%; right before the quotation, high (below)
  'cue-at-sentence-end/name': 'medium', // 96.7%
  'signature/name': 'medium', // 90%
  'cue-after-verb/organization': 'medium', // 90%
  'cue-after/pronoun': 'medium', // 88%
  'cue-before/pronoun': 'medium', // 89%
  'subject-before/name': 'medium', // 88%
  'continuity/-': 'medium', // 87%: "A," said X. "B."
};

/** A cue this close before its quotation (at most a colon or comma and a space) is one with it: "Aalders told reporters: "..."". */
const TIGHT_CUE = 3;

/** How sure an attribution of the quotation `quote` is: high, medium or low (see MEASURED). */
export function confidenceOf(a: Attribution, quote: Range): Confidence {
  if (!a.speaker) return 'low';
  // A name in a cue right before the quotation: 97.9% on train (381), 100% on dev (43).
  if (a.rule === 'cue-before' && a.mention === 'name' && a.cue && a.cue.end <= quote.start && quote.start - a.cue.end <= TIGHT_CUE) return 'high';
  return MEASURED[`${a.rule}/${a.mention ?? '-'}`] ?? 'low';
}
