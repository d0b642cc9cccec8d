import { Command } from 'commander';
import type { DatabaseTarget } from '../database/url.js';
import { ExitCode, UsageError } from '../errors.js';
import type { Listing } from '../output/listing.js';
import { printDetail } from '../output/print.js';
import { databaseOf, resolveGlobalOptions } from '../options.js';
import type { DatabaseStatus, Migrated } from '../database/database.js';
import { givenGlobals, withExamples, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';

// `facts db`: the schema of a shared library on PostgreSQL (src/database/schema.ts),
// made, brought up to date and looked at. The database is the one --database or
// FACTS_DATABASE_URL names.

/** The options of the db subcommands: the global ones, which name the database. */
export interface DbOptions {
  globals: GivenGlobals;
}

/** The runs of the db subcommands. */
export interface DbRuns {
  init: Run<DbOptions>;
  migrate: Run<DbOptions>;
  status: Run<DbOptions>;
}

const DB_RUNS: DbRuns = { init: runDbInit, migrate: runDbMigrate, status: runDbStatus };

/** `facts db init | migrate | status`. */
export function newDbCommand(deps: CommandDeps, runs: DbRuns = DB_RUNS): Command {
  const done = (code: Promise<number>) => code.then((c) => deps.setExitCode(c));
  const cmd = new Command('db').description('a shared library on a PostgreSQL server (--database URL, or FACTS_DATABASE_URL): make its tables, update them, count what it holds');
  const sub = (name: keyof DbRuns, description: string) => new Command(name).description(description).action((_flags, self: Command) => done(runs[name]({ globals: givenGlobals(self) }, deps)));
  cmd.addCommand(sub('init', "make the library's tables in the database (once; the database itself must exist)"));
  cmd.addCommand(sub('migrate', "bring the library's tables up to the version this facts writes"));
  cmd.addCommand(sub('status', 'the schema version, what the library holds, and the server'));
  return withExamples(cmd, [
    'createdb newsroom && export FACTS_DATABASE_URL=postgres://localhost/newsroom',
    'facts db init',
    'facts add article.html',
    'facts db status',
  ]);
}

/** The database the options name; db commands need one. */
function targetOf(given: GivenGlobals, deps: RunDeps): DatabaseTarget {
  const target = databaseOf(given.values, deps.io.env);
  if (target === undefined) throw new UsageError('facts db works on a database: name it with --database URL or FACTS_DATABASE_URL');
  return target;
}

/** Runs the migrations, saying what was done in one line (`fresh`: what to say of a database that had none). */
async function runMigrations(given: GivenGlobals, deps: RunDeps, verb: string): Promise<number> {
  const target = targetOf(given, deps);
  const db = await import('../database/database.js');
  const migrated: Migrated = await db.withDatabase(target, (client) => db.migrate(client, target));
  const where = db.maskUrl(target.url);
  if (migrated.applied.length === 0) deps.io.out(`${where} is at schema version ${migrated.to} already; nothing to do\n`);
  else deps.io.out(`${verb} ${where}: schema version ${migrated.from} to ${migrated.to} (${migrated.applied.map((m) => m.description).join('; ')})\n`);
  return ExitCode.ok;
}

export async function runDbInit({ globals }: DbOptions, deps: RunDeps): Promise<number> {
  return runMigrations(globals, deps, 'made the library in');
}

export async function runDbMigrate({ globals }: DbOptions, deps: RunDeps): Promise<number> {
  return runMigrations(globals, deps, 'migrated');
}

/** How `db status` shows itself: one row, field by field. */
function statusListing(): Listing<DatabaseStatus> {
  const n = (key: keyof DatabaseStatus, header: string) => ({ key, header, value: (s: DatabaseStatus) => String(s[key]), style: 'number' as const });
  return {
    rows: [],
    columns: [
      { key: 'database', header: 'Database', value: (s) => s.database },
      { key: 'server', header: 'Server', value: (s) => s.server },
      { key: 'schema', header: 'Schema', value: (s) => (s.schema === 0 ? 'none (facts db init)' : s.schema === s.known ? String(s.schema) : `${s.schema} (this facts knows ${s.known})`) },
      n('sources', 'Sources'),
      n('quotes', 'Quotes'),
      n('figures', 'Figures'),
      n('claims', 'Claims'),
      n('guarantees', 'Guarantees'),
      n('entities', 'Entities'),
      n('corrections', 'Corrections'),
      { key: 'size', header: 'Size', value: (s) => s.size },
    ],
    defaults: ['database', 'server', 'schema', 'sources', 'quotes', 'figures', 'claims', 'entities', 'corrections', 'size'],
    json: (s) => s,
  };
}

export async function runDbStatus({ globals: given }: DbOptions, deps: RunDeps): Promise<number> {
  const target = targetOf(given, deps);
  const globals = resolveGlobalOptions(given.values, deps.io);
  const db = await import('../database/database.js');
  const found = await db.withDatabase(target, (client) => db.status(client, target));
  const listing = statusListing();
  // Piped, every field, as on a terminal.
  const every = globals.output.format === 'tsv' || globals.output.format === 'csv' ? listing.defaults : undefined;
  await printDetail(deps.io, listing, found, { ...globals.output, fields: globals.output.fields ?? every });
  return found.schema === db.SCHEMA_VERSION ? ExitCode.ok : ExitCode.noMatch;
}
