import type { Command } from 'commander';
import { filterRecords } from '../query/filter.js';
import { emit, prepareStore, warnOn, withExamples, type CommandDeps, type RunDeps } from './common.js';
import { describeEmpty, filterOf, scopeOf, newRecordCommand, textRecordListing, type RecordListOptions } from './records.js';

/** `facts claims [PATTERN]`: the reported, unquoted statements. */
export function newClaimsCommand(deps: CommandDeps, run = runClaims): Command {
  const cmd = newRecordCommand('claims', 'the reported statements that are not direct quotes', deps, run);
  return withExamples(cmd, ['facts claims', 'facts claims trump', 'facts claims --speaker macron --format csv']);
}

/** The claims that pass the filter, in the order of the dataset. */
export async function runClaims(options: RecordListOptions, deps: RunDeps): Promise<number> {
  const { globals, store } = await prepareStore(options.globals, deps, scopeOf(options));
  const filter = filterOf(options);
  const hits = await filterRecords(store, ['claim'], filter, warnOn(deps));
  return emit(deps, globals, textRecordListing(store, hits), describeEmpty(store, ['claim'], filter, 'claims'));
}
