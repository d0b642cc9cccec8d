import nlp from 'compromise';
import type { DatasetFile, Entity } from '../data/types.js';
import { indexCodePoints } from '../text/code-points.js';
import { findFigures } from './figures.js';
import { findQuotes, paragraphs, type FoundQuote, type Range } from './quotes.js';

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
}

const VERB = String.raw`(?:said|says|told(?: [a-z]+){1,3}?|added|asked|warned|insisted|explained|noted|wrote|argued|continued|summari[sz]ed|replied|stated|declared|announced|urged)`;
const NAME = String.raw`(?:Dr\. |Mr\. |Mrs\. |Ms\. )?[A-Z][a-z]+(?:[- ][A-Z][a-z]+)*`;
const PRONOUN = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|him|her|them)\b`;
const DESCRIPTION = String.raw`(?:[Tt]he (?:\d+-year-old|[a-z]+(?: [a-z]+)?))`;
const SUBJECT = `(${NAME}|${PRONOUN}|${DESCRIPTION})`;
const TERM_BEFORE = /(?:so-called|dubbed|called|known as|titled|entitled|named)\s*$/i;
const TITLES = /^(?:President|Prime|Minister|Mayor|Councillor|Chancellor|Governor|Senator|Secretary|Dr\.?|Mr\.?|Mrs\.?|Ms\.?)$/;

interface Person {
  entity: Entity;
  names: string[];
}

interface Mention {
  start: number;
  end: number;
  person: Person;
}

/** People named in the text, by their full names, with roles where the text gives them. */
function findPeople(text: string): Person[] {
  const people: Person[] = [];
  const found = nlp(text).people().json({ offset: true }) as { text: string; offset: { start: number } }[];
  // compromise misses some names; a full name right beside a speech verb is a person too.
  const FULL = String.raw`[A-Z][a-z]+(?: [A-Z][a-z]+){1,2}`;
  for (const m of text.matchAll(new RegExp(`\\b(?:${VERB}|according to) (${FULL})|(${FULL}),? (?:${VERB}|the [a-z]+|an? [a-z]+)\\b`, 'g'))) {
    found.push({ text: (m[1] ?? m[2]) as string, offset: { start: m.index } });
  }
  found.sort((a, b) => a.offset.start - b.offset.start);
  for (const p of found) {
    const tokens = p.text.replace(/[^\p{L}]+$/u, '').trim().split(/\s+/);
    // "France Emmanuel Macron", "President Donald Trump": keep the name itself.
    while (tokens.length > 2 && (TITLES.test(tokens[0] as string) || nlp(tokens[0] as string).places().found)) tokens.shift();
    if (tokens.length >= 2 && TITLES.test(tokens[0] as string)) tokens.shift();
    if (tokens.length < 2) continue;
    const name = tokens.join(' ');
    if (people.some((q) => q.entity.name === name)) continue;
    const last = tokens[tokens.length - 1] as string;
    const id = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    people.push({ entity: { id, name, type: 'person', role: findRole(text, name), aliases: [last] }, names: [name, last] });
  }
  return people;
}

function findRole(text: string, name: string): string | null {
  const at = text.indexOf(name);
  if (at < 0) return null;
  const before = text.slice(Math.max(0, at - 60), at);
  const after = text.slice(at + name.length, at + name.length + 100);
  const title = /((?:[A-Z][a-z]+ )*(?:President|Prime Minister|Mayor|Minister|minister|Councillor|Chancellor|Governor|Senator|Secretary|engineer)(?: of [A-Z][a-z]+)?) $/.exec(before);
  if (title) return title[1] as string;
  const apposition = /^, (?:a|an|the) ([^,.;"“”]+?)(?:,|\.|;|$)/.exec(after);
  if (apposition) return apposition[1] as string;
  const possessive = /\b\w+(?:'s|’s) ([a-z][a-z ]+), $/.exec(before);
  if (possessive) return possessive[1] as string;
  const described = /\b[Tt]he ([a-z][a-z ]+), $/.exec(before);
  if (described) return described[1] as string;
  return null;
}

/** Every mention of a known person outside quotations, in order. */
function findMentions(text: string, people: readonly Person[], quoted: (at: number) => boolean): Mention[] {
  const mentions: Mention[] = [];
  for (const person of people) {
    for (const name of person.names) {
      for (const m of text.matchAll(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))) {
        // A surname inside the full name already found is the same mention.
        if (!quoted(m.index) && !mentions.some((x) => x.start <= m.index && m.index < x.end)) mentions.push({ start: m.index, end: m.index + name.length, person });
      }
    }
  }
  return mentions.sort((a, b) => a.start - b.start);
}

interface Attribution {
  person: Person | null;
  cue: Range | null;
  /** Said by someone the text does not name (an unnamed source, an organization). */
  unnamed?: boolean;
}

/** Extracts a draft dataset from `text`. */
export function extractDataset(text: string, options: ExtractOptions = {}): DatasetFile {
  const source = options.id ?? 'article';
  const index = indexCodePoints(text);
  const span = (r: Range) => ({ start: index.toCodePoint(r.start), end: index.toCodePoint(r.end) });
  const paras = paragraphs(text);
  const all = findQuotes(text);
  const quoted = (at: number) => all.some((q) => q.start <= at && at < q.end);
  const people = findPeople(text);
  const mentions = findMentions(text, people, quoted);
  const personNamed = (words: string, at: number): Person | null => {
    const bare = words.replace(/^(?:Dr|Mr|Mrs|Ms)\. /, '');
    const direct = people.find((p) => p.names.includes(bare));
    if (direct) return direct;
    // A pronoun or a description: the last person named before it.
    const before = mentions.filter((m) => m.start < at);
    return before.length > 0 ? (before[before.length - 1] as Mention).person : null;
  };

  /** The speaker of a quotation from the words around it, or null. */
  const attribute = (q: FoundQuote): Attribution => {
    const para = paras[q.paragraph] as Range;
    const close = q.closed ? q.end + 1 : q.end;
    const after = text.slice(close, Math.min(para.end, close + 80));
    const a1 = new RegExp(`^,?\\s*(${VERB})\\s+${SUBJECT}`).exec(after);
    if (a1) {
      const start = close + after.indexOf(a1[1] as string);
      const subject = a1[2] as string;
      const end = close + a1.index + a1[0].length;
      return { person: personNamed(subject, start), cue: { start, end } };
    }
    const a2 = new RegExp(`^,?\\s*${SUBJECT}\\s+(${VERB})\\b`).exec(after);
    if (a2) {
      const start = close + after.indexOf(a2[1] as string);
      return { person: personNamed(a2[1] as string, start), cue: { start, end: close + a2.index + a2[0].length } };
    }
    // Before the quotation, in its sentence: "X said ... :", "X:", "According to her, ...".
    const sentenceStart = Math.max(para.start, ...[...text.slice(para.start, q.start).matchAll(/[.!?]["”]?\s+(?=[A-Z"“])/g)].map((m) => para.start + m.index + m[0].length));
    const before = text.slice(sentenceStart, q.start - 1);
    const b1 = new RegExp(`${SUBJECT}\\s+(${VERB})\\b[^"“”]*$`).exec(before) ?? new RegExp(`${SUBJECT}:\\s*$`).exec(before);
    if (b1) {
      const start = sentenceStart + b1.index;
      const cueEnd = b1[2] ? start + (b1[0].indexOf(b1[2]) + b1[2].length) : start + (b1[1] as string).length;
      return { person: personNamed(b1[1] as string, start), cue: { start, end: cueEnd } };
    }
    const b3 = new RegExp(`According to ${SUBJECT}`).exec(before);
    if (b3) {
      const start = sentenceStart + b3.index;
      return { person: personNamed(b3[1] as string, start), cue: { start, end: start + b3[0].length } };
    }
    // A speech verb whose subject names nobody ("One curator, who asked not to be named,
    // said", "The union called the cuts"): said, but by someone the text does not name.
    const unnamed = new RegExp(`^(.*)\\b(${VERB}|called)\\b[^"“”]*$`).exec(before);
    if (unnamed) {
      const start = sentenceStart + (unnamed[1] as string).length;
      return { person: null, cue: { start, end: start + (unnamed[2] as string).length }, unnamed: true };
    }
    return { person: null, cue: null };
  };

  // Quotations that are speech, and the terms and titles that are only quoted (left out).
  const speech = all.filter((q) => !TERM_BEFORE.test(text.slice(Math.max(0, q.start - 30), q.start - 1)));
  const attributions = new Map<FoundQuote, Attribution>();
  let lastSpeaker: Person | null = null;
  for (const q of speech) {
    const outer = q.nestedIn === null ? undefined : all[q.nestedIn];
    let found = outer && attributions.get(outer) ? (attributions.get(outer) as Attribution) : attribute(q);
    if (!found.person && !found.unnamed) {
      // A quotation without its own cue: the rest of a sentence or paragraph already
      // attributed keeps that speaker and cue; else a person named (or a pronoun) earlier
      // in the paragraph ("She was careful. “...”"); else the last speaker goes on.
      const para = paras[q.paragraph] as Range;
      const previous = [...attributions.entries()].reverse().find(([p]) => p.paragraph === q.paragraph || (q.continues && p.paragraph === q.paragraph - 1));
      const earlier = mentions.some((m) => m.start >= para.start && m.start < q.start) || /\b(?:He|She|he|she)\b[^"“”]*$/.test(text.slice(para.start, q.start));
      if (previous && previous[1].person) found = previous[1];
      else found = { person: earlier ? personNamed('she', q.start) : lastSpeaker, cue: null };
    }
    attributions.set(q, found);
    if (found.person) lastSpeaker = found.person;
  }
  // Nested quotations share their outer quotation's speaker and cue.
  for (const q of speech) {
    const outer = q.nestedIn === null ? undefined : all[q.nestedIn];
    if (outer && attributions.get(outer)) attributions.set(q, attributions.get(outer) as Attribution);
  }

  const records: DatasetFile['records'] = [];
  const quoteIds = new Map<FoundQuote, string>();
  speech.forEach((q, i) => {
    const id = `q${i + 1}`;
    quoteIds.set(q, id);
    const a = attributions.get(q) as Attribution;
    const outer = q.nestedIn === null ? undefined : all[q.nestedIn];
    records.push({
      id,
      kind: 'quote',
      text: text.slice(q.start, q.end),
      source,
      span: span(q),
      speaker: a.person?.entity.id ?? null,
      cue: a.cue ? { text: text.slice(a.cue.start, a.cue.end), span: span(a.cue) } : null,
      ...(q.closed ? {} : { unclosed: true }),
      ...(q.continues ? { continues: true } : {}),
      ...(outer && quoteIds.has(outer) ? { nested_in: quoteIds.get(outer) } : {}),
    });
  });

  findFigures(text).forEach((f, i) => {
    const inQuote = speech.find((q) => q.start <= f.start && f.end <= q.end);
    const sentence = sentenceAround(text, f.start);
    records.push({
      id: `n${i + 1}`,
      kind: 'number',
      text: text.slice(f.start, f.end),
      source,
      span: span(f),
      speaker: inQuote ? ((attributions.get(inQuote) as Attribution).person?.entity.id ?? null) : null,
      cue: null,
      value: f.value,
      unit: f.unit,
      about: `${f.unit} (draft: in "${sentence}")`,
      ...(f.valueTo === undefined ? {} : { value_to: f.valueTo }),
    });
  });

  // Reported statements: "X said that ...", outside quotation marks.
  let claims = 0;
  for (const m of text.matchAll(new RegExp(`${SUBJECT} (${VERB}) that ([^"“”\\n]+?)[.!?](?=\\s|$)`, 'g'))) {
    if (quoted(m.index)) continue;
    const person = personNamed(m[1] as string, m.index);
    if (!person) continue;
    const clause = m[3] as string;
    const start = m.index + m[0].lastIndexOf(clause);
    const cueEnd = m.index + (m[1] as string).length + 1 + (m[2] as string).length;
    records.push({
      id: `c${++claims}`,
      kind: 'claim',
      text: clause,
      source,
      span: span({ start, end: start + clause.length }),
      speaker: person.entity.id,
      cue: { text: text.slice(m.index, cueEnd), span: span({ start: m.index, end: cueEnd }) },
    });
  }

  return {
    version: 1,
    sources: [
      {
        id: source,
        title: options.title ?? `Untitled article (extracted by facts; the text gives no headline)`,
        publisher: options.publisher ?? null,
        url: options.url ?? null,
        published: options.published ?? null,
        language: 'en',
        text,
      },
    ],
    entities: people.map((p) => p.entity),
    records,
  };
}

function sentenceAround(text: string, at: number): string {
  const stop_ = text.lastIndexOf('. ', at);
  const start = Math.max(stop_ < 0 ? 0 : stop_ + 2, text.lastIndexOf('\n', at) + 1);
  const stop = text.slice(at).search(/[.!?](?:\s|$)/);
  const sentence = text.slice(start, stop < 0 ? text.length : at + stop + 1).replace(/\s+/g, ' ').trim();
  return sentence.length > 140 ? `${sentence.slice(0, 137)}...` : sentence;
}
