import { Command } from 'commander';
import type { CommandFlags } from '../cli-options.js';
import type { FactStore } from '../cache/store.js';
import type { RecordKind } from '../dataset/types.js';
import { UsageError } from '../errors.js';
import type { Column, Listing } from '../output/listing.js';
import type { Hit, RecordFilter } from '../query/filter.js';
import { givenGlobals, recordContext, speakersOf, withOptions, type CommandDeps, type GivenGlobals, type Run, type Scope } from './common.js';
import { storeColumns } from '../output/columns.js';
import { recordLd } from '../output/jsonld.js';

// What the commands that grep records (quotes, numbers, claims) share: a PATTERN and
// -e/--regexp, --speaker and --source (query/filter.ts filters), and how they print.

/** The options of a command that greps records. */
export interface RecordListOptions extends CommandFlags<'quotes'> {
  pattern?: string;
  globals: GivenGlobals;
}

/** Declares a command that greps records of some kind: [PATTERN], -e, --speaker, --source. */
export function newRecordCommand(name: 'quotes' | 'numbers' | 'claims', description: string, deps: CommandDeps, run: Run<RecordListOptions>): Command {
  return withOptions(new Command(name).description(description).argument('[pattern]', 'case-insensitive text to look for'), name).action(
    async (pattern: string | undefined, flags: CommandFlags<typeof name>, self: Command) => deps.setExitCode(await run({ ...flags, pattern, globals: givenGlobals(self) }, deps)),
  );
}

/** The filter the options ask for: a PATTERN or -e, not both. */
export function filterOf(options: RecordListOptions): RecordFilter {
  if (options.pattern !== undefined && options.regexp !== undefined) throw new UsageError('give either a PATTERN or -e/--regexp, not both');
  return { pattern: options.regexp ?? options.pattern, regexp: options.regexp !== undefined, speaker: options.speaker, source: options.source };
}

/** Where the records a filter asks for can be: in its source, or in what its speaker said (a library in a database reads only those). */
export function scopeOf(options: RecordListOptions): Scope | undefined {
  if (options.source !== undefined) return { holding: options.source };
  return options.speaker === undefined ? undefined : { speaker: options.speaker };
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
    const wanted = new Set<string>(kinds);
    for (let i = 0; i < store.recordCount; i++) if (wanted.has(store.kind(i))) said.push(store.speaker(i));
    return `no ${plural}${asked.length > 0 ? ` ${asked.join(' ')}` : ''} (speakers with ${plural}: ${speakersOf(store, said)})`;
  };
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
