import nlp from './compromise.js';
import { spansOf, termOffsets, type Matches, type Term } from './nlp-spans.js';

// What extraction reads of compromise's parse of an article, as plain data: where it
// found people (with what it guessed of each), organizations and cardinal numbers. Plain
// data can cross threads, so the pieces of a long article can be parsed side by side
// (parallel.ts) and joined. The pieces are cut at blank lines, so that no sentence is
// split, and where depends on the text alone. Pure.

/** A span of the text, in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

/** A person compromise found, with its honorific ("mr", "ms") and the gender it presumed from the first name. */
export interface ParsedPerson extends Span {
  honorific: string;
  presumedGender: string | null;
}

/** What extraction reads of compromise's parse of a text. */
export interface Parse {
  persons: ParsedPerson[];
  organizations: Span[];
  cardinals: Span[];
}

/** compromise's person details, as its `json()` gives them. */
interface PersonJson {
  person?: { presumed_gender?: string | null; honorific?: string };
}

/** The span of each match of a view, with its index among the view's matches. */
function spansWithIndex(view: Matches, at: ReadonlyMap<Term, number>): (Span & { k: number })[] {
  return view.docs.flatMap((terms, k) => spansOf({ docs: [terms] }, at).map((s) => ({ ...s, k })));
}

/** compromise's parse of `text`: its people, organizations and cardinal numbers. */
export function parseText(text: string): Parse {
  const doc = nlp(text);
  const at = termOffsets(doc);
  const persons = doc.people();
  const info = persons.json() as PersonJson[];
  return {
    persons: spansWithIndex(persons, at).map(({ start, end, k }) => ({ start, end, honorific: info[k]?.person?.honorific ?? '', presumedGender: info[k]?.person?.presumed_gender ?? null })),
    organizations: spansOf(doc.organizations(), at),
    cardinals: spansOf(doc.numbers().isCardinal(), at),
  };
}

/**
 * An article longer than this (in UTF-16 code units) is parsed in pieces of about this
 * length, cut at blank lines: the pieces depend on the text alone, so the same text gives
 * the same parse on every machine, whether its pieces were parsed one after another or
 * side by side (parallel.ts).
 */
export const PIECE_LENGTH = 256 * 1024;

/**
 * compromise reads a sentence in a time that grows faster than its length (a 40,000-word
 * run with no stop took it 50 s): a run of text longer than this (in UTF-16 code units)
 * with no sure sentence end or line break is cut into pieces of about this length, at
 * spaces, before it is parsed. A sentence of news is far shorter.
 */
export const LONGEST_RUN = 4000;

/**
 * Where a sentence surely ends: a line break, or a stop after a word of two small letters
 * or more. (A stop after an initial or a title, "A." or "Dr.", ends no sentence for
 * compromise: 40,000 words with an initial among every nine took it over a minute.)
 */
const SURE_END = /\n|[a-z]{2}[.!?]["'”’)\]]*(?=\s)/g;

/** The pieces an article is parsed in: one for an article up to PIECE_LENGTH, unless it has a run longer than LONGEST_RUN. */
export function articlePieces(text: string): { at: number; text: string }[] {
  const cuts = [...cutPoints(text, Math.ceil(text.length / PIECE_LENGTH)), ...longRunCuts(text)];
  return pieces(text, [...new Set(cuts)].sort((a, b) => a - b));
}

/** Where to cut each run of `text` longer than LONGEST_RUN with no sure sentence end (SURE_END): after a space, every LONGEST_RUN characters or less. */
export function longRunCuts(text: string): number[] {
  const cuts: number[] = [];
  let start = 0;
  for (const stop of [...text.matchAll(SURE_END), null]) {
    const end = stop ? stop.index + stop[0].length : text.length;
    const runStart = start;
    start = end;
    for (let at = runStart; end - at > LONGEST_RUN; ) {
      const space = text.lastIndexOf(' ', at + LONGEST_RUN);
      // (A run with no space in it is cut where it must be.)
      at = space > at ? space + 1 : at + LONGEST_RUN;
      cuts.push(at);
    }
  }
  return cuts;
}

/** compromise's parse of an article, piece by piece (articlePieces), in this thread. */
export function parseArticle(text: string): Parse {
  return joinParses(articlePieces(text).map((p) => ({ at: p.at, parse: parseText(p.text) })));
}

/** Where to cut `text` into at most `parts` pieces of about equal length, at blank lines: the offsets where the pieces after the first start. */
export function cutPoints(text: string, parts: number): number[] {
  const cuts: number[] = [];
  for (let k = 1; k < parts; k++) {
    const aim = Math.floor((text.length * k) / parts);
    const blank = text.indexOf('\n\n', Math.max(aim, (cuts[cuts.length - 1] ?? 0) + 1));
    if (blank < 0) break;
    // The cut falls after the blank line's newlines, so that no piece starts inside one.
    let cut = blank;
    while (cut < text.length && text[cut] === '\n') cut++;
    if (cut < text.length) cuts.push(cut);
  }
  return [...new Set(cuts)];
}

/** The pieces of `text` between `cuts`, each with the offset where it starts. */
export function pieces(text: string, cuts: readonly number[]): { at: number; text: string }[] {
  const starts = [0, ...cuts];
  return starts.map((at, k) => ({ at, text: text.slice(at, starts[k + 1] ?? text.length) }));
}

/** The parses of the pieces of one text, joined into one: every span moved by its piece's offset. */
export function joinParses(parts: readonly { at: number; parse: Parse }[]): Parse {
  const move = <T extends Span>(at: number, spans: readonly T[]): T[] => spans.map((s) => ({ ...s, start: s.start + at, end: s.end + at }));
  return {
    persons: parts.flatMap((p) => move(p.at, p.parse.persons)),
    organizations: parts.flatMap((p) => move(p.at, p.parse.organizations)),
    cardinals: parts.flatMap((p) => move(p.at, p.parse.cardinals)),
  };
}
