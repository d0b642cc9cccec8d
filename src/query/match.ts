import { UsageError } from '../errors.js';
import type { Range } from '../output/listing.js';

/** Finds the ranges of a pattern in a text; an empty list means no match. */
export type Matcher = (text: string) => Range[];

/**
 * A case-insensitive literal matcher, or a (case-insensitive) regular expression with
 * `regexp`. A literal pattern is searched as text, never compiled: a pattern of any
 * length works (a regular expression of 30,000 escaped characters overflows V8's stack).
 */
export function createMatcher(pattern: string, options: { regexp?: boolean } = {}): Matcher {
  if (!options.regexp) return literalMatcher(pattern);
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'giu');
  } catch (error) {
    throw new UsageError(`invalid regular expression '${pattern}': ${(error as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /, '')}`);
  }
  return (text) => {
    const ranges: Range[] = [];
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      if (m[0].length === 0) continue;
      ranges.push({ start: m.index, end: m.index + m[0].length });
    }
    return ranges;
  };
}

/** Case-insensitive search for a literal pattern, by lower-casing both sides where that keeps their lengths. */
function literalMatcher(pattern: string): Matcher {
  const needle = pattern.toLowerCase();
  if (needle.length === 0) return () => [];
  // A few characters change length when lower-cased (İ); for those texts, compare code unit by code unit.
  const sameLength = needle.length === pattern.length;
  return (text) => {
    const haystack = text.toLowerCase();
    const ranges: Range[] = [];
    if (!sameLength || haystack.length !== text.length) {
      for (let i = 0; i + pattern.length <= text.length; i++) {
        if (text.slice(i, i + pattern.length).toLowerCase() === needle) {
          ranges.push({ start: i, end: i + pattern.length });
          i += pattern.length - 1;
        }
      }
      return ranges;
    }
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) ranges.push({ start: at, end: at + needle.length });
    return ranges;
  };
}
