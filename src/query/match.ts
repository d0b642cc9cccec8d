import { UsageError } from '../errors.js';
import type { Range } from '../output/listing.js';

/** Finds the ranges of a pattern in a text; an empty list means no match. */
export type Matcher = (text: string) => Range[];

/** A case-insensitive literal matcher, or a (case-insensitive) regular expression with `regexp`. */
export function createMatcher(pattern: string, options: { regexp?: boolean } = {}): Matcher {
  let re: RegExp;
  try {
    re = new RegExp(options.regexp ? pattern : escapeRegExp(pattern), 'giu');
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

/** `text` with every regular-expression metacharacter escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
