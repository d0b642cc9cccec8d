import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command } from 'commander';
import type { CommandFlags } from '../cli-options.js';
import type { FactStore } from '../cache/store.js';
import { claimReviewLd, recordLd, type ReviewInfo } from '../output/jsonld.js';
import { describeFsError } from '../files/fs.js';
import { decodeText } from '../library/input.js';
import { lookUpName, nameWords } from '../query/names.js';
import { ExitCode, InputError, UsageError } from '../errors.js';
import { readAllBytes, type IO } from '../io.js';
import { countWords } from '../text/words.js';
import type { Listing, Range } from '../output/listing.js';
import { printDetail, printListing } from '../output/print.js';
import type { DiffPart, Verification } from '../verify/verify.js';
import { givenGlobals, prepareStore, recordContext, refuseOptions, withExamples, withOptions, type CommandDeps, type GivenGlobals, type Run, type RunDeps } from './common.js';
import { entityName } from '../output/columns.js';

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

/** The table, TSV and JSON shape of verifications; `claimed` maps each claimed speaker's name to the entity ids it means. */
export function verificationListing(data: FactStore, rows: readonly Verification[], claimed: ReadonlyMap<string, ReadonlySet<string>> = new Map(), review: ReviewInfo = {}): Listing<Verification> {
  // In linked data, the claimed speaker is the entity the name means, or a person of that name the data does not know.
  const claimedAgent = (v: Verification) => {
    if (v.claimed_speaker === null) return undefined;
    const id = [...(claimed.get(v.claimed_speaker) ?? [])][0];
    return (id === undefined ? undefined : data.entityById.get(id)) ?? v.claimed_speaker;
  };
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
      { key: 'claimed_speaker', header: 'Claimed speaker', value: (v) => v.claimed_speaker ?? '' },
      { key: 'speaker_ok', header: 'Claim matches', value: (v) => (v.speaker_ok === null ? '' : v.speaker_ok ? 'yes' : 'no') },
      { key: 'record', header: 'Record', value: (v) => v.record ?? '' },
      { key: 'quoted', header: 'Quoted', value: (v) => (v.source === null ? '' : v.quoted ? 'yes' : 'no') },
      { key: 'confidence', header: 'Attribution', value: (v) => (v.attribution ? `${v.attribution.confidence} (${v.attribution.rule}${v.attribution.cue ? `: ${v.attribution.cue}` : ''})` : '') },
      { key: 'input', header: 'Quote', value: (v) => v.input, wide: true },
      { key: 'quote', header: 'Words checked', value: (v) => (v.quote === v.input ? '' : v.quote), wide: true },
      { key: 'match', header: 'Source says', value: (v) => v.match ?? '', wide: true },
      { key: 'diff', header: 'Diff', value: (v) => formatDiff(v.diff).text, wide: true, highlight: (v) => formatDiff(v.diff).ranges },
      { key: 'source', header: 'Source', value: (v) => v.source ?? '', style: 'dim' },
      { key: 'span', header: 'Span', value: (v) => (v.span ? `${v.span.start}-${v.span.end}` : ''), style: 'dim' },
      { key: 'equivalences', header: 'Equivalent forms', value: (v) => v.equivalences.map((e) => `${e.quote} = ${e.source} (${e.kind})`).join('; ') },
      { key: 'places', header: 'Places', value: (v) => (v.places ?? []).map((p) => `${p.record ?? p.source} ${p.span.start}-${p.span.end}`).join('; ') },
    ],
    defaults: ['verdict', 'similarity', 'speaker', 'record', 'input'],
    json: (v) => v,
    jsonld: (v) => claimReviewLd({ input: v.input, quote: v.quote, verdict: v.verdict, similarity: v.similarity, claimed: claimedAgent(v), found: found(v), review }),
  };
}

/** The lines of a file or of standard input, which must be UTF-8 text (a verdict on replacement characters would be a verdict on nothing). */
async function readLines(io: IO, file: string | undefined): Promise<string[]> {
  let bytes: Uint8Array;
  if (file !== undefined) {
    try {
      bytes = readFileSync(resolve(io.cwd, file));
    } catch (error) {
      throw new InputError(`${file}: cannot read: ${describeFsError(error)}`);
    }
  } else {
    bytes = await readAllBytes(io.stdin);
  }
  return decodeText(bytes, file ?? 'standard input').replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** One quote to check: the line as given, the quoted words in it, and the name it pins them on (or --speaker's). */
interface Claimed {
  input: string;
  quote: string;
  speaker: string | undefined;
}

/**
 * The claims of the inputs: a pasted claim's own name is its claimed speaker, as if given
 * with --speaker; given both, they must name the same person.
 */
async function claimsOf(store: FactStore, inputs: readonly string[], speaker: string | undefined): Promise<Claimed[]> {
  // (Loaded here, not at start-up: its patterns hold every speech verb extraction knows.)
  const { parseClaim } = await import('../verify/claim.js');
  const claims = inputs.map((input) => ({ input, ...parseClaim(input) }));
  const named = claims.find((c) => c.speaker !== null)?.speaker;
  if (speaker !== undefined && named && !(await sameSpeaker(store, speaker, named))) {
    throw new UsageError(`--speaker '${speaker}' and the name in the quote, '${named}', are not the same person; give one of them`);
  }
  return claims.map((c) => ({ input: c.input, quote: c.quote, speaker: speaker ?? c.speaker ?? undefined }));
}

/** Whether two names mean the same person: they find the same people in the data, or, for people it does not know, one is the other's tail ("Biden", "Joe Biden"). */
async function sameSpeaker(store: FactStore, a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([lookUpName(store, a), lookUpName(store, b)]);
  if (x.entities.length > 0 || y.entities.length > 0) return x.entities.some((e) => y.entities.includes(e));
  const [p, q] = [nameWords(a), nameWords(b)].sort((m, n) => m.length - n.length) as [string[], string[]];
  return p.join(' ') === q.slice(q.length - p.length).join(' ');
}

/** The options of `facts verify`. */
export interface VerifyOptions extends CommandFlags<'verify'> {
  words: string[];
  globals: GivenGlobals;
}

/** `facts verify QUOTE | - | --file PATH`: is this what was said, word for word, and by whom? */
export function newVerifyCommand(deps: CommandDeps, run: Run<VerifyOptions> = runVerify): Command {
  const cmd = withOptions(
    new Command('verify')
      .description('check a quote word for word against the sources, and whose words they are: verbatim, reported, misattributed, unconfirmed, altered or absent')
      .argument('[quote...]', "the quote, or a claim as it circulates (NAME: \"…\"); '-' reads one a line from standard input"),
    'verify',
  ).action(async (words: string[], flags: CommandFlags<'verify'>, self: Command) => deps.setExitCode(await run({ ...flags, words, globals: givenGlobals(self) }, deps)));
  return withExamples(cmd, [
    'facts verify "these troops will not wage any war against Russia"',
    'facts verify "will not wage a war against Russia"',
    'facts verify --speaker zelensky "send a very clear strategic signal"',
    'facts verify \'Zelensky: "send a very clear strategic signal"\'',
    'facts verify --source macron-security-guarantees "a reassurance force"',
    'facts verify - < quotes.txt',
    'facts verify --file quotes.txt --format ndjson | jq -r .verdict',
  ]);
}

/** Verifies each quote (or claim) given; exit 0 only when every one is verbatim. */
export async function runVerify(options: VerifyOptions, deps: RunDeps): Promise<number> {
  const { words, globals: given } = options;
  const batch = options.file !== undefined || (words.length === 1 && words[0] === '-');
  if (options.file !== undefined && words.length > 0) throw new UsageError('give either a QUOTE or --file, not both');
  if (!batch && words.length === 0) throw new UsageError("give a quote to verify, '-' to read quotes from standard input, or --file PATH");
  if (!batch) refuseOptions(given, ['limit'], 'verify with one quote prints one result');
  const inputs = batch ? (await readLines(deps.io, options.file)).filter((line) => line.trim() !== '') : [words.join(' ')];
  const { globals, store } = await prepareStore(given, deps, options.source === undefined ? { quotes: inputs } : { holding: options.source });
  const review = { author: options.reviewAuthor, date: options.reviewDate, url: options.reviewUrl };
  if (globals.output.format !== 'jsonld' && Object.values(review).some((v) => v !== undefined)) {
    throw new UsageError('--review-author, --review-date and --review-url describe the ClaimReview; they apply with --format jsonld');
  }
  if (globals.output.format === 'jsonld') {
    const missing = [review.author === undefined ? 'author (--review-author)' : '', review.date === undefined ? 'datePublished (--review-date)' : '', review.url === undefined ? 'url (--review-url)' : ''].filter(Boolean);
    if (missing.length > 0) deps.io.err(`facts: warning: the ClaimReview has no ${missing.join(', ')}, which Google's ClaimReview guidelines require\n`);
  }
  const source = options.source === undefined ? undefined : store.sourceIds.indexOf(options.source);
  if (source === -1) throw new UsageError(`no source '${options.source}'; sources: ${store.sourceIds.join(', ')}`);
  const claims = await claimsOf(store, inputs, options.speaker);
  const wordless = claims.findIndex((c) => countWords(c.quote) === 0);
  if (wordless >= 0) throw new UsageError(batch ? `quote ${wordless + 1} has no words to verify: '${inputs[wordless]}'` : 'the quote has no words to verify');
  // A name nobody in the data bears is still a claim: the words, if someone said them, are misattributed.
  const speakers = new Map<string, Set<string>>();
  for (const name of new Set(claims.flatMap((c) => (c.speaker === undefined ? [] : [c.speaker])))) {
    speakers.set(name, new Set((await lookUpName(store, name)).entities.map((e) => e.id)));
  }
  // The matcher and jsdiff are loaded only when a quote is verified.
  const [{ verifyQuote }, { corpusOf }] = await Promise.all([import('../verify/verify.js'), import('../verify/stored.js')]);
  const corpus = await corpusOf(store);
  const results = claims.map((c) => {
    const claimed = c.speaker === undefined ? {} : { speakers: speakers.get(c.speaker) ?? new Set<string>(), claimed: c.speaker };
    return { ...verifyQuote(store, corpus, c.quote, { ...claimed, ...(source === undefined ? {} : { source }) }), input: c.input };
  });
  const listing = verificationListing(store, results, speakers, review);
  if (!batch && results[0]) await printDetail(deps.io, listing, results[0], globals.output);
  else await printListing(deps.io, listing, globals.output);
  const allGood = results.length > 0 && results.every((r) => r.verdict === 'verbatim');
  return allGood ? ExitCode.ok : ExitCode.noMatch;
}
