import type { DatasetFile, Entity } from '../dataset/types.js';
import { indexCodePoints } from '../text/code-points.js';
import { attributeQuotes, type Attribution } from './attribute.js';
import { confidencesOf } from './confidence.js';
import { findFigures, type FoundFigure } from './figures.js';
import { CLAIM_VERBS } from './lexicon.js';
import { findPeople, firstAtOrAfter, type People } from './people.js';
import { parseArticle, type Parse } from './parse.js';
import { findQuotes, paragraphs, withDoubleMarks, type FoundQuote, type Range } from './quotes.js';
import { at, got } from '../lists.js';

// A draft dataset from a plain-text article: quotations with their speakers and cues,
// the people named (with roles where the text gives them), figures, and reported
// statements. Pure and deterministic: the same text always gives the same dataset.
// Every record's text is the article's own characters at its span.

/** What the article's text does not say about itself. */
export interface ExtractOptions {
  id?: string;
  title?: string;
  url?: string;
  published?: string;
  publisher?: string;
  /** The author, as the page names them. */
  byline?: string;
  /** The BCP 47 tag of the text's language, as the page states it (default "en"). */
  language?: string;
  /** Told as each step of the work starts (1 of STEPS, 2 of STEPS, ...), for a progress line. */
  onStep?: (step: number, of: number, what: string) => void;
  /** compromise's parse of the text, when it was parsed already (in parts, side by side: parallel.ts). */
  parse?: Parse;
}

/** The steps extraction tells `onStep` about. */
export const STEPS = ['reading the text', 'finding names', 'attributing quotations', 'finding figures and claims'] as const;

/** The longest article extraction takes, in UTF-16 code units (about 3 MB of text): its time grows with the length, and this bounds it. */
export const MAX_ARTICLE_LENGTH = 3 * 1024 * 1024;

/**
 * A name before a claim's verb, of six words at most: unbounded, a long run of capitalized
 * words was read to its end from each of its words, and 200 KB of them took 9 s.
 */
const NAME = String.raw`(?:Dr\. |Mr\. |Mrs\. |Ms\. )?[A-Z][a-z]+(?:[- ][A-Z][a-z]+){0,5}`;
const PRONOUN = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey)\b`;
const SUBJECT = `(${NAME}|${PRONOUN})`;
const TERM_BEFORE = /(?:so-called|dubbed|nicknamed|called|known(?:\s+(?:[a-z]+ly|locally))?\s+as|titled|entitled|named)\s*$/i;
/** "called" with a subject before it, a pronoun or a name: "which he called", "what Rask called" (not "a book called"). */
const CALLED_BY = /(?:\b(?:he|she|they|it|we|I)|\b[A-Z][\w’'-]*[a-z])\s+(?:[a-z]+ly\s+)?called\s*$/;
/** Things whose words are displayed, not spoken: what they "read" is a term. */
const WRITTEN_ON = String.raw`(?:sign|banner|placard|poster|billboard|sticker|t-shirt|shirt|hat|cap|mug|slogan|headline|caption|chyron|graffiti)s?`;
const WRITTEN_ON_BEFORE = new RegExp(String.raw`\b${WRITTEN_ON}\s+(?:(?:that\s+)?(?:reads?|says|said|saying|reading)|(?:[\w’'-]+\s+){1,4}?(?:that\s+)?(?:reads?|reading))\s*:?\s*$`, 'i');
const WRITTEN_ON_AFTER = new RegExp(String.raw`^\s*[,.]?\s*(?:reads?|read|said|says)\s+(?:(?:one|a|the|another|his|her|their)\s+)?(?:[a-z-]+\s+)?${WRITTEN_ON}\b`, 'i');
/** A title is at most this many words. */
const TITLE_WORDS = 8;
/** Words a title leaves in lower case. */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'and', 'with', 'for', 'to', 'at', 'by', 'or']);
/** Kinds of work whose title may follow them after a comma as well ("his memoir, "..."", "one ad, "...""). */
const WORKS = 'documentary|book|memoir|novel|film|movie|album|song';
/** What stands before the title of a work: a possessive, a word that introduces one, "interview with", or the kind of work and a comma. */
const WORK_BEFORE = new RegExp(String.raw`(?:['’]s|\b(?:on|in|of|during|program|programme|show|article|column|commentary|op-ed|headline|series|episode|broadcast|forum|report|bill|act|titled|called|dubbed|named)|\binterview\s+with|\b(?:${WORKS})(?:\s*,)?|\bad\s*,)\s*$`, 'i');

// The parse of a long article in worker threads, for drafting it (draft.ts): loaded with the extractor.
export { parseArticleInParallel } from './parallel.js';

/** The check of a draft as evidence, loaded with the extractor rather than at every start. */
export { evidenceProblems } from '../dataset/invariants.js';

/** Extracts a draft dataset from `text`. */
export function extractDataset(text: string, options: ExtractOptions = {}): DatasetFile {
  const source = options.id ?? 'article';
  const index = indexCodePoints(text);
  // What the rules read: the text, with single quotation marks as double ones in an
  // article that quotes in single marks (same offsets); records take `text`'s characters.
  const read = withDoubleMarks(text);
  const all = findQuotes(read);
  const inQuote = new Uint8Array(text.length + 1);
  for (const q of all) inQuote.fill(1, Math.max(0, q.start - 1), Math.min(text.length, q.end + 1));
  const quoted = (at: number) => inQuote[at] === 1;
  // One parse of the text by compromise, for the names and the number words.
  const step = (k: number) => options.onStep?.(k + 1, STEPS.length, STEPS[k] ?? '');
  step(0);
  const parse = options.parse ?? parseArticle(read);
  step(1);
  const people = findPeople(read, quoted, parse);
  // Quotations that are speech, and the terms and titles that are only quoted (left out).
  // A quotation nested in another is what the speaker quoted, not their own words: it
  // stays inside the outer quotation's text and is no record of its own.
  let term: FoundQuote | null = null;
  const found = all.filter((q) => {
    if (q.nestedIn !== null) return false;
    term = isTerm(read, q) || (term !== null && listedAfter(read, term, q)) ? q : null;
    return term === null;
  });
  step(2);
  const attributions = attributeQuotes(read, found, paragraphs(read), people, quoted);
  // A title inside a sentence that no cue gives to anyone is a term too (the
  // show "Harbour Nights", the "Fair Deal" plan): only a cue makes such words someone's.
  const speech = found.filter((q) => !(got(attributions, q).cue === null && isTitleInSentence(read, q)));
  const draft: Draft = { text, read, source, span: (r) => ({ start: index.toCodePoint(r.start), end: index.toCodePoint(r.end) }), attributions };
  const records = quoteRecords(draft, speech);
  step(3);
  records.push(...figureRecords(draft, speech, findFigures(read, parse)), ...claimRecords(draft, people, quoted));
  const used = new Set(records.map((r) => r.speaker));
  // Entity ids carry the source id too, so that drafts of several articles load together.
  const entities = people.known
    .map((k) => k.entity)
    .filter((e) => e.type === 'person' || used.has(e.id))
    .map((e) => ({ ...e, id: `${source}.${e.id}`, aliases: withApostrophes(e.aliases, e.name) }));
  for (const r of records) if (r.speaker !== null) r.speaker = `${source}.${r.speaker}`;
  return { version: 1, sources: [sourceOf(text, source, options)], entities, records };
}

/** What every step of a draft reads: the text and the text as the rules read it, the source's id, spans in code points, and who said each quotation. */
interface Draft {
  /** The article's own characters, which records hold. */
  text: string;
  /** The same with single quotation marks as double ones, where the article quotes in single marks (`withDoubleMarks`). */
  read: string;
  source: string;
  span(r: Range): { start: number; end: number };
  attributions: ReadonlyMap<FoundQuote, Attribution>;
}

type DraftRecord = DatasetFile['records'][number];

/** A quote record for each quotation that is speech, with its attribution and how sure it is. */
function quoteRecords({ text, read, source, span, attributions }: Draft, speech: readonly FoundQuote[]): DraftRecord[] {
  const confidences = confidencesOf(speech, (q) => got(attributions, q), read);
  return speech.map((q, i) => {
    const a = got(attributions, q);
    return {
      id: `${source}.q${i + 1}`,
      kind: 'quote',
      text: text.slice(q.start, q.end),
      source,
      span: span(q),
      speaker: a.speaker?.id ?? null,
      cue: a.cue ? { text: text.slice(a.cue.start, a.cue.end), span: span(a.cue) } : null,
      attribution: { rule: a.rule, cue: a.cue ? text.slice(a.cue.start, a.cue.end) : null, confidence: at(confidences, i) },
      ...(q.closed ? {} : { unclosed: true }),
      ...(q.continues ? { continues: true } : {}),
    };
  });
}

/** A number record for each figure; one inside a quotation is its speaker's. */
function figureRecords({ text, source, span, attributions }: Draft, speech: readonly FoundQuote[], figures: readonly FoundFigure[]): DraftRecord[] {
  return figures.map((f, i) => {
    // The quotation it stands in, if any: the last to open before it (they do not overlap), found by halving.
    const before = speech[firstAtOrAfter(speech, f.start + 1) - 1];
    const inSpeech = before && f.end <= before.end ? before : undefined;
    return {
      id: `${source}.n${i + 1}`,
      kind: 'number',
      text: text.slice(f.start, f.end),
      source,
      span: span(f),
      speaker: inSpeech ? (got(attributions, inSpeech).speaker?.id ?? null) : null,
      cue: null,
      value: f.value,
      unit: f.unit,
      about: `${f.bound === 'lower' ? `at least ${f.value} ` : ''}${f.unit} (draft: in "${sentenceAround(text, f.start)}")`,
      ...(f.valueTo === undefined ? {} : { value_to: f.valueTo }),
      ...(f.bound === undefined ? {} : { bound: f.bound }),
    };
  });
}

/** Reported statements, outside quotation marks: "X said that ...", given to X. */
function claimRecords({ text, read, source, span }: Draft, people: People, quoted: (at: number) => boolean): DraftRecord[] {
  const personAt = (subject: string, at: number): Entity | null => {
    const mention = people.between(at, at + 1)[0];
    if (mention) return mention.entity;
    if (/^(?:he|she|they)$/i.test(subject)) return people.lastPersonBefore(at)?.entity ?? null;
    const words = subject.replace(/^(?:Dr|Mr|Mrs|Ms)\. /, '').split(' ');
    return people.known.find((k) => k.entity.type === 'person' && k.last === words[words.length - 1])?.entity ?? null;
  };
  const claims: DraftRecord[] = [];
  for (const m of read.matchAll(new RegExp(`${SUBJECT} (${CLAIM_VERBS}) that ([^"“”\\n]+?)[.!?](?=\\s|$)`, 'g'))) {
    if (quoted(m.index)) continue;
    const person = personAt(at(m, 1), m.index);
    if (!person) continue;
    const start = m.index + m[0].lastIndexOf(at(m, 3));
    const clause = text.slice(start, start + at(m, 3).length);
    const cueEnd = m.index + at(m, 1).length + 1 + at(m, 2).length;
    claims.push({
      id: `${source}.c${claims.length + 1}`,
      kind: 'claim',
      text: clause,
      source,
      span: span({ start, end: start + clause.length }),
      speaker: person.id,
      cue: { text: text.slice(m.index, cueEnd), span: span({ start: m.index, end: cueEnd }) },
    });
  }
  return claims;
}

/** The draft's one source: the text, and what the options say of it. */
function sourceOf(text: string, id: string, options: ExtractOptions): DatasetFile['sources'][number] {
  return {
    id,
    title: options.title ?? `Untitled article (extracted by facts; the text gives no headline)`,
    publisher: options.publisher ?? null,
    url: options.url ?? null,
    published: options.published ?? null,
    ...(options.byline === undefined ? {} : { byline: options.byline }),
    language: options.language ?? 'en',
    text,
  };
}

/**
 * A quoted passage that nobody says: one after "so-called", "titled" and the like; one
 * that is only a parenthesis ("(APPLAUSE.)"); or a title: words all capitalized, after
 * a possessive or a word that introduces a work ("Channel 4's "Evening Desk"", "on "The Week
 * Ahead"", "the documentary "Low Tide"", "in an interview with "Quay Talk"", "his
 * memoir, "Salt and Stone"").
 */
function isTerm(text: string, q: FoundQuote): boolean {
  const before = text.slice(Math.max(0, q.start - 40), q.start - 1);
  const inner = text.slice(q.start, q.end).trim();
  const titleCase = isTitleCase(inner);
  // (But what someone called a thing, in words that are no title, are their words: "the
  // flood, which he called "the worst week"", "what Rask called "a fair deal"".)
  if (TERM_BEFORE.test(before) && !(CALLED_BY.test(before) && !titleCase)) return true;
  // What a sign, a banner or a headline reads is written on it, not said: "...," reads one sign.
  if (WRITTEN_ON_BEFORE.test(before) || WRITTEN_ON_AFTER.test(text.slice(q.end + 1, q.end + 60))) return true;
  if (/^[([][^()[\]]*[)\]][.,]?$/.test(inner)) return true;
  return titleCase && WORK_BEFORE.test(before);
}

/** Quoted words listed after a term are terms too: signs that read "No levy" and "Clean air", a plan dubbed "A", "B" or "C". */
function listedAfter(text: string, term: FoundQuote, q: FoundQuote): boolean {
  return /^\s*(?:,|,?\s*(?:and|or))\s*$/.test(text.slice(term.end, q.start).replace(/["“”'‘’«»„‹›]/g, ''));
}

/** Whether quoted words are cased as a title: up to TITLE_WORDS words, each capitalized but the small ones ("Harbour Nights", "War on Waste"). */
function isTitleCase(inner: string): boolean {
  const words = inner.replace(/[,.!?]$/, '').split(/\s+/).filter(Boolean);
  return words.length <= TITLE_WORDS && words.every((w) => /^[A-Z0-9]/.test(w) || SMALL_WORDS.has(w)) && /^[A-Z0-9]/.test(inner);
}

/**
 * A quotation cased as a title that stands inside a sentence: after a word or a
 * comma, not opening the sentence (""Absolutely." ¶" opens one, and may be an answer).
 */
function isTitleInSentence(text: string, q: FoundQuote): boolean {
  const before = text.slice(Math.max(0, q.start - 12), q.start).replace(/["“”'‘’«»„‹›\s]+$/, '');
  return before !== '' && !/[.!?:\n]$/.test(before) && isTitleCase(text.slice(q.start, q.end).trim());
}

/** Aliases, with each name that has a curly apostrophe also written with a straight one ("O’Neill", "O'Neill"). */
function withApostrophes(aliases: readonly string[], name: string): string[] {
  const straight = [name, ...aliases].filter((n) => n.includes('’')).map((n) => n.replace(/’/g, "'"));
  return [...new Set([...aliases, ...straight])];
}

function sentenceAround(text: string, at: number): string {
  const stop_ = text.lastIndexOf('. ', at);
  const start = Math.max(stop_ < 0 ? 0 : stop_ + 2, text.lastIndexOf('\n', at) + 1);
  const stop = text.slice(at).search(/[.!?](?:\s|$)/);
  const sentence = text.slice(start, stop < 0 ? text.length : at + stop + 1).replace(/\s+/g, ' ').trim();
  return sentence.length > 140 ? `${sentence.slice(0, 137)}...` : sentence;
}
