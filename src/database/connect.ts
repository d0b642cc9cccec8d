import { userInfo } from 'node:os';
import pg from 'pg';
import { parse, toClientConfig } from 'pg-connection-string';
import pgpass from 'pgpass';
import { FactsError, errorCode, isFactsError } from '../errors.js';
import { maskUrl, type DatabaseTarget } from './url.js';

export { maskUrl, type DatabaseTarget } from './url.js';

// A connection to the PostgreSQL server that holds a shared library, through
// node-postgres. The URL follows libpq's conventions: what it leaves out comes from the
// PG* environment variables (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE), a password
// from ~/.pgpass (or PGPASSFILE); `sslmode` means what it means to libpq
// (pg-connection-string's libpq-compatible reading). Every failure is one line that
// names the server by its URL with the password masked: a password is never printed.

/** A failure of the database: one line, exit 2. */
export class DatabaseError extends FactsError {}

/** libpq's SSL modes. */
const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;
type SslMode = (typeof SSL_MODES)[number];

/** The SSL mode of a connection: the URL's sslmode, else PGSSLMODE, else libpq's default, prefer. */
function sslModeOf(url: string, env: NodeJS.ProcessEnv): SslMode {
  const given = /[?&]sslmode=([^&#]*)/.exec(url)?.[1] ?? env.PGSSLMODE ?? 'prefer';
  const mode = SSL_MODES.find((m) => m === given);
  if (mode === undefined) throw new DatabaseError(`${maskUrl(url)}: sslmode '${given}' is not one of ${SSL_MODES.join(', ')}`);
  return mode;
}

/**
 * A connected client; `end()` it when done. A server that cannot be reached or refuses is
 * a DatabaseError. SSL is as libpq does it: `prefer` (the default) tries SSL without
 * checking the certificate and, if the server has none, connects without; `allow` the
 * other way round; `require` insists, unchecked; `verify-ca` and `verify-full` check it.
 */
export async function connect(target: DatabaseTarget): Promise<pg.Client> {
  let config: pg.ClientConfig;
  let mode: SslMode;
  try {
    config = toClientConfig(parse(target.url, { useLibpqCompat: true }));
    mode = sslModeOf(target.url, process.env);
  } catch (error) {
    if (isFactsError(error)) throw error;
    throw new DatabaseError(`${maskUrl(target.url)}: not a database URL facts can read: ${error instanceof Error ? error.message : String(error)}`);
  }
  // A password the URL and PGPASSWORD leave out comes from the password file, as libpq's does.
  if (!config.password && process.env.PGPASSWORD === undefined) config.password = passwordFromFile(config, process.env);
  const unchecked = { rejectUnauthorized: false };
  // What the URL's own sslmode made of its certificates (sslrootcert and the like) stands; else the mode's default.
  const secured = config.ssl || (mode === 'verify-full' ? true : mode === 'verify-ca' ? { checkServerIdentity: () => undefined } : unchecked);
  const attempts: pg.ClientConfig['ssl'][] = mode === 'disable' ? [false] : mode === 'allow' ? [false, secured] : mode === 'prefer' ? [secured, false] : [secured];
  for (const [k, ssl] of attempts.entries()) {
    const client = new pg.Client({ ...config, ssl, connectionTimeoutMillis: target.timeoutMs, application_name: 'facts' });
    // A connection lost while idle is an 'error' event: without a listener it would end the process with a stack trace.
    client.on('error', () => {});
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => {});
      const last = k === attempts.length - 1;
      // The other way is tried only when this one was refused for its SSL (or the lack of it).
      if (last || !/SSL|encryption/i.test(error instanceof Error ? error.message : '')) throw describeDatabaseError(error, target, 'cannot connect to');
    }
  }
  throw new DatabaseError(`cannot connect to ${maskUrl(target.url)}`);
}

/**
 * The password for this connection in PGPASSFILE (else ~/.pgpass), looked up when the
 * server asks for one, with libpq's defaults for what the URL leaves out. None there: the
 * server's request fails, and describeDatabaseError says a password was wanted.
 */
function passwordFromFile(config: pg.ClientConfig, env: NodeJS.ProcessEnv): () => Promise<string> {
  const user = config.user ?? env.PGUSER ?? userInfo().username;
  const connection = { host: config.host ?? env.PGHOST ?? 'localhost', port: config.port ?? env.PGPORT ?? 5432, database: config.database ?? env.PGDATABASE ?? user, user };
  return () => new Promise((resolve, reject) => pgpass(connection, (password) => (password === undefined ? reject(new Error('client password must be a string')) : resolve(password))));
}

/** Runs `use` with a connected client, which is closed afterwards whatever happens; any error of the server is one line. */
export async function withDatabase<T>(target: DatabaseTarget, use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = await connect(target);
  try {
    return await use(client);
  } catch (error) {
    throw describeDatabaseError(error, target);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs `work` in one transaction: committed if it returns, rolled back if it throws (nothing of it is kept). */
export async function inTransaction<T>(client: pg.Client, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const value = await work();
    await client.query('COMMIT');
    return value;
  } catch (error) {
    // The connection may be gone: the server rolls back a transaction whose client left.
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** The SQLSTATE of a server's error ("23505"), or undefined for anything else. */
export function sqlState(error: unknown): string | undefined {
  const code = errorCode(error);
  return code !== undefined && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/**
 * A server's or connection's failure as one line, exit 2: what happened, in words a
 * person can act on, with the server's URL (masked). A FactsError passes as it is.
 */
export function describeDatabaseError(error: unknown, target: DatabaseTarget, doing = 'the database at'): unknown {
  if (isFactsError(error)) return error;
  const where = maskUrl(target.url);
  const message = error instanceof Error ? error.message : String(error);
  const state = sqlState(error);
  const code = errorCode(error);
  const said = (why: string) => new DatabaseError(`${doing} ${where}: ${why}`);
  if (code === 'ECONNREFUSED') return said('connection refused (is the server running, and listening there?)');
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return said('no such host');
  if (code === 'ECONNRESET' || code === 'EPIPE' || /Connection terminated unexpectedly|Client has encountered a connection error|Connection terminated$/.test(message)) {
    return said('the connection was lost; nothing of this command was kept');
  }
  if (/timeout/i.test(message) || code === 'ETIMEDOUT') return said(`no answer within ${target.timeoutMs / 1000} s (--timeout, or connect_timeout in the URL)`);
  if (/SASL|client password must be a string|password authentication/i.test(message) && state !== '28P01') {
    return said('the server asks for a password and none was given (in the URL, PGPASSWORD or ~/.pgpass)');
  }
  if (state === '28P01') return said(`${message} (check the password in the URL, PGPASSWORD or ~/.pgpass)`);
  if (state === '3D000') return said(`${message} (create it first: createdb NAME, then facts db init)`);
  if (state === '42501') return said(`${message}: this role may not do that (a role that only reads can run every reading command; add, fix and db need one that writes)`);
  if (state === '57P01' || state === '57P02' || state === '57P03') return said(`the server is shutting down or starting up (${message}); nothing of this command was kept`);
  if (state === '28000') return said(message);
  if (/SSL|encryption/i.test(message)) return said(`${message} (sslmode, in the URL or PGSSLMODE)`);
  return said(state ? `${message} (SQLSTATE ${state})` : message);
}
