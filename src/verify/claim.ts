// A claim as it circulates: quoted words with the name of whoever they are pinned on,
// pasted from a post or a message. Which of the pasted words are the quote, and which
// name the claimed speaker:
//
//   Macron: "We will not wage war."           Macron said: "We will not wage war."
//   "We will not wage war," said Macron.      "We will not wage war," Macron said.
//   "We will not wage war." — Macron          "A," she said. "B."   (two quotations, no name)
//
// Only these shapes are read. Anything else outside the quotation marks (a whole
// sentence of the reporter's, say) makes the input words to check as they stand,
// marks and all, so that nothing the user gave is silently dropped. Pure.

import { SPEECH_VERBS } from '../extract/lexicon.js';

/** What a pasted claim says: the words quoted, and who they are pinned on. */
export interface Claim {
  /** The quoted words; several quotations are joined by an ellipsis, as pieces of one quote. */
  quote: string;
  /** The name the claim gives its speaker, as written; null when it names nobody (or only "she"). */
  speaker: string | null;
}

/** Opening and closing double quotation marks of the styles news and posts use. */
const QUOTED = /["“„«»]\s*([^"“”„«»]*[\p{L}\p{N}][^"“”„«»]*?)\s*["”“»«]/gu;

/** A name: one to six words that begin with a capital letter, particles such as "de" or "van" between them. */
const WORD = String.raw`\p{Lu}(?:\.|[\p{L}\p{M}'’-]*)`;
const NAME = String.raw`${WORD}(?:\s+(?:${WORD}|de|da|di|du|van|von|der|den|bin|ibn|al|el|la|le|dos|del)){0,5}`;
/** The verbs a pasted claim introduces its speaker with: those extraction knows. */
const VERB = `(?:${SPEECH_VERBS})`;
const PRONOUN = '(?:he|she|they|we|i|it|He|She|They|We|I|It)';

/** Before the quotation: "Name:", "Name said:", "Name said,", "She said:". */
const BEFORE = new RegExp(String.raw`^\s*(?:(${NAME})|${PRONOUN})(?:\s+${VERB}(?:\s+(?:on|in)\s+[\p{L}\s]{1,30}?)?)?\s*[:,—–-]?\s*$`, 'u');
/** After it: ", said Name.", ", Name said.", "— Name", ", she said." */
const AFTER = [
  new RegExp(String.raw`^\s*[,.!?]?\s*${VERB}\s+(${NAME})\s*[.!]?\s*$`, 'u'),
  new RegExp(String.raw`^\s*[,.!?]?\s*(?:(${NAME})|${PRONOUN})\s+${VERB}\s*[.!]?\s*$`, 'u'),
  new RegExp(String.raw`^\s*[,.!?]?\s*(?:[—–~]|-{1,2})\s*(${NAME})\s*[.!]?\s*$`, 'u'),
];
/** Between two quotations: a short cue, with or without a name, or nothing but punctuation. */
const BETWEEN = [
  /^[\s,.;:!?—–-]*$/u,
  new RegExp(String.raw`^\s*[,.!?]?\s*(?:(?:(${NAME})|${PRONOUN})\s+${VERB}|${VERB}\s+(${NAME}))\s*[,.:;!?]?\s*(?:and|then)?\s*$`, 'u'),
];

/** A capitalised pronoun names nobody; a capitalised article or conjunction is no cue at all. */
const PRONOUN_WORD = /^(?:He|She|They|We|I|It)$/;
const NOT_A_NAME = /^(?:The|This|That|And|But|So|As)$/;

/** The name a cue gives (null for none, or a pronoun); undefined when it is not a cue. */
function nameIn(match: RegExpExecArray | null): string | null | undefined {
  if (!match) return undefined;
  const name = match.slice(1).find((group) => group !== undefined) ?? null;
  if (name === null || PRONOUN_WORD.test(name)) return null;
  return NOT_A_NAME.test(name) ? undefined : name;
}

/**
 * The quote and the claimed speaker of a pasted claim; an input in none of the shapes
 * above is a quote of its own with no speaker.
 */
export function parseClaim(input: string): Claim {
  const asGiven: Claim = { quote: input, speaker: null };
  const segments = [...input.matchAll(QUOTED)];
  if (segments.length === 0) return asGiven;
  const names: string[] = [];
  const read = (outside: string, patterns: readonly RegExp[]): boolean => {
    for (const pattern of patterns) {
      const name = nameIn(pattern.exec(outside));
      if (name === undefined) continue;
      if (name !== null) names.push(name);
      return true;
    }
    return false;
  };
  const [first] = segments;
  const last = segments.at(-1);
  if (!first || !last) return asGiven;
  const before = input.slice(0, first.index);
  const after = input.slice(last.index + last[0].length);
  if (before.trim() !== '' && !read(before, [BEFORE])) return asGiven;
  if (after.trim() !== '' && !read(after, AFTER)) return asGiven;
  for (const [k, next] of segments.entries()) {
    const previous = segments[k - 1];
    if (previous && !read(input.slice(previous.index + previous[0].length, next.index), BETWEEN)) return asGiven;
  }
  // Two different names around one claim say two things; the words then stand as given.
  const distinct = [...new Set(names)];
  if (distinct.length > 1) return asGiven;
  return { quote: segments.map((s) => s[1] ?? '').join(' … '), speaker: distinct[0] ?? null };
}
