import type pg from 'pg';

/** A running server, and what the tests and the benchmark need of it (see postgres.mjs). */
export interface TestServer {
  /** A real PostgreSQL server, or PGlite where PostgreSQL is not installed. */
  backend: 'postgresql' | 'pglite';
  port: number;
  /** The superuser's password. */
  password: string;
  /** The options the server was started with. */
  settings: string;
  /** A URL for a database of this server: the superuser's unless another role and password are given. */
  url(database: string, role?: { user: string; password: string }): string;
  /** Runs SQL as the superuser in a database (postgres unless named). */
  sql(text: string, database?: string): Promise<pg.QueryResult>;
  /** A new empty database, its URL. */
  createDatabase(name: string): Promise<string>;
  stop(): void;
}

/** The folder of PostgreSQL's server programs, if they are installed. */
export function postgresBin(): string | undefined;

/** A port nothing listens on at this moment. */
export function freePort(): Promise<number>;

/** Which server startPostgres starts for the tests: PostgreSQL where its programs are installed, else (or when FACTS_TEST_POSTGRES=pglite) PGlite. */
export function testBackend(): 'postgresql' | 'pglite';

/** Starts a server of its own (durable: PostgreSQL's default settings; else fsync off, for tests), PGlite where PostgreSQL is not installed; durable ones are always PostgreSQL, or an error. */
export function startPostgres(options?: { durable?: boolean }): Promise<TestServer>;
