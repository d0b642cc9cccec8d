import type { Command } from 'commander';
import { filterRecords } from '../query/filter.js';
import { emit, prepareStore, warnOn, withExamples, type CommandDeps, type RunDeps } from './common.js';
import { describeEmpty, filterOf, scopeOf, newRecordCommand, textRecordListing, type RecordListOptions } from './records.js';

/** `facts quotes [PATTERN]`: grep over what was said, word for word. */
export function newQuotesCommand(deps: CommandDeps, run = runQuotes): Command {
  const cmd = newRecordCommand('quotes', 'grep the quotations: who said what, word for word', deps, run);
  return withExamples(cmd, ['facts quotes', 'facts quotes peace', "facts quotes -e 'defen(d|ding)'", 'facts quotes --speaker macron --json', 'facts quotes | cut -f3']);
}

/** The quotes that pass the filter, in the order of the dataset. */
export async function runQuotes(options: RecordListOptions, deps: RunDeps): Promise<number> {
  const { globals, store } = await prepareStore(options.globals, deps, scopeOf(options));
  const filter = filterOf(options);
  const hits = await filterRecords(store, ['quote'], filter, warnOn(deps));
  return emit(deps, globals, textRecordListing(store, hits), describeEmpty(store, ['quote'], filter, 'quotes'));
}
