import { Command } from 'commander';
import { loadBundledDataset } from '../cache/load.js';
import type { DatasetFile } from '../dataset/types.js';
import type { CommandFlags } from '../cli-options.js';
import { ExitCode, UsageError } from '../errors.js';
import { draftFromArticle, type Article } from '../extract/draft.js';
import { readArticle } from '../library/input.js';
import type { LibraryStore } from '../library/library-store.js';
import { escapeForTerminal } from '../text/sanitize.js';
import { givenGlobals, openLibrary, withExamples, withOptions, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';
import { limitsOf } from './extract.js';

/**
 * The id a new source takes: the one asked for, else the suggested one, made unique
 * against the ids already used ("tram-line", "tram-line-2", ...).
 */
export function chooseId(asked: string | undefined, suggested: string, taken: ReadonlySet<string>): string {
  if (asked !== undefined) return asked;
  if (!taken.has(suggested)) return suggested;
  for (let n = 2; ; n++) if (!taken.has(`${suggested}-${n}`)) return `${suggested}-${n}`;
}

/** "4 quotes by 2 speakers, 5 figures, 1 claim": what a draft holds, in a few words. */
export function summarize(dataset: DatasetFile): string {
  const count = (kind: string) => dataset.records.filter((r) => r.kind === kind).length;
  const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  const speakers = new Set(dataset.records.filter((r) => r.kind === 'quote' && r.speaker !== null).map((r) => r.speaker)).size;
  return `${plural(count('quote'), 'quote')} by ${plural(speakers, 'speaker')}, ${plural(count('number'), 'figure')}, ${plural(count('claim'), 'claim')}`;
}

/**
 * Below this share of quotations with a speaker the text names clearly (high or medium),
 * a draft of five or more is not read as news: measured, 0 of polnear-dev's 57 articles
 * and 14 of polnear-train's 508 fall below it; an invented glossary of quoted terms does.
 */
const NEWS_MIN_CLEAR = 1 / 3;

/**
 * A warning when a draft does not look like an article with quotations: none at all, or
 * five or more of which fewer than a third have a speaker the text names clearly (an
 * encyclopedia page, a standard, a glossary: quoted terms, given to whatever name is
 * near). Real news falls below that now and then, and the warning says what was kept.
 */
export function notAnArticleWarning(dataset: DatasetFile): string | undefined {
  const quotes = dataset.records.filter((r) => r.kind === 'quote');
  const clear = quotes.filter((r) => r.kind === 'quote' && r.speaker !== null && r.attribution?.confidence !== 'low').length;
  const source = dataset.sources[0]?.id ?? '';
  if (quotes.length === 0) return `found no quotations in ${source}; kept ${summarize(dataset)}`;
  if (quotes.length < 5 || clear / quotes.length >= NEWS_MIN_CLEAR) return undefined;
  return `${source} does not look like a news article with quotations: ${clear} of ${quotes.length} have a speaker the text names clearly; kept ${summarize(dataset)} ('facts fix ID --not-a-quote' removes a term taken for speech, 'facts library remove ${source}' the whole source)`;
}

/** The speakers of a draft's quotes, most quoted first: "Ingrid Svensson (3), Tomas Berg (1)". */
function speakerLine(dataset: DatasetFile): string {
  const counts = new Map<string, number>();
  for (const r of dataset.records) if (r.kind === 'quote' && r.speaker !== null) counts.set(r.speaker, (counts.get(r.speaker) ?? 0) + 1);
  const name = (id: string) => dataset.entities.find((e) => e.id === id)?.name ?? id;
  return [...counts].sort((a, b) => b[1] - a[1]).map(([id, n]) => `${name(id)} (${n})`).join(', ');
}

/** A path for a person to read: under the home folder, as "~/..." (`facts library path` prints it whole, for scripts). */
export function displayPath(path: string, home: string | undefined): string {
  return home && home !== '/' && path.startsWith(`${home.replace(/\/$/, '')}/`) ? `~${path.slice(home.replace(/\/$/, '').length)}` : path;
}

/** The options of `facts add`. */
export interface AddOptions extends CommandFlags<'add'> {
  target: string;
  globals: GivenGlobals;
}

/** `facts add FILE|URL|-`: extracts an article into the library. */
export function newAddCommand(deps: CommandDeps, run: Run<AddOptions> = runAdd): Command {
  const cmd = withOptions(
    new Command('add')
      .description('extract an article (plain text, a web page, or a URL) into your library, which every command then reads')
      .argument('<file>', "the article: a plain-text or HTML file, an http(s) URL, or '-' for standard input"),
    'add',
  ).action(async (target: string, flags: CommandFlags<'add'>, self: Command) => deps.setExitCode(await run({ ...flags, target, globals: givenGlobals(self) }, deps)));
  return withExamples(cmd, [
    'facts add article.txt',
    'facts add saved-page.html',
    'facts add https://example.com/news/story.html --publisher "Example News"',
    'facts verify "the words you were sent"',
  ]);
}

/** Reads the article, drafts it and writes it into the library (a folder, or a database), once: the same text twice is one entry. */
export async function runAdd(options: AddOptions, deps: RunDeps): Promise<number> {
  const { io } = deps;
  const article = await readArticle(io, options.target, limitsOf(options.globals.values));
  const library = await openLibrary(options.globals, deps);
  try {
    return await addTo(library, article, options, deps);
  } finally {
    await library.close();
  }
}

async function addTo(library: LibraryStore, article: Article, options: AddOptions, deps: RunDeps): Promise<number> {
  const { io } = deps;
  const same = await library.sourceOfText(article.text);
  const shown = (where: string) => escapeForTerminal(displayPath(where, io.env.HOME));
  const already = async (id: string) => `already in the library as ${escapeForTerminal(id)} (${shown(await library.keptAt(id))}); nothing added (--replace extracts it again)\n`;
  if (same !== undefined && !options.replace) {
    io.out(await already(same));
    return ExitCode.ok;
  }
  const bundled = new Set(loadBundledDataset().sources.map((s) => s.id));
  if (options.id !== undefined && bundled.has(options.id)) throw new UsageError(`'${options.id}' is the bundled article's id; choose another --id`);
  const ids = await library.ids();
  const holder = options.id !== undefined && ids.has(options.id) ? options.id : undefined;
  if (holder !== undefined && !options.replace) throw new UsageError(`the library already has a source '${holder}' (${shown(await library.keptAt(holder))}), of another text; choose another --id, or --replace it`);
  // --replace keeps the id of the entry it replaces; the entries it replaces are removed as the new one is written.
  const replaced = options.replace ? [...new Set([same, holder].filter((id): id is string => id !== undefined))] : [];
  const taken = new Set([...bundled, ...[...ids].filter((id) => !replaced.includes(id))]);
  const asked = options.id ?? same;
  let id = chooseId(asked, article.suggestedId, taken);
  let dataset: DatasetFile;
  let kept: string;
  // An id another add took at the same moment is passed over for the next free one.
  // The corrections a person made to the same text are made again (facts fix).
  const { applyCorrections } = await import('../library/corrections.js');
  const previous = same !== undefined && options.replace ? await library.correctionsOf(same) : undefined;
  for (;;) {
    dataset = await draftFromArticle(article, { ...options, id }, deps.io);
    if (previous && previous.corrections.length > 0) {
      const made = applyCorrections(dataset, previous.corrections, previous.speakers);
      dataset = made.dataset;
      if (made.stale.length > 0) deps.io.err(`facts: warning: ${made.stale.length} of the text's corrections no longer fit a quotation (${made.stale.map((c) => c.record).join(', ')}); they are kept in the file\n`);
    }
    const result = await library.write(dataset, replaced);
    if ('kept' in result) {
      kept = result.kept;
      break;
    }
    // Another add kept the same text at the same moment.
    if ('sameText' in result) {
      io.out(await already(result.sameText));
      return ExitCode.ok;
    }
    if (asked !== undefined) throw new UsageError(`the library already has a source '${id}'; choose another --id, or --replace it`);
    taken.add(id);
    id = chooseId(undefined, article.suggestedId, taken);
  }
  const warning = notAnArticleWarning(dataset);
  if (warning) io.err(`facts: warning: ${escapeForTerminal(warning)}\n`);
  const source = dataset.sources[0];
  const about = [source?.title, source?.publisher, source?.published].filter((v): v is string => typeof v === 'string' && v !== '').join(', ');
  const speakers = speakerLine(dataset);
  // A page's title and names are outside input: nothing in them reaches a terminal raw.
  io.out(
    escapeForTerminal(`${replaced.length > 0 ? 'replaced' : 'added'} ${id}: ${summarize(dataset)}`) +
      `\n  ${escapeForTerminal(about)}\n` +
      (speakers ? `  speakers: ${escapeForTerminal(speakers)}\n` : '') +
      `  kept in ${shown(kept)}\n`,
  );
  return ExitCode.ok;
}
