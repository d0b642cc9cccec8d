import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Correction, DatasetFile, Entity, FactRecord, Source } from '../dataset/types.js';
import { planSearch, sourceSearchWords, vocabularyWanted, wordCounts, type DocumentWords, type SearchPlan, type SourcePick, type WordCounts, type WordGroup } from '../search/plan.js';
import { PROXIMITY_LIMIT } from '../search/search.js';
import { UsageError } from '../errors.js';
import { entriesOf } from '../library/library.js';
import { namePattern } from '../query/names.js';
import type { LibraryStore, WriteResult } from '../library/library-store.js';
import { inTransaction, maskUrl, sqlState, type DatabaseTarget } from './connect.js';

// The library in a PostgreSQL database (schema.ts makes its tables): the same entries a
// folder of files holds, read and written through parameterised queries only. A write
// is one transaction (a source, its entities, records and corrections, and the sources
// it replaces): all of it is kept, or none.

/** SHA-256 of a text's UTF-8 bytes, the key of the same-text rule. */
function textHash(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** The file name a folder would keep a source under, which orders the entries as a folder lists them. */
function fileName(id: string): string {
  return `${id}.json`;
}

/**
 * The sources a command may find its answer in, picked where the data is (the
 * command's own code then ranks and compares what they hold); undefined: every source.
 *
 * - `holding`: the source that holds a record, entity or source of this id.
 * - `speakers`: the sources quoting the people a name means, told apart by the caller
 *   (with the same code as in a folder) from the entities that can bear it at all
 *   (names.ts namePattern), and from every entity of the library where none of those
 *   bears it as written (a misspelling, which only the fuzzy match finds).
 * - `quotes`: for each quote, the sources that hold two or more of its RARE_WORDS rarest
 *   words (by the English word index, and how many sources hold each word), the
 *   CANDIDATES that hold the most of them, and the sources of the QUOTED_CANDIDATES
 *   records that do. A quote's own source holds them all; one word changed, added or
 *   dropped leaves it at least two; a source that holds none of its rare words cannot be
 *   where it stands.
 */
export type SourceSelection =
  | { holding: string }
  | { speakers: (entities: readonly Entity[], fuzzy: boolean) => Promise<readonly string[] | undefined>; name: string }
  | { quotes: readonly string[] }
  | { search: SearchSelection };

/**
 * - `search`: the sources whose documents can be hits of a search (search/plan.ts), by
 *   their words as search reads them, or (`best`) those that hold every word at its best;
 *   `bundled` counts the documents read besides the database's, and `planned` is given
 *   the plan, whose weights the search then ranks by.
 */
export interface SearchSelection {
  query: string;
  threshold: number;
  /** The plan's first, smaller pick (the sources that hold every word at its best similarity), not the one for every hit. */
  best?: boolean;
  /** Every person of the library is read, not only the picked sources' (a --speaker names one among them all). */
  everyone?: boolean;
  /** With `best`, only this many hits are wanted, whatever their kind (--limit without --kind): then only the best documents are read (bestDocuments). */
  limit?: number;
  bundled: WordCounts;
  planned: (plan: SearchPlan) => void;
}

/** How many of a quote's rarest words pick its sources: of four, two are left whatever one change did. */
const RARE_WORDS = 4;
/** How many sources one quote picks by their text, at most: enough for its source to be among them when its rare words are common ones. */
const CANDIDATES = 30;
/**
 * How many more it picks by the records that hold the most of its rare words. A record is
 * some forty words where a source is thousands: where a quote's rarest words are common
 * enough that 170 of 10,000 generated articles held all four (their source cut from the 50
 * by its id), one record held them all, its own.
 */
const QUOTED_CANDIDATES = 20;

/** Up to this many ways to choose k of n word groups, a pick of k of n is written out as alternatives (each an AND the index answers), rather than counted row by row. */
const MAX_ALTERNATIVES = 64;

function choose(n: number, k: number): number {
  let c = 1;
  for (let i = 0; i < k; i++) c = (c * (n - i)) / (i + 1);
  return c;
}

/** The rows whose words (the column `words`) hold at least `atLeast` of the word groups, as a WHERE clause and its parameters (from $1). */
function groupsClause(groups: readonly WordGroup[], atLeast: number, words = 'search_words'): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const conditions = groups.map((g) => `(${[`${words} && ${param(g.words)}::text[]`, ...g.pairs.map((pair) => `${words} @> ${param(pair)}::text[]`)].join(' OR ')})`);
  if (choose(groups.length, atLeast) <= MAX_ALTERNATIVES) {
    const alternatives: string[] = [];
    const pick = (from: number, chosen: string[]) => {
      if (chosen.length === atLeast) return void alternatives.push(chosen.join(' AND '));
      for (let i = from; i < conditions.length; i++) pick(i + 1, [...chosen, conditions[i] ?? 'false']);
    };
    pick(0, []);
    return { where: alternatives.map((a) => `(${a})`).join(' OR '), params };
  }
  return { where: `(${conditions.join(' OR ')}) AND (${conditions.map((c) => `${c}::int`).join(' + ')}) >= ${atLeast}`, params };
}

/**
 * The vocabulary a search plan asks for, with how many documents of the database hold
 * each word (none that no document holds). A query word's other spellings are found by
 * their trigrams (pg_trgm) where a bound says how many they share with it, among the
 * words of letters a-z and digits; every other word of a length they may have is read,
 * for the plan to match (trigramBound).
 */
async function searchVocabulary(client: pg.Client, query: string): Promise<Map<string, number>> {
  const wanted = vocabularyWanted(query);
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const lengths = ([lo, hi]: [number, number]) => `length(word) BETWEEN ${param(lo)} AND ${param(hi)}`;
  const parts = [
    ...wanted.near.flatMap(({ word, lengths: range, similarity }) =>
      // (A hair below the bound: pg_trgm counts in single precision.)
      similarity > 0
        ? [`plain AND word % ${param(word)} AND similarity(word, ${param(word)}) >= ${param(similarity - 1e-4)} AND ${lengths(range)}`, `NOT plain AND ${lengths(range)}`]
        : [lengths(range)],
    ),
    ...wanted.prefixes.map((p) => `word LIKE ${param(p.replace(/[\\%_]/g, (c) => `\\${c}`) + '%')}`),
    ...(wanted.exact.length > 0 ? [`word = ANY(${param(wanted.exact)}::text[])`] : []),
  ];
  if (parts.length === 0) return new Map();
  // The least of the bounds is the threshold of the index's % (for this transaction).
  const least = Math.min(...wanted.near.map((n) => n.similarity).filter((s) => s > 0));
  if (Number.isFinite(least)) await client.query("SELECT set_config('pg_trgm.similarity_threshold', $1, true)", [String(least - 1e-4)]);
  const found = await client.query<{ word: string; documents: number }>(
    parts.map((where) => `SELECT word, documents FROM facts_search_words WHERE documents > 0 AND ${where}`).join(' UNION '),
    params,
  );
  return new Map(found.rows.map((r) => [r.word, r.documents]));
}

/** Sources to read (undefined: every source); or only some documents of them. */
interface Picked {
  sources: Set<string> | undefined;
  /** Only these documents of those sources: records (kind 0) and entities (1) by source and position (Documents). */
  documents?: { sources: string[]; kinds: number[]; positions: number[] };
}

/**
 * The records and entities of the database that hold every word at its best (the plan's
 * best pick, by the documents' own words where the pick reads a source's), or the first
 * PROXIMITY_LIMIT of them in search's order among equal scores: the shorter first,
 * records before entities, then a folder's order. They all score the same, better than
 * any other document, and rank before any passage of that score (search.ts rankOrder);
 * phrase ranking reorders no more than the first PROXIMITY_LIMIT. So when `limit` or more
 * of them hold every word, the best hits of the whole library are among them and the
 * bundled article's, and read alone (Documents), they rank as they would among all.
 * Undefined when fewer do.
 *
 * (File names compare as JavaScript compares them, by UTF-16 unit, where "C" compares
 * code points: the same order for every id that `facts add` makes.)
 */
async function bestDocuments(client: pg.Client, pick: SourcePick, limit: number): Promise<Picked | undefined> {
  const { where, params } = groupsClause(pick.groups, pick.atLeast, 'words');
  const found = await client.query<{ source_id: string; kind: number; position: number }>(
    `SELECT source_id, kind, position FROM facts_search_documents WHERE ${where}
     ORDER BY length, kind, file_name, position LIMIT ${Math.max(limit, PROXIMITY_LIMIT)}`,
    params,
  );
  if (found.rows.length < limit) return undefined;
  const rows = found.rows;
  return { sources: new Set(rows.map((r) => r.source_id)), documents: { sources: rows.map((r) => r.source_id), kinds: rows.map((r) => r.kind), positions: rows.map((r) => r.position) } };
}

/** The sources a search's hits can stand in (undefined: every source), after telling the selection its plan. */
async function searchSources(client: pg.Client, selection: SearchSelection): Promise<Picked> {
  const vocabulary = await searchVocabulary(client, selection.query);
  // The bundled article's documents count too, as they do in a folder's index.
  selection.bundled.words.forEach((word, i) => vocabulary.set(word, (vocabulary.get(word) ?? 0) + (selection.bundled.counts[i] ?? 0)));
  const documents = Number((await client.query<{ n: string }>('SELECT coalesce(sum(search_documents), 0) AS n FROM facts_sources')).rows[0]?.n ?? 0);
  const plan = planSearch(selection.query, vocabulary, documents + selection.bundled.documents, selection.threshold);
  selection.planned(plan);
  const pick = selection.best ? plan.best : plan.pick;
  if (pick === undefined) return { sources: undefined };
  const best = selection.best && selection.limit !== undefined && pick.groups.length > 0 ? await bestDocuments(client, pick, selection.limit) : undefined;
  if (best) return best;
  const { where, params } = groupsClause(pick.groups, pick.atLeast);
  const found = await client.query<{ id: string }>(`SELECT id FROM facts_sources WHERE ${where}`, params);
  return { sources: new Set(found.rows.map((r) => r.id)) };
}

async function selectSources(client: pg.Client, selection: SourceSelection, entities: readonly Entity[]): Promise<Picked> {
  if ('search' in selection) return searchSources(client, selection.search);
  if ('holding' in selection) {
    const found = await client.query<{ id: string }>(
      `SELECT source_id AS id FROM facts_records WHERE id = $1
       UNION SELECT source_id FROM facts_entities WHERE id = $1
       UNION SELECT id FROM facts_sources WHERE id = $1`,
      [selection.holding],
    );
    // Nothing holds it: every source, so that the command says so as it would of a folder.
    return { sources: found.rows.length === 0 ? undefined : new Set(found.rows.map((r) => r.id)) };
  }
  if ('speakers' in selection) {
    const people = await selection.speakers(entities, true);
    return { sources: people === undefined ? undefined : await sourcesQuoting(client, people) };
  }
  // Each quote's rarest words (only words of letters and digits, which need no quoting in a
  // query), then a query that two of them satisfy: (a & b) | (a & c) | ..., or the one there is.
  const found = await client.query<{ id: string }>(
    `WITH asked AS (
       SELECT n, text FROM unnest($1::text[]) WITH ORDINALITY AS t(text, n)
     ), ranked AS (
       SELECT asked.n, l.lexeme, row_number() OVER (PARTITION BY asked.n ORDER BY l.sources, l.lexeme) AS rank
       FROM asked CROSS JOIN LATERAL (SELECT DISTINCT unnest(tsvector_to_array(to_tsvector('english', asked.text))) AS lexeme) AS q
       JOIN facts_lexemes l ON l.lexeme = q.lexeme AND l.sources > 0
       WHERE q.lexeme ~ '^[[:alnum:]]+$'
     ), rare AS (
       SELECT n, array_agg(lexeme ORDER BY rank) AS lexemes FROM ranked WHERE rank <= ${RARE_WORDS} GROUP BY n
     ), queries AS (
       SELECT n, lexemes, to_tsquery('simple', CASE WHEN cardinality(lexemes) = 1 THEN lexemes[1] ELSE (
         SELECT string_agg(a || ' & ' || b, ' | ') FROM unnest(lexemes) WITH ORDINALITY AS x(a, i), unnest(lexemes) WITH ORDINALITY AS y(b, j) WHERE i < j
       ) END) AS query FROM rare
     )
     SELECT picked.id FROM queries CROSS JOIN LATERAL (
       SELECT id FROM facts_sources WHERE words @@ queries.query
       ORDER BY (SELECT count(*) FROM unnest(queries.lexemes) AS l WHERE words @@ to_tsquery('simple', l)) DESC, id LIMIT ${CANDIDATES}
     ) AS picked
     UNION
     SELECT quoted.source_id FROM queries CROSS JOIN LATERAL (
       SELECT source_id FROM facts_records WHERE words @@ queries.query
       ORDER BY (SELECT count(*) FROM unnest(queries.lexemes) AS l WHERE words @@ to_tsquery('simple', l)) DESC, id LIMIT ${QUOTED_CANDIDATES}
     ) AS quoted`,
    [selection.quotes],
  );
  return { sources: new Set(found.rows.map((r) => r.id)) };
}

/** The sources that quote any of these people. */
async function sourcesQuoting(client: pg.Client, people: readonly string[]): Promise<Set<string>> {
  const found = await client.query<{ id: string }>('SELECT DISTINCT source_id AS id FROM facts_records WHERE speaker = ANY($1::text[])', [people]);
  return new Set(found.rows.map((r) => r.id));
}

type EntityRows = pg.QueryResult<{ source_id: string; entity: Entity }>;

/**
 * The sources a name's people speak in, told apart among the entities that can bear the
 * name (its last word, names.ts namePattern) without fuzzy matching; with those entities
 * and the picked sources' own, which answer as every entity of the library would. Undefined
 * when none of them bears it as written: then every entity is read, as before.
 */
async function speakerPick(
  client: pg.Client,
  selection: Extract<SourceSelection, { speakers: unknown }>,
  readEntities: (where?: string, params?: unknown[]) => Promise<EntityRows>,
): Promise<{ picked: Set<string> | undefined; entities: EntityRows } | undefined> {
  const pattern = namePattern(selection.name);
  if (pattern === undefined) return undefined;
  const bearers = await readEntities(' WHERE entity::text ~* $1', [pattern]);
  const people = await selection.speakers(bearers.rows.map((r) => r.entity), false);
  if (people === undefined) return undefined;
  const picked = await sourcesQuoting(client, people);
  const ids = bearers.rows.map((r) => r.entity.id);
  return { picked, entities: await readEntities(' WHERE source_id = ANY($1::text[]) OR id = ANY($2::text[])', [[...picked], ids]) };
}

/**
 * Each source's entry as the dataset file a folder would hold for it alone, as of one
 * moment (one read-only snapshot), in the order a folder of the same files would list
 * them, so that every answer is the same from either. With a selection, only the
 * sources it picks are read whole; every other source gives its entities alone (every
 * person of the library, in the same order, so that a name means what it means in a
 * folder of all of them), but to a search that names no speaker.
 */
async function readAll(client: pg.Client, selection?: SourceSelection): Promise<DatasetFile[]> {
  return inTransaction(client, async () => {
    await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const ids = (await client.query<{ id: string }>('SELECT id FROM facts_sources')).rows.map((r) => r.id);
    const readEntities = (where = '', params: unknown[] = []) => client.query<{ source_id: string; entity: Entity }>(`SELECT source_id, entity FROM facts_entities${where} ORDER BY source_id, position`, params);
    // A search that names nobody needs nobody outside its pick: whoever a hit names stands in the hit's source.
    const nobodyElse = selection !== undefined && 'search' in selection && !selection.search.everyone;
    // A name is told apart among the entities that can bear it, when one of them does as written.
    const named = selection !== undefined && 'speakers' in selection ? await speakerPick(client, selection, readEntities) : undefined;
    const everyone = named?.entities ?? (nobodyElse ? undefined : await readEntities());
    const { sources: picked, documents: some } = named ? { sources: named.picked } : selection ? await selectSources(client, selection, everyone?.rows.map((r) => r.entity) ?? []) : { sources: undefined };
    const only = picked ? ' WHERE source_id = ANY($1::text[])' : '';
    const params = picked ? [[...picked]] : [];
    // Some documents of a source: not its text, which a search reads for its passages alone (Documents).
    const records = some ? await someRecords(client, some) : await client.query<{ source_id: string; record: FactRecord }>(`SELECT source_id, record FROM facts_records${only} ORDER BY source_id, position`, params);
    const entities = everyone ?? (some ? await someEntities(client, some, records.rows) : await readEntities(only, params));
    const sources = await client.query<{ id: string; text: string; source: Source }>(`SELECT id, ${some ? "'' AS text" : 'text'}, source FROM facts_sources${only.replace('source_id', 'id')}`, params);
    const corrections = await client.query<{ source_id: string; correction: Correction }>(`SELECT source_id, correction FROM facts_corrections${only} ORDER BY source_id, position`, params);
    const bySource = new Map<string, { source?: Source; entities: Entity[]; records: FactRecord[]; corrections: Correction[] }>(ids.map((id) => [id, { entities: [], records: [], corrections: [] }]));
    // The text goes back where the source's fields had it (its place was kept as null).
    for (const row of sources.rows) {
      const entry = bySource.get(row.id);
      if (entry) entry.source = { ...row.source, text: row.text };
    }
    for (const row of entities.rows) bySource.get(row.source_id)?.entities.push(row.entity);
    for (const row of records.rows) bySource.get(row.source_id)?.records.push(row.record);
    for (const row of corrections.rows) bySource.get(row.source_id)?.corrections.push(row.correction);
    const ordered = [...bySource].sort(([a], [b]) => (fileName(a) < fileName(b) ? -1 : fileName(a) > fileName(b) ? 1 : 0));
    return ordered.map(([, e]) => (e.source ? asFile(e.source, e.entities, e.records, e.corrections) : { version: 1, sources: [], entities: e.entities, records: [] }));
  });
}

/**
 * Some documents of the library (bestDocuments), read as their sources' entries would be,
 * in readAll's order: the records, with their speakers and the entities among the
 * documents; each source's fields without its text. Every other document of those sources
 * ranks below these (bestDocuments), and is left out; so are the passages of their text
 * (read for nothing else by a search), which rank last of all.
 */
type Documents = NonNullable<Picked['documents']>;

/** The records among some documents. */
async function someRecords(client: pg.Client, some: Documents): Promise<pg.QueryResult<{ source_id: string; record: FactRecord }>> {
  return client.query<{ source_id: string; record: FactRecord }>(
    `SELECT source_id, record FROM facts_records JOIN unnest($1::text[], $2::smallint[], $3::integer[]) AS t(source_id, kind, position) USING (source_id, position)
     WHERE t.kind = 0 ORDER BY source_id, position`,
    [some.sources, some.kinds, some.positions],
  );
}

/** The entities among some documents, and the speakers of these records. */
async function someEntities(client: pg.Client, some: Documents, records: readonly { record: FactRecord }[]): Promise<pg.QueryResult<{ source_id: string; entity: Entity }>> {
  const speakers = [...new Set(records.flatMap(({ record }) => (record.speaker === null ? [] : [record.speaker])))];
  return client.query<{ source_id: string; entity: Entity }>(
    `SELECT source_id, entity FROM facts_entities
     WHERE id = ANY($4::text[]) OR (source_id, position) IN (SELECT source_id, position FROM unnest($1::text[], $2::smallint[], $3::integer[]) AS t(source_id, kind, position) WHERE kind = 1)
     ORDER BY source_id, position`,
    [some.sources, some.kinds, some.positions, speakers],
  );
}

/** One source's entry as a dataset file, as `facts add` writes one (corrections only when there are some). */
function asFile(source: Source, entities: Entity[], records: FactRecord[], corrections: Correction[]): DatasetFile {
  return { version: 1, sources: [source], entities, records, ...(corrections.length > 0 ? { corrections } : {}) };
}

/** Inserts a new source's entry (a dataset of one source): its source, then what belongs to it. */
async function insertEntry(client: pg.Client, dataset: DatasetFile): Promise<void> {
  const [source] = dataset.sources;
  if (source === undefined || dataset.sources.length > 1) throw new Error('a library entry holds one source');
  // Its words as search reads them, counted, and each document's (search/plan.ts): what search picks by.
  const { counts, documents } = sourceSearchWords(dataset);
  await client.query(
    'INSERT INTO facts_sources (id, text, text_sha256, source, search_words, search_counts, search_documents) VALUES ($1, $2, $3, $4, $5, $6, $7)',
    [source.id, source.text, textHash(source.text), sourceFields(source), counts.words, counts.counts, counts.documents],
  );
  await insertParts(client, source.id, dataset);
  await insertDocuments(client, source.id, documents);
}

/** Inserts a source's documents as search reads them. */
async function insertDocuments(client: pg.Client, id: string, documents: readonly DocumentWords[]): Promise<void> {
  await client.query(
    `INSERT INTO facts_search_documents (source_id, kind, position, length, words)
     SELECT $1, (d->>'kind')::smallint, (d->>'position')::integer, (d->>'length')::integer, ARRAY(SELECT json_array_elements_text(d->'words'))
     FROM json_array_elements($2::json) AS t(d)`,
    [id, JSON.stringify(documents)],
  );
}

/** Fills in each source's search words, for a library made before they were kept (migration 3). */
export async function fillSearchWords(client: pg.Client): Promise<void> {
  await eachEntry(client, async (id, file) => {
    const counts = wordCounts([file]);
    await client.query('UPDATE facts_sources SET search_words = $2, search_counts = $3, search_documents = $4 WHERE id = $1', [id, counts.words, counts.counts, counts.documents]);
  });
}

/** Fills in each source's documents, for a library made before they were kept (migration 4). */
export async function fillSearchDocuments(client: pg.Client): Promise<void> {
  await eachEntry(client, (id, file) => insertDocuments(client, id, sourceSearchWords(file).documents));
}

/** Each source's entry as a dataset file, one after the other (what a migration fills in from). */
async function eachEntry(client: pg.Client, visit: (id: string, file: DatasetFile) => Promise<void>): Promise<void> {
  const ids = (await client.query<{ id: string }>('SELECT id FROM facts_sources ORDER BY id')).rows.map((r) => r.id);
  for (const id of ids) {
    const file = await fileOf(client, id, false);
    if (file !== undefined) await visit(id, file);
  }
}

/** One source's entry as a dataset file, its row locked until the transaction ends when `lock`. */
async function fileOf(client: pg.Client, id: string, lock: boolean): Promise<DatasetFile | undefined> {
  const source = (await client.query<{ text: string; source: Source }>(`SELECT text, source FROM facts_sources WHERE id = $1${lock ? ' FOR UPDATE' : ''}`, [id])).rows[0];
  if (!source) return undefined;
  const list = async <T>(table: string, column: string) => (await client.query<{ item: T }>(`SELECT ${column} AS item FROM ${table} WHERE source_id = $1 ORDER BY position`, [id])).rows.map((r) => r.item);
  return asFile(
    { ...source.source, text: source.text },
    await list<Entity>('facts_entities', 'entity'),
    await list<FactRecord>('facts_records', 'record'),
    await list<Correction>('facts_corrections', 'correction'),
  );
}

/** The source's fields in their order, its text null: the text is a column of its own. */
function sourceFields(source: Source): string {
  return JSON.stringify({ ...source, text: null });
}

/** Inserts a source's entities, records and corrections, each list in its order. */
async function insertParts(client: pg.Client, id: string, dataset: DatasetFile): Promise<void> {
  await client.query(
    `INSERT INTO facts_entities (source_id, position, id, name, entity)
     SELECT $1, o - 1, e->>'id', e->>'name', e FROM json_array_elements($2::json) WITH ORDINALITY AS t(e, o)`,
    [id, JSON.stringify(dataset.entities)],
  );
  await client.query(
    `INSERT INTO facts_records (source_id, position, id, kind, speaker, text, record)
     SELECT $1, o - 1, r->>'id', r->>'kind', r->>'speaker', r->>'text', r FROM json_array_elements($2::json) WITH ORDINALITY AS t(r, o)`,
    [id, JSON.stringify(dataset.records)],
  );
  await client.query(
    `INSERT INTO facts_corrections (source_id, position, correction)
     SELECT $1, o - 1, c FROM json_array_elements($2::json) WITH ORDINALITY AS t(c, o)`,
    [id, JSON.stringify(dataset.corrections ?? [])],
  );
}

/** The library in the database this client is connected to (its schema checked by the caller). */
export function databaseLibrary(client: pg.Client, target: DatabaseTarget): LibraryStore {
  const where = maskUrl(target.url);
  const sourceOfText = async (text: string) => (await client.query<{ id: string }>('SELECT id FROM facts_sources WHERE text_sha256 = $1', [textHash(text)])).rows[0]?.id;
  return {
    where,
    entries: async () => ({ entries: (await readAll(client)).flatMap((file) => entriesOf(where, file, file.records, file.corrections ?? [])), problems: [] }),
    sourceOfText,
    keptAt: async () => where,
    ids: async () => new Set((await client.query<{ id: string }>('SELECT id FROM facts_sources')).rows.map((r) => r.id)),
    correctionsOf: async (id) => {
      const entry = await fileOf(client, id, false);
      const corrections = entry?.corrections ?? [];
      const named = new Set(corrections.map((c) => c.speaker));
      return { corrections, speakers: new Map((entry?.entities ?? []).filter((e) => named.has(e.name)).map((e) => [e.name, e])) };
    },
    write: async (dataset, replacing): Promise<WriteResult> => {
      try {
        await inTransaction(client, async () => {
          if (replacing.length > 0) await client.query('DELETE FROM facts_sources WHERE id = ANY($1::text[])', [replacing]);
          await insertEntry(client, dataset);
        });
      } catch (error) {
        if (sqlState(error) !== '23505') throw error;
        // A text already there is said before an id already there (both may be, and PostgreSQL names the first index it checked).
        const same = await sourceOfText(dataset.sources[0]?.text ?? '');
        return same === undefined ? { idTaken: true } : { sameText: same };
      }
      return { kept: where };
    },
    change: async (id, edit) => {
      await inTransaction(client, async () => {
        // The source's row is locked until the change commits: a second change waits, then reads this one's result.
        const file = await fileOf(client, id, true);
        if (!file) throw new UsageError(`no source '${id}' in the library any more`);
        const changed = edit(file);
        const [source] = changed.sources;
        if (source === undefined || source.id !== id || source.text !== file.sources[0]?.text) throw new Error('a change of a library entry keeps its source and text');
        // The source's row stays (a change waiting on its lock then reads it); what belongs to it is written again.
        const { counts, documents } = sourceSearchWords(changed);
        await client.query('UPDATE facts_sources SET source = $2, search_words = $3, search_counts = $4, search_documents = $5 WHERE id = $1', [id, sourceFields(source), counts.words, counts.counts, counts.documents]);
        for (const table of ['facts_search_documents', 'facts_corrections', 'facts_records', 'facts_entities']) await client.query(`DELETE FROM ${table} WHERE source_id = $1`, [id]);
        await insertParts(client, id, changed);
        await insertDocuments(client, id, documents);
      });
      return where;
    },
    remove: async (id) => {
      const removed = await client.query('DELETE FROM facts_sources WHERE id = $1', [id]);
      return removed.rowCount === 0 ? undefined : where;
    },
    close: () => client.end(),
  };
}

/** Every entry of the library in the database, as the dataset files a folder of them would hold, in a folder's order; with a selection, only the sources it picks (and everyone's entities). */
export async function readLibraryFiles(client: pg.Client, selection?: SourceSelection): Promise<DatasetFile[]> {
  return readAll(client, selection);
}
