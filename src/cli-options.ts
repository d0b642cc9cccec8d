import { InvalidArgumentError } from 'commander';

// The global options, once: commander's flags (program.ts), the options type
// (options.ts), what each command refuses and says instead (checked before every
// action, program.ts), shell completion (commands/completion.ts), and the man page
// (src/man.ts). test/cli-options.test.ts holds the README's option table to it.

/** The output formats every listing can print. */
export const FORMATS = ['table', 'tsv', 'csv', 'json', 'ndjson', 'jsonld'] as const;
export type Format = (typeof FORMATS)[number];

/** The value of each global flag, by the name commander keeps it under (--no-library keeps `library: false`). */
export interface GlobalValues {
  data: string[];
  library: boolean;
  bundled: boolean;
  format: Format;
  json: boolean;
  fields: string;
  limit: number;
  /** false with --no-color. */
  color: 'auto' | 'always' | 'never' | false;
}

/** The global flags, by the name commander keeps their value under. */
export type GlobalFlag = keyof GlobalValues;

/** The global flags as commander hands them over: each one given, or not. */
export type RawGlobalOptions = Partial<GlobalValues>;

/** One global option: its flags as commander reads them, its meaning, and the values it takes. */
export interface GlobalOptionSpec {
  /** Commander's flags: "--format <format>", "--no-library". */
  flags: string;
  /** The name its value is kept under (--no-library keeps `library: false`). */
  flag: GlobalFlag;
  description: string;
  /** The values it takes, when they are a closed list. */
  choices?: readonly string[];
  /** Reads its value (and the previous one, for a repeatable option). */
  parse?: (value: string, previous: string[]) => unknown;
  default?: unknown;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** --limit: a whole number from 1 up. */
export function parseLimit(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new InvalidArgumentError('it takes a whole number from 1 up.');
  return n;
}

export const GLOBAL_OPTIONS: readonly GlobalOptionSpec[] = [
  { flags: '--data <path>', flag: 'data', description: 'read this dataset instead of the bundled one and the library (repeatable; also FACTS_DATA)', parse: collect, default: [] },
  { flags: '--no-library', flag: 'library', description: 'leave out the library of added articles (facts library path; FACTS_LIBRARY)' },
  { flags: '--no-bundled', flag: 'bundled', description: 'leave out the bundled article: answer from the library alone' },
  { flags: '--format <format>', flag: 'format', description: 'output format (default: table on a terminal, tsv when piped)', choices: FORMATS },
  { flags: '--json', flag: 'json', description: 'shorthand for --format json' },
  { flags: '--fields <list>', flag: 'fields', description: 'comma-separated fields to show, in this order' },
  { flags: '--limit <n>', flag: 'limit', description: 'show at most n results', parse: parseLimit },
  { flags: '--color <when>', flag: 'color', description: 'colour output', choices: ['auto', 'always', 'never'] },
  { flags: '--no-color', flag: 'color', description: 'no colour (also NO_COLOR=1)' },
];

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
    { flags: ['data'], what: 'extract reads the article it is given' },
    { flags: ['fields', 'limit'], what: 'extract writes a dataset as JSON' },
  ],
  add: [{ flags: ['data', ...OUTPUT], what: 'add keeps the article in the library and says what it found' }],
  fix: [{ flags: ['data', ...OUTPUT], what: 'fix changes one record and says what it did' }],
  completion: [{ flags: ['data', ...OUTPUT], what: 'completion prints a shell script' }],
  library: [{ flags: ['data'], what: 'library reads your library' }],
  'library list': [{ flags: ['data'], what: 'library reads your library' }],
  'library show': [
    { flags: ['data'], what: 'library reads your library' },
    { flags: ['limit'], what: 'library show prints one source' },
  ],
  'library remove': [{ flags: ['data', ...OUTPUT], what: 'library remove removes one source' }],
  'library path': [{ flags: ['data', ...OUTPUT], what: 'library path prints a folder' }],
};

/** The global flags a command (by its path: "library show") refuses. */
export function refusedBy(path: string): GlobalFlag[] {
  return (REFUSALS[path] ?? []).flatMap((r) => r.flags);
}
