import type pg from 'pg';
import { DatabaseError, inTransaction, maskUrl, type DatabaseTarget } from './connect.js';
import { fillSearchDocuments, fillSearchWords } from './library.js';

// The library's tables, made and changed by numbered migrations, each run in one
// transaction with the row that records it: a migration is applied whole or not at all,
// and two runs of `facts db migrate` at once take turns (an advisory lock). A database
// at a version newer than this program knows is refused, never written: its tables may
// mean something this program does not.
//
// What the tables hold is what a library file holds (docs: README, "A shared library on
// PostgreSQL"): each source, its entities, records and corrections, every one as the
// JSON of the dataset, fields in their order (the `json` type keeps its text as given,
// where `jsonb` would reorder keys), beside the columns that constraints and indexes
// need. The same text twice is one source (a unique hash of the text); ids are primary
// keys, so two people adding at once never overwrite each other.

/** One step of the schema: its number, what it does, its SQL, and what it then fills in that SQL cannot (in the same transaction). */
interface Migration {
  version: number;
  description: string;
  sql: string;
  fill?: (client: pg.Client) => Promise<void>;
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'sources, entities, records and corrections',
    sql: `
      CREATE TABLE facts_sources (
        id text PRIMARY KEY,
        text text NOT NULL,
        -- SHA-256 of the text's UTF-8 bytes: the same text is one source.
        text_sha256 bytea NOT NULL UNIQUE,
        -- The source's fields in their order, its text null (it is the column above).
        source json NOT NULL,
        added timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE facts_entities (
        id text PRIMARY KEY,
        source_id text NOT NULL REFERENCES facts_sources (id) ON DELETE CASCADE,
        position integer NOT NULL,
        name text NOT NULL,
        entity json NOT NULL,
        UNIQUE (source_id, position)
      );
      CREATE TABLE facts_records (
        id text PRIMARY KEY,
        source_id text NOT NULL REFERENCES facts_sources (id) ON DELETE CASCADE,
        position integer NOT NULL,
        kind text NOT NULL,
        speaker text REFERENCES facts_entities (id) ON DELETE CASCADE,
        text text NOT NULL,
        record json NOT NULL,
        UNIQUE (source_id, position)
      );
      CREATE INDEX facts_records_speaker ON facts_records (speaker);
      CREATE TABLE facts_corrections (
        source_id text NOT NULL REFERENCES facts_sources (id) ON DELETE CASCADE,
        position integer NOT NULL,
        correction json NOT NULL,
        PRIMARY KEY (source_id, position)
      );
    `,
  },
  {
    version: 2,
    description: "English word indexes of each source's text and each record's, and how many sources hold each word, where verify picks its candidates",
    sql: `
      -- strip(): the words without their positions, which a long text's would overflow (a tsvector holds 1 MB).
      ALTER TABLE facts_sources ADD COLUMN words tsvector GENERATED ALWAYS AS (strip(to_tsvector('english', text))) STORED;
      CREATE INDEX facts_sources_words ON facts_sources USING gin (words);
      ALTER TABLE facts_records ADD COLUMN words tsvector GENERATED ALWAYS AS (strip(to_tsvector('english', text))) STORED;
      CREATE INDEX facts_records_words ON facts_records USING gin (words);
      -- How many sources hold each word: a quote's rarest words find its source among thousands.
      CREATE TABLE facts_lexemes (lexeme text PRIMARY KEY, sources integer NOT NULL);
      INSERT INTO facts_lexemes SELECT lexeme, count(*) FROM facts_sources, unnest(tsvector_to_array(words)) AS lexeme GROUP BY lexeme;
      -- Kept by the source's own insert and delete, in the same transaction. Rows are locked
      -- in the order of their words, so that two adds at once wait for each other, never deadlock.
      CREATE FUNCTION facts_count_lexemes() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          INSERT INTO facts_lexemes (lexeme, sources)
            SELECT lexeme, 1 FROM unnest(tsvector_to_array(NEW.words)) AS lexeme ORDER BY lexeme
            ON CONFLICT (lexeme) DO UPDATE SET sources = facts_lexemes.sources + 1;
          RETURN NEW;
        END IF;
        PERFORM 1 FROM facts_lexemes WHERE lexeme = ANY (tsvector_to_array(OLD.words)) ORDER BY lexeme FOR UPDATE;
        UPDATE facts_lexemes SET sources = sources - 1 WHERE lexeme = ANY (tsvector_to_array(OLD.words));
        RETURN OLD;
      END
      $$;
      CREATE TRIGGER facts_sources_lexemes AFTER INSERT OR DELETE ON facts_sources FOR EACH ROW EXECUTE FUNCTION facts_count_lexemes();
    `,
  },
  {
    version: 3,
    description: "each source's words as search reads them, and how many documents hold each word, where search picks its candidates",
    sql: `
      -- The words of a source's documents (its records, entities and paragraphs) as facts's
      -- own word index reads them, sorted, with how many of its documents hold each, and how
      -- many documents it has: written by facts with the source (search/plan.ts).
      ALTER TABLE facts_sources
        ADD COLUMN search_words text[] NOT NULL DEFAULT '{}',
        ADD COLUMN search_counts integer[] NOT NULL DEFAULT '{}',
        ADD COLUMN search_documents integer NOT NULL DEFAULT 0;
      CREATE INDEX facts_sources_search_words ON facts_sources USING gin (search_words);
      -- How many documents of the whole library hold each word: search's weights, and the
      -- vocabulary a misspelt word is matched against (by its length, or as a prefix).
      CREATE TABLE facts_search_words (word text PRIMARY KEY, documents integer NOT NULL);
      CREATE INDEX facts_search_words_length ON facts_search_words (length(word));
      CREATE INDEX facts_search_words_prefix ON facts_search_words (word text_pattern_ops);
      -- Kept by the source's own insert, change and delete, its rows locked in word order as facts_lexemes's are.
      CREATE FUNCTION facts_count_search_words() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP <> 'INSERT' THEN
          PERFORM 1 FROM facts_search_words WHERE word = ANY (OLD.search_words) ORDER BY word FOR UPDATE;
          UPDATE facts_search_words s SET documents = s.documents - t.count
            FROM unnest(OLD.search_words, OLD.search_counts) AS t(word, count) WHERE s.word = t.word;
        END IF;
        IF TG_OP <> 'DELETE' THEN
          INSERT INTO facts_search_words (word, documents)
            SELECT word, count FROM unnest(NEW.search_words, NEW.search_counts) AS t(word, count) ORDER BY word
            ON CONFLICT (word) DO UPDATE SET documents = facts_search_words.documents + EXCLUDED.documents;
          RETURN NEW;
        END IF;
        RETURN OLD;
      END
      $$;
      CREATE TRIGGER facts_sources_search_words AFTER INSERT OR DELETE OR UPDATE OF search_words, search_counts ON facts_sources
        FOR EACH ROW EXECUTE FUNCTION facts_count_search_words();
    `,
    fill: fillSearchWords,
  },
  {
    version: 4,
    description: "each document's words as search reads them, where a search with --limit picks its best few; the vocabulary's trigrams",
    sql: `
      -- A misspelt word's closest spellings are found by their trigrams (search/plan.ts
      -- trigramBound), among the words of letters a-z and digits; the others by length.
      CREATE EXTENSION IF NOT EXISTS pg_trgm;
      ALTER TABLE facts_search_words ADD COLUMN plain boolean GENERATED ALWAYS AS (word ~ '^[a-z0-9]+$') STORED;
      CREATE INDEX facts_search_words_trigrams ON facts_search_words USING gin (word gin_trgm_ops) WHERE plain;
      CREATE INDEX facts_search_words_other ON facts_search_words (length(word)) WHERE NOT plain;
      -- Each record and entity of a source as facts's own word index reads it
      -- (search/plan.ts sourceSearchWords): its distinct words, and the length that breaks
      -- ties among equal scores. Written by facts with the source; gone with it.
      CREATE TABLE facts_search_documents (
        source_id text NOT NULL REFERENCES facts_sources (id) ON DELETE CASCADE,
        -- 0 a record, 1 an entity; its position among them in the file.
        kind smallint NOT NULL,
        position integer NOT NULL,
        length integer NOT NULL,
        words text[] NOT NULL,
        -- The source's file name in a folder, whose order breaks the last ties.
        file_name text COLLATE "C" GENERATED ALWAYS AS (source_id || '.json') STORED,
        PRIMARY KEY (source_id, kind, position)
      );
      CREATE INDEX facts_search_documents_words ON facts_search_documents USING gin (words);
      -- Search's order among records and entities of equal score: the shorter first,
      -- records before entities, then a folder's order. The words are in the index too,
      -- so that the first that hold a query's common words are found in the index alone.
      CREATE INDEX facts_search_documents_order ON facts_search_documents
        (length, kind, file_name, position) INCLUDE (source_id, words);
    `,
    fill: fillSearchDocuments,
  },
];

/** The schema version this program writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** A key for pg_advisory_xact_lock, the same in every facts: migrations of one database take turns. */
const MIGRATION_LOCK = 0x66616374; // "fact"

/** The version of the library's schema in this database: 0 when it has none. */
export async function schemaVersion(client: pg.Client): Promise<number> {
  const exists = await client.query<{ table: string | null }>("SELECT to_regclass('facts_migrations')::text AS table");
  if (exists.rows[0]?.table == null) return 0;
  const result = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM facts_migrations');
  return result.rows[0]?.version ?? 0;
}

/** Refuses a database whose schema this program cannot read or write: none yet, older, or newer. */
export async function requireSchema(client: pg.Client, target: DatabaseTarget): Promise<void> {
  const version = await schemaVersion(client);
  if (version === SCHEMA_VERSION) return;
  throw new DatabaseError(schemaProblem(version, target));
}

function schemaProblem(version: number, target: DatabaseTarget): string {
  const where = maskUrl(target.url);
  if (version === 0) return `${where} holds no facts library yet; 'facts db init' makes one`;
  if (version > SCHEMA_VERSION) return `${where} holds a facts library of schema version ${version}, newer than this facts knows (${SCHEMA_VERSION}); upgrade facts to use it`;
  return `${where} holds a facts library of schema version ${version}; 'facts db migrate' brings it to version ${SCHEMA_VERSION}`;
}

/** What a migration run did: the version before and after, and the steps applied. */
export interface Migrated {
  from: number;
  to: number;
  applied: readonly { version: number; description: string }[];
}

/**
 * Applies the migrations this database lacks, in one transaction under an advisory lock:
 * all of them or none. A database newer than this program is refused and left as it is.
 */
export async function migrate(client: pg.Client, target: DatabaseTarget): Promise<Migrated> {
  return inTransaction(client, async () => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    const from = await schemaVersion(client);
    if (from > SCHEMA_VERSION) throw new DatabaseError(schemaProblem(from, target));
    if (from === 0) await client.query('CREATE TABLE facts_migrations (version integer PRIMARY KEY, description text NOT NULL, applied timestamptz NOT NULL DEFAULT now())');
    const pending = MIGRATIONS.filter((m) => m.version > from);
    for (const m of pending) {
      await client.query(m.sql);
      await m.fill?.(client);
      await client.query('INSERT INTO facts_migrations (version, description) VALUES ($1, $2)', [m.version, m.description]);
    }
    return { from, to: SCHEMA_VERSION, applied: pending.map(({ version, description }) => ({ version, description })) };
  });
}

/** What `facts db status` reports. */
export interface DatabaseStatus {
  database: string;
  server: string;
  schema: number;
  known: number;
  sources: number;
  quotes: number;
  figures: number;
  claims: number;
  guarantees: number;
  entities: number;
  corrections: number;
  size: string;
}

/** The schema's version and what the library holds, counted (none when it has no schema). */
export async function status(client: pg.Client, target: DatabaseTarget): Promise<DatabaseStatus> {
  const version = await schemaVersion(client);
  const server = (await client.query<{ server_version: string }>('SHOW server_version')).rows[0]?.server_version ?? '';
  const size = (await client.query<{ size: string }>('SELECT pg_size_pretty(pg_database_size(current_database())) AS size')).rows[0]?.size ?? '';
  const counts = { sources: 0, quotes: 0, figures: 0, claims: 0, guarantees: 0, entities: 0, corrections: 0 };
  if (version === SCHEMA_VERSION) {
    const count = async (sql: string) => Number((await client.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
    const kinds = await client.query<{ kind: string; n: string }>('SELECT kind, count(*) AS n FROM facts_records GROUP BY kind');
    const ofKind = (kind: string) => Number(kinds.rows.find((r) => r.kind === kind)?.n ?? 0);
    Object.assign(counts, {
      sources: await count('SELECT count(*) AS n FROM facts_sources'),
      quotes: ofKind('quote'),
      figures: ofKind('number'),
      claims: ofKind('claim'),
      guarantees: ofKind('guarantee'),
      entities: await count('SELECT count(*) AS n FROM facts_entities'),
      corrections: await count('SELECT count(*) AS n FROM facts_corrections'),
    });
  }
  return { database: maskUrl(target.url), server: `PostgreSQL ${server}`, schema: version, known: SCHEMA_VERSION, ...counts, size };
}
