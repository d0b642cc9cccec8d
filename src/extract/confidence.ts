import type { Confidence } from '../data/types.js';
import type { Attribution } from './attribute.js';

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
  'cue-before/name': 'medium', // 95.9%
  'cue-at-sentence-end/name': 'medium', // 96.7%
  'signature/name': 'medium', // 90%
  'cue-after-verb/organization': 'medium', // 90%
  'cue-after/pronoun': 'medium', // 88%
  'cue-before/pronoun': 'medium', // 89%
  'subject-before/name': 'medium', // 88%
  'continuity/-': 'medium', // 87%: "A," said X. "B."
};

/** How sure an attribution is: high, medium or low (see MEASURED). */
export function confidenceOf(a: Attribution): Confidence {
  if (!a.speaker) return 'low';
  return MEASURED[`${a.rule}/${a.mention ?? '-'}`] ?? 'low';
}
