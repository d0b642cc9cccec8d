import { Command } from 'commander';
import type { Dataset, NumberRecord } from '../data/types.js';
import type { Listing } from '../output/listing.js';
import { emit, prepareStore, recordColumns, withExamples, type CommandDeps } from './common.js';
import { addFilterOptions, filterRecords, hitColumn, parseFilter, type Hit } from './records.js';

/** The table, TSV and JSON shape of figures. */
export function numberListing(data: Pick<Dataset, 'entityById'>, hits: readonly Hit<NumberRecord>[]): Listing<Hit<NumberRecord>> {
  const c = recordColumns(data);
  return {
    rows: hits,
    columns: [
      hitColumn(c.id),
      { key: 'value', header: 'Value', value: (h) => String(h.record.value), style: 'number' },
      { key: 'unit', header: 'Unit', value: (h) => h.record.unit },
      { key: 'about', header: 'About', value: (h) => h.record.about, wide: true },
      hitColumn(c.speaker),
      hitColumn(c.text, true),
      hitColumn(c.cue),
      hitColumn(c.kind),
      hitColumn(c.source),
      hitColumn(c.span),
    ],
    defaults: ['id', 'value', 'unit', 'about', 'speaker'],
    json: (hit) => hit.record,
  };
}

/** `facts numbers [PATTERN]`: every figure, what it counts and who said it. */
export function createNumbersCommand(deps: CommandDeps): Command {
  const cmd = addFilterOptions(new Command('numbers').description('the figures: value, unit, what they measure, who said them'));
  cmd.action(async (pattern: string | undefined, opts, self: Command) => {
    const { globals, store } = await prepareStore(self, deps);
    const hits = filterRecords(store, ['number'], parseFilter(pattern, opts), deps, (r) => [r.unit, r.about]);
    await emit(deps, globals, numberListing(store, hits));
  });
  return withExamples(cmd, ['facts numbers', 'facts numbers countries', 'facts numbers --json | jq ".[].value"']);
}
