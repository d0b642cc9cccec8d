import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/text/words.js';

/** The optimal string alignment distance (a swap of neighbours counts one), the textbook way: a full table. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('counts a wrong, missing, extra or swapped letter as one edit', () => {
    expect([editDistance('force', 'forse'), editDistance('force', 'frce'), editDistance('force', 'forces'), editDistance('force', 'froce')]).toEqual([1, 1, 1, 1]);
  });

  it('is the alignment distance for every pair of words up to max, and above max beyond it, whatever was compared before', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), fc.string({ maxLength: 40 }), (a, b, max, earlier) => {
        // A long word compared first leaves its rows behind: they must not leak into the next comparison.
        editDistance(earlier, earlier.split('').reverse().join(''), 40);
        const d = reference(a, b);
        expect(editDistance(a, b)).toBe(d);
        const bounded = editDistance(a, b, max);
        if (d <= max) expect(bounded).toBe(d);
        else expect(bounded).toBeGreaterThan(max);
      }),
    );
  });
});
