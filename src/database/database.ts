import type pg from 'pg';
import type { DatasetFile } from '../dataset/types.js';
import type { LibraryStore } from '../library/library-store.js';
import { connect, describeDatabaseError, withDatabase, type DatabaseTarget } from './connect.js';
import { databaseLibrary, readLibraryFiles, type SourceSelection } from './library.js';

export type { SourceSelection } from './library.js';
import { requireSchema } from './schema.js';

// The shared library on PostgreSQL, as the commands use it: loaded only when a command
// is given a database (its own bundle, with node-postgres; tsup.config.ts).

export { maskUrl, withDatabase, type DatabaseTarget } from './connect.js';
export { migrate, schemaVersion, status, SCHEMA_VERSION, type DatabaseStatus, type Migrated } from './schema.js';

/**
 * The library in this database, connected and its schema checked: every call's failure
 * of the server is one line (the URL's password masked). close() it when done.
 */
export async function openDatabaseLibrary(target: DatabaseTarget): Promise<LibraryStore> {
  const client = await connect(target);
  try {
    await requireSchema(client, target);
  } catch (error) {
    await client.end().catch(() => {});
    throw describeDatabaseError(error, target);
  }
  const library = databaseLibrary(client, target);
  const said = <A extends unknown[], R>(call: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    try {
      return await call(...args);
    } catch (error) {
      throw describeDatabaseError(error, target);
    }
  };
  return {
    where: library.where,
    entries: said(library.entries),
    sourceOfText: said(library.sourceOfText),
    ids: said(library.ids),
    keptAt: library.keptAt,
    correctionsOf: said(library.correctionsOf),
    write: said(library.write),
    change: said(library.change),
    remove: said(library.remove),
    close: () => library.close().catch(() => {}),
  };
}

/** The library's entries in this database as dataset files, for the commands that read data: all of them, or those a selection picks (library.ts). */
export async function readDatabaseFiles(target: DatabaseTarget, selection?: SourceSelection): Promise<DatasetFile[]> {
  return withDatabase(target, async (client: pg.Client) => {
    await requireSchema(client, target);
    return readLibraryFiles(client, selection);
  });
}
