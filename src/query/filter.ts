import type { FactStore } from '../cache/store.js';
import type { FactRecord, RecordKind } from '../dataset/types.js';
import type { Range } from '../output/listing.js';
import { createMatcher, type Matcher } from './match.js';
import { resolveSpeakerFilter } from './names.js';

// The grep-like filtering that quotes, numbers and claims share: a literal or regular
// expression PATTERN over some fields, a speaker and a source.

/** Filters for a record listing, as typed options. */
export interface RecordFilter {
  pattern?: string;
  regexp?: boolean;
  speaker?: string;
  source?: string;
}

/** A record (by its index in the store) with the ranges of its text that matched the pattern. */
export interface Hit {
  index: number;
  ranges: Range[];
}

/** The records of these kinds that pass the filter, with their matched ranges, in dataset order; an unknown --source is warned of (and finds nothing). */
export async function filterRecords<K extends RecordKind>(
  store: FactStore,
  kinds: readonly K[],
  filter: RecordFilter,
  warn: (message: string) => void,
  extraFields?: (record: Extract<FactRecord, { kind: K }>) => string[],
): Promise<Hit[]> {
  const matcher: Matcher | undefined = filter.pattern === undefined || filter.pattern === '' ? undefined : createMatcher(filter.pattern, { regexp: filter.regexp });
  const speakers = await resolveSpeakerFilter(store, filter.speaker);
  const source = filter.source === undefined ? undefined : store.sourceIds.indexOf(filter.source);
  if (source === -1) warn(`no source '${filter.source}'; sources: ${store.sourceIds.join(', ')}`);
  const hits: Hit[] = [];
  if (matcher) store.scanTexts(kinds);
  const wanted = new Set<string>(kinds);
  // Columns first: the text is only read, and the record only parsed, for what passes.
  for (let i = 0; i < store.recordCount; i++) {
    if (!wanted.has(store.kind(i))) continue;
    if (source !== undefined && store.sourceIndex(i) !== source) continue;
    if (speakers) {
      const speaker = store.speaker(i);
      if (speaker === null || !speakers.has(speaker)) continue;
    }
    if (!matcher) {
      hits.push({ index: i, ranges: [] });
      continue;
    }
    const ranges = matcher(store.text(i));
    if (ranges.length > 0) hits.push({ index: i, ranges });
    else if (extraFields?.(store.record(i) as Extract<FactRecord, { kind: K }>).some((t) => matcher(t).length > 0)) hits.push({ index: i, ranges: [] });
  }
  return hits;
}
