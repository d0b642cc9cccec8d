import { Command } from 'commander';
import type { CommandFlags } from '../cli-options.js';
import type { FactStore } from '../cache/store.js';
import type { Entity, FactRecord } from '../dataset/types.js';
import type { Column, Listing } from '../output/listing.js';
import { resolveSpeakerFilter } from '../query/names.js';
import { readQuery } from '../search/question.js';
import { DEFAULT_THRESHOLD, PARTIAL_SLACK, resultDoc, runSearch, type SearchResult } from '../search/run.js';
import { docText, matchedRanges } from '../search/search.js';
import { escapeForTerminal } from '../text/sanitize.js';
import { countWords } from '../text/words.js';
import { UsageError } from '../errors.js';
import { emit, givenGlobals, prepareStore, withExamples, withOptions, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';
import { storeColumns } from '../output/columns.js';
import { at } from '../lists.js';

/** A passage of a source that a result stands for. */
type Passage = NonNullable<SearchResult['passage']>;

/** A passage's span in code points; null for a title, which stands outside the text. */
function passageSpan(passage: Passage): { start: number; end: number } | null {
  return passage.start < 0 ? null : { start: passage.start, end: passage.end };
}

/** The table, TSV and JSON shape of search results; JSON is the record (or entity) with its score. */
export function searchListing(store: FactStore, results: readonly SearchResult[]): Listing<SearchResult> {
  const c = storeColumns(store);
  // (Scores repeat: a one-word query gives thousands of hits one score, written out once.)
  const scoreTexts = new Map<number, string>();
  const scoreText = (score: number) => {
    let text = scoreTexts.get(score);
    if (text === undefined) scoreTexts.set(score, (text = score.toFixed(3)));
    return text;
  };
  const n = store.recordCount;
  const entity = (h: SearchResult) => at(store.entities, h.doc - n);
  const sourceId = (p: Passage) => store.sourceIds[p.source] ?? '';
  // Cheap columns read the store's columns; the others parse the record. A passage is its source's.
  const column = (col: Column<number>, forEntity: (e: Entity) => string = () => '', forPassage: (p: Passage) => string = () => ''): Column<SearchResult> => ({
    key: col.key,
    header: col.header,
    wide: col.wide,
    style: col.style,
    value: (h) => (h.passage ? forPassage(h.passage) : h.doc < n ? col.value(h.doc) : forEntity(entity(h))),
  });
  const recordField = (get: (r: FactRecord) => string) => (h: SearchResult) => (h.doc < n ? get(store.record(h.doc)) : '');
  const text = column(c.text, (entity) => docText({ type: 'entity', entity }), (p) => p.text);
  const spanText = (p: Passage) => {
    const span = passageSpan(p);
    return span ? `${span.start}-${span.end}` : '';
  };
  return {
    rows: results,
    columns: [
      { key: 'score', header: 'Score', value: (h) => scoreText(h.score), style: 'number' },
      column(c.kind, () => 'entity', () => 'source'),
      column(c.id, (e) => e.id, sourceId),
      column(c.speaker),
      { ...text, highlight: (h) => matchedRanges(text.value(h), h.words) },
      { key: 'title', header: 'Title', value: recordField((r) => (r.kind === 'guarantee' ? r.title : '')) },
      { key: 'about', header: 'About', value: recordField((r) => (r.kind === 'number' ? r.about : '')) },
      column(c.cue),
      column(c.source, () => '', sourceId),
      column(c.span, () => '', spanText),
    ],
    defaults: ['score', 'kind', 'id', 'speaker', 'text'],
    json: (h) => {
      const score = Number(h.score.toFixed(6));
      if (h.passage) {
        const source = store.sources[h.passage.source];
        return { kind: 'source', id: source?.id, title: source?.title, text: h.passage.text, span: passageSpan(h.passage), score };
      }
      const doc = resultDoc(store, h);
      return { ...(doc.type === 'entity' ? doc.entity : doc.type === 'record' ? doc.record : {}), score };
    },
  };
}

/** The options of `facts search`. */
export interface SearchCommandOptions extends CommandFlags<'search'> {
  query: string[];
  globals: GivenGlobals;
}

/** `facts search QUERY...`: fuzzy search over every record and entity. */
export function newSearchCommand(deps: CommandDeps, run: Run<SearchCommandOptions> = runSearchCommand): Command {
  const cmd = withOptions(
    new Command('search')
      .description("fuzzy search over every record, entity and source text, best first; forgives typos and word order, and reads a question's words")
      .argument('<query...>', 'words to look for (several words rank records holding all of them first)'),
    'search',
  ).action(async (query: string[], flags: CommandFlags<'search'>, self: Command) => deps.setExitCode(await run({ ...flags, query, globals: givenGlobals(self) }, deps)));
  return withExamples(cmd, ['facts search reassurance force', 'facts search gaurantee secuirty', 'facts search Zelensky', 'facts search peace --kind quote --json', 'facts search "deter russian troops" --threshold 0.3']);
}

export async function runSearchCommand(options: SearchCommandOptions, deps: RunDeps): Promise<number> {
  const query = options.query.join(' ');
  // (As verify's quote: '' or '"' asks for nothing, which is no question of 'nothing matched'.)
  if (countWords(query) === 0) throw new UsageError(`the query has no words to search for: '${escapeForTerminal(query)}'`);
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  // A database reads only the sources that can hold a hit, and weighs the query's words
  // over the whole library (search/plan.ts). A folder is read whole, and plans nothing.
  const searchAt = async (at: number, best = false) => {
    // Without a filter, the best few of any kind are all it wants (the database may then read only those: database/library.ts).
    const limit = best && options.kind === undefined && options.speaker === undefined ? options.globals.values.limit : undefined;
    const { globals, store, plan } = await prepareStore(options.globals, deps, { search: { query, threshold: at, best, everyone: options.speaker !== undefined, ...(limit !== undefined ? { limit } : {}) } });
    const results = await runSearch(store, query, {
      kinds: options.kind ? new Set(options.kind) : undefined,
      speakers: await resolveSpeakerFilter(store, options.speaker),
      threshold,
      limit: globals.output.limit,
      ...(plan ? { weights: plan.weights } : {}),
    });
    return { globals, store, plan, results };
  };
  // With --limit, the sources that hold every word at its best similarity answer first,
  // when their best few all score below anything elsewhere can; else the sources every hit
  // can stand in; and when nothing holds every word, the looser ranking needs its own pick.
  const limited = options.globals.values.limit !== undefined && !readQuery(query).wantsFigure;
  let { globals, store, plan, results } = await searchAt(threshold, limited);
  const settled = (r: readonly SearchResult[], below: number) => r.length === globals.output.limit && !r[0]?.partial && (r[r.length - 1]?.score ?? 1) < below;
  if (plan && limited && !settled(results, plan.best?.below ?? 0)) ({ globals, store, plan, results } = await searchAt(threshold));
  const looser = Math.min(1, threshold + PARTIAL_SLACK);
  if (plan && (results.length === 0 || results[0]?.partial) && looser > threshold) ({ globals, store, results } = await searchAt(looser));
  if (results[0]?.partial && deps.io.stderrIsTTY) deps.io.err(`facts: nothing holds every word of '${escapeForTerminal(query)}'; these hold some of them\n`);
  const empty = () => `nothing matches '${query}' at threshold ${threshold}${threshold < 1 ? ` (a higher --threshold, up to 1, finds looser matches)` : ''}`;
  return emit(deps, globals, searchListing(store, results), empty);
}
