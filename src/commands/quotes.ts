import { Command } from 'commander';
import type { FactStore } from '../cache/store.js';
import { emit, prepareStore, withExamples, type CommandDeps } from './common.js';
import { addFilterOptions, describeEmpty, filterRecords, parseFilter, textRecordListing, type Hit, type RecordFilter } from './records.js';

/** The quotes that pass the filter, in the order of the dataset. */
export function findQuotes(store: FactStore, filter: RecordFilter, deps: Pick<CommandDeps, 'io'>): Promise<Hit[]> {
  return filterRecords(store, ['quote'], filter, deps);
}

/** `facts quotes [PATTERN]`: grep over what was said, word for word. */
export function createQuotesCommand(deps: CommandDeps): Command {
  const cmd = addFilterOptions(new Command('quotes').description('grep the quotations: who said what, word for word'));
  cmd.action(async (pattern: string | undefined, opts, self: Command) => {
    const { globals, store } = await prepareStore(self, deps);
    const filter = parseFilter(pattern, opts);
    await emit(deps, globals, textRecordListing(store, await findQuotes(store, filter, deps)), describeEmpty(store, ['quote'], filter, 'quotes'));
  });
  return withExamples(cmd, ['facts quotes', 'facts quotes peace', "facts quotes -e 'defen(d|ding)'", 'facts quotes --speaker macron --json', 'facts quotes | cut -f3']);
}
