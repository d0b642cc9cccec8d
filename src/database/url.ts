// Where the library's database is, as the command line and the environment say: this
// module is loaded by every command (options.ts), so it loads nothing of the client.

/** Where the library's database is, and how long to wait for it. */
export interface DatabaseTarget {
  /** The postgres:// URL as given (it may hold a password: never print it; print maskUrl's). */
  url: string;
  /** How long to wait for the server to answer a connection, in milliseconds. */
  timeoutMs: number;
}

/** How long to wait for a server by default, as libpq's tools are often told to (libpq itself waits for ever). */
export const DEFAULT_CONNECT_TIMEOUT_S = 10;

/** The URL with its password, if any, as "***": what every message shows. */
export function maskUrl(url: string): string {
  return url.replace(/^(postgres(?:ql)?:\/\/[^:/?#@]*:)[^@/?#]*@/i, '$1***@').replace(/([?&]password=)[^&#]*/gi, '$1***');
}

/** Whether a text is a URL of PostgreSQL's (libpq's two schemes). */
export function isDatabaseUrl(url: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(url);
}

/**
 * The connect timeout, in seconds, for a URL: --timeout, else the URL's own
 * connect_timeout, else PGCONNECT_TIMEOUT (libpq's), else 10 s. libpq's 0 (wait for
 * ever) is not taken: a command that never answers is worse than one that says why.
 */
export function connectTimeout(url: string, given: number | undefined, env: Readonly<Record<string, string | undefined>>): number {
  if (given !== undefined) return given;
  const inUrl = /[?&]connect_timeout=(\d+)/.exec(url)?.[1];
  for (const value of [inUrl, env.PGCONNECT_TIMEOUT]) {
    const n = Number(value);
    if (value !== undefined && Number.isInteger(n) && n > 0) return n;
  }
  return DEFAULT_CONNECT_TIMEOUT_S;
}
