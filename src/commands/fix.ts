import { Command } from 'commander';
import { leftOutWarning, loadBundledDataset } from '../cache/load.js';
import type { Entity } from '../dataset/types.js';
import type { CommandFlags } from '../cli-options.js';
import { ExitCode, UsageError } from '../errors.js';
import type { Fix } from '../library/corrections.js';
import type { LibraryStore } from '../library/library-store.js';
import { lookUpName } from '../query/names.js';
import { escapeForTerminal } from '../text/sanitize.js';
import { givenGlobals, openLibrary, withExamples, withOptions, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';
import { displayPath } from './add.js';

type Person = Pick<Entity, 'name' | 'type' | 'role' | 'aliases'>;

/**
 * Who --speaker means for a quotation of `sourceId`: a person its source already names,
 * else one the rest of the data names (taken into this source under that name), else a
 * new person of the name as given. A name that could be several people is an error.
 */
async function speakerFor(name: string, sourceId: string, everyone: readonly Entity[]): Promise<Person> {
  const own = everyone.filter((e) => e.id.startsWith(`${sourceId}.`));
  const [here] = (await lookUpName({ entities: own }, name)).entities;
  if (here) return here;
  const [elsewhere] = (await lookUpName({ entities: everyone }, name)).entities;
  if (elsewhere) return elsewhere;
  const given = name.trim().replace(/\s+/g, ' ');
  return { name: given, type: 'person', role: null, aliases: [] };
}

/** The options of `facts fix`. */
export interface FixOptions extends CommandFlags<'fix'> {
  id: string;
  globals: GivenGlobals;
}

/** `facts fix ID --speaker NAME | --not-a-quote`: a person's correction of a quotation in the library. */
export function newFixCommand(deps: CommandDeps, run: Run<FixOptions> = runFix): Command {
  const cmd = withOptions(
    new Command('fix')
      .description('correct a quotation in your library: who said it (--speaker), or that it is not a quotation (--not-a-quote); kept when the article is added again')
      .argument('<id>', "the quote's record id (facts quotes --fields id,text,speaker)"),
    'fix',
  ).action(async (id: string, flags: CommandFlags<'fix'>, self: Command) => deps.setExitCode(await run({ ...flags, id, globals: givenGlobals(self) }, deps)));
  return withExamples(cmd, ['facts fix tram-extension.q3 --speaker "Fiona Parry"', 'facts fix tram-extension.q7 --not-a-quote', 'facts library show tram-extension']);
}

/** Finds the quotation in the library and writes the correction into its entry. */
export async function runFix({ id, speaker, notAQuote, globals }: FixOptions, deps: RunDeps): Promise<number> {
  if ((speaker === undefined) === (notAQuote !== true)) throw new UsageError('give one of --speaker NAME or --not-a-quote');
  const { io } = deps;
  if (loadBundledDataset().records.some((r) => r.id === id)) throw new UsageError(`'${id}' is a record of the bundled article, which facts does not change; fix works on the articles you added`);
  const library = await openLibrary(globals, deps);
  try {
    const { entries, problems } = await library.entries();
    for (const problem of problems) io.err(leftOutWarning(problem));
    const entry = entries.find((e) => e.records.some((r) => r.id === id));
    if (!entry) throw new UsageError(`no record '${id}' in the library; 'facts --no-bundled quotes --fields id,speaker,text' lists them`);
    const record = entry.records.find((r) => r.id === id);
    if (record?.kind !== 'quote') throw new UsageError(`'${id}' is a ${record?.kind ?? 'record'}, not a quote; fix corrects quotations`);
    const everyone = [...loadBundledDataset().entities, ...entries.flatMap((e) => e.entities)];
    const person = speaker === undefined ? undefined : await speakerFor(speaker, entry.source.id, everyone);
    const { summary, kept } = await writeFix(library, entry.source.id, id, person);
    io.out(`${escapeForTerminal(summary)}\n  kept in ${escapeForTerminal(displayPath(kept, io.env.HOME))}\n`);
    return ExitCode.ok;
  } finally {
    await library.close();
  }
}

/** Writes the correction of quote `id` into its source's entry, which is read afresh while no other change of it runs: said by `person`, or (without one) not a quotation. Says what it did, and where it is kept. */
async function writeFix(library: LibraryStore, sourceId: string, id: string, person: Person | undefined): Promise<{ summary: string; kept: string }> {
  const fix: Fix = person === undefined ? { notAQuote: true } : { speaker: person };
  const { applyCorrections, correctionOf, today } = await import('../library/corrections.js');
  let summary = '';
  const kept = await library.change(sourceId, (dataset) => {
    const current = dataset.records.find((r) => r.id === id);
    if (current?.kind !== 'quote') throw new UsageError(`no quote '${id}' in the library any more; another fix removed it`);
    const correction = correctionOf(dataset, current, fix, today());
    const speakers = new Map(person === undefined ? [] : [[person.name, person]]);
    const guess = current.attribution ? `, ${current.attribution.confidence} (${current.attribution.rule})` : '';
    const was = `${correction.was ?? 'no speaker'}${guess}`;
    summary =
      correction.fix === 'not-a-quote'
        ? `removed ${id}: not a quotation (it was given to ${was})`
        : `${correction.was === correction.speaker ? 'confirmed' : 'fixed'} ${id}: said by ${correction.speaker} (was ${was}); reviewed`;
    return applyCorrections(dataset, [...(dataset.corrections ?? []), correction], speakers).dataset;
  });
  return { summary, kept };
}
