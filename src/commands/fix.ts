import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { leftOutWarning, loadBundledDataset } from '../cache/load.js';
import { describeFsError } from '../files/fs.js';
import type { DatasetFile, Entity } from '../dataset/types.js';
import type { CommandFlags } from '../cli-options.js';
import { ExitCode, InputError, UsageError } from '../errors.js';
import type { Fix } from '../library/corrections.js';
import { libraryFolder } from '../library/folder.js';
import { lookUpName } from '../query/names.js';
import { escapeForTerminal } from '../text/sanitize.js';
import { givenGlobals, withExamples, withOptions, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';
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
export async function runFix({ id, speaker, notAQuote }: FixOptions, deps: RunDeps): Promise<number> {
  if ((speaker === undefined) === (notAQuote !== true)) throw new UsageError('give one of --speaker NAME or --not-a-quote');
  const { io } = deps;
  if (loadBundledDataset().records.some((r) => r.id === id)) throw new UsageError(`'${id}' is a record of the bundled article, which facts does not change; fix works on the articles you added`);
  const { readEntries } = await import('../library/library.js');
  const { entries, problems } = await readEntries(libraryFolder(io.env, io.cwd));
  for (const problem of problems) io.err(leftOutWarning(problem));
  const entry = entries.find((e) => e.records.some((r) => r.id === id));
  if (!entry) throw new UsageError(`no record '${id}' in the library; 'facts --no-bundled quotes --fields id,speaker,text' lists them`);
  const record = entry.records.find((r) => r.id === id);
  if (record?.kind !== 'quote') throw new UsageError(`'${id}' is a ${record?.kind ?? 'record'}, not a quote; fix corrects quotations`);
  const everyone = [...loadBundledDataset().entities, ...entries.flatMap((e) => e.entities)];
  const person = speaker === undefined ? undefined : await speakerFor(speaker, entry.source.id, everyone);
  const summary = await writeFix(entry.path, id, person);
  io.out(`${escapeForTerminal(summary)}\n  kept in ${escapeForTerminal(displayPath(entry.path, io.env.HOME))}\n`);
  return ExitCode.ok;
}

/** Writes the correction of quote `id` into the library file at `path`, under its lock: said by `person`, or (without one) not a quotation. Says what it did. */
async function writeFix(path: string, id: string, person: Person | undefined): Promise<string> {
  const fix: Fix = person === undefined ? { notAQuote: true } : { speaker: person };
  const { applyCorrections, correctionOf, today, withFileLock } = await import('../library/corrections.js');
  const { writeAtomically } = await import('../library/library.js');
  return withFileLock(path, () => {
    // Read again under the lock: another fix may have written the file since.
    let dataset: DatasetFile;
    try {
      dataset = JSON.parse(readFileSync(path, 'utf8')) as DatasetFile;
    } catch (error) {
      throw new InputError(`${path}: cannot read: ${error instanceof SyntaxError ? 'not JSON any more' : describeFsError(error)}`);
    }
    const current = dataset.records.find((r) => r.id === id);
    if (current?.kind !== 'quote') throw new UsageError(`no quote '${id}' in ${path} any more; another fix removed it`);
    const correction = correctionOf(dataset, current, fix, today());
    const speakers = new Map(person === undefined ? [] : [[person.name, person]]);
    const fixed = applyCorrections(dataset, [...(dataset.corrections ?? []), correction], speakers).dataset;
    try {
      writeAtomically(path, `${JSON.stringify(fixed, null, 2)}\n`, true);
    } catch (error) {
      throw new InputError(`${path}: cannot write: ${describeFsError(error)}`);
    }
    const guess = current.attribution ? `, ${current.attribution.confidence} (${current.attribution.rule})` : '';
    const was = `${correction.was ?? 'no speaker'}${guess}`;
    if (correction.fix === 'not-a-quote') return `removed ${id}: not a quotation (it was given to ${was})`;
    return `${correction.was === correction.speaker ? 'confirmed' : 'fixed'} ${id}: said by ${correction.speaker} (was ${was}); reviewed`;
  });
}
