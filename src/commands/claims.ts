import { Command } from 'commander';
import { emit, prepareStore, withExamples, type CommandDeps } from './common.js';
import { addFilterOptions, describeEmpty, filterRecords, parseFilter, textRecordListing } from './records.js';

/** `facts claims [PATTERN]`: the reported, unquoted statements. */
export function createClaimsCommand(deps: CommandDeps): Command {
  const cmd = addFilterOptions(new Command('claims').description('the reported statements that are not direct quotes'));
  cmd.action(async (pattern: string | undefined, opts, self: Command) => {
    const { globals, store } = await prepareStore(self, deps);
    const filter = parseFilter(pattern, opts);
    await emit(deps, globals, textRecordListing(store, await filterRecords(store, ['claim'], filter, deps)), describeEmpty(store, ['claim'], filter, 'claims'));
  });
  return withExamples(cmd, ['facts claims', 'facts claims trump', 'facts claims --speaker macron --format csv']);
}
