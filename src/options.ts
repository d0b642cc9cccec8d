import { delimiter } from 'node:path';
import type { DataChoice } from './cache/load.js';
import { libraryFolder, listLibrary } from './library/folder.js';
import type { IO } from './io.js';
import { UsageError } from './errors.js';
import { connectTimeout, isDatabaseUrl, maskUrl, type DatabaseTarget } from './database/url.js';
import { resolveColor } from './output/styles.js';
import type { Format, OutputOptions } from './output/print.js';

/** How every command refuses --fields with --format jsonld: linked data is whole nodes. */
export const JSONLD_WITHOUT_FIELDS = '--format jsonld writes whole records; --fields does not apply';

/** The global flags as commander hands them over (cli-options.ts declares them). */
export type { RawGlobalOptions } from './cli-options.js';
import type { RawGlobalOptions } from './cli-options.js';

/** What every command needs to know: where the data is and how to print. */
export interface GlobalOptions {
  /** What to read; with a database, `library` is left undefined and the library is `database`. */
  data: DataChoice & { database?: DatabaseTarget };
  output: OutputOptions;
}

/**
 * The library's database, when --database or FACTS_DATABASE_URL names one (an empty
 * FACTS_DATABASE_URL names none): a postgres:// URL, with how long to wait for it.
 */
export function databaseOf(raw: Pick<RawGlobalOptions, 'database' | 'timeout'>, env: IO['env']): DatabaseTarget | undefined {
  const url = raw.database ?? (env.FACTS_DATABASE_URL || undefined);
  if (url === undefined) return undefined;
  if (!isDatabaseUrl(url)) throw new UsageError(`${raw.database === undefined ? 'FACTS_DATABASE_URL' : '--database'} takes a postgres:// URL, got '${maskUrl(url)}'`);
  return { url, timeoutMs: connectTimeout(url, raw.timeout, env) * 1000 };
}

/** Turns raw flags, the environment and the terminal into typed options. */
export function resolveGlobalOptions(raw: RawGlobalOptions, io: IO): GlobalOptions {
  if (raw.json && raw.format && raw.format !== 'json') throw new UsageError(`--json conflicts with --format ${raw.format}`);
  const format: Format = raw.json ? 'json' : (raw.format ?? (io.stdoutIsTTY ? 'table' : 'tsv'));
  const fields = raw.fields === undefined ? undefined : parseFields(raw.fields);
  if (format === 'jsonld' && fields !== undefined) throw new UsageError(JSONLD_WITHOUT_FIELDS);
  const envData = io.env.FACTS_DATA;
  if (raw.data?.some((path) => path.trim() === '')) throw new UsageError('--data takes the path of a dataset file, not an empty string');
  const dataPaths = raw.data && raw.data.length > 0 ? raw.data : envData ? envData.split(delimiter).filter(Boolean) : [];
  // (--no-color keeps false; true, a negatable flag's default, is never kept beside --color.)
  const flag = raw.color === false ? 'never' : raw.color === true || raw.color === undefined ? 'auto' : raw.color;
  // --data and FACTS_DATA mean exactly the files named; else the bundled article and the
  // library, which is a database when one is named, else a folder.
  if (raw.database !== undefined && dataPaths.length > 0 && raw.data && raw.data.length > 0) throw new UsageError('--data reads only the files named; --database does not apply');
  const database = dataPaths.length === 0 && raw.library !== false ? databaseOf(raw, io.env) : undefined;
  const folder = dataPaths.length === 0 && raw.library !== false && database === undefined ? libraryFolder(io.env, io.cwd) : undefined;
  const library = folder === undefined ? undefined : { folder, ...listLibrary(folder) };
  if (raw.bundled === false && dataPaths.length > 0) throw new UsageError('--no-bundled leaves the bundled article out of the library answers; --data (or FACTS_DATA) already reads only the files named');
  if (raw.bundled === false && raw.library === false) throw new UsageError('--no-bundled with --no-library leaves nothing to read');
  return {
    data: { paths: dataPaths, library, bundled: raw.bundled !== false, ...(database ? { database } : {}) },
    output: {
      format,
      fields,
      limit: raw.limit,
      color: resolveColor(flag, io.env, io.stdoutIsTTY),
      width: io.columns ?? 80,
    },
  };
}

function parseFields(text: string): string[] {
  const fields = text.split(',').map((f) => f.trim());
  if (fields.some((f) => f === '')) throw new UsageError(`--fields takes a comma-separated list of field names, got '${text}'`);
  return fields;
}
