import type { DatasetFile } from '../dataset/types.js';
import { InputError } from '../errors.js';
import type { IO } from '../io.js';
import { isoDate } from '../text/dates.js';
import { escapeForTerminal } from '../text/sanitize.js';

// A draft dataset of an article, as `facts extract` prints it and `facts add` keeps it:
// what the options say over what the page says of itself, extracted, and checked as
// any user dataset is checked.

/** What a page says of itself (its metadata, as library/html.ts reads it). */
export interface PageMetadata {
  title?: string;
  byline?: string;
  publisher?: string;
  published?: string;
  url?: string;
  language?: string;
}

/** An article to draft: its text, what its page says, and an id for it when none is given. */
export interface Article {
  text: string;
  metadata: PageMetadata;
  /** A source id for it when none is given: from the file name, the URL's path, or the page's title. */
  suggestedId: string;
}

/** What the options say of the article, over what its page says. */
export interface ArticleOptions {
  id?: string;
  title?: string;
  url?: string;
  published?: string;
  publisher?: string;
}

/** Articles this long (in UTF-16 code units) or longer show their progress on a terminal: they take seconds. */
const PROGRESS_FROM = 100_000;

/** A length of text in MB, as "3.1 MB". */
function megabytes(length: number): string {
  return `${(length / (1024 * 1024)).toFixed(1)} MB`;
}

/** The draft dataset of an article (as library/input.ts reads it): what the options say over what its page says, every record checked against its text. */
export async function draftFromArticle(article: Article, opts: ArticleOptions, io?: IO): Promise<DatasetFile> {
  // The extractor (and compromise, its language library) is loaded only here.
  const { extractDataset, parseArticleInParallel, evidenceProblems, MAX_ARTICLE_LENGTH, STEPS } = await import('./extract.js');
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
  // compromise's parse, most of the work, in pieces side by side on a long article.
  progress?.(1, STEPS.length, STEPS[0]);
  const parse = await parseArticleInParallel(article.text);
  const dataset = extractDataset(article.text, {
    parse,
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
  // Every record is anchored by construction; check that it is, as evidence (its shape is
  // the types', held to the full validation of a user's dataset by the tests).
  const problems = evidenceProblems(dataset);
  if (problems.length > 0) throw new Error(`extraction broke its own invariant: ${problems[0]}`);
  return dataset;
}
