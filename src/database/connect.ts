import pg from 'pg';
import { parse, toClientConfig } from 'pg-connection-string';
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

/** A connected client; `end()` it when done. A server that cannot be reached or refuses is a DatabaseError. */
export async function connect(target: DatabaseTarget): Promise<pg.Client> {
  let config: pg.ClientConfig;
  try {
    config = toClientConfig(parse(target.url, { useLibpqCompat: true }));
  } catch (error) {
    throw new DatabaseError(`${maskUrl(target.url)}: not a database URL facts can read: ${(error as Error).message}`);
  }
  const client = new pg.Client({ ...config, connectionTimeoutMillis: target.timeoutMs, application_name: 'facts' });
  // A connection lost while idle is an 'error' event: without a listener it would end the process with a stack trace.
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw describeDatabaseError(error, target, 'cannot connect to');
  }
  return client;
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
  if (/does not support SSL|SSL/i.test(message)) return said(`${message} (sslmode in the URL)`);
  return said(state ? `${message} (SQLSTATE ${state})` : message);
}
