import { Command } from 'commander';
import type { FactStore } from '../cache/store.js';
import type { FactRecord } from '../dataset/types.js';
import { ExitCode, NotFoundError } from '../errors.js';
import type { Listing } from '../output/listing.js';
import { printDetail } from '../output/print.js';
import { indexCodePoints } from '../text/code-points.js';
import { passageAround, type Passage } from '../text/passage.js';
import { givenGlobals, prepareStore, recordContext, withExamples, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';
import { recordColumns } from '../output/columns.js';
import { recordLd } from '../output/jsonld.js';
import { editDistance } from '../text/words.js';

/** The record with this id; an unknown id suggests the closest ones. */
export function findRecord(store: FactStore, id: string): FactRecord {
  const index = store.indexOf(id);
  if (index >= 0) return store.record(index);
  const wanted = id.toLowerCase();
  const candidates: { id: string; d: number }[] = [];
  for (let i = 0; i < store.recordCount; i++) {
    const other = store.id(i);
    // Ids that differ in length by more than two cannot be within two edits.
    if (Math.abs(other.length - id.length) > 2) continue;
    const d = editDistance(other.toLowerCase(), wanted, 2);
    if (d <= 2) candidates.push({ id: other, d });
  }
  const close = candidates
    .sort((a, b) => a.d - b.d)
    .slice(0, 3)
    .map((c) => c.id);
  throw new NotFoundError(`no record '${id}'${close.length > 0 ? ` (did you mean ${close.map((c) => `'${c}'`).join(', ')}?)` : ''}`);
}

/** The source passage around a record. */
export function recordPassage(data: Pick<FactStore, 'sourceIds' | 'sourceText'>, record: FactRecord): Passage {
  const sourceIndex = data.sourceIds.indexOf(record.source);
  const text = sourceIndex >= 0 ? data.sourceText(sourceIndex) : '';
  const index = indexCodePoints(text);
  return passageAround(text, index.toUnit(record.span.start), index.toUnit(record.span.end));
}

/** A citation line: who, in which source, by which publisher, when — only what is known. */
export function citation(data: Pick<FactStore, 'sources' | 'sourceIds' | 'entityById'>, record: FactRecord): string {
  const source = data.sources[data.sourceIds.indexOf(record.source)];
  const speaker = record.speaker === null ? undefined : data.entityById.get(record.speaker);
  const who = speaker ? `${speaker.name}${speaker.role ? ` (${speaker.role})` : ''}` : 'Unattributed';
  const parts = [`${who}, in "${source?.title ?? record.source}"`];
  if (source?.publisher) parts.push(source.publisher);
  if (source?.published) parts.push(source.published);
  return `${parts.join(', ')} [${record.source}, ${record.span.start}-${record.span.end}]`;
}

/** The shape of one record in full, with its passage and citation. */
export function recordDetailListing(data: Pick<FactStore, 'sources' | 'sourceIds' | 'sourceText' | 'entityById'>): Listing<FactRecord> {
  const passages = new Map<FactRecord, Passage>();
  const passage = (r: FactRecord) => {
    let p = passages.get(r);
    if (!p) passages.set(r, (p = recordPassage(data, r)));
    return p;
  };
  const c = recordColumns(data);
  const extra: Record<string, (r: FactRecord) => string> = {
    n: (r) => (r.kind === 'guarantee' ? String(r.n) : ''),
    title: (r) => (r.kind === 'guarantee' ? r.title : ''),
    value: (r) => (r.kind === 'number' ? String(r.value) : ''),
    unit: (r) => (r.kind === 'number' ? r.unit : ''),
    about: (r) => (r.kind === 'number' ? r.about : ''),
  };
  return {
    rows: [],
    columns: [
      c.id,
      c.kind,
      ...Object.entries(extra).map(([key, value]) => ({ key, header: key[0]!.toUpperCase() + key.slice(1), value })),
      // In the order of the TSV fields, so that the table and the TSV agree; then the rest.
      c.speaker,
      c.text,
      c.cue,
      c.confidence,
      // The record's own words are highlighted inside its passage.
      { key: 'passage', header: 'Passage', value: (r) => passage(r).text, wide: true, highlight: (r) => [passage(r)] },
      { key: 'citation', header: 'Citation', value: (r) => citation(data, r), wide: true },
      c.source,
      c.span,
    ],
    defaults: ['id', 'kind', 'speaker', 'text', 'cue', 'confidence', 'passage', 'citation'],
    json: (r) => r,
    jsonld: (r) => recordLd(recordContext(data, r)),
  };
}

/** The options of `facts show`. */
export interface ShowOptions {
  id: string;
  globals: GivenGlobals;
}

/** `facts show ID`: one record in full, in its context. */
export function newShowCommand(deps: CommandDeps, run: Run<ShowOptions> = runShow): Command {
  const cmd = new Command('show')
    .description('one record in full: its cue, the passage around it, and a citation')
    .argument('<id>', 'a record id (see the ID column of any listing)')
    .action(async (id: string, _flags, self: Command) => deps.setExitCode(await run({ id, globals: givenGlobals(self) }, deps)));
  return withExamples(cmd, ['facts show q1', 'facts show n2 --json', 'facts show g3 --fields speaker,citation']);
}

export async function runShow({ id, globals: given }: ShowOptions, deps: RunDeps): Promise<number> {
  const { globals, store } = await prepareStore(given, deps, { holding: id });
  await printDetail(deps.io, recordDetailListing(store), findRecord(store, id), globals.output);
  return ExitCode.ok;
}
