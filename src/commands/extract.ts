import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { describeFsError } from '../files/fs.js';
import type { DatasetFile } from '../dataset/types.js';
import { InputError } from '../errors.js';
import type { IO } from '../io.js';
import { DEFAULT_LIMITS, type FetchLimits } from '../library/fetch.js';
import { readArticle, type ArticleInput } from '../library/input.js';
import { refuseOptions, withExamples, type CommandDeps } from './common.js';
import { isoDate } from '../text/dates.js';
import { escapeForTerminal } from '../text/sanitize.js';

/** Typed options of `facts extract`. */
export interface ExtractCommandOptions extends ArticleOptions {
  output?: string;
}

/** What `extract` and `add` are told about the article, over what its page says. */
export interface ArticleOptions {
  id?: string;
  title?: string;
  url?: string;
  published?: string;
  publisher?: string;
  timeout?: number;
}

/** Articles this long (in UTF-16 code units) or longer show their progress on a terminal: they take seconds. */
const PROGRESS_FROM = 100_000;

/** A length of text in MB, as "3.1 MB". */
function megabytes(length: number): string {
  return `${(length / (1024 * 1024)).toFixed(1)} MB`;
}

/** A source id as the dataset schema takes it: letters, digits, ".", "_", ":" or "-". */
const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;

export function parseSourceId(value: string): string {
  if (!SOURCE_ID.test(value)) throw new InvalidArgumentError('an id is letters, digits, ".", "_", ":" or "-", starting with a letter or digit.');
  return value;
}

/** Adds the options that describe an article, shared by `extract` and `add`. */
export function withArticleOptions(cmd: Command): Command {
  return cmd
    .option('--id <id>', 'the source id, which also prefixes every record and entity id (default: from the file name or URL)', parseSourceId)
    .option('--title <title>', "the headline or a descriptive title (default: the page's own)")
    .option('--url <url>', "where it was published (default: the page's canonical URL, or the URL fetched)")
    .option('--published <date>', "when it was published, in ISO 8601 or a form such as 'April 28, 2019' (default: the page's own date)", parseDate)
    .option('--publisher <name>', "who published it (default: the page's site name)")
    .option('--timeout <seconds>', `give up fetching a URL after this long (default: ${DEFAULT_LIMITS.timeoutMs / 1000})`, parseSeconds);
}

function parseSeconds(value: string): number {
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

/** The draft dataset of an article read by readArticle: what the options say over what its page says, every record checked against its text. */
export async function draftFromArticle(article: ArticleInput, opts: ArticleOptions, io?: IO): Promise<DatasetFile> {
  // The extractor (and compromise, its language library) is loaded only here.
  const [{ extractDataset, MAX_ARTICLE_LENGTH }, { checkInvariants }] = await Promise.all([import('../extract/extract.js'), import('../dataset/validate.js')]);
  // Long work on a terminal says how far it is, on one line of standard error that it clears at the end.
  const progress = io?.stderrIsTTY && article.text.length >= PROGRESS_FROM ? (step: number, of: number, what: string) => io.err(step === 0 ? '\r\x1b[K' : `\r\x1b[Kextract: ${what} (${step}/${of})`) : undefined;
  const page = article.metadata;
  if (article.text.length > MAX_ARTICLE_LENGTH) {
    throw new InputError(`the article is ${megabytes(article.text.length)} of text; extract reads at most ${megabytes(MAX_ARTICLE_LENGTH)} (split it into its articles)`);
  }
  // A page's own date is kept in ISO 8601; one that is no date is left out, and said.
  const pageDate = page.published === undefined ? undefined : isoDate(page.published);
  if (page.published !== undefined && pageDate === undefined && opts.published === undefined) {
    io?.err(`facts: warning: the page's date '${escapeForTerminal(page.published)}' is not a date facts can read; left out (--published sets one)\n`);
  }
  const dataset = extractDataset(article.text, {
    id: opts.id ?? article.suggestedId,
    title: opts.title ?? page.title,
    url: opts.url ?? page.url,
    published: opts.published ?? pageDate,
    publisher: opts.publisher ?? page.publisher,
    byline: page.byline,
    language: page.language,
    onStep: progress,
  });
  progress?.(0, 0, '');
  // Every record is anchored by construction; check it as any user dataset is checked.
  const problems = checkInvariants([{ file: 'extracted', data: dataset }]);
  if (problems.length > 0) throw new Error(`extraction broke its own invariant: ${problems[0]}`);
  return dataset;
}

/** The fetch limits the options set. */
export function limitsOf(opts: ArticleOptions): FetchLimits {
  return { ...DEFAULT_LIMITS, ...(opts.timeout === undefined ? {} : { timeoutMs: opts.timeout * 1000 }) };
}

/** `facts extract FILE|URL|-`: a draft dataset from an article. */
export function createExtractCommand(deps: CommandDeps): Command {
  const cmd = withArticleOptions(
    new Command('extract')
      .description('draft a dataset from an article (plain text, a web page, or a URL): quotes, speakers, figures, claims')
      .argument('<file>', "the article: a plain-text or HTML file, an http(s) URL, or '-' for standard input"),
  )
    .option('-o, --output <path>', 'write the dataset here instead of standard output')
    .action(async (file: string, opts: ExtractCommandOptions, self: Command) => {
      // A draft is a dataset, which is JSON: the output options of the listing commands do not apply.
      // (--data, --fields and --limit are refused for every extract: cli-options.ts.)
      if (self.optsWithGlobals<{ format?: string }>().format !== 'json') refuseOptions(self, ['format'], 'extract writes a dataset as JSON');
      const dataset = await draftFromArticle(await readArticle(deps.io, file, limitsOf(opts)), opts, deps.io);
      const json = `${JSON.stringify(dataset, null, 2)}\n`;
      if (opts.output) {
        try {
          writeFileSync(resolve(deps.io.cwd, opts.output), json);
        } catch (error) {
          throw new InputError(`${opts.output}: cannot write: ${describeFsError(error as NodeJS.ErrnoException)}`);
        }
      } else deps.io.out(json);
      deps.setExitCode(0);
    });
  return withExamples(cmd, [
    'facts extract article.txt -o draft.json',
    'facts extract saved-page.html -o draft.json',
    'facts --data draft.json quotes',
    'pbpaste | facts extract - --id interview --title "Interview with the mayor" > draft.json',
  ]);
}
