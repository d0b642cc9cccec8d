import nlp, { compromiseLexicon } from './compromise.js';
import { parseArticle, type Parse } from './parse.js';
import type { Entity } from '../dataset/types.js';
import { APPOSED, DOER_ENDINGS, FIRM_WORDS, MONTHS, ORG_KINDS, ORG_NOUNS, ORG_WORDS, PERSON_NOUNS, PLACE_OPENERS, ROLE_NOUNS, SPEAKS_AFTER, SPEAKS_AFTER_ANY, SPEECH_VERBS, SPOKEN_BY, TITLE_ABBREVIATIONS, TITLE_WORDS, WEEKDAYS } from './lexicon.js';
import { CAPITAL_PARTICLES, NAME_PARTICLES } from '../text/particles.js';
import { at, got, group } from '../lists.js';

// Who an article names, and every place it names them: people (with their titles,
// roles and presumed gender), and the organizations, media, documents and groups that
// are quoted. One entity per person, whatever the form: "Maria Lindqvist", "Lindqvist" and
// "Ms. Lindqvist" are one; "Erik Lindqvist" is another. Pure.

/** Capitalized words that begin sentences or name things, never people. */
const NOT_NAMES = new Set(
  (
    'a an and but or so the this that these those it its he she they we i you his her their our my in on at of for ' +
    'to from by with after before when while if as since because although though then there here what why how who ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december democrat democrats democratic republican republicans gop american ' +
    'americans washington congress senate house white state states united america new york times post news today ' +
    'still also yes no well now even just only one two three many some all both last first next mr mrs ms ' +
    'later earlier meanwhile however yet instead perhaps indeed thus then is was are were has had says said will would ' +
    'army navy marine marines'
  ).split(' '),
);

/** One place the text names an entity. */
export interface Mention {
  start: number;
  end: number;
  entity: Entity;
  /** Not a possessive ("Feld's client") nor after a preposition ("to the mayor"): likely the subject of its clause. */
  subject: boolean;
}

/** A person or organization, with what the text says of them. */
export interface Known {
  entity: Entity;
  first: string | null;
  last: string;
  gender: 'male' | 'female' | null;
  /** The gender comes from an honorific (Mr., Mrs.), not a guess: the article's pronouns do not change it. */
  sure?: boolean;
  /** Lower-case words of their titles and roles: "mayor", "chairman", "german", "chancellor". */
  roles: Set<string>;
}

/** The Arabic article joined to a surname: "al-Assad", "el-Sisi"; the surname is the same without it ("Assad"). */
const ARTICLE_PREFIX = '(?:al|el|ad|ash|as|at|az)-';
/**
 * Letters of names, for character classes: "Calderón", "Łukasz", "Şahin", "Nguyễn" (Latin-1,
 * Latin Extended-A and -B and Additional, whose capitals and small letters alternate, so
 * both classes hold them), and the combining accents of a text written decomposed ("José" as
 * "Jose" and U+0301): a name is cut at none of them.
 */
export const UPPER = 'A-ZÀ-ÖØ-Þ\u0100-\u024f\u1e00-\u1eff';
export const LOWER = 'a-zß-öø-ÿ\u0100-\u024f\u0300-\u036f\u1e00-\u1eff';
/**
 * A letter of a name in double-encoded UTF-8 (mojibake): "é" of UTF-8 read as Latin-1 is
 * "Ã©", and read so twice "ÃƒÂ©"; its Ã or Â may be written decomposed (A and U+0303). The
 * second character is a symbol or a control character, but a name is not cut at it: the
 * name stays the text's own characters, "Brandt-MÃ¼ller".
 */
const MOJIBAKE = String.raw`(?:[ÃÂ]|[AÂ][\u0302\u0303])[\u0080-\u00bf]`;
/** A small letter of a name, or a letter in mojibake. */
const SMALL = `(?:[${LOWER}]|${MOJIBAKE})`;
/** A capitalized word of a name: "Brandt", "Ødegård". */
export const CAPITALIZED = `[${UPPER}]${SMALL}+`;
/** Where a name's word ends: not before another letter of a name (`\b` knows ASCII letters only). */
export const NAME_END = String.raw`(?![\w${UPPER}${LOWER}])`;
const NAME_TOKEN = String.raw`(?:[${UPPER}]${SMALL}*(?!${MOJIBAKE})[${UPPER}]${SMALL}+|(?:Mc|Mac|O['’]|D['’])?${CAPITALIZED}(?:-[a-z${UPPER}]${SMALL}+)*|${ARTICLE_PREFIX}${CAPITALIZED}|[A-Z]\.(?:[A-Z]\.)?)`;
/** One or two of the small words inside a name, each with the space after it: "de ", "van der ". */
const PARTICLES = String.raw`(?:(?:${[...NAME_PARTICLES, ...CAPITAL_PARTICLES].join('|')})\s+){1,2}`;
/** Space between the words of a name: one line break at most (a text wrapped by hand may break a name), never a blank line, which ends a headline or a paragraph. */
const NAME_SPACE = String.raw`(?:[^\S\n]+(?:\n[^\S\n]*)?|\n[^\S\n]*)`;
/** A run of capitalized name words, with initials and particles inside: "Anna B. Kowal", "Ines van der Berg", "Lena DeMarco". */
export const NAME_RUN = new RegExp(String.raw`${NAME_TOKEN}(?:${NAME_SPACE}(?:${PARTICLES})?${NAME_TOKEN})*`, 'g');

/** ARTICLE_PREFIX at the start of a word. */
const ARTICLE_BEFORE = new RegExp(`^${ARTICLE_PREFIX}(?=.)`);

/** Lower case, no diacritics, without an Arabic article ("al-Assad" and "Assad" are one surname). */
function fold(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase().replace(ARTICLE_BEFORE, '');
}

/** A title written short ("Sgt", "Cpl."), never a name's last word; not Sen, Hon or Del, which are surnames too (Amartya Sen). */
const SHORT_TITLE = new RegExp(String.raw`^(?!(?:Sen|Hon|Del)\.?$)(?:${TITLE_ABBREVIATIONS})\.?$`);

/** The words of a name run without titles, suffixes and words that are no names. */
export function nameWords(run: string): string[] {
  const words = run.replace(/['’]s?$/, '').split(/\s+/).filter(Boolean);
  let first = 0;
  while (first < words.length && (TITLE_WORDS.has(fold(at(words, first)).replace(/\.$/, '')) || NOT_NAMES.has(fold(at(words, first))))) first++;
  // A title inside the run ("Bergen Mayor Ines Calloway"): the name follows it.
  for (let k = words.length - 2; k > first; k--) {
    if (TITLE_WORDS.has(fold(at(words, k)).replace(/\.$/, '')) && /^[A-Z]/.test(at(words, k))) {
      first = k + 1;
      break;
    }
  }
  let last = words.length;
  // (Nor does a short title end one: "Staff Sgt" before "Greta Holm" is no name.)
  while (last > first && (/^(?:Jr|Sr|II|III|IV)\.?$/.test(at(words, last - 1)) || SHORT_TITLE.test(at(words, last - 1)))) last--;
  while (last > first && NOT_NAMES.has(fold(at(words, last - 1)))) last--;
  return words.slice(first, last);
}

/** How many mentions back a search for the last person named looks: an article may name organizations alone for pages. */
const LOOKBACK = 400;

/** The entities of one article, built as the text names them. */
export class People {
  readonly known: Known[] = [];
  /** Whether a capitalized word names one of a nation's people ("Norwegian", "Kenyan"): the article's reader answers (compromise's lexicon). */
  demonym: (word: string) => boolean = () => false;
  private readonly ids = new Set<string>();
  /** Every mention, in order of start once `mentions` is read. */
  private readonly all: Mention[] = [];
  private sorted = true;
  /** The known entity of each entity, and the order in which each was introduced. */
  private readonly byEntity = new Map<Entity, Known>();
  private readonly order = new Map<Known, number>();
  /** People by their surname and by their first name, folded, in the order they were introduced. */
  private readonly byLast = new Map<string, Known[]>();
  private readonly byFirst = new Map<string, Known[]>();
  /** Organizations and groups by their folded name. */
  private readonly groups = new Map<string, Known>();
  /** Where a person was named with more than one word, by each of their names (folded), in order of start. */
  private readonly namedAt = new Map<string, { start: number; known: Known }[]>();

  /** Every mention, in order of start. */
  get mentions(): readonly Mention[] {
    if (!this.sorted) {
      this.all.sort((a, b) => a.start - b.start);
      this.sorted = true;
    }
    return this.all;
  }

  /** The mentions that start in [from, to), in order. */
  between(from: number, to: number): readonly Mention[] {
    const mentions = this.mentions;
    return mentions.slice(firstAtOrAfter(mentions, from), firstAtOrAfter(mentions, to));
  }

  /** Whether a known person has `word` as surname or first name. */
  isName(word: string): boolean {
    const key = fold(word);
    return this.byLast.has(key) || this.byFirst.has(key);
  }

  /** The person mentioned last before `at`, among the LOOKBACK mentions before it. */
  lastPersonBefore(at: number): Known | undefined {
    const mentions = this.mentions;
    const from = this.indexAt(at) - 1;
    for (let i = from; i >= 0 && i > from - LOOKBACK; i--) {
      const m = mentions[i];
      if (m && m.entity.type === 'person') return this.of(m.entity);
    }
    return undefined;
  }

  /** The index of the first mention that starts at or after `at`. */
  indexAt(at: number): number {
    return firstAtOrAfter(this.mentions, at);
  }

  /** The entity a person's name means: an existing one with that surname (and a first name that agrees), or a new one. */
  person(words: readonly string[], gender: 'male' | 'female' | null = null, at?: number, sure = false): Known | null {
    const last = words[words.length - 1];
    if (last === undefined) return null;
    // (A surname may open on its particles: "Van der Berg" has no first name.)
    const first = words.length > 1 && !NAME_PARTICLES.has(fold(words[0] ?? '')) ? (words[0] ?? null) : null;
    if (!first && at !== undefined) {
      const meant = this.byWordAt(last, at);
      if (meant) return meant;
    }
    const key = fold(last);
    const same = this.byLast.get(key) ?? [];
    // A first name alone ("Greta"), once introduced.
    if (!first && same.length === 0) {
      const byFirst = this.byFirst.get(key) ?? [];
      const latest = byFirst[byFirst.length - 1];
      if (latest) return latest;
    }
    // (Or the words end the other's name: "Aranda Velasco", a surname of two words after
    // "Inés Aranda Velasco", is not a namesake with the first name "Aranda".)
    const ending = ` ${fold(words.join(' '))}`;
    const agrees = (k: Known) => !first || !k.first || fold(k.first) === fold(first) || (first.length <= 2 && fold(k.first).startsWith(fold(first.charAt(0)))) || fold(k.entity.name).endsWith(ending);
    const match = [...same].reverse().find(agrees);
    if (match) {
      if (first && !match.first) {
        // "Lindqvist" first, then "Maria Lindqvist": the entity learns its full name.
        match.first = first;
        match.entity.name = words.join(' ');
        if (!match.entity.aliases.includes(last)) match.entity.aliases.push(last);
        listed(this.byFirst, fold(first)).push(match);
      }
      if (!match.gender || (sure && !match.sure)) match.gender = gender;
      match.sure ||= sure;
      return match;
    }
    const name = words.join(' ');
    const known: Known = { entity: { id: this.id(name), name, type: 'person', role: null, aliases: first ? [last] : [] }, first, last, gender, sure, roles: new Set() };
    this.add(known);
    listed(this.byLast, key).push(known);
    if (first) listed(this.byFirst, fold(first)).push(known);
    return known;
  }

  /** The entity of an organization, medium, document or group, by the words that name it ("Harbour Trust", "letter"). */
  group(name: string, type: Entity['type'] = 'organization'): Known {
    const clean = name.replace(/^(?:the|a|an|one(?!\s+of\b))\s+/i, '').trim();
    const existing = this.groups.get(fold(clean));
    if (existing) return existing;
    const words = clean.split(/\s+/);
    const known: Known = { entity: { id: this.id(clean), name: clean, type, role: null, aliases: [] }, first: null, last: words[words.length - 1] ?? clean, gender: null, roles: new Set(words.map(fold)) };
    this.add(known);
    this.groups.set(fold(clean), known);
    return known;
  }

  /** Notes that the text names `known` at [start, end). */
  mention(start: number, end: number, known: Known, subject = true): void {
    const last = this.all[this.all.length - 1];
    if (last && last.start > start) this.sorted = false;
    this.all.push({ start, end, entity: known.entity, subject });
    this.namedIn(start, end, known);
  }

  /**
   * As `mention`, for one found once the mentions are read in order (the resolver's, at a
   * cue): put in its place, after any that start there too, as a sort would put it. Added
   * at the end, it made the next read sort every mention again, and a 3 MB article that
   * names an organization in each cue took twice as long.
   */
  insertMention(start: number, end: number, known: Known, subject = true): void {
    this.all.splice(firstAtOrAfter(this.mentions, start + 1), 0, { start, end, entity: known.entity, subject });
    this.namedIn(start, end, known);
  }

  /** Where a person is named with more than one word, by each of their names (byWordAt). */
  private namedIn(start: number, end: number, known: Known): void {
    if (known.entity.type !== 'person') return;
    for (const name of [known.last, known.first]) {
      if (name === null || end - start <= name.length) continue;
      const list = listed(this.namedAt, fold(name));
      let at = list.length;
      while (at > 0 && (list[at - 1]?.start ?? 0) > start) at--;
      list.splice(at, 0, { start, known });
    }
  }

  /** Who a lone surname or first name means at `at`: the person of that name named in full last before it, else the first so named. */
  byWordAt(word: string, at: number): Known | undefined {
    const key = fold(word);
    const list = this.namedAt.get(key) ?? [];
    const earlier = list.slice(0, firstAtOrAfter(list, at));
    // Two people of one surname named in full before it: a surname alone means the one
    // the article introduced first, its main subject (Hillary, not Bill, Clinton).
    const first = earlier[0];
    if (first && earlier.some((e) => e.known !== first.known) && fold(first.known.last) === key) return first.known;
    const before = earlier[earlier.length - 1];
    if (before) return before.known;
    return [...(this.byLast.get(key) ?? []), ...(this.byFirst.get(key) ?? [])].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0))[0];
  }

  /** The known entity of an entity. */
  of(entity: Entity): Known {
    const known = this.byEntity.get(entity);
    if (!known) throw new Error(`an entity this article does not know: ${entity.id}`);
    return known;
  }

  private add(known: Known): void {
    this.order.set(known, this.known.length);
    this.known.push(known);
    this.byEntity.set(known.entity, known);
  }

  private id(name: string): string {
    const base = fold(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'entity';
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }
}

/** The list under `key`, made when missing. */
function listed<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** The index of the first item that starts at or after `at`, in items sorted by start. */
export function firstAtOrAfter(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Abbreviated titles, spelled out for matching descriptions ("Sen." → "the senator"). */
const TITLE_NAMES: Record<string, string> = { sen: 'senator', rep: 'congressman', gov: 'governor', gen: 'general', lt: 'lieutenant', dr: 'doctor', rev: 'reverend', pres: 'president' };

/** A title written short, with its stop: "Sen.", "Lt.". */
const ABBREVIATED_TITLE = new RegExp(`^(?:${TITLE_ABBREVIATIONS})\\.$`);

/** Titles before a name, lower case ("panel chairman rep."), for roles: the capitalized or title words just before it. */
function titlesBefore(text: string, at: number): string[] {
  const before = text.slice(Math.max(0, at - 60), at);
  const m = /((?:(?:[A-Z][a-z]*\.?|[a-z]+)\s+){0,4})$/.exec(before);
  const words = (m?.[1] ?? '').trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (const word of [...words].reverse()) {
    const w = fold(word).replace(/\.$/, '');
    // (A word with a stop that is no title's abbreviation ends the sentence before: "wrote to the Mayor. Greta Holm".)
    if (word.endsWith('.') && !ABBREVIATED_TITLE.test(word)) break;
    if (TITLE_WORDS.has(w) || /^[A-Z]/.test(word)) out.unshift(w);
    else break;
  }
  return out.filter((w) => w !== 'the');
}

/** An apposition after a name: ", the committee's senior member," → its words. */
function appositionAfter(text: string, at: number): string | null {
  // At most six words, closed by a comma or the sentence's end, with no verb-like word.
  const m = /^,\s+(?:\d{1,3},\s+)?(?:the|a|an)\s+((?:[\w’'-]+\s+){0,5}[\w’'-]+)(?=[,.;])/.exec(text.slice(at, at + 80));
  return m && !/\b(?:said|says|also|was|is|has|had|will|would)\b/.test(group(m, 1)) ? group(m, 1) : null;
}

/** After adverbs, a modal or auxiliary and any word ("can be heard"), or a verb form: what follows a verb's subject. */
const VERB_AFTER = /^\s+(?:(?:(?!(?:fami|a|ra|assemb|supp|bul|ita|ju|emi|ho|app|rep|be|je|ta|si)ly\b)[a-z]+ly|also|then|later|now|once|still|never|again|not|first|already|just|often|always)\s+)*(?:(?:(?:will|would|can|could|did|does|do|may|might|must|should|has|had|have|is|was|were|are)(?:n['’]t)?|won['’]t|can['’]t)\s+(?:not\s+)?[a-z]+|[a-z]+(?:ed|s)|said|told|wrote|spoke|sent|made|took|gave|went|came|thought|felt|knew|saw|led|met|ran|won|lost|began|left|kept|put|read|became|brought|sought|fought|is|was|has|had|wept|stood|sat|held|heard|got|did|grew|paid|sold|built|meant|struck|taught|understood|drove|fell|broke|chose|rose|shook|threw|bought|caught|spent|swore|sang|hung|let|set|cut|hit|quit|shut|slept|drew|beat|fled|flew|shot|stole|sank|swept|wore|hid|lent|froze|rang|tore|woke|forgot|withdrew|overcame|oversaw|upheld|withheld|cast|cost|hurt|burst|spread|split|shed|bet|found|laid|lay|lit|fed|dug|dealt|slid|spun|stuck|swung|rode|flung|bent|leapt)\b/;

/** An apposition set off by commas after a name: ", a D.C.-based host, ". */
const APPOSITION_BEFORE_VERB = new RegExp(String.raw`^,${APPOSED}{1,120},`);

/**
 * Whether a name at [start, end) is likely the subject of its clause: not a possessive,
 * not after a preposition, and followed (past a parenthesis, an apposition in commas
 * and adverbs) by a verb: "Sen. Ada Quist (D-Ore.) said", "Feld, the nominee, has
 * said", "Lindqvist openly praises"; not "did Feld in", "praise from Mayor Calloway".
 */
function isSubject(text: string, start: number, end: number): boolean {
  if (!standsFree(text, start, end)) return false;
  const rest = text.slice(end, end + 160).replace(/^\s*\([^()]{0,60}\)/, '');
  if (VERB_AFTER.test(rest.replace(APPOSITION_BEFORE_VERB, ''))) return true;
  // A name in apposition, then the comma that closes it and the verb: "Quist's aide, Tom Rask, resigned".
  return /,\s*$/.test(text.slice(Math.max(0, start - 2), start)) && VERB_AFTER.test(rest.replace(/^,/, ''));
}

/** The ending of a noun of one who does something, or of a role: "recorder", "spokeswoman". */
const ROLE_ENDING = new RegExp(`(?:${DOER_ENDINGS}|man|woman)$`);

/** Whether a capitalized word is a noun of a role ("Spokeswoman", "Recorder"), not a first name: a role noun, or a noun of one who does something that compromise does not know as a name. */
function isRoleWord(word: string, read: Reading['read']): boolean {
  const lower = word.toLowerCase();
  return ROLE_NOUNS.has(lower) || (ROLE_ENDING.test(lower) && !read(word).has('(#FirstName|#Person)'));
}

/** Whether compromise's lexicon holds `word`, or its singular, as an ordinary word ("Officials", "Supporters"), not as a name. */
function isCommonWord(word: string): boolean {
  const lexicon = compromiseLexicon;
  if (lexicon === null) return false;
  const lower = word.toLowerCase();
  return [lower, lower.replace(/e?s$/, ''), lower.replace(/s$/, '')].some((form) => {
    const tags: unknown = Reflect.get(lexicon, form);
    const list = Array.isArray(tags) ? tags : [tags];
    return tags !== undefined && !list.some((t) => typeof t === 'string' && /Name|Person|Honorific/.test(t));
  });
}

/**
 * A title right before a lone word makes it a name: "Sen. Quist", "Cpl. Rask", "Mr Quist"
 * (British, without a stop), "Mayor Quist". Other short titles need their stop: "Gen Xers"
 * and "Tom Del Brandt" hold none.
 */
const TITLED = new RegExp(String.raw`\b(?:(?:Mr|Mrs|Ms|Mx|Dr|Rep|Sen|Gov|Rev)\.?|(?:${TITLE_ABBREVIATIONS})\.|Mayor|President|Secretary|Chancellor|Judge|Justice)\s*$`);

/**
 * A title of the lexicon right before a name, capitalized as a title is, with what it is
 * of: "Mayor Quist", "Secretary of State Quist", "Inspector Maren Ødegård", "Supt. Rask"
 * (not "The" or "Former", which the lexicon has only to take them off a name).
 */
const TITLE_BEFORE = new RegExp(
  String.raw`\b(?:${[...TITLE_WORDS]
    .filter((w) => w !== 'the' && w !== 'former')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('|')})\.?(?:\s+of\s+(?:the\s+)?[A-Z][a-z]+)?\s+$`,
);

/** A surname as news writes one: "Baker", "McCoy", "O’Neill", "De Luca", "Lloyd-Webber". */
export const SURNAME = String.raw`(?:Mc|Mac|O['’]|De|Di|Van)?${CAPITALIZED}(?:-[a-z${UPPER}]${SMALL}+)?`;

/** A lone capitalized word right before a common speech verb. */
const LONE_SPEAKER = new RegExp(String.raw`(?<![\w${UPPER}${LOWER}’'-]\s?)(?<=[\s(,—–-]|^)(${SURNAME}),?\s+(?:said|says|told|added|wrote|tweeted|recalled|explained|noted)\b`, 'gm');

/** The same with an age or an aside between the word and the verb: "his classmate Freya, 10, said", "Jonas, who wrote the code, said" (see loneSpeakers for what may stand before it). */
const LONE_SPEAKER_APPOSED = new RegExp(String.raw`\b(${SURNAME}),\s+(?:\d{1,3}|who\s${APPOSED}{1,100}),\s+(?:said|says|told|added|wrote|recalled|explained|noted)\b`, 'gm');

/** A capitalized word and a space, right before a lone word: the word would end a longer name. */
const LONE_WORD_AFTER_NAME = new RegExp(String.raw`(?:^|[^\w${UPPER}${LOWER}’'.])[${UPPER}][\w${UPPER}${LOWER}’'.]*\s$`);

/** Words that make a capitalized pair a body or a place, not a person ("Supreme Court", "White House"). */
const BODY_WORDS = /\b(?:Cooperative|Court|House|Senate|Congress|Committee|Council|Department|Party|Times|Post|Journal|News|Street|Avenue|County|City|State|University|College|School|Church|Center|Institute|Agency|Office|Police|Army|Force|Navy|Union|Korea|America|Africa|Europe|Asia|Republicans|Democrats|Administration|Campaign|Foundation|Association|Network)\b/;

/** Whether a name at [start, end) stands free in its clause: not a possessive ("Feld's client") nor after a preposition ("praise from Mayor Calloway"). */
export function standsFree(text: string, start: number, end: number): boolean {
  // A possessive: "Feld's", and a name in -s with the apostrophe alone ("Rivers' campaign").
  return !/^['’](?:s\b|\s)/.test(text.slice(end, end + 2)) && !AFTER_PREPOSITION.test(text.slice(Math.max(0, start - 40), start));
}

/**
 * A mention right after a preposition is no clause's subject ("comparing him to Obama");
 * the "of" of a title is no preposition of the clause ("Secretary of State Ada Quist said").
 */
const AFTER_PREPOSITION = new RegExp(String.raw`\b(?:(?<!\b(?:Secretary|Minister|Chief|Director)\s+)of|to|with|by|for|about|against|on|at|from|in|into|than|like|toward|towards|over|under|between)\s+(?:(?:the|former|[A-Z][a-z]+|(?:${TITLE_ABBREVIATIONS})\.)\s+){0,3}$`);

/** A name found in the text, before it is known whose: where, its words, and the gender its title or first name gives. */
interface Candidate {
  start: number;
  end: number;
  words: string[];
  gender: 'male' | 'female' | null;
  sure?: boolean;
  /** A lone word the text gives as someone's name ("her husband, Ivo,"): a person though nobody knows it. */
  given?: boolean;
}

/** What every step of finding people reads: the text, which offsets are quoted, and compromise's reading of a short phrase. */
interface Reading {
  text: string;
  quoted: (at: number) => boolean;
  read: (words: string) => ReturnType<typeof nlp>;
}

/** Finds the people an article names, outside its quotations, and registers each mention in order. */
export function findPeople(text: string, quoted: (at: number) => boolean, parse: Parse = parseArticle(text)): People {
  // compromise's reading of a name or a word, once for each: an article names the same people again and again.
  const parsed = new Map<string, ReturnType<typeof nlp>>();
  const read = (words: string) => {
    let doc = parsed.get(words);
    if (!doc) parsed.set(words, (doc = nlp(words)));
    return doc;
  };
  const r: Reading = { text, quoted, read };
  const found: Candidate[] = [];
  namesParsed(r, parse.persons, found);
  titledNames(r, found);
  const byName = new Uint8Array(text.length + 1);
  for (const f of found) byName.fill(1, f.start, f.end);
  // (The organizations compromise found are in order and apart: the one a name could be in is the last to start at or before it.)
  unknownFullNames(r, byName, (start, end) => {
    const o = parse.organizations[firstAtOrAfter(parse.organizations, start + 1) - 1];
    return o !== undefined && end <= o.end && o.end - o.start > end - start + 1;
  }, found);
  loneSpeakers(r, byName, found);
  kinNames(r, byName, found);
  sharedSurnames(r, byName, found);
  fullNamesOfLoneWords(r, byName, found);
  found.sort((a, b) => a.start - b.start);
  const people = new People();
  people.demonym = (word) => /^[A-Z][a-z]+$/.test(word) && read(word).has('#Demonym');
  registerPeople(r, people, found);
  mentionLaterUses(r, people);
  // Organizations compromise finds are mentioned too, for "the agency" and "they".
  for (const o of parse.organizations) {
    const start = o.start + (DATELINE_BEFORE.exec(text.slice(o.start, o.end))?.[0].length ?? 0);
    const name = text.slice(start, o.end).replace(/^[“"‘']+|[”"’'.,;:]+$/g, '').replace(/['’]s$/, '');
    // (Not words in lower case alone, which name nobody: compromise reads "workers" in "Dock workers" as one.)
    if (quoted(start) || name.length < 2 || !/[A-Z0-9]/.test(name)) continue;
    people.mention(start, start + name.length, people.group(name), !/^['’]s/.test(text.slice(start + name.length, start + name.length + 2)));
  }
  missedOrganizations(r, people);
  genderOfNouns(text, people);
  learnGender(text, people, quoted);
  return people;
}

/** A run of capitalized words that ends in a word of a firm's or a body's name: "Alnes Air", "Nordvik Harbour Board". */
const ORGANIZATION_NAMED = new RegExp(String.raw`(?<![\w’'.-])((?:[A-Z][\w&’'-]*\s+){1,4}(?:${FIRM_WORDS}))\b(?![’']s\b|\s+[A-Z]|\s+(?:of|for|on|and)\s+(?:the\s+)?[A-Z])`, 'g');

/** A name, then a noun of an organization in apposition: "FareWatch, a consumer group,", "Nordcom, the regulator.". */
const ORGANIZATION_APPOSED = new RegExp(String.raw`(?<![\w’'-])([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3}),\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(${[...ORG_KINDS, ...ORG_NOUNS].join('|')})(?=[,.;]|\s+(?:that|which|based|in|of|for|with)\b)`, 'dg');

/** A noun of an organization, then its name: "the ferry operator Nordlys", "the consumer group FareWatch". */
const ORGANIZATION_AFTER_NOUN = new RegExp(String.raw`\b(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}(?:${[...ORG_KINDS, ...ORG_NOUNS, 'operator', 'carrier'].join('|')})\s+([A-Z][\w&’'-]*(?:\s+[A-Z][\w&’'-]*){0,3})(?![\w’'-])`, 'dg');

/**
 * Organizations the name finder missed are mentioned too, so that "it said" after them
 * means them, not an organization named before: a name whose last word says it is a firm's
 * or a body's ("Alnes Air cancelled 40 flights"), and a name with an apposition that says
 * what it is ("FareWatch, a consumer group, warned"; not one that opens on a title), or
 * a noun of an organization before it ("the ferry operator Nordlys"). Not
 * words already read, nor a name that holds a person's word.
 */
function missedOrganizations({ text, quoted }: Reading, people: People): void {
  const named = new Set<string>();
  const note = (start: number, name: string) => {
    if (quoted(start) || people.between(start, start + name.length).length > 0 || name.split(/\s+/).some((w) => people.isName(w))) return;
    people.insertMention(start, start + name.length, people.group(name), true);
    named.add(name);
  };
  for (const m of text.matchAll(ORGANIZATION_NAMED)) {
    const name = (m[1] ?? '').replace(/^(?:The|A|An|In|On|At|For|By|From|With|And|But|When|While|After|Before)\s+/, '');
    if (name.split(/\s+/).length >= 2) note(m.index + (m[1] ?? '').length - name.length, name);
  }
  for (const m of [...text.matchAll(ORGANIZATION_APPOSED), ...text.matchAll(ORGANIZATION_AFTER_NOUN)]) {
    const name = m[1] ?? '';
    if (!TITLE_WORDS.has(fold(name.split(/\s+/)[0] ?? ''))) note(m.indices?.[1]?.[0] ?? m.index, name);
  }
  // Each later use of such a name mentions it too: "Nordlys rejected that account. ... "...," it said".
  if (named.size > 0) for (const m of text.matchAll(new RegExp(String.raw`(?<![\w’'-])(?:${alternation([...named])})(?![\w’'-])`, 'g'))) note(m.index, m[0]);
}

/**
 * What compromise reads into an organization's name from a dateline before it: up to the
 * last dash and a "The" after it ("OSLO -- The Nordic Shipping Council", "BERGEN, Norway
 * (AP) — The Harbour Board"). A name has no spaced dash in it ("Hewlett-Packard" has none).
 */
const DATELINE_BEFORE = /^.*(?:\s-{1,2}\s|--|[–—])\s*(?:the\s+)?/is;

/** A speech verb, then someone's ("noted the Ledger's Tom Rask"): the name after it speaks. */
const OWNED_AFTER_VERB = new RegExp(String.raw`\b(?:${SPEECH_VERBS})\s+(?:the\s+)?(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+$`);


/** A surname with an Arabic article after a name run: " al-Assad". */
const ARTICLE_SURNAME = new RegExp(String.raw`^\s+${ARTICLE_PREFIX}${CAPITALIZED}${NAME_END}`);
/** The first word of a run of names, when it is a capitalized word. */
const FIRST_WORD = new RegExp(String.raw`^(${CAPITALIZED})\s`);
/** Middle initials and a surname after a name run: " A. Lunde", " J. R. McCoy". */
const INITIALS_AND_NAME = new RegExp(String.raw`^(?:\s+[A-Z]\.)+\s+${SURNAME}${NAME_END}`);

/** A relative pronoun only a person takes, right after a name and a comma or a dash: "Ada Quist, who ...", "Ada Quist — whose husband ...". */
const PERSON_RELATIVE = /^(?:,|\s*[—–]|\s+-)\s*who(?:se|m)?\b/;
/** What closes an apposition after a name: a comma, a stop, a semicolon or a dash ("The minister, Siosaia Tupou — who ..."). */
const APPOSITION_CLOSE = /^(?:[,.;]|\s*[—–]|\s+-\s)/;

/** The first words of an apposition right after a name, one of them a role: ", the oldest captain", ", a retired teacher". */
const ROLE_APPOSITION = /^,\s+(?:the|a|an)\s+((?:[a-z-]+\s+){0,2}[a-z-]+)/;

/** One more capitalized word after a name run, and then a stop, a comma or lower case: " Brandt," of "Diego Luis Castro Brandt, a farmer". */
const FOURTH_NAME = new RegExp(String.raw`^ (${CAPITALIZED})(?=[,.;:]|\s+[a-z(]|$)`);
/** Capitalized words that follow a name and are no part of it: days, months, Jr. and Sr. */
const NOT_A_FOURTH_NAME = new RegExp(`^(?:${WEEKDAYS}|${MONTHS}|Jr|Sr)$`);

/** The people compromise found, as name runs (without the quote marks, punctuation, titles and places it may take in). */
function namesParsed({ text, quoted, read }: Reading, persons: Parse['persons'], found: Candidate[]): void {
  for (const p of persons) {
    const start = p.start;
    if (quoted(start)) continue;
    // compromise may take in an opening quote mark or trailing punctuation: keep the name run.
    const inner = text.slice(start, p.end);
    const run = new RegExp(NAME_RUN.source).exec(inner);
    if (!run) continue;
    // compromise may stop at a middle initial ("James" of "James A. Lunde"): the initials and the surname after it are the name's.
    // (So too before a surname with an Arabic article: "Bashar" of "Bashar al-Assad".)
    const end = start + run.index + run[0].length;
    const after = text.slice(end, end + 40);
    const rest = INITIALS_AND_NAME.exec(after) ?? ARTICLE_SURNAME.exec(after);
    // compromise may stop at the third word of a four-part name ("Diego Luis Castro
    // Brandt"): a fourth capitalized word right after, ending the name run, is the name's.
    const fourth = !rest && nameWords(run[0]).length === 3 ? FOURTH_NAME.exec(after) : null;
    const words = nameWords(run[0] + (rest?.[0] ?? '') + (fourth && !NOT_A_FOURTH_NAME.test(fourth[1] ?? '') ? fourth[0] : ''));
    // "Will" opens a question ("Will Rask win?") more often than a name, but compromise's
    // "Will Brandt" in a sentence that asks nothing is a first name and a surname (not in
    // a headline's "What Rask Will Say").
    const [first, second] = run[0].split(/\s+/);
    if (first === 'Will' && second !== undefined && second === words[0] && !isCommonWord(second) && !isQuestion(text, end)) words.unshift(first);
    // "President of France Emmanuel Macron": a place before a full name is no part of it.
    while (words.length > 2 && read(at(words, 0)).places().found) words.shift();
    if (words.length === 0) continue;
    const honorific = p.honorific;
    const gender = /^(?:mrs|ms|miss)$/.test(honorific) ? 'female' : honorific === 'mr' ? 'male' : p.presumedGender === 'female' ? 'female' : p.presumedGender === 'male' ? 'male' : null;
    const wordStart = start + run.index + run[0].indexOf(at(words, 0));
    found.push({ start: wordStart, end: wordStart + words.join(' ').length, words, gender, sure: /^(?:mrs|ms|miss|mr)$/.test(honorific) });
  }
}

/** Whether the sentence around `at` ends with a question mark. */
function isQuestion(text: string, at: number): boolean {
  const end = /[.!?\n]/.exec(text.slice(at, at + 400));
  return end?.[0] === '?';
}

/** compromise misses some names: a title before a capitalized run marks a person too ("Rep. Omar Feld"). */
function titledNames({ text, quoted, read }: Reading, found: Candidate[]): void {
  for (const m of text.matchAll(new RegExp(String.raw`\b(?:${TITLE_ABBREVIATIONS})\.\s+(${NAME_RUN.source})`, 'g'))) {
    const at = m.index + m[0].length - group(m, 1).length;
    if (quoted(at)) continue;
    const words = nameWords(group(m, 1));
    if (words.length === 0) continue;
    // compromise may cut a titled name at a word that is also an adjective ("Sen. Lee Bright"): the title's run is the name.
    const cut = found.find((f) => f.start === at && f.words.length < words.length && words.slice(0, f.words.length).join(' ') === f.words.join(' '));
    if (cut && words.length <= 3) {
      cut.words = words;
      cut.end = at + words.join(' ').length;
      continue;
    }
    if (found.some((f) => f.start <= at && at < f.end)) continue;
    const guessed = words.length > 1 ? (read(words.join(' ')).people().json() as { person?: { presumed_gender?: string | null } }[])[0]?.person?.presumed_gender : null;
    const gender = /^M(?:rs|s)/.test(m[0]) ? 'female' : m[0].startsWith('Mr.') ? 'male' : guessed === 'female' || guessed === 'male' ? guessed : null;
    found.push({ start: at, end: at + words.join(' ').length, words, gender, sure: /^Mr?s?\./.test(m[0]) });
  }
}

/**
 * A first and last name that compromise does not know, as the subject of a verb ("Ines
 * Varga can be heard"), after a speech verb ("said Chiara Rahman"), or after a title or a
 * role, is a person too, unless it names a place or a body, or is part of a longer name of
 * an organization compromise found (`inLongerOrganization`). `byName` marks the names found before.
 */
function unknownFullNames({ text, quoted, read }: Reading, byName: Uint8Array, inLongerOrganization: (start: number, end: number) => boolean, found: Candidate[]): void {
  const oneWord = new Map(found.filter((f) => f.words.length === 1).map((f) => [f.start, f]));
  // (A first name may be initials, "T.J. Holm", but not a country's: "U.S. Navy".)
  const runs = new RegExp(String.raw`(?<![\w${UPPER}${LOWER}.])((?:${CAPITALIZED}(?:\s+[A-Z]\.)?|(?!(?:U\.S|U\.K|U\.N|E\.U|D\.C|N\.Y|L\.A)\.)[A-Z]\.(?:[A-Z]\.)?)${NAME_SPACE}(?:${PARTICLES})?${SURNAME})${NAME_END}`, 'g');
  for (let m = runs.exec(text); m; m = runs.exec(text)) {
    const at = m.index;
    // A third capitalized word that ends the run is the name's too ("said Aung Thu Win, the
    // director"), as a fourth is of a run of three compromise found; not a day, a month, a
    // suffix, nor a word that makes the run a body's, and not after an ordinary word, which
    // is a role ("Spokeswoman Ada Quist said").
    const two = m[1] ?? '';
    const third = FOURTH_NAME.exec(text.slice(at + two.length, at + two.length + 40))?.[0];
    const opener = two.split(/\s/)[0] ?? '';
    const whole = third !== undefined && !NOT_A_FOURTH_NAME.test(third.trim()) && !BODY_WORDS.test(third) && !ORG_WORDS.test(third) && !isCommonWord(opener) && !isRoleWord(opener, read);
    const run = whole ? two + third : two;
    // A run that is no name may hold one from its next word on ("Archbishop Aris Vardanyan":
    // a title is no first name; "Liberal Ivo Brandt": a party is none): the search goes on
    // there, and past the run once it is a name.
    runs.lastIndex = at + run.search(/\s/);
    const titleFirst = FIRST_WORD.exec(run);
    if (titleFirst && TITLE_WORDS.has(fold(titleFirst[1] ?? ''))) continue;
    // compromise may have found only the first word ("Walker" of "Walker Brandt", read as a surname): then the full name is the candidate.
    const first = byName[at] === 1 ? oneWord.get(at) : undefined;
    const partial = first && run.startsWith(`${first.words[0]} `) ? first : undefined;
    if (quoted(at) || (byName[at] === 1 && !partial)) continue;
    // (Not part of a longer name of an organization, "Savings Bank" of "the Alnes Savings
    // Bank"; but its owner may be a person, "Mayor Ada Quist's Council".)
    if (inLongerOrganization(at, at + run.length) && !/^['’]s\b/.test(text.slice(at + run.length, at + run.length + 3))) continue;
    // A title or a role right before it ("Secretary General Will Okoro", "spokeswoman Hope Lund").
    const before = text.slice(Math.max(0, at - 40), at);
    // (Not the start of a longer name: "activist Bergen Dock Workers Union members".)
    // (Capitalized where it opens the sentence, "Analyst Aigerim Bekova of Harbour Bank said";
    // not before a possessive, where the name is an owner: "Congressman X's office".)
    const opening = /(?:^|[.!?]["”’]?\s+)([A-Z][a-z]+)\s+$/.exec(before)?.[1]?.toLowerCase();
    const roleWord = /\b([a-z]+)\s+$/.exec(before)?.[1] ?? (opening !== undefined && !/^['’]s\b/.test(text.slice(at + run.length, at + run.length + 3)) ? opening : '');
    // (A role of the lexicon, or a noun of one who practises something: "biologist", "historian"; not "assist", "populist".)
    const practises = /[a-z]{3}(?:ist|ian)$/.test(roleWord) && read(roleWord).has('#Noun') && !/^['’]s\b/.test(text.slice(at + run.length, at + run.length + 3));
    const roled = (ROLE_NOUNS.has(roleWord) || practises) && !/^\s+[A-Z]/.test(text.slice(at + run.length, at + run.length + 3));
    // An age ("58-year-old Siosaia Tupou"), or an apposition to a noun of a person closed by
    // a comma or the sentence's end ("One patient, Siosaia Tupou, has", "said the director, Dagny Solheim.").
    const aged = /\b\d{1,3}-year-old\s+$/.test(before);
    const apposed = APPOSITION_CLOSE.test(text.slice(at + run.length, at + run.length + 3)) && APPOSED_TO.test(before);
    const titled = TITLE_BEFORE.test(before) || roled || aged || apposed;
    const relative = PERSON_RELATIVE.test(text.slice(at + run.length, at + run.length + 10));
    // A role in apposition after it: "Ivo Brandt, a teacher at the school, ...".
    const roleAfter = (ROLE_APPOSITION.exec(text.slice(at + run.length, at + run.length + 60))?.[1] ?? '').split(/\s+/).some((w) => PERSON_NOUNS.has(w));
    if (!(titled || relative || roleAfter || isSubject(text, at, at + run.length) || SPOKEN_BY.test(text.slice(Math.max(0, at - 12), at)) || OWNED_AFTER_VERB.test(text.slice(Math.max(0, at - 60), at)))) continue;
    const words = run.split(/\s+/);
    // A first name the name finder knows, then a surname, is a person though the two read as a place ("Helen Marsh": a marsh).
    // (Not when a third capitalized word follows: "John Berg" of "John Berg Lund" is no name of its own.)
    const placeLike = read(run).places().found || read(run).organizations().found;
    const firstName = placeLike && read(words[0] ?? '').has('#FirstName') && !/^\s+[A-Z]/.test(text.slice(at + run.length, at + run.length + 3));
    if (words.some((w) => NOT_NAMES.has(fold(w)) || TITLE_WORDS.has(fold(w))) || BODY_WORDS.test(run) || (placeLike && !firstName)) continue;
    // A first word that is an ordinary word ("Later Feld", "Only Dutch") is no first name, unless titled.
    if (!(titled || roleAfter) && read(words[0] ?? '').has('(#Adverb|#Verb|#Adjective|#Preposition|#Conjunction|#Determiner|#Pronoun)')) continue;
    if (partial) {
      partial.words = words;
      partial.end = at + run.length;
    } else found.push({ start: at, end: at + run.length, words, gender: null });
    runs.lastIndex = at + run.length;
  }
}

/** A lone capitalized word right before "said" and its like ("Solheim said") names a person the name finder may not know, unless it is a common word, a place or an organization. */
function loneSpeakers({ text, quoted, read }: Reading, byName: Uint8Array, found: Candidate[]): void {
  // One with an aside before the verb is given as a name there: a person, as "her husband,
  // Ivo," is. It stands after a space, a bracket or a dash, and a word in lower case or none:
  // after a capitalized word it would end a longer name. (Tested here rather than in the
  // pattern, where a look back at every character of the article was most of what the
  // search cost.)
  const apposed = [...text.matchAll(LONE_SPEAKER_APPOSED)].filter((m) => /(?:^|[\s(—–-])$/.test(text.slice(Math.max(0, m.index - 1), m.index)) && !LONE_WORD_AFTER_NAME.test(text.slice(Math.max(0, m.index - 40), m.index))).map((m) => ({ m, given: true }));
  // (The name finder may have found the word already: it is given as a name all the same.)
  const oneWord = new Map(found.filter((f) => f.words.length === 1).map((f) => [f.start, f]));
  for (const { m, given } of [...[...text.matchAll(LONE_SPEAKER)].map((m) => ({ m, given: false })), ...apposed]) {
    const at = m.index;
    const word = m[1] ?? '';
    const candidate = oneWord.get(at);
    if (given && candidate && !quoted(at)) candidate.given = true;
    if (quoted(at) || byName[at] === 1 || NOT_NAMES.has(fold(word)) || TITLE_WORDS.has(fold(word))) continue;
    if (isCommonWord(word) || read(word).has('(#Place|#Organization|#Pronoun|#Determiner|#Adverb|#Adjective|#Verb|#Preposition|#Conjunction|#Demonym)')) continue;
    found.push({ start: at, end: at + word.length, words: [word], gender: null, ...(given ? { given } : {}) });
    byName.fill(1, at, at + word.length);
  }
}

/** Words as the alternatives of a pattern, each matched literally. */
function alternation(words: readonly string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/**
 * A first name before a lone word found as a name, anywhere outside quotations, is that
 * person's full name: "With Peter Marsh at the helm, ... Marsh said".
 * (Only a first name, or a word of no other kind: not "Mayor Brandt", "Port Brandt".)
 */
function fullNamesOfLoneWords({ text, quoted, read }: Reading, byName: Uint8Array, found: Candidate[]): void {
  const lone = [...new Set(found.filter((f) => f.words.length === 1).map((f) => at(f.words, 0)))].filter((w) => w.length > 2);
  if (lone.length === 0) return;
  const runs = new RegExp(String.raw`(?<![\w${UPPER}${LOWER}.’'-])(${CAPITALIZED})${NAME_SPACE}(${alternation(lone)})${NAME_END}`, 'g');
  const surnames = new Set(found.filter((f) => f.words.length > 1).map((f) => f.words[f.words.length - 1]));
  for (const m of text.matchAll(runs)) {
    const first = m[1] ?? '';
    const at = m.index;
    if (quoted(at) || byName[at] === 1 || NOT_NAMES.has(fold(first)) || TITLE_WORDS.has(fold(first))) continue;
    // Only a first name the name finder knows, or a word it does not know at all ("Kwame"):
    // not a word of the language ("Port Brandt" is a place), a role ("Donor Brandt",
    // "Correspondent Ada", as a noun in -ent or -ant of one who does something is) or a
    // place's or a body's name; and such a word only before a surname that no full name
    // found has (a headline's "Mom Corners Brandt" is no namesake of Ivo Brandt's).
    const unknown = !read(first).has('#FirstName');
    if (unknown && (isCommonWord(first) || PLACE_OPENERS.has(fold(first)) || isRoleWord(first, read) || /[ae]nt$/.test(first) || read(first).has('(#Place|#Organization|#Verb|#Adjective|#Adverb|#Preposition|#Conjunction|#Determiner|#Pronoun)'))) continue;
    if (unknown && (surnames.has(m[2] ?? '') || read(`${first} ${m[2] ?? ''}`).places().found)) continue;
    // (Not the end of a longer name, "Hillary Rodham Clinton", nor the start of a hyphenated one.)
    const before = /([A-Z][\w’'.-]*)\s+$/.exec(text.slice(Math.max(0, at - 30), at))?.[1];
    if ((before !== undefined && !isCommonWord(before) && !read(before).has('(#Preposition|#Conjunction|#Determiner|#Adverb|#Pronoun)')) || /^[-’']/.test(text.slice(at + m[0].length, at + m[0].length + 1))) continue;
    const words = [first, m[2] ?? ''];
    found.push({ start: at, end: at + m[0].length, words, gender: null });
    byName.fill(1, at, at + m[0].length);
  }
}

/** Kin by the gender the word gives them. */
const KIN: Record<string, 'male' | 'female' | null> = {
  husband: 'male', son: 'male', father: 'male', brother: 'male', boyfriend: 'male', fiancé: 'male', grandson: 'male', grandfather: 'male', nephew: 'male', uncle: 'male', stepson: 'male', stepfather: 'male',
  wife: 'female', daughter: 'female', mother: 'female', sister: 'female', girlfriend: 'female', fiancée: 'female', granddaughter: 'female', grandmother: 'female', niece: 'female', aunt: 'female', stepdaughter: 'female', stepmother: 'female',
  partner: null, cousin: null,
};

/** Whose someone's kin is: "his", "her", "their", "Rask's". */
const KIN_OWNER = String.raw`(?:[Hh]is|[Hh]er|[Tt]heir|[${UPPER}][\w${LOWER}’'-]*['’]s)`;

/** Someone's kin, then a lone first name set off by commas: "her husband, Ivo, nodded", "Rask's daughter, Lena, said". */
const KIN_NAME = new RegExp(String.raw`\b${KIN_OWNER}\s+(${Object.keys(KIN).join('|')}),?\s+(${CAPITALIZED})(?=,|\s+[a-z])`, 'g');

/**
 * A noun of a person, in lower case, after an article, a possessive pronoun or an owner's
 * name, and the comma that opens an apposition: "one patient, ", "a bus driver, ",
 * "Rønning's wife, ", "the airline's chief executive, ". The nouns: a doer's ending, the
 * lexicon's roles, kin.
 */
const APPOSED_TO = new RegExp(
  String.raw`(?<![\w${UPPER}${LOWER}’'-])(?:[Aa]n?|[Tt]he|[Oo]ne|[Ii]ts|[Oo]ur|${KIN_OWNER})\s+(?:[a-z’'-]+\s+){0,2}(?:[a-z]+(?:${DOER_ENDINGS}|ant|ent)|${[...ROLE_NOUNS, ...Object.keys(KIN), 'colleague', 'neighbour'].join('|')})s?,\s+$`,
);

/** A lone first name in apposition to someone's kin is a person, of the kin's gender: "Her husband, Ivo, nodded. "...," he said." */
function kinNames({ text, quoted }: Reading, byName: Uint8Array, found: Candidate[]): void {
  const oneWord = new Map(found.filter((f) => f.words.length === 1).map((f) => [f.start, f]));
  for (const m of text.matchAll(KIN_NAME)) {
    const word = m[2] ?? '';
    const at = m.index + m[0].length - word.length;
    if (quoted(at) || NOT_NAMES.has(fold(word)) || TITLE_WORDS.has(fold(word))) continue;
    const gender = KIN[m[1] ?? ''] ?? null;
    // (The name finder may have found the name alone: "Erik" is a name it knows.)
    const known = oneWord.get(at);
    if (known) Object.assign(known, { given: true, gender: known.gender ?? gender });
    if (byName[at] === 1) continue;
    found.push({ start: at, end: at + word.length, words: [word], gender, given: true });
    byName.fill(1, at, at + word.length);
  }
}

/** A first name, "and", then a full name: "Ada and Greta Lunde", "Tom and Ines Varga". */
const FIRST_NAME_AND = new RegExp(String.raw`(?<![\w${UPPER}${LOWER}.’'-]\s?)(${CAPITALIZED})\s+and\s+$`);

/**
 * A first name joined by "and" to a full name shares its surname: "Ada and Greta Lunde
 * opened the restaurant" names Ada Lunde too (only a first name the name finder knows:
 * not "Bergen and Ada Lunde"). `byName` marks the names found before.
 */
function sharedSurnames({ text, quoted, read }: Reading, byName: Uint8Array, found: Candidate[]): void {
  for (const f of [...found]) {
    if (f.words.length !== 2) continue;
    const m = FIRST_NAME_AND.exec(text.slice(Math.max(0, f.start - 40), f.start));
    if (!m) continue;
    const first = m[1] ?? '';
    const start = f.start - m[0].length;
    if (quoted(start) || NOT_NAMES.has(fold(first)) || TITLE_WORDS.has(fold(first)) || !read(first).has('#FirstName')) continue;
    // (The name finder may have found the first name alone: it is the full name's.)
    const alone = found.find((g) => g.start === start && g.words.length === 1 && g.words[0] === first);
    if (alone) alone.words = [first, at(f.words, 1)];
    if (alone || byName[start] === 1) continue;
    const gender = (read(first).people().json() as { person?: { presumed_gender?: string | null } }[])[0]?.person?.presumed_gender;
    found.push({ start, end: start + first.length, words: [first, at(f.words, 1)], gender: gender === 'female' || gender === 'male' ? gender : null });
    byName.fill(1, start, start + first.length);
  }
}

/**
 * The people of the names found, in order, each mention registered with the roles its
 * titles and appositions give. Full names first, so that a lone word ("Lindqvist",
 * "Greta") can be told from a place or a thing compromise took for a person ("Bergen"):
 * it counts only as a known person's surname or first name, or with a title.
 */
function registerPeople({ text }: Reading, people: People, found: readonly Candidate[]): void {
  for (const f of found) if (f.words.length > 1) people.person(f.words, f.gender, undefined, f.sure);
  const titled = (f: Candidate) => TITLED.test(text.slice(Math.max(0, f.start - 12), f.start));
  const isKnown = (word: string) => people.isName(word);
  // A one-word name once introduced beside a speech verb ("Greta said") is a person too.
  const speaks = (f: Candidate) => SPEAKS_AFTER.test(text.slice(f.end, f.end + 20));
  for (const f of found) {
    if (f.words.length === 1 && !f.given && !isKnown(at(f.words, 0)) && !titled(f) && !speaks(f)) continue;
    // A lone word after "in", "at" or "from" is a place ("a press conference in Bergen").
    if (f.words.length === 1 && !isKnown(at(f.words, 0)) && /\b(?:in|at|from|near|to)\s+$/.test(text.slice(Math.max(0, f.start - 6), f.start))) continue;
    const known = people.person(f.words, f.gender, f.start, f.sure);
    if (!known || (f.words.length === 1 && beginsAnotherName(text, f.end, at(f.words, 0), known))) continue;
    people.mention(f.start, f.end, known, isSubject(text, f.start, f.end));
    for (const w of titlesBefore(text, f.start)) known.roles.add(TITLE_NAMES[w] ?? w);
    const apposition = appositionAfter(text, f.end);
    if (apposition) for (const w of apposition.split(/\s+/)) known.roles.add(fold(w).replace(/['’]s$/, ''));
    if (known.entity.role === null) {
      known.entity.role = findRole(text, f.start, f.end);
      for (const w of (known.entity.role ?? '').split(/\s+/).filter(Boolean)) known.roles.add(fold(w));
    }
  }
}

/** The capitalized word or initial after a name's word. */
const NEXT_CAPITALIZED = new RegExp(String.raw`^\s+([${UPPER}][\w${LOWER}.’'-]*)`);

/**
 * Whether `word`, `known`'s first name, ending at `end`, begins another's name: a
 * capitalized word or an initial other than the surname follows it ("James A. Lunde" is
 * not James Fossum; "Rich Heffley" is not Rich Beeson, where the name finder found "Rich" alone).
 */
function beginsAnotherName(text: string, end: number, word: string, known: Known): boolean {
  const next = NEXT_CAPITALIZED.exec(text.slice(end, end + 40))?.[1]?.replace(/['’]s$/, '');
  return word === known.first && word !== known.last && next !== undefined && next !== known.last;
}

/**
 * Every later use of a known surname or first name alone ("Brandt said") is a mention
 * too: one pass over the text for all the words (a pass for each person was quadratic in
 * a long article's length); where two people share a word, the first known has it.
 */
function mentionLaterUses({ text, quoted }: Reading, people: People): void {
  const covered = new Uint8Array(text.length + 1);
  for (const m of people.mentions) covered.fill(1, m.start, m.end);
  const byWord = new Map<string, Known>();
  for (const known of people.known) {
    for (const word of [known.last, ...(known.first && known.first.length > 2 ? [known.first] : [])]) if (!byWord.has(word)) byWord.set(word, known);
  }
  const words = [...byWord.keys()];
  for (const m of words.length === 0 ? [] : text.matchAll(new RegExp(`\\b(?:${alternation(words)})\\b`, 'g'))) {
    const word = m[0];
    if (quoted(m.index) || covered[m.index] === 1) continue;
    const owner = people.byWordAt(word, m.index) ?? got(byWord, word);
    if (beginsAnotherName(text, m.index + word.length, word, owner)) continue;
    people.mention(m.index, m.index + word.length, owner, isSubject(text, m.index, m.index + word.length));
    covered.fill(1, m.index, m.index + word.length);
    // ("Rask, a former harbour engineer, accused her": "the engineer" means him later.)
    const apposition = owner.entity.type === 'person' ? appositionAfter(text, m.index + word.length) : null;
    if (apposition) for (const w of apposition.split(/\s+/)) owner.roles.add(fold(w).replace(/['’]s$/, ''));
  }
}

/** A person's role where the text gives it: a title before the name ("President of France Emmanuel Macron"), an apposition after it ("Anna Duarte, a spokeswoman for the council") or before it ("the board's chairman, Victor Amsel"). */
function findRole(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 100);
  const title = /((?:[A-Z][a-z]+ )*(?:President|Prime Minister|Mayor|Minister|minister|Councillor|Chancellor|Governor|Senator|Secretary|Chairman|Director|Judge|engineer)(?: of [A-Z][a-z]+)?) $/.exec(before);
  if (title) return group(title, 1);
  // A role in lower case right before the name, after at most two capitalized words that
  // start it: "union steward Greta Wagner", "Crown prosecutor Ada Quist"; not a phrase
  // with a verb, a preposition or a conjunction in it ("came after rival Ada Quist").
  const role = roleBefore(before);
  if (role) return role;
  const apposition = /^, (?:a|an|the) ([^,.;"“”]+?)(?:,|\.|;|$)/.exec(after);
  if (apposition) return group(apposition, 1);
  // (Inside a clause, only a phrase that names a person: "with his wife, Jane Brekke", but not
  // "After the vote, Brandt said" nor "Asked if the strike would last, Brandt said".)
  const describes = (m: RegExpExecArray) => CLAUSE_START.test(before.slice(0, m.index)) || namesPerson(group(m, 1));
  const possessive = /\b(?:\w+(?:'s|’s)|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts) ([a-z][a-z ]+), $/.exec(before);
  if (possessive && describes(possessive)) return group(possessive, 1);
  const described = /\b[Tt]he ([a-z][a-z ]+), $/.exec(before);
  if (described && describes(described)) return group(described, 1);
  return null;
}

/** Up to two capitalized words (the whole of a run of them: not after another), up to two in lower case, and a noun, right before a name. */
const ROLE_BEFORE = /(?<![A-Z][A-Za-z]*\s|[A-Za-z'’-])((?:[A-Z][a-z]+ ){0,2}(?:[a-z]+ ){0,2}([a-z]+)) $/;
/** Words no role before a name holds: articles, pronouns, prepositions, conjunctions, adverbs and verbs of the narration. */
const NOT_IN_ROLE = new Set('a an the his her their its our my of to with as and or but after before for from by in on at into about than will would be is was took came wrote said says told asked ask called named plus while when if although though because which who that just also then now even only can could should may might must shall beat won met led hit left lost saw made gave ran sent sought brought kept got let put set face faced are what describe blow away fire'.split(' '));

/**
 * The role right before a name (the text `before` it), if the words there make one: a
 * person's noun, after the narration's words are left off its start ("from defence lawyer"
 * is "defence lawyer"), with none of them and no verb's form in -ed, -ing or -s left in it.
 */
function roleBefore(before: string): string | null {
  const m = ROLE_BEFORE.exec(before);
  const head = m?.[2] ?? '';
  if (!m || !ROLE_NOUNS.has(head) || /s$/.test(head)) return null;
  const words = group(m, 1).split(' ');
  const narration = (w: string) => NOT_IN_ROLE.has(w.toLowerCase());
  // (Not the end of a longer run of lower-case words, "former harbour board chair",
  // unless a word of the narration starts it: "heard from defence lawyer".)
  const wordBefore = /([a-z]+)\s+$/.exec(before.slice(0, m.index))?.[1];
  if (wordBefore !== undefined && !narration(wordBefore) && !narration(words[0] ?? '')) return null;
  while (words.length > 1 && narration(words[0] ?? '')) words.shift();
  const verbLike = (w: string, k: number) => k < words.length - 1 && /^[a-z]+(?:ing|ed|s)$/.test(w) && !/(?:ss|ics|ions)$/.test(w);
  return words.some((w, k) => narration(w) || verbLike(w, k)) ? null : words.join(' ');
}

/** Whether a phrase's head names a person by role or kin ("senior policy adviser", "wife", "chief of staff"; not "tenure as mayor"). */
function namesPerson(phrase: string): boolean {
  const head = roleHead(phrase.split(/\sas\s/)[0] ?? '');
  return ROLE_NOUNS.has(head) || head in KIN;
}

/** Where a clause starts: the text's or a sentence's start, a colon or semicolon, a quotation mark, ", and". */
const CLAUSE_START = /(?:^|[.!?:;"“”]\s*|\n\s*|,\s+(?:and|but)\s+)$/;

/**
 * The words of a description or a role up to its head noun, before what it is of: "mother"
 * of "mother of three", "pilot" of "pilot for Alnes Air"; the head is the last.
 */
export function uptoHead(words: readonly string[]): readonly string[] {
  const of = words.findIndex((w, k) => k > 0 && /^(?:of|for|at|in|with|from|to|on|who|that|whose)$/.test(w));
  return of > 0 ? words.slice(0, of) : words;
}

/** The head noun of a role ("pilot" of "pilot for Alnes Air", "fisherman" of "retired fisherman"). */
export function roleHead(role: string | null): string {
  return uptoHead((role ?? '').toLowerCase().split(/[^a-z0-9-]+/).filter(Boolean)).at(-1) ?? '';
}

/** Nouns that say a person's gender: kin, and "widow Sam Brekke", "Ivo Brandt, a retired widower". */
export const GENDERED: Record<string, 'male' | 'female'> = Object.fromEntries([
  ...Object.entries(KIN).filter((entry): entry is [string, 'male' | 'female'] => entry[1] !== null),
  ...'widow bride actress waitress heiress hostess princess queen duchess countess empress nun spokeswoman chairwoman congresswoman councilwoman businesswoman sportswoman policewoman stateswoman woman girl mom grandma'.split(' ').map((w) => [w, 'female']),
  ...'widower groom king prince duke emperor monk spokesman congressman councilman businessman sportsman policeman statesman man boy dad grandpa'.split(' ').map((w) => [w, 'male']),
]);
/** Someone's kin, opening its clause, and the comma of an apposition before a name: "His daughter, Priyanka Raghunathan,", "Rask's late wife, Ada Quist" (not "Like his mother, Tom ..."). */
const KIN_APPOSED_BEFORE = new RegExp(String.raw`(?:^|[.!?;]["”’]?\s+|\n)${KIN_OWNER}\s+(?:[a-z-]+\s+){0,2}([a-z]+),\s+$`);
/**
 * A gendered noun heading a description set off before a name, the description opening
 * its clause or following a verb of speech: "A spokeswoman for the council, Sunniva
 * Lyngstad", "said the chairman of the board, Tom Rask" (not "a friend of the
 * spokeswoman, Ada Quist", whose description is a friend's).
 */
const DESCRIBED_BEFORE = /(?:^|[.!?;:]["”’]?\s+|\n|,\s+|\b(?:said|says|told|added)\s+)(?:[Aa]n?|[Tt]he)\s+(?:[a-z-]+\s+){0,2}([a-z]+)(?:\s+(?:for|of|at|with|from|in|to)\s+[^,.;!?"“”\n]{1,50})?,\s+$/;
/** A gendered noun right before a name ("widow Sam Brekke", "Congresswoman Ada Quist"). */
const GENDERED_BEFORE = /(?:^|[\s(])([A-Za-zé]+)\s+$/;
/** An apposition after a name, up to its first preposition: "Sam Brekke, a retired widow from Alnes," "Ivo Brandt, her husband". */
const APPOSITION_AFTER = /^,\s+(?:a|an|the|his|her|their)\s+((?:(?!(?:of|for|to|from|in|at|on|with|who|whose|and)\b)[\w/é-]+\s*){1,4})/;

/**
 * A person's gender from a noun that says it, next to a full name, where no honorific
 * did: a widow is a woman, whatever a first name such as Sam suggests. It outweighs a
 * guess from the first name, and the article's pronouns do not change it.
 */
function genderOfNouns(text: string, people: People): void {
  const votes = new Map<Known, number>();
  for (const m of people.mentions) {
    if (m.entity.type !== 'person' || !/\s/.test(text.slice(m.start, m.end))) continue;
    const before = (GENDERED_BEFORE.exec(text.slice(Math.max(0, m.start - 30), m.start)) ?? KIN_APPOSED_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start)) ?? DESCRIBED_BEFORE.exec(text.slice(Math.max(0, m.start - 100), m.start)))?.[1]?.toLowerCase();
    // (The apposition's head, its last word before a preposition: "a retired widow from Alnes" is a widow, "a friend of the widow" is not.)
    const after = APPOSITION_AFTER.exec(text.slice(m.end, m.end + 60))?.[1]?.trim().split(/\s+/).pop();
    const gender = GENDERED[before ?? ''] ?? GENDERED[after ?? ''];
    if (!gender) continue;
    const known = people.of(m.entity);
    votes.set(known, (votes.get(known) ?? 0) + (gender === 'male' ? 1 : -1));
  }
  for (const [known, v] of votes) {
    if (known.sure || v === 0) continue;
    known.gender = v > 0 ? 'male' : 'female';
    known.sure = true;
  }
}

/** "her" as a verb's object, not a possessive: "asked her", "told her". */
const OBJECT_HER = /\b(?:asked|told|gave|showed|warned|urged|pressed|thanked|called|sent|offered|reminded|assured)\s+her\b(?!\s+[a-z]+(?:s|ed)?\s+(?:was|is|were|are|had|has))/i;

/** Gender from the article itself: the pronouns that follow a person's mentions in the same sentence. */
function learnGender(text: string, people: People, quoted: (at: number) => boolean): void {
  const votes = new Map<Known, number>();
  const mentions = people.mentions;
  mentions.forEach((m, i) => {
    // A lone surname may stand for either of two namesakes (Tom and Ines Varga): only full names vote.
    if (!/\s/.test(text.slice(m.start, m.end))) return;
    // Up to the next person named: in "Tom Rask told the court that Ada Quist had sold her boat" her is Quist's.
    let end = m.end + 200;
    for (let j = i + 1; j < mentions.length && (mentions[j]?.start ?? end) < end; j++) {
      const n = mentions[j];
      if (n && n.entity !== m.entity && n.entity.type === 'person') end = n.start;
    }
    const rest = text.slice(m.end, end);
    const stop = rest.search(/[.!?](?:\s|$)/);
    const sentence = stop < 0 ? rest : rest.slice(0, stop);
    // The first subject pronoun after the name in its sentence most often means it ("X said
    // she ..."); an object or a possessive there as often means another ("X called her").
    // (Nor one after an object of that gender: in "X asked him why he had sailed" he is the one asked.)
    let v = 0;
    for (const p of sentence.matchAll(/\b(he|she)\b/gi)) {
      if (quoted(m.end + p.index)) continue;
      // ("Rask lied to the court, she said": the one who says it, of a clause about the name.)
      if (/,\s*$/.test(sentence.slice(0, p.index)) && SPEAKS_AFTER_ANY.test(sentence.slice(p.index + p[0].length))) break;
      const he = /^he$/i.test(group(p, 1));
      if (!(he ? /\bhim\b/i : OBJECT_HER).test(sentence.slice(0, p.index))) v = he ? 1 : -1;
      break;
    }
    // The first of the next sentence, before anyone else is named, may say otherwise: in
    // "Ada Quist said he had been riding home. "...," she said." the first pronoun is
    // another's, the second hers, and the two leave her gender unknown. (It only takes a
    // vote away: alone, it as often means someone the sentence before named in passing.)
    if (v !== 0 && m.subject && stop >= 0) {
      for (const p of rest.slice(stop + 1).matchAll(/\b(he|she)\b|[.!?](?=\s|$)/gi)) {
        if (quoted(m.end + stop + 1 + p.index)) continue;
        if (p[1] !== undefined && (/^he$/i.test(p[1]) ? 1 : -1) !== v) v = 0;
        break;
      }
    }
    const known = people.of(m.entity);
    votes.set(known, (votes.get(known) ?? 0) + v);
  });
  // The article's own pronouns outweigh a guess from the first name.
  for (const [known, v] of votes) if (!known.sure && (known.gender === null ? v !== 0 : Math.abs(v) >= 2)) known.gender = v > 0 ? 'male' : 'female';
}

/** A verb of speech ending a text: "said", "noted" (SPEECH_VERBS; not one whose object is the one spoken to: "told", "asked"). */
const SPEECH_VERB_AT_END = new RegExp(String.raw`\b(?!(?:told|tells?|asked|asks?|urged|urges|warned|warns|promised|promises|reminded|assured)$)(?:${SPEECH_VERBS})$`);

/**
 * Whether the words before a name end on a verb of speech, with titles, an owner and a
 * role between them: the name is the verb's subject, set after it ("said Rep. Ada
 * Quist", "noted the Ledger's Tom Rask", "says Chief Inspector Ivo Brandt"); not "said
 * he met Ivo Brandt", where a word of another kind stands between, nor "asked Ivo Brandt".
 */
export function spokenBefore(before: string): boolean {
  const words = before.trimEnd().split(/\s+/);
  for (let k = words.length - 1, between = 0; k >= 0 && between <= 4; k--, between++) {
    const word = words[k] ?? '';
    if (SPEECH_VERB_AT_END.test(word)) return true;
    const bare = word.replace(/[.,]$/, '').replace(/['’]s$/, '');
    if (!(/^[A-Z]/.test(bare) || /^(?:the|a|an)$/.test(bare) || ROLE_NOUNS.has(bare) || TITLE_WORDS.has(bare))) return false;
  }
  return false;
}
