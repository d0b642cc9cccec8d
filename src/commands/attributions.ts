import { Command } from 'commander';
import type { Dataset, FactRecord } from '../data/types.js';
import type { Listing } from '../output/listing.js';
import { emit, prepare, recordColumns, resolveSpeakerFilter, speakersOf, withExamples, type CommandDeps } from './common.js';

/** Every attributed record, or only those of these speakers. */
export function findAttributions(data: Dataset, speakers: ReadonlySet<string> | undefined): FactRecord[] {
  return data.records.filter((r) => r.speaker !== null && (speakers === undefined || speakers.has(r.speaker)));
}

/** The table, TSV and JSON shape of attributions: who said what, and the words that say so. */
export function attributionListing(data: Dataset, rows: readonly FactRecord[]): Listing<FactRecord> {
  const c = recordColumns(data);
  return {
    rows,
    columns: [
      c.speaker,
      { key: 'role', header: 'Role', value: (r) => (r.speaker === null ? '' : (data.entityById.get(r.speaker)?.role ?? '')) },
      c.kind,
      c.id,
      c.text,
      c.cue,
      c.source,
      c.span,
    ],
    defaults: ['speaker', 'role', 'kind', 'id', 'text', 'cue'],
    json: (r) => r,
  };
}

/** `facts attributions [SPEAKER]` (alias `who`). */
export function createAttributionsCommand(deps: CommandDeps): Command {
  const cmd = new Command('attributions')
    .alias('who')
    .description('who said what: speaker, role, kind, text and the cue that attributes it')
    .argument('[speaker]', 'a name or alias; spelling is forgiven (zelensky, macron)')
    .action(async (speaker: string | undefined, _opts, self: Command) => {
      const { globals, data } = await prepare(self, deps);
      const speakers = await resolveSpeakerFilter(data, speaker);
      const named = speakers && data.entityById.get([...speakers][0] as string)?.name;
      const empty = () => `nothing is attributed to ${named ?? speaker} (speakers: ${speakersOf(data, data.records.map((r) => r.speaker))})`;
      await emit(deps, globals, attributionListing(data, findAttributions(data, speakers)), empty);
    });
  return withExamples(cmd, ['facts who macron', 'facts attributions zelensky', 'facts who --fields speaker,kind,text --format csv']);
}
