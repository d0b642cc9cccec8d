import type { Command } from 'commander';
import type { FactStore } from '../cache/store.js';
import type { NumberRecord } from '../dataset/types.js';
import type { Listing } from '../output/listing.js';
import { filterRecords, type Hit } from '../query/filter.js';
import { emit, prepareStore, warnOn, withExamples, type CommandDeps, type RunDeps } from './common.js';
import { storeColumns } from '../output/columns.js';
import { describeEmpty, filterOf, scopeOf, hitColumn, newRecordCommand, type RecordListOptions } from './records.js';

/** The table, TSV and JSON shape of figures. */
export function numberListing(store: FactStore, hits: readonly Hit[]): Listing<Hit> {
  const c = storeColumns(store);
  const parsed = new Map<number, NumberRecord>();
  const figure = (hit: Hit) => {
    let record = parsed.get(hit.index);
    if (!record) parsed.set(hit.index, (record = store.record(hit.index) as NumberRecord));
    return record;
  };
  return {
    rows: hits,
    columns: [
      hitColumn(c.id),
      { key: 'value', header: 'Value', value: (h) => String(figure(h).value), style: 'number' },
      { key: 'bound', header: 'Bound', value: (h) => figure(h).bound ?? '' },
      { key: 'unit', header: 'Unit', value: (h) => figure(h).unit },
      { key: 'about', header: 'About', value: (h) => figure(h).about, wide: true },
      hitColumn(c.speaker),
      hitColumn(c.text, true),
      hitColumn(c.cue),
      hitColumn(c.kind),
      hitColumn(c.source),
      hitColumn(c.span),
    ],
    defaults: ['id', 'value', 'unit', 'about', 'speaker'],
    json: (hit) => store.record(hit.index),
  };
}

/** `facts numbers [PATTERN]`: every figure, what it counts and who said it. */
export function newNumbersCommand(deps: CommandDeps, run = runNumbers): Command {
  const cmd = newRecordCommand('numbers', 'the figures: value, unit, what they measure, who said them', deps, run);
  return withExamples(cmd, ['facts numbers', 'facts numbers countries', 'facts numbers --json | jq ".[].value"']);
}

/** The figures that pass the filter (which also looks in their unit and what they count), in the order of the dataset. */
export async function runNumbers(options: RecordListOptions, deps: RunDeps): Promise<number> {
  const { globals, store } = await prepareStore(options.globals, deps, scopeOf(options));
  const filter = filterOf(options);
  const hits = await filterRecords(store, ['number'], filter, warnOn(deps), (r) => [r.unit, r.about]);
  return emit(deps, globals, numberListing(store, hits), describeEmpty(store, ['number'], filter, 'figures'));
}
