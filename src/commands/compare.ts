import { Command } from 'commander';
import type { CommandFlags } from '../cli-options.js';
import type { FactStore } from '../cache/store.js';
import { UsageError } from '../errors.js';
import type { IO } from '../io.js';
import type { Listing } from '../output/listing.js';
import { entityName } from '../output/columns.js';
import { countWords } from '../text/words.js';
import type { Group } from '../compare/groups.js';
import type { Relation, Version } from '../compare/compare.js';
import { formatDiff } from './verify.js';
import { findRecord } from './show.js';
import { emit, givenGlobals, prepareStore, withExamples, withOptions, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';

/** The options of `facts compare`. */
export interface CompareOptions extends CommandFlags<'compare'> {
  words: string[];
  globals: GivenGlobals;
}

/** `facts compare QUOTE|ID` and `facts compare --all`: how each source quoted the same statement. */
export function newCompareCommand(deps: CommandDeps, run: Run<CompareOptions> = runCompare): Command {
  const cmd = withOptions(
    new Command('compare')
      .description('every version of a statement across the sources, against the earliest: same, shortened, spliced, altered or paraphrase, and whether the speaker is the same')
      .argument('[statement...]', 'the words of the statement, or the id of a quote record'),
    'compare',
  ).action(async (words: string[], flags: CommandFlags<'compare'>, self: Command) => deps.setExitCode(await run({ ...flags, words, globals: givenGlobals(self) }, deps)));
  return withExamples(cmd, [
    'facts compare "will not wage any war against Russia"',
    'facts compare q8',
    'facts compare --reference daily.q1 "We will not raise the fares this year"',
    'facts compare --all',
    "facts compare --all --min-sources 3 --format json | jq '.[].relations'",
  ]);
}

/** Compares one statement's versions, or (--all) finds every statement with two or more; exit 0 when something was found, 1 when nothing was. */
export async function runCompare(options: CompareOptions, deps: RunDeps): Promise<number> {
  refuseMixed(options);
  const asGiven = options.words.join(' ');
  // One word may be a record's id, which only the whole library can say: a database then reads it all.
  const oneWord = options.words.length === 1 && !/\s/.test(asGiven);
  const scope = options.all || oneWord || options.reference !== undefined ? undefined : { quotes: [asGiven] };
  const { globals, store } = await prepareStore(options.globals, deps, scope);
  const statement = options.all ? '' : statementOf(store, asGiven, oneWord);
  const reference = options.reference === undefined ? undefined : referenceRecord(store, options.reference);
  const [{ CompareContext, candidateUnits, versionsIn, againstReference }, { corpusOf }, { textSide }] = await Promise.all([
    import('../compare/compare.js'),
    import('../verify/stored.js'),
    import('../compare/units.js'),
  ]);
  const ctx = new CompareContext(store, await corpusOf(store));
  if (options.all) {
    const { groupStatements } = await import('../compare/groups.js');
    const groups = groupStatements(ctx, options.minSources ?? 2, progressOn(deps.io));
    return emit(deps, globals, groupListing(store, groups), () => `no statement is quoted in ${options.minSources ?? 2} or more sources`);
  }
  const side = textSide(statement);
  const versions = againstReference(ctx, versionsIn(ctx, side, candidateUnits(ctx, side.words)), reference);
  if (!versions) throw new UsageError(`'${options.reference}' is not a quoted version of this statement`);
  return emit(deps, globals, versionListing(store, versions), () => 'the statement stands nowhere in the sources, quoted or reported');
}

/** The options that do not go together, refused before anything is read. */
function refuseMixed(options: CompareOptions): void {
  if (options.all && options.words.length > 0) throw new UsageError('give either a statement (or a quote id) or --all, not both');
  if (options.all && options.reference !== undefined) throw new UsageError('--reference picks the reference of one statement; --all chooses one for each');
  if (!options.all && options.minSources !== undefined) throw new UsageError('--min-sources applies with --all');
  if (!options.all && options.words.length === 0) throw new UsageError('give the words of a statement, the id of a quote, or --all');
}

/** The words to compare: a record's text when one word is its id (or looks like one: an unknown id is an error with suggestions), else the words given. */
function statementOf(store: FactStore, asGiven: string, oneWord: boolean): string {
  const index = oneWord ? store.indexOf(asGiven) : -1;
  const statement = index >= 0 ? store.text(index) : oneWord && /[.:]/.test(asGiven) ? findRecord(store, asGiven).text : asGiven;
  if (countWords(statement) < 3) throw new UsageError('a statement to compare has at least three words');
  return statement;
}

/** The index of the quote record --reference names. */
function referenceRecord(store: FactStore, id: string): number {
  const record = findRecord(store, id);
  if (record.kind !== 'quote') throw new UsageError(`--reference takes the id of a quote; '${id}' is a ${record.kind}`);
  return store.indexOf(id);
}

/** On a terminal, a line on stderr that counts the groups compared, once a run has taken a second; cleared at the end. */
export function progressOn(io: Pick<IO, 'err' | 'stderrIsTTY'>, clock: () => number = Date.now): (done: number, total: number) => void {
  if (!io.stderrIsTTY) return () => {};
  const started = clock();
  let shown = 0;
  return (done, total) => {
    const now = clock();
    if (done >= total) {
      if (shown > 0) io.err('\r\x1b[K');
      return;
    }
    if (now - started < 1000 || now - shown < 100) return;
    shown = now;
    io.err(`\rfacts: comparing statements: ${done} of ${total}`);
  };
}

const yesNo = (b: boolean | null) => (b === null ? '' : b ? 'yes' : 'no');

/** The rows of `facts compare`: one version of the statement each, the reference first. */
export function versionListing(store: FactStore, versions: readonly Version[]): Listing<Version> {
  const source = (v: Version) => store.sources[v.source];
  const record = (v: Version) => (v.record === null ? null : store.id(v.record));
  return {
    rows: versions,
    columns: [
      { key: 'reference', header: 'Ref', value: (v) => (v.reference ? 'ref' : ''), style: 'id' },
      { key: 'relation', header: 'Relation', value: (v) => v.alignment.relation, style: 'id' },
      { key: 'similarity', header: 'Similarity', value: (v) => v.alignment.similarity.toFixed(3), style: 'number' },
      { key: 'speaker_ok', header: 'Same speaker', value: (v) => yesNo(v.speakerOk) },
      { key: 'speaker', header: 'Speaker', value: (v) => entityName(store, v.speaker) },
      { key: 'confidence', header: 'Attribution', value: (v) => v.attribution?.confidence ?? '' },
      { key: 'source', header: 'Source', value: (v) => store.sourceIds[v.source] ?? '', style: 'dim' },
      { key: 'publisher', header: 'Publisher', value: (v) => source(v)?.publisher ?? '' },
      { key: 'published', header: 'Published', value: (v) => source(v)?.published ?? '' },
      { key: 'record', header: 'Record', value: (v) => record(v) ?? '', style: 'dim' },
      { key: 'quoted', header: 'Quoted', value: (v) => yesNo(v.quoted) },
      { key: 'text', header: 'Words', value: (v) => v.text, wide: true },
      { key: 'diff', header: 'Diff against the reference', value: (v) => formatDiff(v.alignment.diff).text, wide: true, highlight: (v) => formatDiff(v.alignment.diff).ranges },
      { key: 'span', header: 'Span', value: (v) => `${v.span.start}-${v.span.end}`, style: 'dim' },
    ],
    defaults: ['reference', 'relation', 'similarity', 'speaker_ok', 'speaker', 'confidence', 'source', 'publisher', 'published', 'diff'],
    json: (v) => ({
      reference: v.reference,
      relation: v.alignment.relation,
      similarity: v.alignment.similarity,
      speaker_ok: v.speakerOk,
      speaker: v.speaker,
      speaker_name: v.speaker === null ? null : entityName(store, v.speaker),
      attribution: v.attribution,
      source: store.sourceIds[v.source] ?? null,
      publisher: source(v)?.publisher ?? null,
      published: source(v)?.published ?? null,
      record: record(v),
      quoted: v.quoted,
      span: v.span,
      text: v.text,
      diff: v.alignment.diff,
    }),
  };
}

/** How many versions of a group have each relation. */
function relationCounts(group: Group): Record<Relation, number> {
  const counts: Record<Relation, number> = { same: 0, shortened: 0, spliced: 0, altered: 0, paraphrase: 0 };
  for (const v of group.versions) if (!v.reference) counts[v.alignment.relation]++;
  return counts;
}

/** The rows of `facts compare --all`: one statement each, by its reference version. */
export function groupListing(store: FactStore, groups: readonly Group[]): Listing<Group> {
  const head = (g: Group) => g.versions[0] as Version;
  const record = (v: Version) => (v.record === null ? null : store.id(v.record));
  const relations = (g: Group) =>
    Object.entries(relationCounts(g))
      .filter(([, n]) => n > 0)
      .map(([r, n]) => `${r} ${n}`)
      .join(', ');
  const differ = (g: Group) => g.versions.filter((v) => v.speakerOk === false).length;
  return {
    rows: groups,
    columns: [
      { key: 'record', header: 'Reference', value: (g) => record(head(g)) ?? '', style: 'id' },
      { key: 'sources', header: 'Sources', value: (g) => String(g.sources), style: 'number' },
      { key: 'versions', header: 'Versions', value: (g) => String(g.versions.length), style: 'number' },
      { key: 'relations', header: 'Relations to it', value: relations },
      { key: 'speakers_differ', header: 'Other speaker', value: (g) => String(differ(g)), style: 'number' },
      { key: 'speaker', header: 'Speaker', value: (g) => entityName(store, head(g).speaker) },
      { key: 'source', header: 'Source', value: (g) => store.sourceIds[head(g).source] ?? '', style: 'dim' },
      { key: 'text', header: 'Statement', value: (g) => head(g).text, wide: true },
    ],
    defaults: ['record', 'sources', 'versions', 'relations', 'speakers_differ', 'speaker', 'text'],
    json: (g) => ({
      record: record(head(g)),
      source: store.sourceIds[head(g).source] ?? null,
      speaker: head(g).speaker,
      speaker_name: head(g).speaker === null ? null : entityName(store, head(g).speaker),
      text: head(g).text,
      sources: g.sources,
      versions: g.versions.length,
      relations: relationCounts(g),
      speakers_differ: differ(g),
      members: g.versions.map((v) => ({ source: store.sourceIds[v.source] ?? null, record: record(v), relation: v.alignment.relation, speaker_ok: v.speakerOk, reference: v.reference })),
    }),
  };
}
