import { Command } from 'commander';
import type { FactStore } from '../cache/store.js';
import type { Listing } from '../output/listing.js';
import { emit, prepareStore, resolveSpeakerFilter, speakersOf, storeColumns, withExamples, type CommandDeps } from './common.js';

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

/** `facts attributions [SPEAKER]` (alias `who`). */
export function createAttributionsCommand(deps: CommandDeps): Command {
  const cmd = new Command('attributions')
    .alias('who')
    .description('who said what: speaker, role, kind, text and the cue that attributes it')
    .argument('[speaker]', 'a name or alias; spelling is forgiven (zelensky, macron)')
    .action(async (speaker: string | undefined, _opts, self: Command) => {
      const { globals, store } = await prepareStore(self, deps);
      const speakers = await resolveSpeakerFilter(store, speaker);
      const named = speakers && store.entityById.get([...speakers][0] as string)?.name;
      const everyone = () => Array.from({ length: store.recordCount }, (_, i) => store.speaker(i));
      const empty = () => `nothing is attributed to ${named ?? speaker} (speakers: ${speakersOf(store, everyone())})`;
      // Every text may be printed: read each kind's texts whole, not one at a time.
      store.scanTexts(['guarantee', 'quote', 'number', 'claim']);
      await emit(deps, globals, attributionListing(store, findAttributions(store, speakers)), empty);
    });
  return withExamples(cmd, ['facts who macron', 'facts attributions zelensky', 'facts who --fields speaker,kind,text --format csv']);
}
