import { Command } from 'commander';
import type { Claim, Dataset } from '../data/types.js';
import { emit, prepare, withExamples, type CommandDeps } from './common.js';
import { addFilterOptions, filterRecords, parseFilter, textRecordListing, type Hit } from './records.js';

/** `facts claims [PATTERN]`: the reported, unquoted statements. */
export function createClaimsCommand(deps: CommandDeps): Command {
  const cmd = addFilterOptions(new Command('claims').description('the reported statements that are not direct quotes'));
  cmd.action(async (pattern: string | undefined, opts, self: Command) => {
    const { globals, data } = await prepare(self, deps);
    await emit(deps, globals, textRecordListing(data, filterRecords(data, ['claim'], parseFilter(pattern, opts), deps)));
  });
  return withExamples(cmd, ['facts claims', 'facts claims trump', 'facts claims --speaker macron --format csv']);
}
