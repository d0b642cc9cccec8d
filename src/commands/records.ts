import type { Command } from 'commander';
import type { FactStore } from '../cache/store.js';
import type { FactRecord, RecordKind } from '../dataset/types.js';
import { UsageError } from '../errors.js';
import type { Column, Listing, Range } from '../output/listing.js';
import { createMatcher, type Matcher } from '../query/match.js';
import type { CommandDeps } from './common.js';
import { recordContext, resolveSpeakerFilter, speakersOf, storeColumns } from './common.js';
import { recordLd } from '../output/jsonld.js';

// The grep-like filtering that quotes, numbers and claims share: a literal or regular
// expression PATTERN over some fields, --speaker and --source.

/** Filters for a record listing, as typed options. */
export interface RecordFilter {
  pattern?: string;
  regexp?: boolean;
  speaker?: string;
  source?: string;
}

/** Adds -e/--regexp, --speaker and --source to a record command. */
export function addFilterOptions(cmd: Command): Command {
  return cmd
    .argument('[pattern]', 'case-insensitive text to look for')
    .option('-e, --regexp <regex>', 'look for a (case-insensitive) regular expression instead')
    .option('--speaker <name>', 'only records said by this person or group (name or alias; spelling is forgiven)')
    .option('--source <id>', 'only records from this source');
}

/** Turns the positional pattern and the filter flags into a RecordFilter. */
export function parseFilter(pattern: string | undefined, opts: { regexp?: string; speaker?: string; source?: string }): RecordFilter {
  if (pattern !== undefined && opts.regexp !== undefined) throw new UsageError('give either a PATTERN or -e/--regexp, not both');
  const text = opts.regexp ?? pattern;
  return { pattern: text, regexp: opts.regexp !== undefined, speaker: opts.speaker, source: opts.source };
}

/** What an empty result of a filter says on a terminal: what was asked, and who does have records of these kinds. */
export function describeEmpty(store: FactStore, kinds: readonly RecordKind[], filter: RecordFilter, plural: string): () => string {
  return () => {
    const asked = [
      filter.pattern ? `${filter.regexp ? 'matching' : 'containing'} '${filter.pattern}'` : '',
      filter.speaker ? `by ${filter.speaker}` : '',
      filter.source ? `in ${filter.source}` : '',
    ].filter(Boolean);
    const said: (string | null)[] = [];
    for (let i = 0; i < store.recordCount; i++) if ((kinds as readonly string[]).includes(store.kind(i))) said.push(store.speaker(i));
    return `no ${plural}${asked.length > 0 ? ` ${asked.join(' ')}` : ''} (speakers with ${plural}: ${speakersOf(store, said)})`;
  };
}

/** A record (by its index in the store) with the ranges of its text that matched the pattern. */
export interface Hit {
  index: number;
  ranges: Range[];
}

/** The records of these kinds that pass the filter, with their matched ranges, in dataset order. */
export async function filterRecords<K extends RecordKind>(
  store: FactStore,
  kinds: readonly K[],
  filter: RecordFilter,
  deps: Pick<CommandDeps, 'io'>,
  extraFields?: (record: Extract<FactRecord, { kind: K }>) => string[],
): Promise<Hit[]> {
  const matcher: Matcher | undefined = filter.pattern === undefined || filter.pattern === '' ? undefined : createMatcher(filter.pattern, { regexp: filter.regexp });
  const speakers = await resolveSpeakerFilter(store, filter.speaker);
  const source = filter.source === undefined ? undefined : store.sourceIds.indexOf(filter.source);
  if (source === -1) deps.io.err(`facts: no source '${filter.source}'; sources: ${store.sourceIds.join(', ')}\n`);
  const hits: Hit[] = [];
  if (matcher) store.scanTexts(kinds);
  // Columns first: the text is only read, and the record only parsed, for what passes.
  for (let i = 0; i < store.recordCount; i++) {
    if (!(kinds as readonly string[]).includes(store.kind(i))) continue;
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

/** A store column for hits, optionally highlighting the matches. */
export function hitColumn(column: Column<number>, highlight = false): Column<Hit> {
  return { ...column, value: (hit) => column.value(hit.index), highlight: highlight ? (hit) => hit.ranges : undefined };
}

/** The table, TSV and JSON shape of quotes and claims: id, speaker, text, cue. */
export function textRecordListing(store: FactStore, hits: readonly Hit[]): Listing<Hit> {
  const c = storeColumns(store);
  return {
    rows: hits,
    columns: [hitColumn(c.id), hitColumn(c.speaker), hitColumn(c.text, true), hitColumn(c.cue), hitColumn(c.kind), hitColumn(c.source), hitColumn(c.span), hitColumn(c.confidence)],
    defaults: ['id', 'speaker', 'text', 'cue'],
    json: (hit) => store.record(hit.index),
    jsonld: (hit) => recordLd(recordContext(store, store.record(hit.index))),
  };
}
