import { Command } from 'commander';
import type { FactStore } from '../cache/store.js';
import type { Listing } from '../output/listing.js';
import { resolveSpeakerFilter } from '../query/names.js';
import { emit, givenGlobals, prepareStore, speakersOf, withExamples, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';
import { storeColumns } from '../output/columns.js';

/** The indexes of every attributed record, or only those of these speakers. */
export function findAttributions(store: FactStore, speakers: ReadonlySet<string> | undefined): number[] {
  const found: number[] = [];
  for (let i = 0; i < store.recordCount; i++) {
    const speaker = store.speaker(i);
    if (speaker !== null && (speakers === undefined || speakers.has(speaker))) found.push(i);
  }
  return found;
}

/** The table, TSV and JSON shape of attributions (rows are record indexes): who said what, and the words that say so. */
export function attributionListing(store: FactStore, rows: readonly number[]): Listing<number> {
  const c = storeColumns(store);
  const role = (i: number) => {
    const speaker = store.speaker(i);
    return speaker === null ? '' : (store.entityById.get(speaker)?.role ?? '');
  };
  return {
    rows,
    columns: [
      c.speaker,
      { key: 'role', header: 'Role', value: role },
      c.kind,
      c.id,
      c.text,
      c.cue,
      c.confidence,
      c.source,
      c.span,
    ],
    // (confidence is a field, not a default: a seventh column breaks words at 80 columns.)
    defaults: ['speaker', 'role', 'kind', 'id', 'text', 'cue'],
    json: (i) => store.record(i),
  };
}

/** The options of `facts attributions` (`who`). */
export interface AttributionsOptions {
  speaker?: string;
  globals: GivenGlobals;
}

/** `facts attributions [SPEAKER]` (alias `who`). */
export function newAttributionsCommand(deps: CommandDeps, run: Run<AttributionsOptions> = runAttributions): Command {
  const cmd = new Command('attributions')
    .alias('who')
    .description('who said what: speaker, role, kind, text and the cue that attributes it')
    .argument('[speaker]', 'a name or alias; spelling is forgiven (zelensky, macron)')
    .action(async (speaker: string | undefined, _flags, self: Command) => deps.setExitCode(await run({ speaker, globals: givenGlobals(self) }, deps)));
  return withExamples(cmd, ['facts who macron', 'facts attributions zelensky', 'facts who --fields speaker,kind,text --format csv']);
}

/** Every attributed record, or those of one person (across the sources that name them). */
export async function runAttributions({ speaker, globals: given }: AttributionsOptions, deps: RunDeps): Promise<number> {
  const { globals, store } = await prepareStore(given, deps, speaker === undefined ? undefined : { speaker });
  const speakers = await resolveSpeakerFilter(store, speaker);
  const named = speakers && store.entityById.get([...speakers][0] ?? '')?.name;
  const everyone = () => Array.from({ length: store.recordCount }, (_, i) => store.speaker(i));
  const empty = () => `nothing is attributed to ${named ?? speaker} (speakers: ${speakersOf(store, everyone())})`;
  // Every text may be printed: read each kind's texts whole, not one at a time.
  store.scanTexts(['guarantee', 'quote', 'number', 'claim']);
  return emit(deps, globals, attributionListing(store, findAttributions(store, speakers)), empty);
}
