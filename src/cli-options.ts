import { InvalidArgumentError } from 'commander';
import { DEFAULT_LIMITS, isUrl } from './library/fetch.js';
import { FORMATS } from './output/print.js';
import { DEFAULT_THRESHOLD, SEARCH_KINDS } from './search/run.js';
import { isoDate } from './text/dates.js';
import { DEFAULT_CONNECT_TIMEOUT_S } from './database/url.js';

// Every option, once: the global ones and each command's. The table drives commander's
// flags (program.ts, addCommandOptions), the types of each command's options
// (CommandFlags), what each command refuses and says instead (checked before every
// action, program.ts), shell completion (commands/completion.ts), and the man page
// (src/man.ts). test/cli-options.test.ts holds the README's option table to it.

export { FORMATS, type Format } from './output/print.js';

/** One option: its flags as commander reads them, the name its value is kept under, its meaning, and the values it takes. */
export interface OptionSpec<K extends string = string> {
  /** Commander's flags: "--format <format>", "--no-library", "-e, --regexp <regex>". */
  flags: string;
  /** The name its value is kept under (--no-library keeps `library: false`, --not-a-quote `notAQuote`). */
  key: K;
  description: string;
  /** The values it takes, when they are a closed list. */
  choices?: readonly string[];
  /** Reads its value (and the previous one, for a repeatable option). */
  parse?(value: string, previous: unknown): unknown;
  default?: unknown;
  /** What shell completion offers as its value, from the data: a speaker's id or a source's. */
  complete?: 'speaker' | 'source';
}


/**
 * The value an option's spec gives: what its parser returns, else one of its choices,
 * else a string for an option that takes a value, else true (false for --no-x).
 */
type ValueOf<S> = S extends { parse: (...args: never[]) => infer V }
  ? V
  : S extends { choices: readonly (infer C)[] }
    ? C
    : S extends { flags: `${string}<${string}>` }
      ? string
      : S extends { flags: `--no-${string}` }
        ? boolean
        : true;

/** The options a table of specs gives a command, each given or not: `{ file?: string; notAQuote?: true }`. */
export type OptionsOf<T extends readonly OptionSpec[]> = { [S in T[number] as S['key']]?: ValueOf<S> };

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** --limit: a whole number from 1 up. */
export function parseLimit(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('it takes a whole number from 1 up.');
  return n;
}

/** A source id as the dataset schema takes it: letters, digits, ".", "_", ":" or "-". */
const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

/** --id: a source id. */
export function parseSourceId(value: string): string {
  if (!SOURCE_ID.test(value)) throw new InvalidArgumentError('an id is letters, digits, ".", "_", ":" or "-", starting with a letter or digit.');
  return value;
}

/** --min-sources: a whole number from 2 up (a statement in one source has no other version). */
export function parseMinSources(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 2) throw new InvalidArgumentError('it takes a whole number from 2 up.');
  return n;
}

/** --timeout: seconds, more than 0 and at most an hour. */
export function parseSeconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || !(n > 0) || n > 3600) throw new InvalidArgumentError('it takes a number of seconds, more than 0 and at most 3600.');
  return n;
}

/** A date option (--published, --review-date): any form isoDate reads, kept in ISO 8601. */
export function parseDate(value: string): string {
  const date = isoDate(value);
  if (date === undefined) throw new InvalidArgumentError("it takes a date, such as 2019-04-28, 2019-04-28T06:01:07Z or 'April 28, 2019'.");
  return date;
}

/** --review-url: an absolute http(s) URL. */
export function parseReviewUrl(value: string): string {
  if (!isUrl(value) || !URL.canParse(value)) throw new InvalidArgumentError('it takes the http(s) URL where the review is published.');
  return value;
}

/** --threshold: a score from 0 to 1. */
export function parseThreshold(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 1) throw new InvalidArgumentError('it takes a number from 0 (exact) to 1 (anything).');
  return n;
}

/** --kind: search kinds, comma-separated, repeatable. */
export function parseKinds(value: string, previous: string[] = []): string[] {
  const kinds = value.split(',').map((k) => k.trim());
  const unknown = kinds.filter((k) => !(SEARCH_KINDS as readonly string[]).includes(k));
  if (unknown.length > 0) throw new InvalidArgumentError(`it takes ${SEARCH_KINDS.join(', ')}, comma-separated.`);
  return [...previous, ...kinds];
}

export const GLOBAL_OPTIONS = [
  { flags: '--data <path>', key: 'data', description: 'read this dataset instead of the bundled one and the library (repeatable; also FACTS_DATA)', parse: collect, default: [] },
  { flags: '--no-library', key: 'library', description: 'leave out the library of added articles (facts library path; FACTS_LIBRARY)' },
  { flags: '--no-bundled', key: 'bundled', description: 'leave out the bundled article: answer from the library alone' },
  { flags: '--database <url>', key: 'database', description: 'the library is this PostgreSQL database, a postgres:// URL, instead of the library folder (also FACTS_DATABASE_URL)' },
  {
    flags: '--timeout <seconds>',
    key: 'timeout',
    description: `give up connecting to the database, or fetching a URL, after this long (default: ${DEFAULT_CONNECT_TIMEOUT_S} and ${DEFAULT_LIMITS.timeoutMs / 1000})`,
    parse: parseSeconds,
  },
  { flags: '--format <format>', key: 'format', description: 'output format (default: table on a terminal, tsv when piped)', choices: FORMATS },
  { flags: '--json', key: 'json', description: 'shorthand for --format json' },
  { flags: '--fields <list>', key: 'fields', description: 'comma-separated fields to show, in this order' },
  { flags: '--limit <n>', key: 'limit', description: 'show at most n results', parse: parseLimit },
  { flags: '--color <when>', key: 'color', description: 'colour output', choices: ['auto', 'always', 'never'] },
  { flags: '--no-color', key: 'color', description: 'no colour (also NO_COLOR=1)' },
] as const satisfies readonly OptionSpec[];

/** The global flags as commander hands them over, typed from GLOBAL_OPTIONS: each one given, or not (--no-library keeps `library: false`). */
export type RawGlobalOptions = OptionsOf<typeof GLOBAL_OPTIONS>;

/** The global flags, by the name commander keeps their value under. */
export type GlobalFlag = keyof RawGlobalOptions;

/** --regexp, --speaker and --source: the filters of the listings that grep records (quotes, numbers, claims). */
const FILTER_OPTIONS = [
  { flags: '-e, --regexp <regex>', key: 'regexp', description: 'look for a (case-insensitive) regular expression instead' },
  { flags: '--speaker <name>', key: 'speaker', description: 'only records said by this person or group (name or alias; spelling is forgiven)', complete: 'speaker' },
  { flags: '--source <id>', key: 'source', description: 'only records from this source', complete: 'source' },
] as const satisfies readonly OptionSpec[];

/** What describes an article, shared by extract and add. */
const ARTICLE_OPTIONS = [
  { flags: '--id <id>', key: 'id', description: 'the source id, which also prefixes every record and entity id (default: from the file name or URL)', parse: parseSourceId },
  { flags: '--title <title>', key: 'title', description: "the headline or a descriptive title (default: the page's own)" },
  { flags: '--url <url>', key: 'url', description: "where it was published (default: the page's canonical URL, or the URL fetched)" },
  { flags: '--published <date>', key: 'published', description: "when it was published, in ISO 8601 or a form such as 'April 28, 2019' (default: the page's own date)", parse: parseDate },
  { flags: '--publisher <name>', key: 'publisher', description: "who published it (default: the page's site name)" },
] as const satisfies readonly OptionSpec[];

/** Each command's own options, by its path ("library show"); a command not listed has none. */
export const COMMAND_OPTIONS = {
  quotes: FILTER_OPTIONS,
  numbers: FILTER_OPTIONS,
  claims: FILTER_OPTIONS,
  search: [
    { flags: '--kind <kinds>', key: 'kind', description: `only these kinds, comma-separated: ${SEARCH_KINDS.join(', ')}`, parse: parseKinds },
    { flags: '--speaker <name>', key: 'speaker', description: 'only records said by this person or group', complete: 'speaker' },
    { flags: '--threshold <n>', key: 'threshold', description: `leave out hits scoring above n (0 = exact, 1 = anything; default ${DEFAULT_THRESHOLD})`, parse: parseThreshold },
  ],
  verify: [
    { flags: '--file <path>', key: 'file', description: 'read one quote a line from a file' },
    { flags: '--speaker <name>', key: 'speaker', description: 'who the quote is said to be by: a quotation of someone else is misattributed, one the source attributes unsurely is unconfirmed', complete: 'speaker' },
    { flags: '--source <id>', key: 'source', description: 'check against this source only', complete: 'source' },
    { flags: '--review-author <name>', key: 'reviewAuthor', description: 'with --format jsonld: the fact-checking organization that publishes the ClaimReview' },
    { flags: '--review-date <date>', key: 'reviewDate', description: 'with --format jsonld: the day the ClaimReview is published', parse: parseDate },
    { flags: '--review-url <url>', key: 'reviewUrl', description: 'with --format jsonld: where the ClaimReview is published', parse: parseReviewUrl },
  ],
  compare: [
    { flags: '--reference <id>', key: 'reference', description: 'compare against this quote record instead of the earliest dated (else longest) quoted version' },
    { flags: '--all', key: 'all', description: 'every statement quoted in two or more sources, the largest groups first' },
    { flags: '--min-sources <n>', key: 'minSources', description: 'with --all: only statements quoted in at least n sources (default 2)', parse: parseMinSources },
  ],
  sources: [{ flags: '--text', key: 'text', description: 'print the text of the source itself' }],
  extract: [...ARTICLE_OPTIONS, { flags: '-o, --output <path>', key: 'output', description: 'write the dataset here instead of standard output' }],
  add: [...ARTICLE_OPTIONS, { flags: '--replace', key: 'replace', description: 'extract it again over the entry of the same text (or of the same --id)' }],
  fix: [
    { flags: '--speaker <name>', key: 'speaker', description: 'the person who said it' },
    { flags: '--not-a-quote', key: 'notAQuote', description: 'it is a term, a title or a sign, not speech: remove it' },
  ],
  'library show': [{ flags: '--text', key: 'text', description: "print the source's text itself, which the JSON-LD selectors' positions count into" }],
} as const satisfies Record<string, readonly OptionSpec[]>;

/** A command that has options of its own, by its path. */
export type CommandWithOptions = keyof typeof COMMAND_OPTIONS;

/** The options of a command as commander hands them over, typed from its row of the table. */
export type CommandFlags<P extends CommandWithOptions> = OptionsOf<(typeof COMMAND_OPTIONS)[P]>;

/** An option's long name, without its dashes: "regexp" for "-e, --regexp <regex>". */
export function longName(spec: OptionSpec): string {
  return /--([a-z-]+)/.exec(spec.flags)?.[1] ?? '';
}

/** The options of a command (by its path: "library show") from the table; none for a command that has none. */
export function optionsOf(path: string): readonly OptionSpec[] {
  return Object.hasOwn(COMMAND_OPTIONS, path) ? COMMAND_OPTIONS[path as CommandWithOptions] : [];
}

/** The options that say how a listing prints, which a command that prints no listing refuses. */
const OUTPUT: readonly GlobalFlag[] = ['format', 'json', 'fields', 'limit'];

/**
 * The global options each command never takes, with what it does instead: given one,
 * the command refuses it in one line ("add keeps the article in the library and says what
 * it found; --format json does not apply"), exit 2, rather than ignore it. Refusals that
 * hang on the command's own arguments (verify with one quote, sources --text, extract
 * with a format other than JSON) are made in the command itself.
 */
export const REFUSALS: Readonly<Record<string, readonly { flags: readonly GlobalFlag[]; what: string }[]>> = {
  'guarantees show': [{ flags: ['limit'], what: 'guarantees show prints one guarantee' }],
  show: [{ flags: ['limit'], what: 'show prints one record' }],
  extract: [
    { flags: ['data', 'database'], what: 'extract reads the article it is given' },
    { flags: ['fields', 'limit'], what: 'extract writes a dataset as JSON' },
  ],
  add: [{ flags: ['data', ...OUTPUT], what: 'add keeps the article in the library and says what it found' }],
  fix: [{ flags: ['data', ...OUTPUT], what: 'fix changes one record and says what it did' }],
  completion: [{ flags: ['data', 'database', 'timeout', ...OUTPUT], what: 'completion prints a shell script' }],
  library: [{ flags: ['data'], what: 'library reads your library' }],
  'library list': [{ flags: ['data'], what: 'library reads your library' }],
  'library show': [
    { flags: ['data'], what: 'library reads your library' },
    { flags: ['limit'], what: 'library show prints one source' },
  ],
  'library remove': [{ flags: ['data', ...OUTPUT], what: 'library remove removes one source' }],
  'library path': [{ flags: ['data', ...OUTPUT], what: 'library path prints a folder' }],
  'library push': [{ flags: ['data', ...OUTPUT], what: 'library push copies the library folder into the database and says what it did' }],
  'library export': [{ flags: ['data', ...OUTPUT], what: 'library export writes library files and says what it did' }],
  'db init': [{ flags: ['data', ...OUTPUT], what: 'db init makes the tables and says what it did' }],
  'db migrate': [{ flags: ['data', ...OUTPUT], what: 'db migrate updates the tables and says what it did' }],
  'db status': [
    { flags: ['data'], what: 'db status reads the database' },
    { flags: ['limit'], what: 'db status prints one status' },
  ],
};

/** The global flags a command (by its path: "library show") refuses. */
export function refusedBy(path: string): GlobalFlag[] {
  return (REFUSALS[path] ?? []).flatMap((r) => r.flags);
}
