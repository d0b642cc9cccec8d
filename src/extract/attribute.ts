import type { Entity } from '../data/types.js';
import { PERSON_NOUNS, NAME_RUN, nameWords, type Known, type People } from './people.js';
import type { FoundQuote, Range } from './quotes.js';

// Who said a quotation: an ordered set of rules, most precise first, in the manner of
// Stanford CoreNLP's quote attribution sieve (Muzny et al. 2017). Each rule reads the
// words next to the quotation; the first that names a speaker wins.
//
//   1. a transcript label:      "HOLLIS: Well, first ..."          HOLLIS: "..."
//   2. cue after, verb first:   "...," said Rep. Dana Hollis of Oregon.
//   3. cue after, speaker first:"...," Rep. Omar Feld (D-Ore.) said.   "...," she told reporters.
//   4. cue before:              Dutch Finance Minister Petra Aalders told reporters: "..."
//                               Feld wrote on Friday that the plan was "reckless".
//   5. according to:            According to the mayor, the pipes are "older than anyone thought".
//   6. continuity:              a quotation without a cue continues the speaker of the quotation
//                               before it in its paragraph, or of the paragraph before when it opens
//                               its paragraph; else the person last named in its paragraph; else the
//                               speaker before.
//
// The words that stand for the speaker (its "mention") are then resolved: a name to its
// person (one entity for "Maria Lindqvist", "Lindqvist" and "Ms. Lindqvist"); a pronoun to
// the nearest person before it whose gender agrees, learned from the article; a
// description ("the mayor", "the Oregon congressman") to the person whose title or role has
// its words, else the last person named; anything else that speaks (FactDesk, the
// Harbour Trust, the letter, one caller) to an organization or group of its own.

/** Verbs that report speech or writing. */
export const SPEECH_VERBS =
  'said|says|say|told|tells|tell|tweeted|tweets|wrote|writes|added|adds|asked|asks|argued|argues|insisted|insists|warned|warns|joked|jokes|' +
  'noted|notes|explained|explains|continued|continues|replied|replies|responded|responds|stated|states|declared|declares|announced|announces|' +
  'urged|urges|claimed|claims|recalled|recalls|acknowledged|acknowledges|admitted|admits|complained|complains|countered|counters|conceded|' +
  'concedes|suggested|suggests|predicted|predicts|promised|promises|vowed|vows|posted|posts|shouted|yelled|remarked|observed|observes|' +
  'emphasized|emphasizes|stressed|stresses|contended|contends|maintained|maintains|alleged|alleges|boasted|boasts|quipped|quips|concluded|' +
  'concludes|described|describes|reads|read|found|finds|commented|comments|chanted|chants|put it|puts it|charged|charges|testified|testifies|agreed|agrees|cautioned|mused|wondered|sighed|laughed|' +
  'exclaimed|recounted|reported|reports|pointed out|points out|went on|goes on|called|calls|call|demanded|demands|thundered|scoffed|snapped|pleaded|' +
  'tweeting|saying|telling|writing|adding|asking|noting|arguing|warning|calling';

const VERB = `(?:${SPEECH_VERBS})`;
/** A word in -ly that is an adverb: not "family", "ally", "rally", "assembly" or "supply". */
const LY_ADVERB = String.raw`(?!(?:fami|a|ra|assemb|supp|bul|ita|ju|emi|ho|app|rep|be|je|ta|si)ly\b)[a-z]+ly`;

const ADVERB = String.raw`(?:(?:${LY_ADVERB}|also|later|then|once|recently|previously|repeatedly|simply|quickly|flatly|bluntly|again|often|publicly|privately|earlier|has|had|have|would|will|did|was|were|is)\s+)*`;
const PRONOUN = /^(?:he|she|they|it|him|her|them|we|i)$/i;

/** Small words inside the name of an organization ("Department of Justice"). */
const ORG_SMALL_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in', '&']);
/** Words that make a capitalized name an organization's, not a person's. */
const ORG_WORDS = /\b(?:Committee|Council|Department|Agency|Party|Campaign|House|Senate|Congress|Court|Times|Post|Journal|News|Network|Institute|Foundation|Association|Union|Bureau|Office|Commission|Group|Center|Centre|University|Republicans|Democrats|Administration|Police|Service|Board|Fund|Nations|Organization|Company|Corporation|Inc|Hill)\b/;

/** Capitalized words that are no part of a name: verbs and pronouns at a sentence's start. */
const NOT_SUBJECT = /^(?:Is|Was|Are|Were|Has|Have|Had|Says|Said|Will|Would|Can|Could|To|Which|Who|She|He|They|It|We|I|After|Before|When|While|But|And|So|If|In|On|At|This|That|These|Those|With|Without|For|From|As|Since|Despite|During|Under|Over|Among|Amid|Though|Although|Because|Only|Even)$/;

/** Words that open a sentence's introductory phrase, before its subject. */
const INTRO = String.raw`(?:In|At|On|After|Before|During|Since|Speaking|Asked|Later|Earlier|Still|Yet|However|Meanwhile|Also|Last|This|When|While|As|Although|Though|Because|If|With|Without|For|From|Despite|Amid|Under|Over|Through|By|To|Even)`;

/** What makes the next word a noun: a determiner, a possessive or an adjective-like compound. */
const NOUN_BEFORE = /(?:\b(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those|of|whose|several|many|some|recent|late-night|[a-z]+-[a-z]+|who|which)|['’]s)\s+$/i;

/** A description with no role to match names one of this many people last named as subjects. */
const DESCRIPTION_CANDIDATES = 3;
/** Nouns that name what an organization writes: "the statement", "the article". */
const DOCUMENT_NOUNS = new Set('statement article piece story editorial column memo report release'.split(' '));
/** Nouns that name an organization by what it is: "the agency", "the campaign". */
const ORG_NOUNS = new Set('agency commission committee company campaign department council group organization network newspaper paper court board administration government party union association institute foundation firm bank office bureau'.split(' '));

/** How a speaker was found: the rule, and the words that say so. */
export interface Attribution {
  speaker: Entity | null;
  cue: Range | null;
}

/**
 * The article's text with the dots of abbreviations and initials ("Rep.", "B.") and the
 * brackets of parentheticals ("(R-Fla.)") blanked out, offsets unchanged: sentence and
 * phrase boundaries are then the real ones.
 */
export function maskText(text: string): string {
  return text
    .replace(/\([^()\n]{0,60}\)/g, (m) => ' '.repeat(m.length))
    .replace(/\b(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Del|Lt|Gen|Col|Capt|Sgt|Rev|St|Jr|Sr|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|U\.S|U\.N|D\.C|Inc|Corp|Co|Ltd|Mt|Ft|[A-Z])\./g, (m) => `${m.slice(0, -1)}\u2024`);
}

/** Attributes every quotation of an article; `quotes` are the speech quotations in order. */
export function attributeQuotes(text: string, quotes: readonly FoundQuote[], paras: readonly Range[], people: People, quoted: (at: number) => boolean): Map<FoundQuote, Attribution> {
  const masked = maskText(text);
  const result = new Map<FoundQuote, Attribution>();
  let lastSpeaker: Entity | null = null;
  const speakerMentions: { at: number; entity: Entity }[] = [];

  /** The person a mention's words mean at `at`, or an organization or group that speaks. */
  const resolve = (np: string, npStart: number): Entity | null => {
    const clean = np.replace(/\s+/g, ' ').replace(/^[\s,;:—–-]+|[\s,;:—–-]+$/g, '');
    if (clean === '' || clean.length > 120) return null;
    const bare = clean.replace(/^(?:and|but|as|while|when|that|so|even|only|also|still|now|then|meanwhile|later|earlier|instead)\s+/i, '');
    if (PRONOUN.test(bare)) return pronoun(bare.toLowerCase(), npStart);
    // A name the text gave (registered), or a new one, inside the words: the last one is the head.
    // Two named subjects ("Feld and Lindqvist"): the two of them speak, as a group.
    const pair = /^([A-Z][^,]*?)\s+and\s+([A-Z][^,]*)$/.exec(bare);
    if (pair && [pair[1], pair[2]].every((side) => nameWords(side as string).length > 0 && /^[A-Z]/.test(side as string)) && bare.split(' ').length <= 8) {
      const both = people.mentions.filter((m) => m.start >= npStart && m.end <= npStart + np.length && m.entity.type === 'person');
      if (both.length >= 2) return people.group(bare, 'group').entity;
    }
    // A person named inside the words is the speaker (the first: "Rep. Dana Hollis of
    // Maryland"); not one named after a preposition or as a possessive inside a
    // description ("a narrator in the council's advert", "the advert's narrator").
    const inside = people.mentions.filter((m) => m.start >= npStart && m.end <= npStart + np.length);
    const determined = /^(?:the|a|an|one|another)\s/i.test(bare);
    const person = inside.find((m) => m.entity.type === 'person' && m.subject) ?? (determined ? undefined : inside.find((m) => m.entity.type === 'person' && !/^['’]/.test(text.slice(m.end, m.end + 1))));
    if (person) return person.entity;
    // "Lindqvist's campaign", "Feld's lawyers": what belongs to someone speaks for itself.
    if (/^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s?\s+[a-z]/.test(bare) && !NOT_SUBJECT.test(bare.split(/['’\s]/)[0] as string) && bare.split(' ').length <= 5) return people.group(bare, 'group').entity;
    // "the nominee Ada Quist's doctor": the head after the possessive is the speaker, not the owner.
    if (/[A-Z][\w-]*['’]s\s+[a-z]+(?:\s+[a-z]+)?$/.test(bare) && bare.split(' ').length <= 8) return people.group(bare, 'group').entity;
    if (inside.length > 0 && !/^(?:the|a|an)\s/i.test(bare)) return (inside[0] as { entity: Entity }).entity;
    const runs = [...bare.matchAll(NAME_RUN)].map((m) => nameWords(m[0])).filter((w) => w.length > 0);
    // "The International Grain Council", "The Ledger": an article before a proper name.
    if (/^the\s+[A-Z]/i.test(bare) && bare.split(' ').slice(1).every((w) => /^[A-Z0-9]/.test(w) || ORG_SMALL_WORDS.has(w)) && bare.split(' ').length <= 8) return people.group(bare).entity;
    // "my father", "their attorneys": someone the text describes by a relation, nobody named.
    if (/^(?:my|his|her|their|our|your)\s+[a-z]/i.test(bare) && bare.split(' ').length <= 5) return people.group(bare, 'group').entity;
    // "52 percent of voters", "two in three residents": a share of people, named by its words.
    if (/^\d/.test(bare) && bare.split(' ').length <= 8) return people.group(bare, 'group').entity;
    // "officials at the Grain Council", "aides to the mayor": a group named by its words.
    if (PERSON_NOUNS.has((bare.split(' ')[0] ?? '').toLowerCase()) && bare.split(' ').length <= 8) return people.group(bare, 'group').entity;
    const description = /^(?:the|a|an|one|another|two|three|several|some|many)\s+(.+)$/i.exec(bare);
    if (description) return describe(bare, (description[1] as string).toLowerCase(), npStart);
    const run = runs[runs.length - 1];
    if (run) {
      const named = run.length === 1 ? people.byWordAt(run[0] as string, npStart) : undefined;
      if (named) return named.entity;
    }
    // Only capitalized words (and a few small ones): the name of an organization or a
    // medium ("FactDesk", "The Ledger", "Budget Committee Democrats"), or of a person.
    const words = bare.split(' ');
    if (words.length <= 6 && words.every((w) => (/^[A-Z0-9]/.test(w) && !NOT_SUBJECT.test(w)) || ORG_SMALL_WORDS.has(w)) && /^[A-Z]/.test(bare)) {
      if (run && run.length >= 2 && run.length === words.length && !ORG_WORDS.test(bare)) return (people.person(run) as Known).entity;
      return people.group(bare).entity;
    }
    return null;
  };

  /** A description: a person whose titles or role have its words, else the last person named; a thing that speaks is a group of its own. */
  const describe = (np: string, rest: string, at: number): Entity | null => {
    const words = rest.replace(/['’]s\b/g, '').split(/[^a-z0-9-]+/).filter(Boolean);
    const head = words[words.length - 1] ?? '';
    const indefinite = /^(?:a|an|one|another|two|three|several|some|many)\s/i.test(np);
    // A possessive makes a new one: "the advert's narrator" is nobody named before.
    if (PERSON_NOUNS.has(head) && !indefinite && !/['’]s\s/.test(rest)) {
      const byRole = recentPeople(at).find((k) => words.every((w) => k.roles.has(w) || w === head) && k.roles.has(head));
      if (byRole) return byRole.entity;
      const anyRole = recentPeople(at).find((k) => k.roles.has(head));
      if (anyRole) return anyRole.entity;
      // No role says so: the most talked-about of the last people named.
      const recent = recentPeople(at, true).slice(0, DESCRIPTION_CANDIDATES);
      const count = (k: Known) => people.mentions.filter((m) => m.entity === k.entity && m.start < at).length;
      return recent.reduce<Known | undefined>((best, k) => (!best || count(k) > count(best) ? k : best), undefined)?.entity ?? null;
    }
    if ((ORG_NOUNS.has(head) || DOCUMENT_NOUNS.has(head)) && !indefinite) {
      // "the agency", "the commission": the last organization named with that word, else
      // the last named; "the statement", "the article": the last organization named, which
      // wrote it.
      const orgs = people.mentions.filter((m) => m.start < at && m.entity.type === 'organization').reverse();
      const named = orgs.find((m) => m.entity.name.toLowerCase().includes(head)) ?? orgs[0];
      if (named) return named.entity;
    }
    if (words.length === 0 || words.length > 6) return null;
    return people.group(np, PERSON_NOUNS.has(head) ? 'group' : 'organization').entity;
  };

  /** People named before `at`, nearest first (each once), with the speakers of earlier quotations; with `subjects`, only where they were the subject. */
  const recentPeople = (at: number, subjects = false): Known[] => {
    const seen = new Set<Entity>();
    const out: Known[] = [];
    const events = [
      ...people.mentions.filter((m) => m.start < at && (!subjects || m.subject)).map((m) => ({ at: m.start, entity: m.entity })),
      ...speakerMentions.filter((m) => m.at < at),
    ].sort((a, b) => b.at - a.at);
    for (const e of events) {
      if (seen.has(e.entity) || e.entity.type !== 'person') continue;
      seen.add(e.entity);
      out.push(people.of(e.entity));
    }
    return out;
  };

  /** A pronoun: the nearest person before it whose gender agrees; "they" and "it", the nearest group or organization. */
  const pronoun = (word: string, at: number): Entity | null => {
    if (word === 'we' || word === 'i') return null;
    if (word === 'they' || word === 'them' || word === 'it') {
      const groups = [...people.mentions, ...speakerMentions.map((m) => ({ start: m.at, entity: m.entity }))]
        .filter((m) => m.start < at && m.entity.type !== 'person')
        .sort((a, b) => b.start - a.start);
      return groups[0]?.entity ?? null;
    }
    const gender = word === 'he' || word === 'him' ? 'male' : 'female';
    // The nearest person who may be meant (the same gender, or one the article does not
    // tell), named as a subject; else named at all.
    const fits = (k: Known) => k.gender === gender || k.gender === null;
    return (recentPeople(at, true).find(fits) ?? recentPeople(at).find(fits) ?? recentPeople(at)[0])?.entity ?? null;
  };

  const sentenceStart = (para: Range, at: number) => {
    const before = masked.slice(para.start, at);
    let start = para.start;
    for (const m of before.matchAll(/[.!?]["”’]?\s+(?=["“‘]?[A-Z])/g)) {
      // A sentence end inside a quotation does not end the narration's sentence.
      if (!quoted(para.start + m.index) || /["”’]/.test(m[0])) start = para.start + m.index + m[0].length;
    }
    return start;
  };

  /** Rules 1–5: the speaker from the words next to the quotation, or null. */
  const byCue = (q: FoundQuote): Attribution | null => {
    const para = paras[q.paragraph] as Range;
    // 1. A transcript label at the start of the quotation, or just before it.
    const label = /^([A-Z][A-Z.'’ -]{1,30}[A-Z]):\s/.exec(text.slice(q.start, q.start + 40));
    if (label) return { speaker: labelSpeaker(label[1] as string, q.start), cue: { start: q.start, end: q.start + (label[1] as string).length } };
    const open = q.start - 1;
    const before = text.slice(para.start, open);
    const outside = /(?:^|\n)\s*([A-Z][A-Z.'’ -]{1,30}[A-Z]):\s*$/.exec(before);
    if (outside) {
      const start = para.start + outside.index + outside[0].indexOf(outside[1] as string);
      return { speaker: labelSpeaker(outside[1] as string, start), cue: { start, end: start + (outside[1] as string).length } };
    }
    // A person's name as a label: Holm: "The roof leaks."
    const named = new RegExp(String.raw`(${NAME_RUN.source}):\s*$`).exec(before);
    if (named) {
      const start = para.start + named.index;
      const words = nameWords(named[1] as string);
      const known = people.known.find((k) => k.entity.type === 'person' && k.last === words[words.length - 1]);
      if (known) return { speaker: known.entity, cue: { start, end: start + (named[1] as string).length } };
    }
    // 2 and 3. The cue right after the quotation, up to the next quotation.
    const close = q.closed ? q.end + 1 : q.end;
    const next = [...masked.slice(close, para.end)].findIndex((c) => c === '"' || c === '“');
    const limit = next < 0 ? para.end : close + next;
    const after = masked.slice(close, limit);
    // A quotation that ends its sentence ("... escapades." The agency said ...) has its cue
    // after it only when the cue is a sentence of its own ("..." Feld said.).
    const endsSentence = /[.!?]$/.test(text.slice(q.start, q.end).trimEnd()) && /^\s+["“]?[A-Z]/.test(after);
    const ownSentence = (end: number) => !endsSentence || /^\s*(?:[.!?]|$)/.test(masked.slice(end, end + 3)) || /^,/.test(masked.slice(end, end + 1));
    const verbFirst = new RegExp(String.raw`^[\s,.!?—–-]*(${VERB})\s+([^,.;:!?"“”]{1,100})`).exec(after);
    if (verbFirst) {
      const npStart = close + verbFirst.index + verbFirst[0].length - (verbFirst[2] as string).length;
      const speaker = ownSentence(npStart + (verbFirst[2] as string).length) ? resolve(text.slice(npStart, npStart + (verbFirst[2] as string).length), npStart) : null;
      if (speaker) return { speaker, cue: { start: close + after.indexOf(verbFirst[1] as string), end: npStart + (verbFirst[2] as string).trimEnd().length } };
    }
    // A source after the quotation: "...," according to the agency. / "...," per the rules.
    const sourced = /^[\s,]*(?:according to|per)\s+([^,.;:!?"“”]{1,80})/i.exec(after);
    if (sourced) {
      const npStart = close + sourced.index + sourced[0].length - (sourced[1] as string).length;
      const speaker = resolve(text.slice(npStart, npStart + (sourced[1] as string).length), npStart);
      if (speaker) return { speaker, cue: { start: close + after.search(/\S/), end: npStart + (sourced[1] as string).trimEnd().length } };
    }
    // A signature after the quotation: "..." ― Olga Brandt.
    const signed = new RegExp(String.raw`^\s*[―—–-]+\s*(${NAME_RUN.source})`).exec(text.slice(close, limit));
    if (signed) {
      const npStart = close + signed.index + signed[0].length - (signed[1] as string).length;
      const speaker = resolve(signed[1] as string, npStart) ?? (people.person(nameWords(signed[1] as string)) as Known | null)?.entity ?? null;
      if (speaker) return { speaker, cue: { start: close + signed.index + signed[0].search(/\S/), end: npStart + (signed[1] as string).length } };
    }
    const speakerFirst = new RegExp(String.raw`^[\s,.!?—–-]*([^,.;:!?"“”]{1,100}?)(?:,\s+[^"“”.;:]{1,140}?,)?\s+${ADVERB}(${VERB})\b`).exec(after);
    if (speakerFirst) {
      const npStart = close + after.indexOf(speakerFirst[1] as string);
      const verbEnd = close + speakerFirst.index + speakerFirst[0].length;
      // "...," while others said: a new clause, with a speaker of its own.
      const newClause = /^(?:while|whereas|and|but|although|though|as|when|if)\s/i.test(speakerFirst[1] as string);
      const speaker = ownSentence(verbEnd) && !newClause ? resolve(text.slice(npStart, npStart + (speakerFirst[1] as string).length), npStart) : null;
      if (speaker) return { speaker, cue: { start: npStart, end: verbEnd } };
    }
    // 4. A reporting verb before the quotation in its sentence; its subject is the speaker.
    // (After any quotation earlier in the sentence: its words are not the narration's.)
    const sentence = sentenceStart(para, open);
    const lastMark = Math.max(...['"', '“', '”'].map((c) => masked.lastIndexOf(c, open - 1)));
    const from = Math.max(sentence, lastMark + 1);
    const lead = masked.slice(from, Math.max(from, open));
    if (!/["“”]/.test(lead)) {
      // A verb after a determiner or a possessive is a noun ("the tweets", "Feld's claims").
      const verbs = [...lead.matchAll(new RegExp(String.raw`\b(${VERB})\b`, 'g'))].filter((v) => !NOUN_BEFORE.test(lead.slice(Math.max(0, (v.index ?? 0) - 20), v.index)));
      for (let v = 0; v < verbs.length; v++) {
        const verb = verbs[v] as RegExpMatchArray;
        const subjectText = lead.slice(0, verb.index).replace(new RegExp(String.raw`\s+${ADVERB}$`), ' ');
        const cue = (at: number) => ({ start: at, end: from + (verb.index ?? 0) + (verb[1] as string).length });
        // The subject: the words since the last clause break before the verb, or, where
        // those are an apposition or a relative clause ("Anna B. Kowal, one of the
        // mayor's closest advisers, recalled"; "One curator, who asked not to be named,
        // said"), the words before them.
        // ("Feld and Quist call": "and" between two names joins subjects; it breaks no clause.)
        let clauseBreak = subjectText.search(/\b(?:that|and|but|while|as|when|because|if|though|although)\s+[^,]*$/);
        if (clauseBreak > 0 && /^and\s+[A-Z]/.test(subjectText.slice(clauseBreak)) && /[A-Z][\w’'-]*\s+$/.test(subjectText.slice(0, clauseBreak))) {
          const before = subjectText.slice(0, clauseBreak).search(/\b(?:that|but|while|as|when|because|if|though|although)\s+[^,]*$/);
          clauseBreak = before;
        }
        const segments: { text: string; at: number }[] = [];
        let at = 0;
        for (const part of subjectText.split(/[,;:]/)) {
          segments.push({ text: part, at });
          at += part.length + 1;
        }
        const lastSegment = segments[segments.length - 1] as { text: string; at: number };
        if (clauseBreak >= 0 && clauseBreak >= lastSegment.at) {
          const m = /^(?:that|and|but|while|as|when|because|if|though|although)\s+/.exec(subjectText.slice(clauseBreak)) as RegExpExecArray;
          lastSegment.text = subjectText.slice(clauseBreak + m[0].length);
          lastSegment.at = clauseBreak + m[0].length;
        }
        // An aside's own reading is kept only if the words before it name nobody.
        let fallback: Attribution | null = null;
        for (let k = segments.length - 1; k >= 0 && k >= segments.length - 3; k--) {
          const segment = segments[k] as { text: string; at: number };
          const np = segment.text.trim();
          if (np === '') continue;
          const npStart = from + segment.at + segment.text.indexOf(np);
          // An aside: a relative clause, an apposition (with an article, a possessive, or in
          // lower case: "president of the teachers' union").
          const aside = k > 0 && (/^(?:who|which|whose|a|an|the|one|another|himself|herself|now|then|also|however|too)\b/i.test(np) || /^[A-Z][\w.-]*['’]s\s/.test(np) || /^[a-z]/.test(np));
          const speaker = /^(?:who|which|whose)\b/i.test(np) ? null : resolve(text.slice(npStart, npStart + np.length), npStart);
          if (aside) {
            if (speaker && !fallback) fallback = { speaker, cue: cue(npStart) };
            continue;
          }
          if (speaker) return { speaker, cue: cue(npStart) };
          break;
        }
        if (fallback) return fallback;
      }
      // 4b. No reporting verb: the subject of the sentence, a person or a pronoun that
      // opens it ("Feld openly praises the plan as a "fair deal"").
      // (After an opening phrase: "In a speech on Friday, she ...", "On Monday they ...".)
      const subject =
        new RegExp(String.raw`^\s*(?:${INTRO}\b[^,]{0,60},\s+)?(${NAME_RUN.source}|[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b(?!['’]s)`).exec(lead) ??
        new RegExp(String.raw`^\s*${INTRO}\s+(?:[\w’'-]+\s+){0,4}?(he|she|they|it)\b`).exec(lead);
      if (subject && !verbs.length) {
        const npStart = from + subject.index + subject[0].length - (subject[1] as string).length;
        const isPronoun = PRONOUN.test(subject[1] as string);
        const words = nameWords(subject[1] as string);
        const last = words[words.length - 1];
        const named = people.mentions.find((m) => m.start === npStart && m.entity.type === 'person')?.entity ?? people.known.find((k) => k.entity.type === 'person' && last !== undefined && (k.last === last || k.entity.name === words.join(' ')))?.entity;
        // A name that is no person's, right before a verb ("Norway branded", "Unions also
        // blasted", "FactDesk then ruled"): a country, an organization or a group speaks.
        const acts = !named && !isPronoun && new RegExp(String.raw`^\s+${ADVERB}[a-z]+(?:ed|s)\b`).test(lead.slice(npStart - from + (subject[1] as string).length));
        const group = acts && !NOT_SUBJECT.test((subject[1] as string).split(' ')[0] as string) ? people.group(subject[1] as string).entity : null;
        const speaker = isPronoun ? pronoun((subject[1] as string).toLowerCase(), npStart) : (named ?? group);
        if (speaker) return { speaker, cue: null };
      }
      // 5. According to ... (or per ...)
      const according = /\b(?:[Aa]ccording to|[Pp]er) ([^,.;:"“”]{1,80})/.exec(lead);
      if (according) {
        const npStart = from + according.index + according[0].length - (according[1] as string).length;
        const speaker = resolve(text.slice(npStart, npStart + (according[1] as string).length), npStart);
        if (speaker) return { speaker, cue: { start: from + according.index, end: npStart + (according[1] as string).length } };
      }
    }
    return null;
  };

  /** A transcript label: the person of that surname, or one the label names. */
  const labelSpeaker = (label: string, at: number): Entity => {
    const words = label.split(/\s+/).map((w) => w.charAt(0) + w.slice(1).toLowerCase());
    const last = words[words.length - 1] as string;
    const named = people.known.find((k) => k.entity.type === 'person' && k.last.toLowerCase() === last.toLowerCase());
    const known = named ?? (people.person(words) as Known);
    people.mention(at, at + label.length, known);
    return known.entity;
  };

  const byParagraph = new Map<number, Entity>();
  quotes.forEach((q, k) => {
    let found = byCue(q);
    if (!found) {
      // 6. Continuity.
      const previous = quotes[k - 1];
      const para = paras[q.paragraph] as Range;
      const lastInPara = byParagraph.get(q.paragraph);
      const opensParagraph = /^\s*$/.test(text.slice(para.start, q.start - 1));
      const inPara = (p: Known) => people.mentions.some((m) => m.entity === p.entity && m.start >= para.start && m.start < q.start);
      const named = recentPeople(q.start, true).find(inPara) ?? recentPeople(q.start).find(inPara);
      const speaker = lastInPara ?? (opensParagraph && previous && previous.paragraph === q.paragraph - 1 ? (result.get(previous)?.speaker ?? null) : null) ?? named?.entity ?? lastSpeaker;
      found = { speaker, cue: null };
    }
    result.set(q, found);
    if (found.speaker) {
      lastSpeaker = found.speaker;
      byParagraph.set(q.paragraph, found.speaker);
      speakerMentions.push({ at: q.start, entity: found.speaker });
    }
  });
  return result;
}
