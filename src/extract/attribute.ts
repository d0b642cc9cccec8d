import type { Entity } from '../dataset/types.js';
import { at, group } from '../lists.js';
import { INVERTING_VERBS, OCCASIONS, ORG_WORDS, ROLE_NOUNS, SPEECH_VERBS, SUBORDINATORS, TITLE_ABBREVIATIONS, TITLE_WORDS, WEEKDAYS, WRITINGS } from './lexicon.js';
import { NAME_RUN, nameWords, type Mention, type People } from './people.js';
import type { FoundQuote, Range } from './quotes.js';
import { isPronoun, NOT_SUBJECT, Resolver, type MentionKind, type Resolved } from './resolve.js';

// Who said a quotation: a list of rules, most precise first, in the manner of Stanford
// CoreNLP's quote attribution sieves (Muzny et al. 2017). Each rule reads the words next
// to one quotation and names a speaker or passes; the first that names one wins. The
// words a rule finds are resolved to a person or an organization by the Resolver
// (resolve.ts), which also remembers who spoke so far.
//
//   transcript-label   HOLLIS: "Well, first ..."            "HOLLIS: Well, first ..."
//   name-label         Holm: "The roof leaks."
//   cue-after-verb     "...," said Rep. Dana Hollis of Oregon.
//   according-after    "...," according to the agency.
//   signature          "..." ― Olga Brandt.
//   cue-after          "...," Rep. Omar Feld (D-Ore.) said.    "...," she told reporters.
//   cue-before         Dutch Finance Minister Petra Aalders told reporters: "..."
//   subject-before     Feld openly praises the plan as a "fair deal".
//   according-before   According to the mayor, the pipes are "older than anyone thought".
//   continuity         a quotation without a cue continues the speaker of the quotation
//                      before it in its paragraph, or of the paragraph before when it opens
//                      its paragraph; else the person last named in its paragraph; else the
//                      person named or heard last before it.

/** How a speaker was found: the rule, the words that say so, and how the mention was read. */
export interface Attribution {
  speaker: Entity | null;
  cue: Range | null;
  /** The rule that named the speaker (`none` when nothing did). */
  rule: RuleName;
  /** How the words that stand for the speaker were read; null when no words did (continuity). */
  mention: MentionKind | null;
  /** A pronoun with one person it can mean (Resolver.alone). */
  alone?: boolean;
}

/** The names of the rules, in the order they are tried. */
export type RuleName = (typeof RULES)[number]['name'] | ContinuityRule | 'none';

/** One quotation and the text around it, as the rules read it. */
export interface QuoteView {
  q: FoundQuote;
  text: string;
  /** The text with abbreviation dots and parentheticals blanked out (maskText). */
  masked: string;
  para: Range;
  /** Offset of the opening mark. */
  open: number;
  /** Offset just past the closing mark (or the quotation's end when it is left open). */
  close: number;
  /** The masked text after the quotation, up to the next quotation or the paragraph's end. */
  after: string;
  /** Offset where `after` ends. */
  limit: number;
  /** Whether the quotation ends its sentence ("... escapades." The agency said ...). */
  endsSentence: boolean;
  /** The narration before the quotation in its sentence, after any earlier quotation. */
  lead: string;
  /** Offset where `lead` starts. */
  from: number;
  /** Whether a quotation mark stands in `lead` (the narration is not plain). */
  quotedLead: boolean;
  /** Speech verbs in `lead` that are verbs (not nouns: "the tweets", "Feld's claims"). */
  verbs: RegExpMatchArray[];
  /** Where the quotation's sentence starts (`lead` starts there, or after a quotation earlier in it). */
  sentence: number;
  /** When the quotation opens its paragraph and the paragraph before ends on a colon ("Quist went on:"), that paragraph's last sentence. */
  introduced: (Narration & { colon: boolean }) | null;
  /** The paragraph after, when the quotation is the whole of its own (a signature may stand there). */
  below: Range | null;
}

/** The narration a quotation's cue may stand in: its sentence before it. */
type Narration = Pick<QuoteView, 'lead' | 'from' | 'sentence' | 'quotedLead' | 'verbs'>;

/** A rule: a name, a worked example, and the function that reads one quotation. */
export interface Rule {
  name: string;
  example: string;
  apply(v: QuoteView, r: Resolver): Found | null;
}

type Found = Omit<Attribution, 'rule'>;

/** A party tag as an aside after a name, its periods and all: "Tom Hale, R-Ky., said". */
const PARTY_TAG = String.raw`[RDI]-[A-Z][A-Za-z.․]{1,6}`;
const VERB = `(?:${SPEECH_VERBS})`;
/** A word in -ly that is an adverb: not "family", "ally", "rally", "assembly" or "supply". */
const LY_ADVERB = String.raw`(?!(?:fami|a|ra|assemb|supp|bul|ita|ju|emi|ho|app|rep|be|je|ta|si)ly\b)[a-z]+ly`;
const ADVERB = String.raw`(?:(?:${LY_ADVERB}|also|later|then|once|recently|previously|repeatedly|simply|quickly|flatly|bluntly|again|often|publicly|privately|earlier|has|had|have|would|will|did|was|were|is)\s+)*`;
/** Words that open a sentence's introductory phrase, before its subject. */
const INTRO = String.raw`(?:In|At|On|After|Before|During|Since|Speaking|Asked|Later|Earlier|Still|Yet|However|Meanwhile|Also|Last|This|When|While|As|Although|Though|Because|If|With|Without|For|From|Despite|Amid|Under|Over|Through|By|To|Even|Like|Unlike|Besides|Among|Following)`;
/** What makes the next word a noun: a determiner, a possessive or an adjective-like compound. (A determiner is a word of its own: not the end of "García".) */
const NOUN_BEFORE = /(?:(?<![\p{L}\p{N}’'-])(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|of|whose|several|many|some|recent|who)|['’]s)\s+$/iu;
/** An adjective-like compound in lower case makes the next word a noun ("late-night tweets"); a hyphenated name does not ("Lee Seo-yeon said"). */
const COMPOUND_BEFORE = /(?:^|[^\w-])[a-z]+-[a-z]+\s+$/;
/** How many pieces before a verb, set off by commas (not counting empty ones, ages and places), may hold its subject ("Ines Kowal, the harbour chief, a member of the board, said"). */
const SUBJECT_SEGMENTS = 3;
/** A clause's opening words, up to this many, are its subject ("..., after a judge said"); more are a clause of their own. */
const CLAUSE_SUBJECT_WORDS = 4;
/** A transcript label: capitals and a colon ("HOLLIS:", "SEN. FELD:"). */
const LABEL = String.raw`[A-Z][A-Z.'’ -]{1,30}[A-Z]`;

/**
 * After a phrase of a bounded length: it ends where the clause does. (A phrase cut at the
 * bound, inside a word or not, named a piece of a name: "Fisheries Com".)
 */
const PHRASE_END = String.raw`(?=\s*(?:[,.;:!?"“”«»„‹›]|$))`;
const VERB_FIRST = new RegExp(String.raw`^[\s,.!?—–-]*(${VERB})\s+([^,.;:!?"“”«»„‹›]{1,100}${PHRASE_END})`);
const ACCORDING_AFTER = new RegExp(String.raw`^[\s,]*(?:according to|per)\s+([^,.;:!?"“”«»„‹›]{1,80}${PHRASE_END})`, 'i');
const ACCORDING_BEFORE = new RegExp(String.raw`\b(?:[Aa]ccording to|[Pp]er|[Ii]n the words of) ([^,.;:"“”«»„‹›]{1,80}${PHRASE_END})`);
const SPEAKER_FIRST = new RegExp(String.raw`^[\s,.!?—–-]*([^,.;:!?"“”«»„‹›]{1,100}?)(?:,\s+(?:[^"“”«»„‹›.;:]{1,140}?|${PARTY_TAG}),)?\s+${ADVERB}(${VERB})\b`);
const CLOSING_VERB_FIRST = new RegExp(String.raw`,\s+(?:${VERB})\s+(?<np>[^,;:!?"“”«»„‹›]{1,100}?)(?:,[^,;:!?"“”«»„‹›]{1,120})?$`);
const CLOSING_SPEAKER_FIRST = new RegExp(String.raw`,\s+(?<np>[^,;:!?"“”«»„‹›]{1,80}?)\s+${ADVERB}(?:${VERB})(?:\s+[^,;:!?"“”«»„‹›]{0,60})?$`);
const SIGNED = new RegExp(String.raw`^\s*[―—–-]+\s*(${NAME_RUN.source})`);
/** A paragraph that is only a signature: "― Olga Brandt." (not a heading between dashes, "– Old hands –"). */
const SIGNATURE_PARAGRAPH = new RegExp(String.raw`^\s*[―—–-]+\s*(${NAME_RUN.source})\.?\s*$`);
/** A name and a colon right before the quotation: "Holm: ", "pollster Ada Quist: "; not after a preposition ("Rask wrote to Holm: "). */
const NAMED_LABEL = new RegExp(String.raw`(?<!\b(?:to|with|at|for|from|about|by|on|of|against|than|like|toward|towards|into|${VERB})\s+(?:[A-Z][\w.’'-]*\s+)*)(${NAME_RUN.source}):\s*$`);
/** Someone's words named before a colon: "Rask's reply: ", "Quist's message was clear: ". */
const OWNED_WORDS_LABEL = new RegExp(String.raw`(${NAME_RUN.source})['’]s\s+(?:[a-z]+\s+)?(?:reply|response|answer|message|verdict|advice|retort|reaction|explanation|words)(?:\s+(?:was|is)\s+[a-z]+)?:\s*$`);
const VERBS_IN = new RegExp(String.raw`\b(${VERB})\b`, 'g');
const ADVERBS_AT_END = new RegExp(String.raw`\s+${ADVERB}$`);
/** A verb that takes the verb of speech after "to" ("The mayor likes to say", "Rask went on to tell"): no part of its subject. */
const CATENATIVE_AT_END = /\s(?:likes?|liked|loves?|loved|used|wants?|wanted|tries|tried|continues|continued|went on|goes on|needs?|needed|seems?|seemed|(?:is|was) fond of)\s+to\s*$/;
const OPENING_SUBJECT = new RegExp(String.raw`^\s*(?:${INTRO}\b[^,]{0,60},\s+)?(?:[Tt]he\s+|(?:${TITLE_ABBREVIATIONS})[.․]\s+|[A-Z]․(?:[A-Z]․)?\s*)?(?!(?:The|An?)\s)(${NAME_RUN.source}|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b(?!['’]s)`);
/** A description opening a sentence, then its verb in the past or after a modal: "A spokeswoman for Alnes Air declined", "The airline would not". */
const OPENING_DESCRIPTION = /^\W*((?:An?|The|One)\s+[^,.;:!?"“”()]{1,60}?)\s+(?:(?:[a-z]+ly|also|then|later|now|still|never|again|just|already|often|first)\s+)*(?:(?!(?:need|speed|feed|seed|breed|bleed|red|bed|shed)\b)[a-z]{3,}ed|would|did|could|will|has|had|was)\b/;
/** After a name, a role in lower case and the name of its holder: " spokesman Tom Rask". */
const ROLE_HOLDER = new RegExp(String.raw`^\s+(?:[a-z][a-z-]+\s+){0,2}([a-z][a-z-]+)\s+(${NAME_RUN.source})`);
/** A second name joined to a subject, and the verb after them: " and Tom Rask welcomed". */
const PARTNER = new RegExp(String.raw`^\s+and\s+(?:${NAME_RUN.source})(?=\s+(?:have\s+|had\s+|also\s+|both\s+)?[a-z]+(?:ed|s)\b)`);
/** A description of someone or something: "the bank's biggest shareholder", "its parent company", "a rival firm". */
const DESCRIBED = /^(?:(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*(?:['’]s|s['’])\s+)?(?:[a-z][\w’'-]*\s+){0,3}[a-z][\w-]*$/;
/** A clause joined to the one before it: ", but ", "; and ", " - while ". */
const CLAUSE_JOIN = /(?:[,;]|\s[-–—])\s+(?:but|and|while|whereas|yet)\s+/g;
/** An opening phrase and no comma, then the verb's subject: "On Monday he", "At the meeting Rask". */
const INTRO_THEN_SUBJECT = new RegExp(String.raw`^\s*${INTRO}\s+(?:[\w’'-]+\s+){0,5}?(?:(he|she|they|it|we)|(?<=(?:^|\s)[a-z\d][\w’'-]*\s+)((?:[A-Z][\w’'.-]*\s+){0,2}[A-Z][\w’'-]*))\s*$`);
const INTRO_PRONOUN = new RegExp(String.raw`^\s*${INTRO}\s+(?:[\w’'-]+\s+){0,4}?(he|she|they|it)\b`);
/** Quotation marks of every kind, and those that open a quotation. */
const MARKS = ['"', '“', '”', '«', '»', '„', '‹', '›'];
const NEXT_MARK = /["“«„‹]/g;
/** The narration a rule reads before a quotation reaches back this many characters at most. */
const LONGEST_SENTENCE = 1500;
/** A US state as news abbreviates it, or a party tag: asides after a name, never a speaker (read in the masked text, where "N.C." is "N․C․"). */
const PLACE_OR_TAG = new RegExp(String.raw`^(?:${PARTY_TAG}|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N[.․][HJMYCD]|Okla|Ore|Pa|R[.․]I|S[.․][CD]|Tenn|Tex|Vt|Va|Wash|W[.․]Va|Wis|Wyo|D[.․]C)[.․]?$`);
/** Words that end on a place: a locative preposition and up to four words ("in Bergen", "near the county seat"). */
const LOCATIVE_END = /\b(?:in|at|near|outside|from)\s+(?:[\w.’'-]+\s+){0,3}[\w.’'-]+\s*$/;
/** A capitalized number word ("Thirty", "Three"), which opens a sentence but names nobody. */
const NUMBER_WORD = /^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundred|Dozens|Hundreds|Thousands|Millions)\b/;
/** How far before a quotation (in characters) a label before it is looked for: a label and the words that tell it from a name after a preposition are far shorter. */
const LABEL_WINDOW = 300;
/** A clause joined to the one before by "while", "but", "whereas" and a capitalized subject: ", while Feld". */
const COORDINATE_CLAUSE = /[,;]\s+(?:while|but|whereas|yet)\s+(?:the\s+)?[A-Z][^,;]*$/;
const SUBORDINATE = new RegExp(String.raw`^\s*(?:${SUBORDINATORS}|Whether)\b`);
/** A question put to him, or to her. */
const ASKED_HIM = /\b(?:asked|pressed|questioned|challenged)\s+him\b/;
const ASKED_HER = /\b(?:asked|pressed|questioned|challenged)\s+her\b/;
/** Verbs of a reply to a question. */
const REPLIES = /^(?:replied|replies|answered|answers|responded|responds|retorted|retorts|shot back|fired back)$/;
/** A verb of speech right before the quotation, its words its object: "When Quist said "...". */
const OWN_VERB_BEFORE = new RegExp(String.raw`\b${VERB}\s*$`);
/** A speech verb and a comma at the end of the narration before a participle: "Quist said, (adding)". */
const SAID_BEFORE = new RegExp(String.raw`\b(?:${VERB})\s*,\s*$`);
/** A sentence that opens on its speech verb, the speaker after it and then the quotation: "Said Quist: ", "Added the mayor, ". */
const INVERTED_OPENING = new RegExp(String.raw`^\s*(?:${`${INVERTING_VERBS}|asked`.replace(/\b[a-z]/g, (c) => c.toUpperCase())})\s+([^,.;:!?"“”«»„‹›]{1,80}?)\s*[:,]\s*$`, 'd');
/** The speaker after a verb in the middle of a sentence, then the quotation: " Tom Rask, a historian, " of "The trouble, says Tom Rask, a historian, "..."". */
const INVERTED_MIDDLE = /^\s+([^,.;:!?"“”«»„‹›]{1,60}?)\s*(?:,\s*[^,.;:!?"“”«»„‹›]{1,80})?,\s*(?:(?:is|was|are|were|has|have|had|will|would)\b[^,.;:!?"“”«»„‹›]{0,60})?$/d;
/** A verb that may stand before its speaker mid-sentence. */
const INVERTS = new RegExp(String.raw`^(?:${INVERTING_VERBS})$`);
/** What reports someone's words by a participle after it: "was quoted as saying", "was heard saying". */
const QUOTED_AS = /\b(?:quoted|heard|recorded|filmed|cited)\s+(?:as\s+)?$/;
/** Auxiliaries that stand before a verb: "had told", "would say". */
const AUXILIARIES = 'had|has|have|would|will|could|should|did|might|may|must';
/** An auxiliary right before a verb. */
const AUXILIARY_AT_END = new RegExp(String.raw`\b(?:${AUXILIARIES})\s+(?:[a-z]+ly\s+)?$`);
/** Between a person's name and the verb whose subject they are: an auxiliary, or the "as" of "quoted Quist as saying", and adverbs. */
const NAME_TO_VERB = new RegExp(String.raw`^\s+(?:(?:${AUXILIARIES}|as)\s+)?(?:[a-z]+ly\s+)?$`);
/** A form of "be" (and adverbs) before a verb puts it in the passive: "was told", "were formally asked". */
const PASSIVE_BEFORE = /\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?$/;
const OPENING_PHRASE = new RegExp(String.raw`^${INTRO}\s+[a-z]`);
const ACTS = new RegExp(String.raw`^\s+${ADVERB}[a-z]+(?:ed|s)\b`);
/** Words that count the noun after them, not a name: "Some students may". */
const QUANTIFIER = /^(?:Some|Many|Most|All|Few|Several|Both|Other|Such|No|Any)$/;
/** A plural noun and then a verb: " prices rose", " stocks are falling". */
const NOUN_COMPOUND = /^\s+[a-z]+s\s+(?:are|were|have|had|has|is|was|rose|fell|grew|will|would|could|can|may|might|remain(?:ed)?|stay(?:ed)?|[a-z]+ed)\b/;

/** Abbreviations and initials whose stop ends no sentence: titles, dates, places, companies. */
const ABBREVIATION = new RegExp(String.raw`\b(?:${TITLE_ABBREVIATIONS}|St|Jr|Sr|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|U\.S|U\.N|D\.C|Inc|Corp|Co|Ltd|Mt|Ft|[A-Z])\.`, 'g');

/**
 * The article's text with the dots of abbreviations and initials ("Rep.", "B.") and the
 * brackets of parentheticals ("(R-Fla.)") blanked out, offsets unchanged: sentence and
 * phrase boundaries are then the real ones.
 */
export function maskText(text: string): string {
  return text
    .replace(/\([^()\n]{0,60}\)/g, (m) => ' '.repeat(m.length))
    .replace(ABBREVIATION, (m) => `${m.slice(0, -1)}\u2024`);
}

/** What a resolved mention makes of a cue. */
function found(resolved: Resolved | null, cue: Range | null): Found | null {
  return resolved ? { speaker: resolved.entity, cue, mention: resolved.kind } : null;
}

/** HOLLIS: "..." or "HOLLIS: ...": a transcript label at the start of the quotation, or just before it. */
function transcriptLabel(v: QuoteView, r: Resolver): Found | null {
  const { q, text, para, open } = v;
  const label = new RegExp(String.raw`^(${LABEL}):\s`).exec(text.slice(q.start, q.start + 40));
  if (label) return { speaker: r.label(group(label, 1), q.start), cue: { start: q.start, end: q.start + group(label, 1).length }, mention: 'name' };
  // (In the text just before the quotation: a paragraph of many quotations is read once for each, not whole for each.)
  const from = Math.max(para.start, open - LABEL_WINDOW);
  const outside = new RegExp(String.raw`(?:^|\n)\s*(${LABEL}):\s*$`).exec(text.slice(from, open));
  // (The window's start is a line's start only where the paragraph starts.)
  if (!outside || (outside.index === 0 && from > para.start && !outside[0].startsWith('\n'))) return null;
  const start = from + outside.index + outside[0].indexOf(group(outside, 1));
  return { speaker: r.label(group(outside, 1), start), cue: { start, end: start + group(outside, 1).length }, mention: 'name' };
}

/** Holm: "The roof leaks.": a known person's name as a label. */
function nameLabel(v: QuoteView, r: Resolver): Found | null {
  const from = Math.max(v.para.start, v.open - LABEL_WINDOW);
  const named = NAMED_LABEL.exec(v.text.slice(from, v.open)) ?? OWNED_WORDS_LABEL.exec(v.text.slice(from, v.open));
  if (!named) return null;
  const start = from + named.index + named[0].indexOf(group(named, 1));
  const words = nameWords(group(named, 1));
  const known = r.people.known.find((k) => k.entity.type === 'person' && k.last === words[words.length - 1]);
  return known ? { speaker: known.entity, cue: { start, end: start + group(named, 1).length }, mention: 'name' } : null;
}

/**
 * A cue after a quotation that ends its sentence is its own only when it is a sentence of
 * its own ("..." Feld said. / "..." Feld wrote in an email.), not the start of another
 * report ("..." The board said the Harbour Trust had ... / said that ...).
 */
function ownSentence(v: QuoteView, end: number): boolean {
  if (!v.endsSentence) return true;
  const rest = v.masked.slice(end, v.limit);
  // ""...." He added, "..."": a cue that runs on to the next quotation introduces it.
  if (v.limit < v.para.end && /^\s*[,:]\s*$/.test(rest)) return false;
  if (rest.startsWith(',')) return true;
  // "Rask turned on Quist, calling her plan "a ferry to nowhere." Quist answered on Friday":
  // a quotation whose sentence has a reporting verb before it ends there. (Not a verb of
  // the sentence before, ended right before the quotation opens: ""...," Quist said.
  // "Why?" Rask asked.")
  if (v.verbs.length > 0 && !v.quotedLead && !/[.!?]\s*$/.test(v.lead)) return false;
  // "He added: "..."": a cue with a colon introduces the next quotation.
  if (/^\s*:/.test(rest)) return false;
  // (The cue's sentence after the verb, to its stop; empty when the stop follows the verb.)
  const stop = rest.search(/[.!?](?:\s|$)/);
  const sentence = stop >= 0 ? rest.slice(0, stop) : rest;
  // (Or a listener and no more, after a short cue: ""...?" Quist asked Rask.", "... asked him.", "... told reporters.")
  if (LISTENER_ONLY.test(sentence) && v.masked.slice(v.close, end).trim().split(/\s+/).length <= SHORT_CUE_WORDS) return true;
  // (Or "told" and whom, then where or when: ""...?" Rask told Alnes Radio during a visit to the quay.")
  if (/\btold\s*$/.test(v.masked.slice(v.close, end)) && LISTENER_THEN_OCCASION.test(sentence) && v.masked.slice(v.close, end).trim().split(/\s+/).length <= SHORT_CUE_WORDS) return true;
  return /^\s*(?:$|(?:in|on|at|during|to|via|from|after|before|of|while|about|through|with|on|later|again|then|also|earlier|recently|aloud|[a-z]+ly)\b)/.test(sentence) && !/\bthat\b/.test(sentence);
}

/** The most words a cue and its verb may have for a listener after them to end its sentence ("Quist asked Rask."): a longer run is a clause of its own. */
const SHORT_CUE_WORDS = 5;
/** Whom words were told, then where or when: " Alnes Radio in an interview", " the Ledger on Monday". */
const LISTENER_THEN_OCCASION = /^\s*(?:him|her|them|reporters|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,3}?)\s+(?:in|on|at|during|after|via|when|while)\b/;
/** A cue's sentence after its verb that is only whom the words were said to: " Rask", " him", " reporters". */
const LISTENER_ONLY = /^\s*(?:him|her|them|me|us|reporters|(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s*$/;

/** "...," said Rep. Dana Hollis of Oregon. */
function cueAfterVerb(v: QuoteView, r: Resolver): Found | null {
  const m = VERB_FIRST.exec(v.after);
  if (!m) return null;
  const np = group(m, 2);
  const npStart = v.close + m.index + m[0].length - np.length;
  // ""plainly" suggests that the port ...": a verb with a clause after it reports, it is no cue.
  if (!ownSentence(v, npStart + np.length) || /^that\b/.test(np)) return null;
  const cueStart = v.close + v.after.indexOf(group(m, 1));
  // "...," said a spokeswoman for the board, Ada Quist.: the name in apposition to a description.
  const apposed = DESCRIPTION.test(np) ? APPOSED_NAME.exec(v.text.slice(npStart + np.length, v.limit)) : null;
  if (apposed) {
    const nameStart = npStart + np.length + apposed[0].length - group(apposed, 1).length;
    const resolved = r.resolve(group(apposed, 1), nameStart);
    if (resolved?.kind === 'name') return found(resolved, { start: cueStart, end: nameStart + group(apposed, 1).length });
  }
  // The speaker's words end before a relative clause, the occasion or the time.
  const cut = np.search(AFTER_SPEAKER);
  const speaker = v.text.slice(npStart, npStart + (cut < 0 ? np.length : cut)).trimEnd();
  return found(r.resolve(speaker, npStart), { start: cueStart, end: npStart + speaker.length });
}

/** An aside that says who made a writing: "published by the Harbour Trust", "by the health inspectorate". */
const AUTHORED_BY = /^(?:(?:published|issued|released|written|commissioned|prepared|produced|compiled|signed)\s+)?by\s+(.+)$/;
/** A writing, named with an article: "The report", "a statement". */
const WRITTEN_THING = new RegExp(String.raw`^\s*(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){0,2}(?:${[...WRITINGS].join('|')})s?\s*$`);

/** A writing right before a word: "a statement ", "the letter ". */
const WRITING_BEFORE = new RegExp(String.raw`\b(?:${[...WRITINGS].join('|')})s?\s+$`);

/** Words that describe someone rather than name them: "a spokeswoman for the board", "the pilot", "one fisherman", "Tom Rask's lawyer". */
const DESCRIPTION = new RegExp(String.raw`^(?:(?:[Aa]n?|[Tt]he|[Oo]ne|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s|${NAME_RUN.source}['’]s?\s+[a-z])`);
/** A name in apposition after a description, ending its clause, with a title written short before it or none: ", Ada Quist.", ", Dr. Ada Quist." */
const APPOSED_NAME = new RegExp(String.raw`^,\s+(?:(?:${TITLE_ABBREVIATIONS})\.?\s+)?(${NAME_RUN.source})(?=\s*(?:[,.;!?]|$))`);
/** What follows the speaker after a verb and is no part of them: " who asked not to be named", " in a statement", " on Monday". */
const AFTER_SPEAKER = new RegExp(
  String.raw`\s+(?:(?:who|whose|which)\b|(?:in|on|at|during|after|via|through)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z-]+\s+)?(?:${[...WRITINGS, ...OCCASIONS].join('|')})s?\b|on\s+(?:${WEEKDAYS})\b|(?:${WEEKDAYS})\s*$|(?:yesterday|today|tonight|last\s+(?:week|month|year|night)|earlier\s+this\s+(?:week|month|year)|this\s+(?:week|month|year))\b)`,
);

/** "...," according to the agency. / "...," per the rules. */
function accordingAfter(v: QuoteView, r: Resolver): Found | null {
  const m = ACCORDING_AFTER.exec(v.after);
  if (!m) return null;
  const np = group(m, 1);
  const npStart = v.close + m.index + m[0].length - np.length;
  return found(r.resolve(v.text.slice(npStart, npStart + np.length), npStart), { start: v.close + v.after.search(/\S/), end: npStart + np.trimEnd().length });
}

/** "..." ― Olga Brandt. */
function signature(v: QuoteView, r: Resolver): Found | null {
  // In the quotation's paragraph after it, or as the whole paragraph after a quotation that is the whole of its own.
  const below = v.below ? SIGNATURE_PARAGRAPH.exec(v.text.slice(v.below.start, v.below.end)) : null;
  const m = SIGNED.exec(v.text.slice(v.close, v.limit)) ?? below;
  if (!m) return null;
  const from = m === below && v.below ? v.below.start : v.close;
  const name = group(m, 1);
  const npStart = from + m.index + m[0].search(/[^\s―—–-]/);
  const resolved = r.resolve(name, npStart) ?? named(r.people.person(nameWords(name))?.entity);
  return found(resolved, { start: from + m.index + m[0].search(/\S/), end: npStart + name.length });
}

function named(entity: Entity | undefined): Resolved | null {
  return entity ? { entity, kind: 'name' } : null;
}

/** "...," Rep. Omar Feld (D-Ore.) said. / "...," she told reporters. */
function cueAfter(v: QuoteView, r: Resolver): Found | null {
  const m = SPEAKER_FIRST.exec(v.after);
  if (!m) return null;
  // "...," as Tom Rask put it: a comment clause opened by "as" names the speaker (its verb
  // in the past, or says, puts it, writes: "as samples of the mayor's comments" is no cue).
  // ("...," her father used to say: the verb before "to" is part of the verb, not of its subject.)
  const catenative = CATENATIVE_AT_END.exec(` ${group(m, 1)} `);
  const words = catenative ? group(m, 1).slice(0, catenative.index - 1) : group(m, 1);
  const asComment = /^(?:said|says|put it|puts it|wrote|writes|told|[a-z]+ed)$/.test(group(m, 2)) || (catenative && /^(?:say|put it|write|tell)$/.test(group(m, 2))) ? /^as\s+/.exec(words) : null;
  const np = words.slice(asComment?.[0].length ?? 0);
  const npStart = v.close + v.after.indexOf(words) + (asComment?.[0].length ?? 0);
  const verbEnd = v.close + m.index + m[0].length;
  // ""...," the airline's demands": after a determiner or a possessive the verb's word is a noun.
  if (NOUN_BEFORE.test(v.after.slice(0, m.index + m[0].length - group(m, 2).length))) return null;
  // "...," while others said: a new clause, with a speaker of its own.
  // (Nor do words that open with a preposition: ""..." for Quist and asking".)
  const newClause = /^(?:while|whereas|and|but|although|though|as|when|if|for|to|of|in|on|at|with|from|about|regarding|by|into|over|than)\s/i.test(np);
  if (!ownSentence(v, verbEnd) || newClause || REPORTS_CLAUSE.test(v.after.slice(verbEnd - v.close))) return null;
  // "When Quist said "...," Rask laughed": the words a clause that opens the sentence reports, with their verb right before them, are that verb's.
  if (!v.quotedLead && SUBORDINATE.test(v.lead) && OWN_VERB_BEFORE.test(v.lead)) return null;
  const cue = { start: npStart, end: verbEnd };
  // The words after the verb, to the end of its clause, are its subject's ("...," he said of
  // Rask); not a clause of its own after a comma or a conjunction ("he said after the judge read the charges against Rask").
  const rest = v.after.slice(verbEnd - v.close);
  const stop = rest.search(/[,.;:!?]|\b(?:after|before|when|while|as|because|since|until|and|but|who|which|that)\b/);
  const resolved = r.resolve(v.text.slice(npStart, npStart + np.length), npStart, { start: npStart + np.length, end: stop < 0 ? v.limit : verbEnd + stop });
  // "...," her mother, Fiona Parry, said: the name in the apposition is who the description means
  // (so too where the words before it name nobody known: "its director, Ngozi Okonkwo, said").
  if (resolved?.kind !== 'name') {
    const apposition = r.people.between(npStart + np.length, verbEnd).find((m) => m.entity.type === 'person');
    if (apposition) return { speaker: apposition.entity, cue, mention: 'name' };
  }
  // "Quist asked him why he sailed. "...," he replied.": a reply is the one asked's, not the asker's.
  const asked = resolved?.kind === 'pronoun' && REPLIES.test(group(m, 2)) ? askedBefore(v, r, np.toLowerCase(), resolved.entity) : null;
  if (asked) return { speaker: asked, cue, mention: 'pronoun' };
  return found(resolved, cue);
}

/**
 * Whom a question in the sentence before the quotation's was put to, when its asker is
 * `asker` and the question was put to "him" or "her" (the pronoun of the reply, `word`):
 * the one the object pronoun means, other than the asker.
 */
function askedBefore(v: QuoteView, r: Resolver, word: string, asker: Entity): Entity | null {
  // (The sentence that ends right before the quotation opens, in its paragraph or the one before.)
  const from = Math.max(0, v.open - 600);
  const before = v.text.slice(from, v.open).replace(/\s+$/, '');
  if (!/[.!?]$/.test(before)) return null;
  const start = before.slice(0, -1).search(/[.!?]["”’]?\s+[^.!?]*$/);
  const sentenceAt = start >= 0 ? from + start + 1 : from;
  const sentence = v.text.slice(sentenceAt, from + before.length);
  const m = (word === 'he' ? ASKED_HIM : word === 'she' ? ASKED_HER : null)?.exec(sentence);
  if (!m || !r.people.between(sentenceAt, sentenceAt + m.index).some((n) => n.entity === asker)) return null;
  const meant = r.pronoun(word, sentenceAt + m.index, { start: sentenceAt, end: sentenceAt + m.index });
  return meant && meant !== asker ? meant : null;
}

/**
 * A clause of its own after a cue's verb, with a subject and a verb ("..., an auditor
 * said the ledgers were a mess"): the verb reports that clause, and the
 * quotation before it is another's.
 */
const REPORTS_CLAUSE = /^\s+(?:the|a|an|his|her|their|its|this|these|those)\s+(?:[\w’'-]+\s+){0,5}?(?:was|were|is|are|had|has|have|would|will|could|should|did|does)\b/;

/** The cue that ends a quotation's sentence after more words: ""..." about the new school, said Marla Kilby." */
function cueAtSentenceEnd(v: QuoteView, r: Resolver): Found | null {
  if (v.endsSentence) return null;
  const end = v.after.search(/[.!?](?:\s|$)/);
  if (end < 0) return null;
  const sentence = v.after.slice(0, end);
  const m = CLOSING_VERB_FIRST.exec(sentence) ?? CLOSING_SPEAKER_FIRST.exec(sentence);
  if (!m) return null;
  const np = m.groups?.np ?? '';
  const npStart = v.close + m.index + m[0].indexOf(np, m[0].search(/\S/) + 1);
  const cue = { start: v.close + m.index + 1, end: v.close + end };
  return found(r.resolve(v.text.slice(npStart, npStart + np.length), npStart), cue);
}

/**
 * Dutch Finance Minister Petra Aalders told reporters: "...". A reporting verb before the
 * quotation in its sentence; its subject is the speaker: the words since the last clause
 * break before the verb or, where those are an apposition or a relative clause ("Anna B.
 * Kowal, one of the mayor's closest advisers, recalled"; "One curator, who asked not to
 * be named, said"), the words before them.
 */
function cueBefore(v: QuoteView, r: Resolver): Found | null {
  if (v.quotedLead) return null;
  const { lead, from, text } = v;
  // "Said Quist: "..."": a verb that opens the sentence, its speaker after it.
  const inverted = from === v.sentence ? INVERTED_OPENING.exec(lead) : null;
  if (inverted) {
    const npStart = from + (inverted.indices?.[1]?.[0] ?? 0);
    const resolved = r.resolve(group(inverted, 1), npStart);
    if (resolved) return found(resolved, { start: from + lead.search(/\S/), end: npStart + group(inverted, 1).trimEnd().length });
  }
  for (const verb of verbOrder(v)) {
    const at = verb.index ?? 0;
    const cue = (start: number): Range => ({ start, end: from + at + group(verb, 1).length });
    // "Mensah said in a statement read by his union that ...": a participle after a writing
    // says who carried the writing, not who speaks; the verb before it is the cue.
    if (WRITING_BEFORE.test(lead.slice(Math.max(0, at - 40), at)) && /^\s+by\s/.test(lead.slice(at + group(verb, 1).length))) continue;
    const passive = passiveAgent(v, at + group(verb, 1).length, r);
    if (passive) return { ...passive, cue: cue(from + at) };
    // "the inquiry he was later summoned to", "Rask was asked": a verb in the passive has its listener for a subject ("is telling" is no passive).
    if (!/ing$/.test(group(verb, 1)) && PASSIVE_BEFORE.test(lead.slice(Math.max(0, at - 40), at))) continue;
    const subjectText = lead.slice(0, at).replace(ADVERBS_AT_END, ' ').replace(CATENATIVE_AT_END, ' ');
    // "The trouble with the port, says Tom Rask, "..."": a verb after a comma, with only its
    // speaker (and an aside) between it and the quotation, has the speaker after it.
    const inverted = /,\s*$/.test(subjectText) ? INVERTED_MIDDLE.exec(lead.slice(at + group(verb, 1).length)) : null;
    if (inverted && INVERTS.test(group(verb, 1))) {
      const np = group(inverted, 1);
      const npStart = from + at + group(verb, 1).length + (inverted.indices?.[1]?.[0] ?? 0);
      const speaker = found(r.resolve(text.slice(npStart, npStart + np.length), npStart), cue(from + at));
      if (speaker) return { ...speaker, cue: { start: from + at, end: npStart + np.length } };
    }
    // "Rask answered in a letter, saying ...": a participle after a comma has the sentence's subject.
    if (/^[a-z]+ing$/.test(group(verb, 1)) && /,\s*$/.test(subjectText)) {
      // "..., Quist said, adding, "..."": the cue just before it names the speaker.
      if (SAID_BEFORE.test(subjectText)) continue;
      const subject = sentenceSubject(v, r, at);
      if (subject) return { ...subject, cue: cue(from + at) };
      // ""...," the harbour master said, adding that ...": the verb before it names the speaker.
      continue;
    }
    // "Rask recalled Quist telling him: ...", "Rask said Quist had told him ...", "Rask
    // quoted Quist as saying ...": a person named right before a participle, or before an
    // auxiliary and the verb, is its subject (not after a preposition: "wrote to Quist saying").
    const adjacent = /^[a-z]+ing$/.test(group(verb, 1)) || AUXILIARY_AT_END.test(lead.slice(0, at)) ? adjacentPerson(v, r, from + at) : null;
    if (adjacent) return { speaker: adjacent.entity, cue: cue(adjacent.start), mention: 'name' };
    // "Quist was quoted as saying ...", "was heard saying": the participle has the sentence's subject.
    if (/^[a-z]+ing$/.test(group(verb, 1)) && QUOTED_AS.test(subjectText)) {
      const subject = sentenceSubject(v, r, at);
      if (subject) return { ...subject, cue: cue(from + Math.max(0, lead.search(/\S/))) };
    }
    // "Quist praised a "forum" the Ledger ran and said: "..."", "Quist backed Rask after he
    // won and said ...": a verb joined by "and" has the subject of the sentence, which may
    // stand before an earlier quotation.
    if (/(?:^|\s)(?:and|but)\s*$/.test(subjectText)) {
      // (After an earlier quotation in the sentence, the words after it: ""...," he told the crowd at a Monday meeting, and then predicted: "..."".)
      const subject = openingSubject(r, v.masked.slice(v.sentence, v.sentence + 200), v.sentence) ?? (v.sentence < from ? openingSubject(r, v.masked.slice(from, from + at), from) : null) ?? openingDescription(r, v.masked.slice(v.sentence, v.sentence + 200), v.sentence);
      if (subject) return { ...subject, cue: cue(from + at) };
      // "..., Holm said she would retire and added, "..."": the subject of the verb of speech before it in the sentence.
      // (In the same clause: not across a comma, where another subject may open one: "..., and the board rejected it and said".)
      const earlier = v.verbs.filter((m) => (m.index ?? 0) < at).pop();
      const sameClause = earlier !== undefined && !/[,;:]/.test(lead.slice((earlier.index ?? 0) + group(earlier, 1).length, at));
      const joined = earlier && sameClause ? verbSubject(v, r, lead.slice(0, earlier.index).replace(ADVERBS_AT_END, ' '), cue) : null;
      if (joined) return { ...joined, cue: { start: joined.cue?.start ?? from + at, end: from + at + group(verb, 1).length } };
    }
    const subject = verbSubject(v, r, subjectText, cue);
    if (subject) return subject;
  }
  return null;
}

/**
 * The subject of a reporting verb, read from the words before it (`lead`, up to the
 * verb) piece by piece from the verb back: the nearest piece that names someone, passing
 * over asides (an age, a place, a relative clause, an apposition) unless nothing else
 * names anyone ("Anna B. Kowal, one of the mayor's closest advisers, recalled": Kowal).
 */
function verbSubject(v: QuoteView, r: Resolver, lead: string, cue: (start: number) => Range): Found | null {
  const { from, text } = v;
  const segments = subjectSegments(lead);
  // An aside's own reading is kept only if the words before it name nobody.
  let fallback: Found | null = null;
  // Empty pieces, ages and places do not count towards SUBJECT_SEGMENTS.
  let read = 0;
  for (let k = segments.length - 1; k >= 0 && read < SUBJECT_SEGMENTS; k--) {
    const segment = segments[k];
    if (!segment) continue;
    const np = segment.text.trim();
    // An age ("Dora Vance, 25, said") or an opening phrase ("In a message posted Friday", "As the bell rang") is nobody.
    // (But "As prosecutor Marc Brandt put it": a clause opened by "as" whose subject is the verb's.)
    const asClause = k === segments.length - 1 && /^As\s/.test(np);
    if (np === '' || /^\d+$/.test(np) || (OPENING_PHRASE.test(np) && !asClause)) continue;
    read++;
    const npStart = from + segment.at + segment.text.indexOf(np);
    const antecedent = k === segments.length - 1 ? relativeAntecedent(v, r, np, npStart) : null;
    if (antecedent) return { ...antecedent, cue: cue(antecedent.at) };
    // An aside: a relative clause, an apposition (with an article, a possessive, or in
    // lower case: "president of the teachers' union").
    // A place or a party tag set off by commas is nobody, and is not counted ("Nina Hale, 31, of Bend, Ore., said", "Sen. Ada Quist, D-Ore., told").
    if (k > 0 && (PLACE_OR_TAG.test(np) || /^of\s+[A-Z][\w.․-]*$/.test(np))) {
      read--;
      continue;
    }
    // "the ferry hall, which Mayor Ada Quist declared": a relative clause with a subject of its own; that subject speaks.
    const relative = /^(?:(?:in|during|at|on|by|after|with)\s+)?(?:which|whom)\s+(?=[A-Z]|(?:he|she|they|it)\b)/.exec(np);
    if (relative && k === segments.length - 1) {
      const inner = np.slice(relative[0].length);
      const subject = found(r.resolve(inner, npStart + relative[0].length), cue(npStart + relative[0].length));
      if (subject && (subject.mention === 'name' || subject.mention === 'pronoun')) return subject;
    }
    // "The report, published by the Harbour Trust, found": a writing speaks for whoever the aside says made it.
    const maker = k > 0 ? AUTHORED_BY.exec(np) : null;
    if (maker && WRITTEN_THING.test(segments[k - 1]?.text ?? '')) {
      const owner = group(maker, 1);
      const made = found(r.resolve(owner, npStart + np.length - owner.length), cue(from + (segments[k - 1]?.at ?? 0) + (segments[k - 1]?.text.search(/\S/) ?? 0)));
      if (made) return made;
    }
    // (The words from the subject to the quotation are its clause: "She says Quist "..."".)
    const speaker = /^(?:who|which|whose)\b/i.test(np) ? null : found(r.resolve(text.slice(npStart, npStart + np.length), npStart, { start: npStart + np.length, end: v.open }), cue(npStart));
    // "... and pledged to act against what it called", "in which she described": a subject pronoun
    // after a relative word, right before the verb, is the verb's subject (unless the clause names it).
    const pronoun = k === segments.length - 1 ? /\b(?:what|which|whom)\s+(he|she|they|it)\s*$/i.exec(np) : null;
    if (pronoun && speaker?.mention !== 'name') {
      const pronounStart = npStart + pronoun.index + pronoun[0].trimEnd().length - group(pronoun, 1).length;
      const subject = found(r.resolve(group(pronoun, 1), pronounStart), cue(pronounStart));
      if (subject) return subject;
    }
    // Next to the verb, a name or a pronoun is its subject even in lower case ("candidate Ada Quist said", "Her neighbours, she said").
    const named = k === segments.length - 1 && (speaker?.mention === 'name' || speaker?.mention === 'pronoun');
    // (A name after a place the words before it are in is that place's: "at a hearing in Bergen, Norway, said", "near the county seat, Alnes, told".)
    const place = k > 0 && speaker?.mention !== 'name' && speaker?.mention !== 'pronoun' && LOCATIVE_END.test(segments[k - 1]?.text ?? '');
    // (Right before the verb, with no comma or dash to close it, a proper name is the verb's subject, not an aside: "Tom Rask, The Alnes Review said, was ...".)
    const beforeVerb = k === segments.length - 1 && /^[Tt]he\s+[A-Z]/.test(np);
    const aside = k > 0 && !named && !beforeVerb && !(segment.clause && speaker && np.split(/\s+/).length <= CLAUSE_SUBJECT_WORDS) && (place || /^(?:who|which|whose|a|an|the|one|another|himself|herself|now|then|also|however|too)\b/i.test(np) || /^[A-Z][\w.-]*(?:['’]s|s['’])\s/.test(np) || /^[a-z]/.test(np));
    // "The bank's biggest shareholder, the Bergen Pension Fund, said": a proper name in
    // apposition to a description is whom it describes.
    const previousText = segments[k - 1]?.text.trim() ?? '';
    if (aside && speaker?.mention === 'organization' && /^the\s+[A-Z]/.test(np) && DESCRIBED.test(previousText)) return speaker;
    if (aside) {
      if (speaker && !fallback) fallback = speaker;
      // (Nor is an aside of two words that names nobody: "once again", "for one".)
      if (!speaker && np.split(/\s+/).length <= 2) read--;
      continue;
    }
    if (speaker) return speaker;
    break;
  }
  return fallback;
}

/**
 * The order in which the verbs before a quotation are tried: the nearest first ("When
 * Quist noted that ..., Rask replied, "...""), unless the sentence's main clause
 * reports all that follows ("Macron said that during a call with Trump the partners
 * agreed that "..."").
 */
function verbOrder(v: QuoteView): RegExpMatchArray[] {
  const first = v.verbs[0];
  if (!first) return [];
  // ""A," Quist told Rask, after Rask said the vote was lost. "B."": the second half of a
  // quotation, after the sentence of the first half's cue, has that cue's speaker, the
  // first verb's, not one of a clause after it.
  if (v.from > v.sentence && /[.!?]\s*$/.test(v.lead)) return v.verbs;
  // "She told the hall that ..., at which point Rask shouted: "..."": a later verb that
  // introduces the quotation with a colon is its cue, whatever verb the sentence opened on.
  const last = at(v.verbs, v.verbs.length - 1);
  // (Not one joined to the verb before by "and": "Quist recalled that ..., and went on: "..."".)
  if (v.verbs.length > 1 && /^[^,.;:"“”]{0,40}:\s*$/.test(v.lead.slice((last.index ?? 0) + group(last, 1).length)) && !/(?:^|[\s,])(?:and|but|then)\s+(?:[a-z]+ly\s+)?$/.test(v.lead.slice(0, last.index))) return [last, ...v.verbs.slice(0, -1).reverse()];
  // (Its own "that", before the next verb: in "Rask wrote after Quist argued that" it is Quist's.)
  const firstEnd = (first.index ?? 0) + group(first, 1).length;
  const that = /^\s+(?:[^,.;:"“”]{0,60}?\s)??that\b/.exec(v.lead.slice(firstEnd));
  const second = v.verbs[1];
  const governs = that !== null && (second === undefined || firstEnd + that[0].length <= (second.index ?? 0)) && !SUBORDINATE.test(v.lead);
  if (!governs) return [...v.verbs].reverse();
  // "Rask said that ..., while Feld said that "..."": a clause of its own, with a subject of its own, governs the quotation.
  for (let k = v.verbs.length - 1; k > 0; k--) {
    const previous = at(v.verbs, k - 1);
    const between = v.lead.slice((previous.index ?? 0) + group(previous, 1).length, at(v.verbs, k).index ?? 0);
    if (COORDINATE_CLAUSE.test(between)) return v.verbs.slice(k);
  }
  return v.verbs;
}

/**
 * The person named right before the verb at `verbAt`, past an auxiliary or "as" at most
 * ("Quist telling", "Quist had told", "quoted Quist as saying"), not after a preposition.
 */
function adjacentPerson(v: QuoteView, r: Resolver, verbAt: number): { entity: Entity; start: number } | null {
  const person = r.people.between(v.from, verbAt).filter((m) => m.entity.type === 'person').pop();
  if (!person || !NAME_TO_VERB.test(v.text.slice(person.end, verbAt))) return null;
  if (/\b(?:to|with|at|for|from|about|by|of|on|in|than|like|against|toward|towards)\s+(?:[A-Z][\w.’'-]*\s+)*$/.test(v.text.slice(Math.max(v.from, person.start - 40), person.start))) return null;
  return { entity: person.entity, start: person.start };
}

/** "Ortiz was asked by host Lena Voss, "..."": after a reporting verb in the passive, the agent speaks. */
function passiveAgent(v: QuoteView, verbEnd: number, r: Resolver): Found | null {
  const m = /^\s+by\s+([^,.;:"“”«»„‹›]{1,80}?)(?=\s*(?:[,.;:]|$|\s(?:whether|if|about|why|what|how|to|that|who)\b))/.exec(v.lead.slice(verbEnd));
  if (!m) return null;
  const np = group(m, 1);
  const npStart = v.from + verbEnd + m.index + m[0].length - np.length;
  return found(r.resolve(v.text.slice(npStart, npStart + np.length), npStart), null);
}

/**
 * A description that opens `words` (the text at `start`) as the subject of its first verb:
 * "A spokeswoman for Alnes Air declined to comment but said ...", "The airline declined
 * to comment but said ...".
 */
function openingDescription(r: Resolver, words: string, start: number): Found | null {
  const m = OPENING_DESCRIPTION.exec(words);
  if (!m) return null;
  const np = group(m, 1);
  return found(r.resolve(np, start + m[0].indexOf(np)), null);
}

/**
 * The name or pronoun that opens `words` (the text at `start`, after an opening phrase),
 * a person's or an organization's, when the opening ends within `limit` characters.
 */
function openingSubject(r: Resolver, words: string, start: number, limit = words.length): Found | null {
  const subject = OPENING_SUBJECT.exec(words);
  if (!subject || subject.index + subject[0].length > limit) return null;
  const word = group(subject, 1);
  const npStart = start + subject.index + subject[0].length - word.length;
  if (isPronoun(word)) return found(as(r.pronoun(word.toLowerCase(), npStart), 'pronoun'), null);
  // (The run may open on titles: "Mayor Ada Quist"; not on other words: "Like Rask".)
  const named = r.people
    .between(npStart, npStart + word.length)
    .find((m) => m.entity.type === 'person' && words.slice(npStart - start, m.start - start).split(/[\s.]+/).every((w) => w === '' || TITLE_WORDS.has(w.toLowerCase())));
  if (named) return { speaker: named.entity, cue: null, mention: 'name' };
  // "The Harbour Board closed the dock, saying ...": an organization named by its
  // words (the Board, the Times), with a verb right after it, and no person's name in it.
  const end = subject.index + subject[0].length;
  const article = /[Tt]he\s+$/.exec(words.slice(0, end - word.length))?.[0] ?? '';
  const whole = words.slice(end - word.length - article.length, end);
  if (!ORG_WORDS.test(whole) || !/^\s+[a-z]+(?:ed|s)\b/.test(words.slice(end)) || word.split(/\s+/).some((w) => r.people.isName(w))) return null;
  const resolved = r.resolve(whole, start + end - whole.length);
  return resolved?.kind === 'organization' ? found(resolved, null) : null;
}

/** The subject of the quotation's sentence: the name or pronoun that opens it (after an opening phrase), else the first person named there as a verb's subject. */
function sentenceSubject(v: QuoteView, r: Resolver, before: number): Found | null {
  const opening = openingSubject(r, v.lead, v.from, before);
  if (opening) return opening;
  const first = r.people.between(v.from, v.from + before).find((m) => m.subject && m.entity.type === 'person');
  return first ? { speaker: first.entity, cue: null, mention: 'name' } : null;
}

/** The words before a verb, cut at commas, semicolons and colons, the last cut at a clause break ("... and Feld"). */
function subjectSegments(subjectText: string): { text: string; at: number; clause?: true }[] {
  // ("Feld and Quist call": "and" between two names joins subjects; it breaks no clause.)
  let clauseBreak = subjectText.search(/\b(?:that|and|but|while|as|when|where|because|if|though|although|after|before|until|since)\s+[^,]*$/);
  if (clauseBreak > 0 && /^and\s+[A-Z]/.test(subjectText.slice(clauseBreak)) && /[A-Z][\w’'-]*\s+$/.test(subjectText.slice(0, clauseBreak))) {
    clauseBreak = subjectText.slice(0, clauseBreak).search(/\b(?:that|but|while|as|when|where|because|if|though|although|after|before|until|since)\s+[^,]*$/);
  }
  const segments: { text: string; at: number; clause?: true }[] = [];
  let at = 0;
  // Commas, semicolons, colons and dashes set off asides ("... ― as he often did ― Rask replied"),
  // a hyphen between spaces too, as plain text writes a dash ("Quist sold it - the Board told").
  // (Not the comma of a number: "250,000 homes".)
  for (const part of subjectText.split(/,(?!\d{3}\b)|[;:―—–]|(?<=\s)-(?=\s)/)) {
    segments.push({ text: part, at });
    at += part.length + 1;
  }
  const last = segments[segments.length - 1];
  const opener = /^(?:that|and|but|while|as|when|where|because|if|though|although|after|before|until|since)\s+/.exec(subjectText.slice(Math.max(0, clauseBreak)));
  if (last && clauseBreak >= 0 && clauseBreak >= last.at && opener) {
    last.text = subjectText.slice(clauseBreak + opener[0].length);
    last.at = clauseBreak + opener[0].length;
    // (What a clause opens with is its subject, not an aside: "..., after a judge said".)
    last.clause = true;
  }
  // "On Monday he said", "At the meeting Rask said": an opening phrase with no comma after
  // it, then the subject right before the verb.
  const unset = last ? INTRO_THEN_SUBJECT.exec(last.text) : null;
  if (last && unset && !last.clause) {
    const subject = unset[1] ?? unset[2] ?? '';
    last.at += last.text.lastIndexOf(subject);
    last.text = subject;
    last.clause = true;
  }
  return segments;
}

/**
 * Feld openly praises the plan as a "fair deal". No reporting verb: the subject of the
 * sentence, a person or a pronoun that opens it, after an opening phrase or not ("In a
 * speech on Friday, she ...", "On Monday they ..."); a name that is no person's, right
 * before a verb ("Norway branded", "Unions also blasted"), is a country, an organization
 * or a group.
 */
function subjectBefore(v: QuoteView, r: Resolver): Found | null {
  // (After an earlier quotation in the sentence, the words that open the lead are no
  // sentence's subject: "Quist said that although the vote was an "important step," they
  // were "..."": continuity gives the quotation before it its speaker.)
  if (v.quotedLead || v.verbs.length > 0 || v.sentence < v.from) return null;
  // "Rask proposed a debate, but Quist rejected it as "..."": the clause the quotation
  // stands in has a subject of its own.
  const joined = [...v.lead.matchAll(CLAUSE_JOIN)].pop();
  if (joined) {
    const at = joined.index + joined[0].length;
    // (Not a pronoun: "Rask spoke, but he ..." is most often the sentence's subject again.)
    const own = openingSubjectOf(v.lead.slice(at), v.from + at, r);
    if (own && own.mention !== 'pronoun') return own;
  }
  return openingSubjectOf(v.lead, v.from, r);
}

/** The person, pronoun or organization that opens `lead` (at `from`) as the subject of a verb. */
function openingSubjectOf(lead: string, from: number, r: Resolver): Found | null {
  const { people } = r;
  const subject = OPENING_SUBJECT.exec(lead) ?? INTRO_PRONOUN.exec(lead);
  if (!subject) return null;
  const word = group(subject, 1);
  const npStart = from + subject.index + subject[0].length - word.length;
  if (isPronoun(word)) return found(as(r.pronoun(word.toLowerCase(), npStart), 'pronoun'), null);
  // "Thirty years ago, ...": a number is nobody.
  if (NUMBER_WORD.test(word)) return null;
  // "Former Quist spokesman Tom Rask derided ...": a name before a role describes the role; its holder is the subject.
  const holder = ROLE_HOLDER.exec(lead.slice(npStart - from + word.length));
  if (holder && ROLE_NOUNS.has(group(holder, 1))) {
    const holderAt = npStart + word.length + holder[0].length - group(holder, 2).length;
    const named = people.between(holderAt, holderAt + 1).find((m) => m.entity.type === 'person');
    if (named) return { speaker: named.entity, cue: null, mention: 'name' };
  }
  const words = nameWords(word);
  const last = words[words.length - 1];
  // The person named where the run starts, else one the run holds whole after its first word
  // ("For Erik Quist, the answer is ..."), else the person of its surname.
  const inside = (m: Mention) => m.entity.type === 'person' && m.end <= npStart + word.length;
  const mentioned = people.between(npStart, npStart + 1).find((m) => m.entity.type === 'person') ?? people.between(npStart, npStart + word.length).find(inside);
  const person = mentioned?.entity ?? people.known.find((k) => k.entity.type === 'person' && last !== undefined && (k.last === last || k.entity.name === words.join(' ')))?.entity;
  // "Quist and Rask welcomed the deal as ...": the two of them, a group.
  const partner = person ? PARTNER.exec(lead.slice(npStart - from + word.length)) : null;
  if (partner) {
    const pair = r.resolve(lead.slice(npStart - from, npStart - from + word.length + partner[0].length), npStart);
    if (pair?.kind === 'organization') return { speaker: pair.entity, cue: null, mention: 'organization' };
  }
  if (person) return { speaker: person, cue: null, mention: 'name' };
  // (Not a noun before a plural noun and its verb: "Ferry prices rose", "Cod stocks are falling".)
  const after = lead.slice(npStart - from + word.length);
  const acts = ACTS.test(after) && !(NOUN_COMPOUND.test(after) && !QUANTIFIER.test(word));
  if (acts && !NOT_SUBJECT.test(word.split(' ')[0] ?? '')) return { speaker: people.group(word).entity, cue: null, mention: 'organization' };
  return null;
}

function as(entity: Entity | null, kind: MentionKind): Resolved | null {
  return entity ? { entity, kind } : null;
}

/** According to the mayor, the pipes are "older than anyone thought". (Or per ...) */
function accordingBefore(v: QuoteView, r: Resolver): Found | null {
  if (v.quotedLead) return null;
  const m = ACCORDING_BEFORE.exec(v.lead);
  if (!m) return null;
  const np = group(m, 1);
  const npStart = v.from + m.index + m[0].length - np.length;
  return found(r.resolve(v.text.slice(npStart, npStart + np.length), npStart), { start: v.from + m.index, end: npStart + np.length });
}

/** Quist went on: ¶ "You look at the figures ...": the sentence that ends the paragraph before on a colon introduces it. */
function cueBeforeParagraph(v: QuoteView, r: Resolver): Found | null {
  return v.introduced?.colon ? fromParagraphBefore(v, r) : null;
}

/**
 * Rask said that the harbour was busier than ever. ¶ "That is because ...": a quotation
 * that opens its paragraph after one of narration, with no quotation of its own, has the
 * speaker that narration's last sentence reports.
 */
function reportedParagraphBefore(v: QuoteView, r: Resolver): Found | null {
  return v.introduced && !v.introduced.colon ? fromParagraphBefore(v, r) : null;
}

/** The speaker the last sentence of the paragraph before names, read as if it stood before the quotation. */
function fromParagraphBefore(v: QuoteView, r: Resolver): Found | null {
  const introduced = { ...v, ...v.introduced };
  return cueBefore(introduced, r) ?? subjectBefore(introduced, r);
}

/** The rules, in the order they are tried; the first that names a speaker wins. */
export const RULES = [
  { name: 'transcript-label', example: 'HOLLIS: "Well, first ..."', apply: transcriptLabel },
  { name: 'name-label', example: 'Holm: "The roof leaks."', apply: nameLabel },
  { name: 'cue-after-verb', example: '"...," said Rep. Dana Hollis of Oregon.', apply: cueAfterVerb },
  { name: 'according-after', example: '"...," according to the agency.', apply: accordingAfter },
  { name: 'signature', example: '"..." ― Olga Brandt.', apply: signature },
  { name: 'cue-after', example: '"...," Rep. Omar Feld (D-Ore.) said.', apply: cueAfter },
  { name: 'cue-at-sentence-end', example: '"..." about the new school, said Marla Kilby.', apply: cueAtSentenceEnd },
  { name: 'cue-before', example: 'Finance Minister Petra Aalders told reporters: "..."', apply: cueBefore },
  { name: 'subject-before', example: 'Feld openly praises the plan as a "fair deal".', apply: subjectBefore },
  { name: 'cue-before-paragraph', example: 'Quist went on: ¶ "You look at the figures ..."', apply: cueBeforeParagraph },
  { name: 'reported-paragraph-before', example: 'Rask said that the harbour was busier than ever. ¶ "That is because ..."', apply: reportedParagraphBefore },
  { name: 'according-before', example: 'According to the mayor, the pipes are "older than anyone thought".', apply: accordingBefore },
] as const satisfies readonly Rule[];

/**
 * The one a relative clause that ends the words before a cue's verb (`np`, at `npStart`)
 * is about: for "who", the last person named before it in the narration ("Strand, the
 * harbour chief, who in 2019 said"); for "which", an organization named right before it
 * ("the Harbour Board, which said", "a letter from the Harbour Board which called").
 */
function relativeAntecedent(v: QuoteView, r: Resolver, np: string, npStart: number): { speaker: Entity; mention: MentionKind; at: number } | null {
  if (/^who\b/i.test(np)) {
    const person = r.people.between(v.from, npStart).filter((m) => m.end <= npStart && m.entity.type === 'person').pop();
    return person ? { speaker: person.entity, mention: 'name', at: person.start } : null;
  }
  const which = /(?:^|\s)which$/i.exec(np);
  if (!which) return null;
  const whichAt = npStart + which.index + which[0].length - 'which'.length;
  const organization = r.people.between(Math.max(v.sentence, whichAt - 120), whichAt).filter((m) => m.entity.type !== 'person').pop();
  return organization && /^[\s,]*$/.test(v.text.slice(organization.end, whichAt)) ? { speaker: organization.entity, mention: 'organization', at: organization.start } : null;
}

/**
 * A dateline that opens a paragraph of wire copy, before its first sentence: a place in
 * capitals, its region and the agency ("BERGEN, Norway (AP) — ", "ALNES -- "); or a
 * heading in capitals run into the paragraph the same way. It is no part of the sentence:
 * in "ALNES — Holm's deputy said", the deputy speaks, not Alnes. (106 on dev and train;
 * read as part of the sentence, they gave two quotations the wrong speaker, one in each.)
 */
const DATELINE = /^\s*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3}(?:, [A-Z][\w.]*(?: [A-Z][\w.]*){0,2})?(?: \([A-Za-z. ]{1,30}\))? ?(?:--|[—–-]) ?/;

/** Where the narration's sentence that holds `at` starts, within its paragraph (a sentence end inside a quotation does not end it). */
function sentenceStart(masked: string, para: Range, at: number, quoted: (at: number) => boolean): number {
  // No sentence is longer than LONGEST_SENTENCE: a paragraph of any length costs no more.
  const from = Math.max(para.start, at - LONGEST_SENTENCE);
  const before = masked.slice(from, at);
  const dateline = from === para.start ? (DATELINE.exec(before)?.[0].length ?? 0) : 0;
  let start = from + dateline;
  for (const m of before.matchAll(/[.!?]["”’]?\s+(?=["“‘]?[A-Z])/g)) {
    if (!quoted(from + m.index) || /["”’]/.test(m[0])) start = from + m.index + m[0].length;
  }
  return start;
}

/** The narration before `open` in its sentence, after any quotation earlier in it, as the rules read it. */
function narrationBefore(masked: string, para: Range, open: number, quoted: (at: number) => boolean): Narration {
  // The narration since the sentence's start, after any quotation earlier in it: its words are not the narration's.
  const sentence = sentenceStart(masked, para, open, quoted);
  // (A mark before the sentence's start changes nothing: only the sentence is searched, so that a paragraph of many quotations costs no more.)
  const before = masked.slice(sentence, Math.max(sentence, open));
  const lastMark = sentence + Math.max(...MARKS.map((c) => before.lastIndexOf(c)));
  const from = Math.max(sentence, lastMark + 1);
  const lead = masked.slice(from, Math.max(from, open));
  const verbs = [...lead.matchAll(VERBS_IN)].filter((m) => {
    const before = lead.slice(Math.max(0, (m.index ?? 0) - 20), m.index);
    // (A relative clause's verb is no cue, but for the quotation it brings in: "Rask turned to Quist, who replied: "..."".)
    const introduces = /(?:^|[\s,])who\s+$/i.test(before) && /^[\s,:]*$/.test(lead.slice((m.index ?? 0) + m[0].length));
    return (introduces || !NOUN_BEFORE.test(before)) && !COMPOUND_BEFORE.test(before);
  });
  return { lead, from, sentence, quotedLead: /["“”«»„‹›]/.test(lead), verbs };
}

/** The quotation `q` as the rules read it; `previous` and `following` are the paragraphs around its own. */
export function viewQuote(text: string, masked: string, q: FoundQuote, para: Range, quoted: (at: number) => boolean, previous: Range | null = null, following: Range | null = null): QuoteView {
  // The marks themselves, past any space inside them (« Bonjour »).
  let open = q.start - 1;
  while (open > para.start && /\s/.test(text[open] ?? '')) open--;
  let close = q.end;
  if (q.closed) {
    while (close < para.end && /\s/.test(text[close] ?? '')) close++;
    close++;
  }
  NEXT_MARK.lastIndex = close;
  const next = NEXT_MARK.exec(masked);
  const limit = next && next.index < para.end ? next.index : para.end;
  const after = masked.slice(close, limit);
  // (A stop inside the marks, or right after them as British news writes it: "a disgrace". Rask said ...)
  const endsSentence = (/[.!?]$/.test(text.slice(q.start, q.end).trimEnd()) && /^\s+["“]?[A-Z]/.test(after)) || /^[.!?]\s+["“]?[A-Z]/.test(after);
  const opens = /^\s*$/.test(masked.slice(para.start, open));
  const before = previous ? masked.slice(previous.start, previous.end) : '';
  // The paragraph before ends on a colon ("Quist went on:"), or is narration with no quotation of its own.
  // (Not a question, which an answer follows, as in an interview: "What surprised you? ¶ "..."".)
  const introduced = previous && opens && (/:\s*$/.test(before) || (!/["“”«»„]/.test(before) && !/\?\s*$/.test(before))) ? { ...narrationBefore(masked, previous, previous.end, quoted), colon: /:\s*$/.test(before) } : null;
  const whole = opens && limit === para.end && after.trim() === '';
  return { q, text, masked, para, open, close, after, limit, endsSentence, ...narrationBefore(masked, para, open, quoted), introduced, below: whole ? following : null };
}

/** The ways continuity names a speaker, from the surest to a guess. */
export type ContinuityRule = 'continuity' | 'continuity-paragraph-before' | 'continuity-named' | 'continuity-named-after' | 'continuity-last-named';

/**
 * Continuity: the speaker of the quotation before in its paragraph ("A," said X. "B.");
 * of the paragraph before, when the quotation opens its own; the person last named in its
 * paragraph; else the first one named after it in its paragraph, outside quotation marks
 * ("..." The words are Ada Quist's.); else the person named or heard last before it.
 * Each way is a rule of its own name, for its confidence.
 */
function continuity(v: QuoteView, previous: FoundQuote | undefined, previousSpeaker: Entity | null, r: Resolver): { speaker: Entity; rule: ContinuityRule } | null {
  const { q, para, text } = v;
  const lastInPara = r.byParagraph.get(q.paragraph);
  if (lastInPara) return { speaker: lastInPara, rule: 'continuity' };
  const opensParagraph = /^\s*$/.test(text.slice(para.start, q.start - 1));
  if (opensParagraph && previous && previous.paragraph === q.paragraph - 1 && previousSpeaker) return { speaker: previousSpeaker, rule: 'continuity-paragraph-before' };
  const named = r.people.between(para.start, q.start);
  const inPara = (entity: Entity) => named.some((m) => m.entity === entity);
  const last = r.recentPeople(q.start, true).find((k) => inPara(k.entity)) ?? r.recentPeople(q.start).find((k) => inPara(k.entity));
  if (last) return { speaker: last.entity, rule: 'continuity-named' };
  // A guess (low): right 2 of 4 times on polnear-dev and 23 of 41 on polnear-train; it
  // took speaker accuracy from 605 to 606 of 673 on dev, and 3,851 to 3,870 of 4,229 on train.
  const namedAfter = r.people.between(q.end, para.end).find((m) => !r.quoted(m.start));
  if (namedAfter) return { speaker: namedAfter.entity, rule: 'continuity-named-after' };
  // Else the person named or heard last before it, a subject first: the paragraphs
  // before went on about someone, and the last speaker may be far back (the last
  // speaker instead was right 15 times of 56 on dev and train; this took dev from 611
  // to 614 of 673, train from 3,929 to 3,932 of 4,229).
  const recent = r.recentPeople(q.start, true)[0] ?? r.recentPeople(q.start)[0];
  return recent ? { speaker: recent.entity, rule: 'continuity-last-named' } : null;
}

/** Attributes every quotation of an article; `quotes` are the speech quotations in order. */
export function attributeQuotes(text: string, quotes: readonly FoundQuote[], paras: readonly Range[], people: People, quoted: (at: number) => boolean): Map<FoundQuote, Attribution> {
  const masked = maskText(text);
  const resolver = new Resolver(text, people, masked, paras, quoted);
  const result = new Map<FoundQuote, Attribution>();
  quotes.forEach((q, k) => {
    const para = paras[q.paragraph];
    if (!para) throw new Error(`a quotation outside the paragraphs: ${q.start}`);
    const view = viewQuote(text, masked, q, para, quoted, paras[q.paragraph - 1] ?? null, paras[q.paragraph + 1] ?? null);
    let attribution: Attribution | null = null;
    for (const rule of RULES) {
      const hit = rule.apply(view, resolver);
      if (hit) {
        attribution = { ...hit, rule: rule.name };
        break;
      }
    }
    if (!attribution) {
      const previous = quotes[k - 1];
      const continued = continuity(view, previous, previous ? (result.get(previous)?.speaker ?? null) : null, resolver);
      attribution = { speaker: continued?.speaker ?? null, cue: null, rule: continued?.rule ?? 'none', mention: null };
    }
    if (attribution.mention === 'pronoun' && attribution.speaker && attribution.cue) {
      const cue = attribution.cue;
      const word = /\b(?:he|she)\b/i.exec(text.slice(cue.start, cue.end))?.[0] ?? '';
      const previous = quotes[k - 1];
      attribution.alone = resolver.alone(word, attribution.speaker, Math.min(q.start, cue.start), previous ? (result.get(previous)?.speaker ?? null) : null);
    }
    result.set(q, attribution);
    resolver.spoke(q, attribution.speaker);
  });
  return result;
}
