import type { Entity } from '../dataset/types.js';
import { DOCUMENT_NOUNS, DOER_ENDINGS, GROUP_NOUNS, MONTHS, ORG_KINDS, ORG_NOUNS, ORG_WORDS, PARLIAMENT_MEMBERS, PARTY_MEMBERS, PERSON_NOUNS, ROLE_NOUNS, SPEAKS_AFTER_ANY, SPEAKS_AFTER_APPOSITION, SPEECH_VERBS, SPOKEN_BY, SUBORDINATORS, TITLE_WORDS, WEEKDAYS, WRITINGS } from './lexicon.js';
import { CAPITALIZED, firstAtOrAfter, GENDERED, LOWER, NAME_RUN, nameWords, roleHead, spokenBefore, standsFree, SURNAME, UPPER, uptoHead, type Known, type People } from './people.js';
import type { FoundQuote, Range } from './quotes.js';

// The mention resolver: who the words that stand for a speaker mean, at a place in the
// text. It owns what attribution learns as it goes through an article in order: who was
// named where (from people.ts), who spoke each quotation so far, and who spoke last in
// each paragraph. The rules (attribute.ts) find the words; this says whom they mean.
//
//   "Rep. Dana Hollis of Maryland"  → the person named inside (Dana Hollis)
//   "she"                           → the nearest person before it whose gender agrees
//   "the mayor"                     → the person whose title or role has "mayor"
//   "the agency", "the statement"   → the last organization named (with that word)
//   "FactDesk", "one caller"        → an organization or group of its own

/** How a mention was read: by a name, a pronoun, a description, or as an organization or group. */
export type MentionKind = 'name' | 'pronoun' | 'description' | 'organization';

/** Whom a mention means, and how it was read. */
export interface Resolved {
  entity: Entity;
  kind: MentionKind;
}

const PRONOUN = /^(?:he|she|they|it|him|her|them|we|i)$/i;
/** Small words inside the name of an organization ("Department of Justice"). */
const ORG_SMALL_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in', '&']);
/** Capitalized words that are no part of a name: verbs and pronouns at a sentence's start. */
export const NOT_SUBJECT = /^(?:Is|Was|Are|Were|Has|Have|Had|Says|Said|Will|Would|Can|Could|To|Which|Who|What|Where|Why|How|Whether|She|He|They|It|We|I|After|Before|When|While|But|And|So|If|In|On|At|This|That|These|Those|With|Without|For|From|As|Since|Despite|During|Under|Over|Among|Amid|Though|Although|Because|Only|Even|However|Likewise|Now|Nor|Meanwhile|Instead|Still|Also|Then|Yet|Indeed|Moreover|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)$/;
/** A title before a name of two words or more, at the end of a mention ("Finance Minister Lee Seo-yeon", "Bergen Mayor Ines Calloway"). */
const TITLED_NAME = new RegExp(String.raw`\b(?:President|Prime Minister|Admiral|Commander|Counsel|Lieutenant|Sergeant|Minister|Mayor|Governor|Senator|Sen\.|Rep\.|Gov\.|Chancellor|Secretary|Chairman|Chairwoman|Ambassador|General|Judge|Justice|King|Queen|Prince|Princess)\s+[${UPPER}][\w${LOWER}’'-]+(?:\s+[${UPPER}][\w${LOWER}’'-]+)+$`);
/** A name, then where its bearer works or comes from: "Oluwaseun Adeyemi of Nordvik Bank", "Kim Lind at the independent Bergen Institute". */
const NAME_OF_PLACE = new RegExp(String.raw`^(${CAPITALIZED}(?:\s+[A-Z]\.)?(?:\s+${CAPITALIZED})?\s+${SURNAME})\s+(?:of|at|from|with)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}[${UPPER}]`);
/** A role in lower case, then a first and last name: "party boss Lars Brekke", "harbour delegate Nils Aune". */
const ROLE_THEN_NAME = new RegExp(String.raw`(?:^|\s)([a-z][a-z-]+)\s+(${CAPITALIZED}(?:\s+[A-Z]\.)?\s+${SURNAME})$`);
/** What stands between a name and the name of the role's holder: lower-case words of a role, no verb ("press secretary", "campaign chairman"). */
const ROLE_BETWEEN = new RegExp(String.raw`^\s+(?!(?:[a-z-]+\s+)*?(?:${SPEECH_VERBS})\b)(?:[a-z-]+\s+){1,3}$`);
/** The nouns of writings, singular or plural, as an alternation. */
const DOCUMENTS = `(?:${[...WRITINGS].join('|')})s?`;
/** A document that belongs to someone named: "the Ledger's editorial", "Quist's fundraising email to supporters". */
const OWNED_DOCUMENT = new RegExp(String.raw`^(?:[Tt]he\s+)?(?<owner>[A-Z][\w.&’'-]*(?:\s+[A-Z][\w.&’'-]*)*?)(?:['’]s|(?<=s)['’])\s+(?:[a-z-]+\s+){0,2}${DOCUMENTS}(?:\s+(?:to|for|on|about)\s+[a-z][a-z\s]*)?$`);
/** A document from someone named or described: "a statement from the Water Board", "the report by the Ledger", "a statement from the transport ministry", "a study published last month by the Bergen Institute". */
const DOCUMENT_OF = new RegExp(String.raw`^(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}${DOCUMENTS}(?:\s+(?:published|released|issued|written|prepared|produced|conducted)(?:\s+[a-z]+){0,3}?)?\s+(?:from|by|of)\s+(?<owner>(?:the\s+)?[A-Z].*|the\s+(?:[a-z-]+\s+){0,2}[a-z]+)$`);
/** A writing, then when it came out, no maker named: "A harbour board study published in March" (the writing is the words before the participle). */
const DOCUMENT_THEN_WHEN = new RegExp(String.raw`^(.*?\b${DOCUMENTS})\s+(?:published|released|issued|unveiled|presented|made public)(?:\s+(?:on|in|last|this|early|late|earlier|later)?\s*[\w’'-]+){0,3}$`);
/** What someone puts forward, which speaks for them as a writing does: "her harbour plan vows". */
const PROPOSALS = '(?:plan|platform|proposal|manifesto|budget)s?';
/** A writing of someone a possessive pronoun means: "her statement", "their joint letter". */
const PRONOUN_DOCUMENT = new RegExp(String.raw`^(his|her|their|its)\s+(?:[a-z-]+\s+){0,2}(?:${DOCUMENTS}|${PROPOSALS})$`, 'i');
/** The pronoun a possessive stands for. */
const OWNER_PRONOUN: Record<string, string> = { his: 'he', her: 'she', their: 'they', its: 'it' };
/** How far back (in characters) a description looks for someone brought in unnamed by its noun. */
const UNNAMED_LOOKBACK = 1500;
/** The last word of a place that speaks for who sits there: "Downing Street said", "the Elysee Palace said". */
const SEAT_WORDS = /\b(?:Street|Road|Avenue|Square|Boulevard|Palace|Plaza|Castle)$/;
/** Someone brought in unnamed by a noun: "a diplomat", "one senior official" (not in apposition to a name: "Tom Rask, 45, a father of three"). */
const INTRODUCED_UNNAMED = (noun: string) => new RegExp(String.raw`(?<![A-Z][\w’'.-]*,\s+(?:\d{1,3},\s+)?)\b(?:[Aa]n?|[Oo]ne)\s+(?:[a-z-]+\s+){0,2}${noun}\b(?!\s+[A-Z])`);
/** Someone who put out a writing: "the union issued a statement" (calling ...), "Quist posted a video" (saying ...). */
const ISSUED_WRITING = new RegExp(String.raw`^(?<issuer>\S.*?)\s+(?:issued|released|put\s+out|posted|published|sent|shared|wrote|tweeted)\s+(?:a|an|the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}${DOCUMENTS}$`);
/** How far back (in characters) a bare share looks for the people the shares are of. */
const SHARE_LOOKBACK = 600;
/** "61 percent of harbour workers": the people a share is of. */
const SHARE_OF = /\b[\d.]+\s*(?:percent|%)\s+of\s+((?:[a-z-]+\s+){0,2}[a-z-]+?s)\b/g;
/** The words that make a role someone's ("a lawyer for Rask", "an aide to Quist"): the word, and the word before a name. */
const RELATIONS = 'for|to';
const RELATION = new RegExp(`^(?:${RELATIONS})$`);
const RELATED = new RegExp(String.raw`\b(?:${RELATIONS})\s+$`);
/** A plural noun: several people. */
const PLURAL = /[^s]s$/;
/** A verb right after a name, an auxiliary or one in the past: the name is the subject of a clause ("said Quist should sell", "said Tom Rask misled the board"). */
const REPORTED_SUBJECT = /^\s+(?:should|would|will|was|is|had|has|have|could|must|may|might|can|did|does|were|are|(?!indeed\b)[a-z]{2,}ed)\b/;
/** Words that make a description a clause ("the letter stated they had"). */
const CLAUSE_WORDS = new Set('he she they it we i had has have was were is are will would did does'.split(' '));
/** A description with no role to match names one of this many people last named as subjects. */
const DESCRIPTION_CANDIDATES = 3;
/** A mention longer than this many characters is a clause, not a speaker. */
const MAX_MENTION = 120;
/** A verb after a subject that opens a sentence, past adverbs: "denied", "said". */
const SUBJECT_VERB = String.raw`\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|said|says|told|wrote|spoke|denied|insisted|added|warned|argued)\b`;
/** An indefinite description of one person opening a sentence, then a verb: "A company spokesman denied", "One resident, 67, said", "Another resident, who asked not to be named, said". */
const UNNAMED_SUBJECT = new RegExp(String.raw`^\W*((?:A|An|One|Another)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+))(?:,\s+\d{1,3},|,\s+who\s+[^,.;:!?"“”]{1,60},)?${SUBJECT_VERB}`);
/** Someone described by a relation opening a sentence, then a verb: "His wife said", "Her lawyer insisted". */
const RELATION_SUBJECT = new RegExp(String.raw`^\W*((?:His|Her|Their)\s+([a-z]+))${SUBJECT_VERB}`);
/** A noun of one who does something: "left-hander", "blogger", "organizer", "columnist", "comedian". */
const PERSON_LIKE = new RegExp(`(?:${DOER_ENDINGS})$`);
/** How many mentions and quotations back a description or a pronoun looks for whom it means. */
const RECENT_EVENTS = 400;
/** "They" looks this many mentions back for two people named together. */
const PAIR_LOOKBACK = 12;
/** Words for two people named together before: "both", "the two", "the pair". */
const BOTH = /^(?:both(?: of them)?|the two(?: of them| men| women)?|the pair)$/i;
/** How many sentences opened by "they" a pair of names carries over. */
const PAIR_SENTENCES = 2;
/** The most characters a pronoun's sentence and the one before it may span for Resolver.alone to judge them. */
const ALONE_SPAN = 1200;
/** How many sentences that name nobody the pronoun can mean Resolver.alone reads back over (three found no more on dev and train). */
const CHAIN_SENTENCES = 2;
/** A pronoun looks this many sentences back for whom it means; past them, the nearest person named. */
const PRONOUN_SENTENCES = 6;

/** A sentence that opens on the pronoun: "He said", "“She ..." (Resolver.alone). */
const OPENS_ON_HE = /^\W*He\b/;
const OPENS_ON_SHE = /^\W*She\b/;
/** "he", "she": a pronoun that is the subject of its clause ("he said", "she was a booster of Rask"). */
const HE = /\bhe\b/gi;
const SHE = /\bshe\b/gi;

/** An organization's kind, then its name: "the regulator Ofcom", "consumer group FlyRight", "Broadcaster NRK". */
const KIND_THEN_NAME = /^(?:the\s+)?(?:[A-Za-z-]+\s+)?([A-Za-z]+)\s+([A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,4})$/;

/** The word an organization's name holds for a noun of its kind, when not the noun itself: "the airline" after "Alnes Air". */
const NAMED_AS: Record<string, readonly string[]> = { airline: ['air', 'airlines', 'airways'] };

/** What stands before an organization named as a listener or a medium, not a speaker: "told ", "to the ", "on ". */
const LISTENER_BEFORE = /\b(?:told|tells|telling|to|on|in)\s+(?:the\s+)?$/;

/** Whether `word` is a personal pronoun that may stand for a speaker. */
export function isPronoun(word: string): boolean {
  return PRONOUN.test(word);
}

/** Resolves the words that stand for a speaker, and remembers who spoke. */
export class Resolver {
  /** Who spoke each quotation so far, at the quotation's start. */
  private readonly spoken: { start: number; entity: Entity }[] = [];
  /** The speaker last attributed in each paragraph. */
  readonly byParagraph = new Map<number, Entity>();

  /** Where each sentence of the narration starts, in order (a sentence end inside a quotation ends none). */
  private readonly sentences: number[];

  constructor(
    readonly text: string,
    readonly people: People,
    masked: string = text,
    paras: readonly Range[] = [{ start: 0, end: text.length }],
    /** Whether an offset is inside a quotation. */
    readonly quoted: (at: number) => boolean = () => false,
  ) {
    this.sentences = sentenceStarts(masked, paras, quoted);
  }

  /** The index of the first quotation spoken at or after `at` (they are noted in order). */
  private spokenAt(at: number): number {
    return firstAtOrAfter(this.spoken, at);
  }

  /** Who was named or spoke before `at`, nearest first; a mention before a quotation that starts where it does. */
  private *earlier(at: number): Generator<{ entity: Entity; subject: boolean }> {
    const mentions = this.people.mentions;
    let m = this.people.indexAt(at) - 1;
    let q = this.spokenAt(at) - 1;
    for (;;) {
      const mention = mentions[m];
      const quote = this.spoken[q];
      if (mention && (!quote || mention.start >= quote.start)) {
        m--;
        yield { entity: mention.entity, subject: mention.subject };
      } else if (quote) {
        q--;
        yield { entity: quote.entity, subject: true };
      } else return;
    }
  }

  /**
   * Whether `speaker`, read from the pronoun `word` in a cue at `at`, is the only one the
   * pronoun can mean: the only person named (outside quotations) from the start of the
   * sentence before up to `at`, of the pronoun's gender or of none known, and not
   * following a quotation of someone else the pronoun fits, unless the sentence before
   * names the speaker as its subject ("Greta Holm wept. The vote was close. "...,"
   * she said." after Ada Quist's words is not alone). Another named only as an owner or after a preposition is not one it can
   * mean ("Asked about Rask's vote, Brandt said ... "...," he said").
   */
  alone(word: string, speaker: Entity, at: number, previous: Entity | null): boolean {
    const { people } = this;
    const gender = /^he$/i.test(word) ? 'male' : /^she$/i.test(word) ? 'female' : null;
    if (gender === null) return false;
    const fits = (e: Entity) => e.type === 'person' && [gender, null].includes(people.of(e).gender);
    let from = this.sentenceBefore(at);
    // The speaker of the quotation before, if the pronoun fits them, could be meant too,
    // unless the sentence before names the speaker as its subject ("Greta Holm wept as the
    // vote was announced. "...," she said." after Ada Quist's words; "Okafor said he would
    // ... "...," he said": dev 4 and train 25 such pronouns, all right by the text, one
    // of them annotated otherwise).
    const namedAsSubject = () => people.between(from, at).some((m) => m.entity === speaker && m.subject);
    if (previous && previous !== speaker && fits(previous) && !namedAsSubject()) return false;
    // A sentence before that names nobody at all, or opens on the pronoun itself and names
    // nobody it can mean, goes on from the one before it: "Ada Quist said the men did their
    // jobs. She said the crew were safe. "...," she said." (CHAIN_SENTENCES at most: dev 62
    // of 62 such pronouns right before, 87 of 88 after; train 257 of 260, 313 of 317.)
    const opensOn = gender === 'male' ? OPENS_ON_HE : OPENS_ON_SHE;
    for (let k = 0; k < CHAIN_SENTENCES && from > 0; k++) {
      const next = this.sentences[lastAtOrBefore(this.sentences, from) + 1] ?? at;
      const named = people.between(from, next);
      if (named.length > 0 && (!opensOn.test(this.text.slice(from, from + 8)) || named.some((m) => m.entity.type === 'person' && fits(m.entity)))) break;
      from = this.sentenceBefore(from);
    }
    // (Two sentences longer than a page are too long to judge, and would cost each quotation in them a pass over them.)
    if (at - from > ALONE_SPAN) return false;
    const mentions = people.between(from, at).filter((m) => m.entity.type === 'person' && fits(m.entity) && (m.entity === speaker || standsFree(this.text, m.start, m.end)));
    const named = new Set(mentions.map((m) => m.entity));
    return named.size === 1 && named.has(speaker) && mentions.some((m) => m.subject || spokenBefore(this.text.slice(Math.max(0, m.start - 80), m.start)));
  }

  /** Notes that `entity` spoke the quotation `q`. */
  spoke(q: FoundQuote, entity: Entity | null): void {
    if (!entity) return;
    this.byParagraph.set(q.paragraph, entity);
    this.spoken.push({ start: q.start, entity });
  }

  /**
   * The person a mention's words (`np`, at `npStart`) mean, or an organization or group that
   * speaks. `governed` is the rest of the mention's clause, when the words are its subject:
   * a pronoun there never means a person named in it (see `pronoun`).
   */
  resolve(np: string, npStart: number, governed: Range | null = null): Resolved | null {
    const { people, text } = this;
    const clean = np.replace(/\s+/g, ' ').replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
    if (clean === '' || clean.length > MAX_MENTION) return null;
    const bare = clean.replace(/^(?:and|but|as|while|when|that|so|even|only|also|still|now|then|meanwhile|later|earlier|instead)\s+/i, '');
    const dated = DOCUMENT_THEN_WHEN.exec(bare);
    if (dated) return this.resolve(dated[1] ?? '', npStart + Math.max(0, np.indexOf(bare)), governed);
    const words = bare.split(' ');
    const group = (type: Entity['type'] = 'organization'): Resolved => this.speakingGroup(bare, type, npStart);
    if (PRONOUN.test(bare)) return as(this.pronoun(bare.toLowerCase(), npStart, governed), 'pronoun');
    // "both said", "the two said": the two people named together before, as for "they".
    if (BOTH.test(bare)) {
      const pair = this.pairBefore(npStart);
      if (pair) return { entity: pair, kind: 'pronoun' };
    }
    // "The union issued a statement calling ...": the one who issued it.
    const issued = ISSUED_WRITING.exec(bare)?.groups?.issuer;
    if (issued) return this.resolve(issued, npStart + Math.max(0, np.indexOf(issued)), governed);
    // Two named subjects ("Feld and Lindqvist"): the two of them speak, as a group.
    const pair = /^([A-Z][^,]*?)\s+and\s+([A-Z][^,]*)$/.exec(bare);
    if (pair && [pair[1] ?? '', pair[2] ?? ''].every((side) => nameWords(side).length > 0 && /^[A-Z]/.test(side)) && words.length <= 8) {
      const both = people.between(npStart, npStart + np.length).filter((m) => m.end <= npStart + np.length && m.entity.type === 'person');
      if (both.length >= 2) return group('group');
      // One of them a full name the finder did not know ("Dagny Solheim and Tuomas Virtanen
      // said", the first before "and", no verb's subject): a person too, and the two speak.
      const unknown = (side: string) => {
        const sideAt = text.indexOf(side, npStart);
        return sideAt >= 0 && !people.between(sideAt, sideAt + side.length).some((m) => m.entity.type === 'person');
      };
      const other = both.length === 1 ? [pair[1] ?? '', pair[2] ?? ''].find(unknown) : undefined;
      const otherWords = other === undefined ? [] : nameWords(other);
      if (other !== undefined && otherWords.length >= 2 && otherWords.length === other.split(/\s+/).length && !ORG_WORDS.test(other) && people.person(otherWords)) return group('group');
    }
    // "the regulator Ofcom", "consumer group FlyRight": an organization's kind, then its name.
    const kindThenName = KIND_THEN_NAME.exec(bare);
    const kind = (kindThenName?.[1] ?? '').toLowerCase();
    // (The kind in lower case, or opening the words: not "European Council President Donald
    // Tusk"; and a name with no title nor person in it: not "campaign Chairman Ada Quist".)
    const kindAt = kindThenName ? bare.lastIndexOf(`${kindThenName[1] ?? ''} ${kindThenName[2] ?? ''}`) : -1;
    const lowerOrFirst = kindThenName !== null && (/^[a-z]/.test(kindThenName[1] ?? '') || /^(?:the\s+)?$/i.test(bare.slice(0, kindAt)));
    const titled = (kindThenName?.[2] ?? '').split(/\s+/).some((w) => TITLE_WORDS.has(w.toLowerCase()) || /['’]s$/.test(w));
    if (kindThenName && lowerOrFirst && !titled && (ORG_NOUNS.has(kind) || ORG_KINDS.has(kind)) && !people.between(npStart, npStart + np.length).some((m) => m.entity.type === 'person')) {
      const name = kindThenName[2] ?? '';
      const known = people.between(npStart, npStart + np.length).find((m) => m.entity.type !== 'person' && m.entity.name === name);
      return known ? { entity: known.entity, kind: 'organization' } : this.speakingGroup(name, 'organization');
    }
    // A person named inside the words is the speaker ("Rep. Dana Hollis of Maryland");
    // not one named after a preposition or as a possessive inside a description ("a
    // narrator in the council's advert", "the advert's narrator").
    const inside = people.between(npStart, npStart + np.length).filter((m) => m.end <= npStart + np.length);
    const determined = /^(?:the|a|an|one|another)\s/i.test(bare);
    // Several named: the head is the last one standing free ("Quist campaign spokesman Josh Ferris").
    const free = inside.filter((m) => m.entity.type === 'person' && standsFree(text, m.start, m.end));
    // Of two named as subjects, the second is the head when only words of a role stand
    // between them ("Quist press secretary Josh Ferris"), not a clause ("Feld said Quist").
    const subjects = inside.filter((m) => m.entity.type === 'person' && m.subject);
    let subject = subjects[0];
    for (const next of subjects.slice(1)) if (subject && ROLE_BETWEEN.test(text.slice(subject.end, next.start))) subject = next;
    // "Oluwaseun Adeyemi of Nordvik Bank": a full name the finder missed or found in part,
    // then the organization its bearer is of, is that person (the organization is no speaker).
    const head = determined ? undefined : NAME_OF_PLACE.exec(bare)?.[1];
    if (head !== undefined) {
      const headAt = text.indexOf(head, npStart);
      const headWords = nameWords(head);
      const known = inside.every((m) => m.entity.type !== 'person' || m.end <= headAt + head.length) && headWords.length >= 2 && !ORG_WORDS.test(head) && !head.split(/\s+/).some((w) => NOT_SUBJECT.test(w) || TITLE_WORDS.has(w.toLowerCase())) ? people.person(headWords) : null;
      if (known) {
        if (headAt >= 0) people.insertMention(headAt, headAt + head.length, known);
        return { entity: known.entity, kind: 'name' };
      }
    }
    const person = subject ?? (determined ? undefined : free[free.length - 1]);
    if (person) return { entity: person.entity, kind: 'name' };
    // "the Ledger's editorial", "Quist's fundraising email", "a statement from the Water
    // Board": a document speaks for the one the text says it is of.
    const document = OWNED_DOCUMENT.exec(bare) ?? DOCUMENT_OF.exec(bare);
    const owner = document?.groups?.owner;
    if (owner && !/^(?:he|she|they|it)$/i.test(owner)) {
      const ownerStart = npStart + Math.max(0, np.indexOf(owner));
      const resolved = this.resolve(owner, ownerStart);
      if (resolved) return { entity: resolved.entity, kind: resolved.kind === 'name' ? 'description' : resolved.kind };
    }
    // "her statement", "their letter": a writing speaks for whom the pronoun means.
    const ownedBy = PRONOUN_DOCUMENT.exec(bare)?.[1]?.toLowerCase();
    if (ownedBy) {
      const resolved = as(this.pronoun(OWNER_PRONOUN[ownedBy] ?? 'it', npStart + np.indexOf(bare)), 'description');
      if (resolved) return resolved;
    }
    // "Lindqvist's campaign", "Feld's lawyers": what belongs to someone speaks for itself.
    if (/^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s?\s+[a-z]/.test(bare) && !NOT_SUBJECT.test(bare.split(/['’\s]/)[0] ?? '') && words.length <= 5) return group('group');
    // "the nominee Ada Quist's doctor": the head after the possessive is the speaker, not the owner.
    if (/[A-Z][\w-]*['’]s\s+[a-z]+(?:\s+[a-z]+)?$/.test(bare) && words.length <= 8) return group('group');
    const first = inside[0];
    if (first && !/^(?:the|a|an)\s/i.test(bare) && !(determined && RELATED.test(text.slice(Math.max(0, first.start - 5), first.start)))) return { entity: first.entity, kind: first.entity.type === 'person' ? 'name' : 'organization' };
    return this.unnamed(bare, words, npStart);
  }

  /** A group of people, or an organization, named by a mention's words, that speaks as one. */
  speakingGroup(words: string, type: Entity['type'], at?: number): Resolved {
    const known = this.people.group(words, type);
    // An organization a cue names by a name of two words or more ("The Bergen Chamber of
    // Commerce said") is named there, as one the finder found is: "the chamber" later means it.
    const name = words.replace(/^the\s+/i, '');
    if (at !== undefined && type === 'organization' && /^[A-Z]\S*\s+\S/.test(name) && !this.people.between(at, at + 1).some((m) => m.entity === known.entity)) {
      this.people.insertMention(at, at + words.length, known);
    }
    return { entity: known.entity, kind: 'organization' };
  }

  /**
   * What a mention's words (`bare`, at `npStart`) mean when they name nobody the finder
   * knows: an organization or medium by its name, a group or a share of people, a
   * relation, a role and a name nobody had found, a description, or a lone surname.
   */
  unnamed(bare: string, words: readonly string[], npStart: number): Resolved | null {
    const { people, text } = this;
    const group = (type: Entity['type'] = 'organization'): Resolved => this.speakingGroup(bare, type, npStart);
    const runs = [...bare.matchAll(NAME_RUN)].map((m) => nameWords(m[0])).filter((w) => w.length > 0);
    // "The International Grain Council", "The Ledger": an article before a proper name.
    // (Not a party's member: "the Democrat" is a person, as "the senator" is.)
    // (Nor one of a nation's people: "the Norwegian said" is a person, a description.)
    // (Nor a parliament's: "the Labour MP", "the Green MEP".)
    const member = (words.length === 2 && (PARTY_MEMBERS.has((words[1] ?? '').toLowerCase()) || people.demonym(words[1] ?? ''))) || (words.length <= 4 && PARLIAMENT_MEMBERS.has((words[words.length - 1] ?? '').toLowerCase()));
    if (/^the\s+[A-Z]/i.test(bare) && !member && words.slice(1).every((w) => /^[A-Z0-9]/.test(w) || ORG_SMALL_WORDS.has(w)) && words.length <= 8) return group();
    // "my father", "their attorneys": someone the text describes by a relation, nobody named;
    // but one the article gave that relation by name is that person ("Her mother, Greta
    // Lind, said ... "...," her mother said").
    if (/^(?:my|his|her|their|our|your)\s+[a-z]/i.test(bare) && words.length <= 5) {
      const head = (words[words.length - 1] ?? '').toLowerCase();
      const named = /^(?:his|her|their)\s/i.test(bare) ? this.recentPeople(npStart).find((k) => k.roles.has(head)) : undefined;
      if (named) return { entity: named.entity, kind: 'description' };
      // "His campaign said": the body of the one the pronoun means, named so ("Tom Rask's campaign").
      const owner = /^(his|her)\s/i.exec(bare)?.[1]?.toLowerCase();
      const person = owner !== undefined && ORG_NOUNS.has(head) && words.length <= 3 ? this.pronoun(OWNER_PRONOUN[owner] ?? 'he', npStart) : null;
      return person?.type === 'person' ? this.speakingGroup(`${person.name}'s ${bare.slice(owner?.length ?? 0).trim()}`, 'group') : group('group');
    }
    // "52 percent of voters", "two in three residents": a share of people, named by its words;
    // a bare share ("63 percent said") is of the people the shares before it were of.
    if (/^\d/.test(bare) && words.length <= 8) {
      const of = /^[\d.]+\s*(?:percent|%)$/.test(bare) ? [...text.slice(Math.max(0, npStart - SHARE_LOOKBACK), npStart).matchAll(SHARE_OF)].pop()?.[1] : undefined;
      return of ? this.speakingGroup(of, 'group') : group('group');
    }
    // "officials at the Grain Council", "aides to the mayor": a group named by its words.
    if ((PERSON_NOUNS.has((words[0] ?? '').toLowerCase()) || GROUP_NOUNS.has(words[0] ?? '')) && words.length <= 8) return group('group');
    // "Liberal party boss Lars Brekke": a role in lower case, then a first and last
    // name nobody had found (no title, no name the name finder knows) is a person.
    // (Not one whom the role is for: "a lawyer for Tom Rask" is the lawyer.)
    const roleThenName = ROLE_THEN_NAME.exec(bare);
    if (roleThenName && !ORG_WORDS.test(roleThenName[2] ?? '') && !(roleThenName[2] ?? '').split(/\s+/).some((w) => NOT_SUBJECT.test(w)) && !RELATION.test(roleThenName[1] ?? '')) {
      const name = roleThenName[2] ?? '';
      const known = people.person(name.split(/\s+/));
      const at = text.indexOf(name, npStart);
      if (known) {
        if (at >= 0) people.insertMention(at, at + name.length, known);
        return { entity: known.entity, kind: 'name' };
      }
    }
    const description = /^(?:the|a|an|one|another|two|three|several|some|many)\s+(.+)$/i.exec(bare);
    if (description) return this.describe(bare, (description[1] ?? '').toLowerCase(), npStart);
    const run = runs[runs.length - 1];
    if (run && run.length === 1) {
      const named = people.byWordAt(run[0] ?? '', npStart);
      if (named) return { entity: named.entity, kind: 'name' };
    }
    // Only capitalized words (and a few small ones): the name of an organization or a
    // medium ("FactDesk", "The Ledger", "Budget Committee Democrats"), or of a person.
    if (words.length <= 6 && words.every((w) => (/^[A-Z0-9]/.test(w) && !NOT_SUBJECT.test(w)) || ORG_SMALL_WORDS.has(w)) && /^[A-Z]/.test(bare)) {
      // A full name, or a title and a full name ("Finance Minister Lee Seo-yeon"): a person.
      // (Or titles of any kind before it: "Deputy Chief Ivo Brandt", "Const. Kim Lind".)
      const titled = run !== undefined && run.length >= 2 && (TITLED_NAME.test(bare) || (words.length > run.length && words.slice(0, words.length - run.length).every((w) => TITLE_WORDS.has(w.toLowerCase().replace(/\.$/, '')))));
      if (run && run.length >= 2 && (run.length === words.length || titled) && !ORG_WORDS.test(bare) && !SEAT_WORDS.test(bare)) {
        const known = people.person(run);
        if (known) return { entity: known.entity, kind: 'name' };
      }
      return group();
    }
    return null;
  }

  /** A description: a person whose titles or role have its words, else the last person named; a thing that speaks is a group of its own. */
  describe(np: string, rest: string, at: number): Resolved | null {
    const { people, text } = this;
    // ("mother-of-two" is "mother of two".)
    const all = rest.replace(/['’]s\b/g, '').split(/[^a-z0-9-]+/).filter(Boolean).flatMap((w) => (/^[a-z]+-of-[a-z0-9]+$/.test(w) ? w.split('-') : [w]));
    // The head is the noun before a prepositional phrase: "the mother of three" is a mother.
    const words = uptoHead(all);
    const head = words[words.length - 1] ?? '';
    const indefinite = /^(?:a|an|one|another|two|three|several|some|many)\s/i.test(np);
    // "the officials", "the local residents": several people, nobody named one by one.
    // (A short phrase: "the harbour chief who met voters" runs on into a clause.)
    if (ROLE_NOUNS.has(head) && PLURAL.test(head) && words.length <= 3) return this.speakingGroup(np, 'group');
    // A possessive makes a new one: "the advert's narrator" is nobody named before.
    // ("the 22-year-old said": a person by their age, as by a role.)
    const demonym = all.length === 1 && people.demonym(head.charAt(0).toUpperCase() + head.slice(1));
    if ((ROLE_NOUNS.has(head) || PARTY_MEMBERS.has(head) || demonym || /^\d+-year-old$/.test(head)) && !indefinite && !/['’]s\s/.test(rest)) {
      const byRole = this.recentPeople(at).find((k) => words.every((w) => k.roles.has(w) || w === head) && k.roles.has(head));
      if (byRole) return { entity: byRole.entity, kind: 'description' };
      const anyRole = this.recentPeople(at).find((k) => k.roles.has(head));
      if (anyRole) return { entity: anyRole.entity, kind: 'description' };
      // "a diplomat who was in the room ... the diplomat said": someone the article brought in
      // unnamed, by the same noun, is who it means.
      if (INTRODUCED_UNNAMED(head).test(text.slice(Math.max(0, at - UNNAMED_LOOKBACK), at))) return this.speakingGroup(head, 'group');
      // No role says so: the most salient person before it, as for a pronoun of either gender.
      const salient = this.salient(at, null, () => true);
      if (salient) return { entity: salient, kind: 'description' };
      const recent = this.recentPeople(at, true).slice(0, DESCRIPTION_CANDIDATES);
      const window = people.mentions.slice(Math.max(0, people.indexAt(at) - RECENT_EVENTS), people.indexAt(at));
      const count = (k: Known) => window.filter((m) => m.entity === k.entity).length;
      return as(recent.reduce<Known | undefined>((best, k) => (!best || count(k) > count(best) ? k : best), undefined)?.entity ?? null, 'description');
    }
    // Organizations named before it, nearest first.
    const orgs = indefinite ? [] : people.mentions.slice(Math.max(0, people.indexAt(at) - RECENT_EVENTS), people.indexAt(at)).filter((m) => m.entity.type === 'organization').reverse();
    const organizationNoun = ORG_NOUNS.has(head) || ORG_KINDS.has(head);
    if (organizationNoun || DOCUMENT_NOUNS.has(head)) {
      // "the agency", "the commission": the last organization named with that word, else
      // the last named; "the statement", "the article": the last organization named, which
      // wrote it.
      const named = orgs.find((m) => m.entity.name.toLowerCase().includes(head));
      if (named) return { entity: named.entity, kind: 'description' };
      // "the Commission on Harbour Safety ... the commission said": a name the article gave
      // an organization by that word, though no organization was found in it.
      const proper = organizationNoun && !indefinite ? [head, ...(NAMED_AS[head] ?? [])].map((word) => properNameBefore(text, at, word)).find((name) => name !== null) ?? null : null;
      if (proper) return { entity: people.group(proper).entity, kind: 'description' };
      // (Not another's: "the ministry's press office" after the Harbour Board is the
      // ministry's; "the board's press office" is the board's.)
      const owner = /^([a-z]+)['’]s\s/.exec(rest)?.[1];
      // (Nor one named as whom words were told, or where: "told BBC Radio Nordvik", "on Alnes
      // TV"; nor for ORG_KINDS, "the ministry", which is no more the last one named than any.)
      const last = ORG_KINDS.has(head) ? undefined : orgs.find((m) => !LISTENER_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)));
      if (last && (owner === undefined || last.entity.name.toLowerCase().includes(owner))) return { entity: last.entity, kind: 'description' };
    }
    // Any other noun: an organization named with that word ("the authority" after "the Bergen Harbour Authority").
    const namedFor = head === '' ? undefined : orgs.find((m) => m.entity.name.toLowerCase().split(/\s+/).includes(head));
    if (namedFor) return { entity: namedFor.entity, kind: 'description' };
    // "the pilot" after "Tom Rask, a pilot for Alnes Air": the person the article gave that role.
    const holder = !indefinite && head !== '' ? this.recentPeople(at).find((k) => roleHead(k.entity.role) === head) : undefined;
    if (holder) return { entity: holder.entity, kind: 'description' };
    // "the letter stated they had": a clause, not a name.
    if (words.length === 0 || words.length > 6 || words.some((w) => CLAUSE_WORDS.has(w))) return null;
    const group = this.speakingGroup(np, ROLE_NOUNS.has(head) ? 'group' : 'organization');
    // A noun of one who does something that the lexicon does not know ("the left-hander",
    // "the user", "the blogger") is more likely a person's than a body's name: a
    // description, not an organization (which a cue names surely).
    return PERSON_LIKE.test(head) && !ROLE_NOUNS.has(head) && !ORG_NOUNS.has(head) && !WRITINGS.has(head) && !DOCUMENT_NOUNS.has(head) ? { ...group, kind: 'description' } : group;
  }

  /**
   * People named before `at`, nearest first (each once), with the speakers of earlier
   * quotations; with `subjects`, only where they were the subject. It looks back over
   * RECENT_EVENTS mentions and quotations at most, so that an article's length does not
   * multiply the work of every quotation in it.
   */
  recentPeople(at: number, subjects = false): Known[] {
    const seen = new Set<Entity>();
    const out: Known[] = [];
    let n = 0;
    for (const { entity, subject } of this.earlier(at)) {
      if (n++ >= RECENT_EVENTS) break;
      if ((subjects && !subject) || seen.has(entity) || entity.type !== 'person') continue;
      seen.add(entity);
      out.push(this.people.of(entity));
    }
    return out;
  }

  /**
   * A pronoun: the nearest person before it whose gender agrees; "they" and "it", the
   * nearest group or organization. A subject pronoun never means a person named in the
   * rest of its own clause (`governed`): in "She says Quist "..."" she is not Quist, and
   * in ""...," he said of Rask" he is not Rask.
   */
  pronoun(word: string, at: number, governed: Range | null = null): Entity | null {
    if (word === 'we' || word === 'i') return null;
    const others = new Set(governed ? this.people.between(governed.start, governed.end).map((m) => m.entity) : []);
    // "Rask, she added, "..."": a name set off by a comma right before the pronoun is what
    // the words are about; had they been its bearer's, the name would stand for the pronoun.
    const topic = this.people.between(Math.max(0, at - MAX_MENTION), at).at(-1);
    if (topic && /^\s*,\s*$/.test(this.text.slice(topic.end, at))) others.add(topic.entity);
    if (word === 'they' || word === 'them' || word === 'it') {
      if (word !== 'it') {
        const pair = this.pairBefore(at);
        if (pair) return pair;
      }
      // (Over RECENT_EVENTS at most, as recentPeople: an article of people alone would be read back to its start for each.)
      let n = 0;
      for (const { entity } of this.earlier(at)) {
        if (n++ >= RECENT_EVENTS) break;
        if (entity.type !== 'person' && !others.has(entity)) return entity;
      }
      return null;
    }
    const gender = word === 'he' || word === 'him' ? 'male' : 'female';
    const fits = (k: Known) => (k.gender === gender || k.gender === null) && !others.has(k.entity);
    const salient = this.salient(at, gender, fits);
    if (salient) return salient;
    const recent = this.recentPeople(at);
    return (this.recentPeople(at, true).find(fits) ?? recent.find(fits) ?? recent.find((k) => !others.has(k.entity)))?.entity ?? null;
  }

  /**
   * The person a pronoun at `at` most likely means, by salience: sentence by sentence
   * back from its own, the first person who fits, named as speaking ("..., Rask said"),
   * then named as the subject of a verb or speaking a quotation, then named free in the
   * clause (not "to the mayor", not "Feld's"), then named at all. "Simmons,
   * an Ivo Brandt supporter, said Brandt had no chance. "...," he said.": Simmons, not the
   * nearer Brandt. A sentence that opens on the same pronoun continues the one before it.
   */
  private salient(at: number, gender: 'male' | 'female' | null, fits: (k: Known) => boolean): Entity | null {
    const { people, text } = this;
    const s = lastAtOrBefore(this.sentences, at);
    // (The subject pronoun: "Her friend Greta Holm nodded" opens on a possessive, and names someone new.)
    const same = gender === 'male' ? /^he$/i : gender === 'female' ? /^she$/i : /^$/;
    for (let k = s; k >= 0 && k > s - PRONOUN_SENTENCES; k--) {
      const from = this.sentences[k] ?? 0;
      const to = k === s ? at : (this.sentences[k + 1] ?? at);
      const opener = /^\W*(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,5},\s+)?(\w+)/.exec(text.slice(from, Math.min(to, from + 80)));
      if (k < s && opener && same.test(opener[1] ?? '')) continue;
      // (A clause that opens the sentence on "while", "although" and the like is not its main
      // one: "While Rask had the votes, the plan worries Brandt" is about what follows it.)
      const opening = OPENING_SUBORDINATE.exec(text.slice(from, Math.min(to, from + 200)));
      const subordinate = opening ? from + opening[0].length : from;
      const events = [
        ...people.between(from, to).map((m) => ({ start: m.start, entity: m.entity, tier: speaksAt(text, m) ? 0 : m.start < subordinate ? 3 : m.subject ? 1 : standsFree(text, m.start, m.end) ? 2 : 3 })),
        ...this.spoken.slice(this.spokenAt(from), this.spokenAt(to)).map((m) => ({ ...m, tier: 1 })),
      ].sort((a, b) => a.start - b.start);
      // "His wife said she was sure. "...," she said.": someone described by a relation as
      // the subject is whom it means too, as "his wife" is read (the wife named so, if one is).
      const relation = k < s && gender !== null ? RELATION_SUBJECT.exec(text.slice(from, Math.min(to, from + 60))) : null;
      const relationHead = (relation?.[2] ?? '').toLowerCase();
      if (relation && (GENDERED[relationHead] ?? gender) === gender && (GENDERED[relationHead] !== undefined || PERSON_NOUNS.has(relationHead))) {
        const words = relation[1] ?? '';
        const described = this.resolve(words, from + relation[0].indexOf(words));
        if (described && (described.entity.type !== 'person' || fits(people.of(described.entity)))) return described.entity;
      }
      // The same pronoun as a subject before anyone who fits is named continues the chain
      // too ("In the count, the wards report in turn, he noted, so Voss may lead"; "He spoke for
      // an hour, then he handed the floor to Brandt"; "In the end she gave her vote to Rask's plan"),
      // but not one in an opening clause, which means the subject after it ("Asked how he
      // would pay, Rask said").
      if (k < s && gender !== null) {
        const subject = this.pronounAsSubject(subordinate, to, gender);
        const named = events.find((e) => e.entity.type === 'person' && fits(people.of(e.entity)));
        if (subject >= 0 && (!named || subject < named.start)) continue;
      }
      // "A company spokesman denied it. "...," he said.": someone brought in unnamed as the
      // subject of the sentence before anyone who fits is named in it is whom it means.
      const unnamed = k < s && gender !== null ? this.unnamedSubject(from, to, gender) : null;
      if (unnamed && !events.some((e) => e.start < unnamed.at && e.entity.type === 'person' && fits(people.of(e.entity)))) return this.speakingGroup(unnamed.words, 'group').entity;
      for (const tier of [0, 1, 2, 3]) {
        const hit = events.find((e) => e.tier === tier && e.entity.type === 'person' && fits(people.of(e.entity)));
        if (hit) return hit.entity;
      }
    }
    return null;
  }

  /**
   * A person brought in unnamed as the subject of the sentence [from, to), by an indefinite
   * description and a verb ("A company spokesman denied it", "One resident, 67, said"), of
   * `gender` or of none the noun says: its words, and where they stand.
   */
  private unnamedSubject(from: number, to: number, gender: 'male' | 'female'): { words: string; at: number } | null {
    const m = UNNAMED_SUBJECT.exec(this.text.slice(from, Math.min(to, from + 120)));
    const words = m?.[1] ?? '';
    const head = (m?.[2] ?? '').toLowerCase();
    if (!m || !PERSON_NOUNS.has(head) || PLURAL.test(head) || (GENDERED[head] ?? gender) !== gender) return null;
    return { words, at: from + m[0].indexOf(words) };
  }

  /**
   * Two people named together as the subject of the sentence before `at`, or of its own
   * sentence ("Tom Rask and Ada Quist, who run the plant, met reporters"): the two of
   * them, a group, for "they".
   */
  private pairBefore(at: number): Entity | null {
    const { people } = this;
    // (Further back while the sentence before opens on "they", which means them still:
    // "Quist and Rask walked out. They posted a reply. "...," they wrote.")
    let from = this.sentenceBefore(at);
    for (let steps = 0; steps < PAIR_SENTENCES && from > 0 && /^\W{0,4}[Tt]hey\s/.test(this.text.slice(from, from + 10)); steps++) from = this.sentenceBefore(from);
    // (The last few people named: a sentence may be as long as the whole text.)
    const last = people.indexAt(at);
    const named = people.mentions.slice(Math.max(0, last - PAIR_LOOKBACK), last).filter((m) => m.start >= from && m.entity.type === 'person' && !this.quoted(m.start));
    for (let k = named.length - 1; k > 0; k--) {
      const first = named[k - 1];
      const second = named[k];
      // (Each may have an aside: "Ada Quist, of the Greens, and Tom Rask, ...".)
      if (!first || !second || first.entity === second.entity || !/^(?:,\s+[^,;.]{1,40})?,?\s+and\s+$/.test(this.text.slice(first.end, second.start))) continue;
      // (Opening its sentence, a quotation mark, a dash or titles at most before it: "Councillors Ada Quist and ...".)
      const opens = this.sentences[lastAtOrBefore(this.sentences, first.start)] ?? 0;
      if (first.start - opens > 40 || !this.text.slice(opens, first.start).split(/[^\w]+/).every((w) => w === '' || TITLE_WORDS.has(w.toLowerCase().replace(/s$/, '')))) continue;
      return people.group(`${this.text.slice(first.start, first.end)} and ${this.text.slice(second.start, second.end)}`, 'group').entity;
    }
    return null;
  }

  /** Where the sentence before the one around `at` starts (0 for the first). */
  private sentenceBefore(at: number): number {
    const own = this.sentences[lastAtOrBefore(this.sentences, at)] ?? 0;
    return own === 0 ? 0 : (this.sentences[lastAtOrBefore(this.sentences, own - 1)] ?? 0);
  }

  /** Where in [from, to) a subject pronoun of `gender` ("he noted", "she was") first stands outside a quotation, or -1. */
  private pronounAsSubject(from: number, to: number, gender: 'male' | 'female'): number {
    // (In the sentence's own text: a search of the whole text from `from` would read on to its end where there is none.)
    for (const m of this.text.slice(from, to).matchAll(gender === 'male' ? HE : SHE)) if (!this.quoted(from + m.index)) return from + m.index;
    return -1;
  }

  /** A transcript label ("HOLLIS"): the person of that surname, or one the label names. */
  label(label: string, at: number): Entity {
    const { people } = this;
    const words = label.split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase());
    const last = words[words.length - 1] ?? '';
    const named = people.known.find((k) => k.entity.type === 'person' && k.last.toLowerCase() === last.toLowerCase());
    const known = named ?? people.person(words);
    if (!known) throw new Error(`a transcript label with no name: ${label}`);
    people.insertMention(at, at + label.length, known);
    return known.entity;
  }
}

/**
 * A clause that opens a sentence on a subordinating word or a participle, to its comma
 * ("While Rask had the votes,", "Asked how he would pay,"); not a name that ends as a
 * participle does ("Harding Lunde,", "United States officials said,").
 */
const OPENING_SUBORDINATE = new RegExp(String.raw`^\W*(?:(?:${SUBORDINATORS}|Whereas)\s|[A-Z][a-z]{2,}(?:ed|ing)\s(?![A-Z]))[^,.;]*,`);

/** Whether the person named at `m` is said to speak there ("..., Rask said", "said Rask"). */
function speaksAt(text: string, m: Range): boolean {
  // (Not after a comma: in "Rask, the director for Brandt, said" Rask speaks.)
  // (Nor a name after the verb that a verb of its own follows: in "Rask said Quist should sell" Quist is what Rask said.)
  const after = text.slice(m.end, m.end + 20);
  return (text[m.end] !== ',' && SPEAKS_AFTER_ANY.test(after)) || SPEAKS_AFTER_APPOSITION.test(text.slice(m.end, m.end + 160)) || (SPOKEN_BY.test(text.slice(Math.max(0, m.start - 12), m.start)) && !/^['’]s?\b/.test(after) && !REPORTED_SUBJECT.test(after));
}

/**
 * The last name before `at` (within UNNAMED_LOOKBACK * 2 characters) that has `noun`
 * capitalized in it, with what it is of ("Commission on Harbour Safety", "Alnes Port
 * Authority"), or that follows it ("the ferry firm Nordlys"); null if there is none.
 */
function properNameBefore(text: string, at: number, noun: string): string | null {
  const word = noun.charAt(0).toUpperCase() + noun.slice(1);
  // (Or the name right after the noun in lower case: "the ferry firm Nordlys".)
  const name = new RegExp(String.raw`(?:[A-Z][\w&'’-]*\s+){0,4}${word}(?:\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3})?|\b${noun}\s+((?!(?:${WEEKDAYS}|${MONTHS})\b)(?:[A-Z][\w&'’-]*)(?:\s+[A-Z][\w&'’-]*){0,3})`, 'g');
  const names = [...text.slice(Math.max(0, at - UNNAMED_LOOKBACK * 2), at).matchAll(name)].map((m) => (m[1] ?? m[0]).replace(/^The\s+/, ''));
  return names.filter((n) => n !== word).pop() ?? null;
}

function as(entity: Entity | null, kind: MentionKind): Resolved | null {
  return entity ? { entity, kind } : null;
}

/** Where the sentences of the narration start: each paragraph's start, and after each sentence end outside a quotation (or right after its closing mark). */
function sentenceStarts(masked: string, paras: readonly Range[], quoted: (at: number) => boolean): number[] {
  const out: number[] = [];
  for (const para of paras) {
    out.push(para.start);
    const ends = /[.!?]["”’]?\s+(?=["“‘]?[A-Z])/g;
    ends.lastIndex = para.start;
    for (let m = ends.exec(masked); m && m.index < para.end; m = ends.exec(masked)) {
      if (!quoted(m.index) || /["”’]/.test(m[0])) out.push(m.index + m[0].length);
    }
  }
  return out;
}

/** The index of the last value at or before `at` in ascending `values` (0 when none). */
function lastAtOrBefore(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((values[mid] ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
