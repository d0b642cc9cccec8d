import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { FactStore } from '../data/store.js';
import { claimReviewLd, recordLd } from '../output/jsonld.js';
import { describeFsError } from '../data/load.js';
import { ExitCode, InputError, UsageError } from '../errors.js';
import type { IO } from '../io.js';
import { countWords } from '../text/words.js';
import type { Listing, Range } from '../output/listing.js';
import { printDetail, printListing } from '../output/print.js';
import type { DiffPart, Verification } from '../verify/verify.js';
import { entityName, prepareStore, recordContext, refuseOptions, resolveSpeakerFilter, withExamples, type CommandDeps } from './common.js';

/** The diff as text, wdiff style: [-words of the source-]{+words of the quote+}, with the ranges of each change. */
export function formatDiff(diff: readonly DiffPart[] | null): { text: string; ranges: Range[] } {
  if (!diff) return { text: '', ranges: [] };
  let text = '';
  const ranges: Range[] = [];
  for (const part of diff) {
    const piece = part.op === 'delete' ? `[-${part.text}-]` : part.op === 'insert' ? `{+${part.text}+}` : part.text;
    if (text) text += ' ';
    if (part.op !== 'equal') ranges.push({ start: text.length, end: text.length + piece.length, mark: part.op });
    text += piece;
  }
  return { text, ranges };
}

/** The table, TSV and JSON shape of verifications. */
export function verificationListing(data: FactStore, rows: readonly Verification[], claimed?: ReadonlySet<string>): Listing<Verification> {
  const claimedEntity = claimed && claimed.size === 1 ? data.entityById.get([...claimed][0] as string) : undefined;
  const found = (v: Verification) => {
    const index = v.record === null ? -1 : data.indexOf(v.record);
    return index < 0 ? undefined : recordLd(recordContext(data, data.record(index)));
  };
  return {
    rows,
    columns: [
      { key: 'verdict', header: 'Verdict', value: (v) => v.verdict, style: 'id' },
      { key: 'similarity', header: 'Similarity', value: (v) => v.similarity.toFixed(3), style: 'number' },
      { key: 'speaker', header: 'Speaker', value: (v) => entityName(data, v.speaker) },
      { key: 'record', header: 'Record', value: (v) => v.record ?? '' },
      { key: 'quoted', header: 'Quoted', value: (v) => (v.source === null ? '' : v.quoted ? 'yes' : 'no') },
      { key: 'confidence', header: 'Attribution', value: (v) => (v.attribution ? `${v.attribution.confidence} (${v.attribution.rule}${v.attribution.cue ? `: ${v.attribution.cue}` : ''})` : '') },
      { key: 'input', header: 'Quote', value: (v) => v.input, wide: true },
      { key: 'match', header: 'Source says', value: (v) => v.match ?? '', wide: true },
      { key: 'diff', header: 'Diff', value: (v) => formatDiff(v.diff).text, wide: true, highlight: (v) => formatDiff(v.diff).ranges },
      { key: 'source', header: 'Source', value: (v) => v.source ?? '', style: 'dim' },
      { key: 'span', header: 'Span', value: (v) => (v.span ? `${v.span.start}-${v.span.end}` : ''), style: 'dim' },
      { key: 'equivalences', header: 'Equivalent forms', value: (v) => v.equivalences.map((e) => `${e.quote} = ${e.source} (${e.kind})`).join('; ') },
      { key: 'places', header: 'Places', value: (v) => (v.places ?? []).map((p) => `${p.record ?? p.source} ${p.span.start}-${p.span.end}`).join('; ') },
    ],
    defaults: ['verdict', 'similarity', 'speaker', 'record', 'input'],
    json: (v) => v,
    jsonld: (v) => claimReviewLd({ input: v.input, verdict: v.verdict, similarity: v.similarity, claimed: claimedEntity, found: found(v) }),
  };
}

async function readLines(io: IO, file: string | undefined): Promise<string[]> {
  if (file !== undefined) {
    try {
      return readFileSync(resolve(io.cwd, file), 'utf8').split(/\r?\n/);
    } catch (error) {
      throw new InputError(`${file}: cannot read: ${describeFsError(error as NodeJS.ErrnoException)}`);
    }
  }
  const { createInterface } = await import('node:readline');
  const lines: string[] = [];
  for await (const line of createInterface({ input: io.stdin, crlfDelay: Infinity })) lines.push(line);
  return lines;
}

/** `facts verify QUOTE | - | --file PATH`: is this what was said, word for word, and by whom? */
export function createVerifyCommand(deps: CommandDeps): Command {
  const cmd = new Command('verify')
    .description("check a quote word for word against the sources, and whose words they are: verbatim, reported, misattributed, unconfirmed, altered or absent")
    .argument('[quote...]', "the quote; '-' reads one quote a line from standard input")
    .option('--file <path>', 'read one quote a line from a file')
    .option('--speaker <name>', 'who the quote is said to be by: a quotation of someone else is misattributed, one the source attributes unsurely is unconfirmed')
    .action(async (words: string[], opts: { file?: string; speaker?: string }, self: Command) => {
      const batch = opts.file !== undefined || (words.length === 1 && words[0] === '-');
      if (opts.file !== undefined && words.length > 0) throw new UsageError('give either a QUOTE or --file, not both');
      if (!batch && words.length === 0) throw new UsageError("give a quote to verify, '-' to read quotes from standard input, or --file PATH");
      if (!batch) refuseOptions(self, ['limit'], 'verify with one quote prints one result');
      const { globals, store } = await prepareStore(self, deps);
      const inputs = batch ? (await readLines(deps.io, opts.file)).filter((line) => line.trim() !== '') : [words.join(' ')];
      const wordless = inputs.findIndex((input) => countWords(input) === 0);
      if (wordless >= 0) throw new UsageError(batch ? `quote ${wordless + 1} has no words to verify: '${inputs[wordless]}'` : 'the quote has no words to verify');
      const speakers = await resolveSpeakerFilter(store, opts.speaker);
      // The matcher and jsdiff are loaded only when a quote is verified.
      const [{ verifyQuote }, { corpusOf }] = await Promise.all([import('../verify/verify.js'), import('../verify/stored.js')]);
      const corpus = await corpusOf(store);
      const results = inputs.map((input) => verifyQuote(store, corpus, input, speakers));
      const listing = verificationListing(store, results, speakers);
      if (!batch && results[0]) await printDetail(deps.io, listing, results[0], globals.output);
      else await printListing(deps.io, listing, globals.output);
      const allGood = results.length > 0 && results.every((r) => r.verdict === 'verbatim');
      deps.setExitCode(allGood ? ExitCode.ok : ExitCode.noMatch);
    });
  return withExamples(cmd, [
    'facts verify "these troops will not wage any war against Russia"',
    'facts verify "will not wage a war against Russia"',
    'facts verify --speaker zelensky "send a very clear strategic signal"',
    'facts verify - < quotes.txt',
    'facts verify --file quotes.txt --format ndjson | jq -r .verdict',
  ]);
}
