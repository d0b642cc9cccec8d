import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { CommandFlags } from '../cli-options.js';
import { ExitCode, InputError } from '../errors.js';
import { draftFromArticle } from '../extract/draft.js';
import { describeFsError } from '../files/fs.js';
import { DEFAULT_LIMITS, type FetchLimits } from '../library/fetch.js';
import { readArticle } from '../library/input.js';
import { givenGlobals, refuseOptions, withExamples, withOptions, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';

/** The fetch limits the options set. */
export function limitsOf(opts: { timeout?: number }): FetchLimits {
  return { ...DEFAULT_LIMITS, ...(opts.timeout === undefined ? {} : { timeoutMs: opts.timeout * 1000 }) };
}

/** The options of `facts extract`. */
export interface ExtractOptions extends CommandFlags<'extract'> {
  file: string;
  globals: GivenGlobals;
}

/** `facts extract FILE|URL|-`: a draft dataset from an article. */
export function newExtractCommand(deps: CommandDeps, run: Run<ExtractOptions> = runExtract): Command {
  const cmd = withOptions(
    new Command('extract')
      .description('draft a dataset from an article (plain text, a web page, or a URL): quotes, speakers, figures, claims')
      .argument('<file>', "the article: a plain-text or HTML file, an http(s) URL, or '-' for standard input"),
    'extract',
  ).action(async (file: string, flags: CommandFlags<'extract'>, self: Command) => deps.setExitCode(await run({ ...flags, file, globals: givenGlobals(self) }, deps)));
  return withExamples(cmd, [
    'facts extract article.txt -o draft.json',
    'facts extract saved-page.html -o draft.json',
    'facts --data draft.json quotes',
    'pbpaste | facts extract - --id interview --title "Interview with the mayor" > draft.json',
  ]);
}

export async function runExtract(options: ExtractOptions, deps: RunDeps): Promise<number> {
  // A draft is a dataset, which is JSON: the output options of the listing commands do not apply.
  // (--data, --fields and --limit are refused for every extract: cli-options.ts.)
  if (options.globals.values.format !== 'json') refuseOptions(options.globals, ['format'], 'extract writes a dataset as JSON');
  const dataset = await draftFromArticle(await readArticle(deps.io, options.file, limitsOf(options.globals.values)), options, deps.io);
  const json = `${JSON.stringify(dataset, null, 2)}\n`;
  if (options.output === undefined) {
    deps.io.out(json);
    return ExitCode.ok;
  }
  try {
    writeFileSync(resolve(deps.io.cwd, options.output), json);
  } catch (error) {
    throw new InputError(`${options.output}: cannot write: ${describeFsError(error)}`);
  }
  return ExitCode.ok;
}
