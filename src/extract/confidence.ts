import type { Confidence } from '../data/types.js';
import type { Attribution } from './attribute.js';

/** How sure an attribution is (provisional). */
export function confidenceOf(a: Attribution): Confidence {
  if (!a.speaker) return 'low';
  if (a.rule === 'continuity') return 'low';
  if (a.mention === 'name') return 'high';
  return 'medium';
}
