// pgpass (the password file reader node-postgres itself uses) ships no types.
declare module 'pgpass' {
  /** Looks up the password for a connection in PGPASSFILE, else ~/.pgpass; undefined when none matches (or the file may not be used). */
  function pgpass(connection: { host?: string; port?: string | number; database?: string; user?: string }, found: (password: string | undefined) => void): void;
  export = pgpass;
}
