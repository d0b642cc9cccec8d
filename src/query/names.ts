import type { Dataset, Entity } from '../dataset/types.js';
import { UsageError } from '../errors.js';
import { NAME_PARTICLES } from '../text/particles.js';
import { allowedEdits, editDistance } from '../text/words.js';
import { at } from '../lists.js';

// Who a name means. One resolver serves every place a person or group is named
// (`--speaker` on every command, `who NAME`, `verify --speaker`, search's entity
// filter), so that a name means the same everywhere. Tiers, most precise first; the
// first tier that finds anybody decides:
//
//   0. the entity's id ("harbour.jane-okafor", as completion offers it);
//   1. exact: the name or an alias, without case, diacritics, punctuation or leading
//      titles ("President Emmanuel Macron", "Mr. Macron" → "emmanuel macron", "macron");
//   2. in parts: each word of the query is a word of a name, in order, or its initial,
//      and the last one is the surname ("E. Macron", "Macron", "H. Clinton");
//   3. fuzzy: fuse.js over every name, alias and surname, for typos ("Makron").
//
// A tier that finds two or more entities is an ambiguous name: an error that lists
// them, unless they all bear the same name (the same person named in several sources of
// a library, each source with entities of its own), and then it means all of them. A
// name no tier finds is an error with the closest name as a suggestion.

/** Lower case, no diacritics, words separated by single spaces. */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Titles and honorifics that may stand before a name and say nothing of who it is. */
const TITLES = new Set(
  (
    'mr mrs ms miss mx dr prof professor sir dame lord lady rev president vice prime minister chancellor secretary ' +
    'senator sen rep representative congressman congresswoman governor gov mayor judge justice general gen ' +
    'ambassador former the'
  ).split(' '),
);

/** The words of a name without its leading titles ("president emmanuel macron" → emmanuel, macron); all of them if nothing else is left. */
export function nameWords(name: string): string[] {
  const words = normalizeName(name).split(' ').filter(Boolean);
  let first = 0;
  while (first < words.length - 1 && TITLES.has(at(words, first))) first++;
  return words.slice(first);
}

/** Whether every word of `query` matches, in order, a run of words in `candidate`, each within its allowed edits. */
export function nameMatches(query: string, candidate: string): boolean {
  const q = normalizeName(query).split(' ').filter(Boolean);
  const c = normalizeName(candidate).split(' ').filter(Boolean);
  if (q.length === 0 || q.length > c.length) return false;
  for (let offset = 0; offset + q.length <= c.length; offset++) {
    if (q.every((word, k) => wordMatches(word, at(c, offset + k)))) return true;
  }
  return false;
}

function wordMatches(query: string, word: string): boolean {
  if (query === word) return true;
  const max = allowedEdits(Math.min(query.length, word.length));
  return max > 0 && editDistance(query, word, max) <= max;
}

/** Every way an entity is named: its name and aliases. */
function namesOf(entity: Entity): string[] {
  return [entity.name, ...entity.aliases];
}

/**
 * Tier 2: the query's last word is the name's last word, its first word (if it has
 * two or more) is the name's first word or its initial, and its middle words, where the
 * name has them, come in order: "E. Macron", "Hillary Rodham Clinton", "Donald J. Trump".
 */
function matchesInParts(query: readonly string[], name: readonly string[]): boolean {
  if (query.length === 0 || name.length === 0 || query[query.length - 1] !== name[name.length - 1]) return false;
  if (query.length === 1) return true;
  const same = (word: string, part: string) => part === word || (word.length === 1 && part.startsWith(word));
  if (name.length < 2 || !same(at(query, 0), at(name, 0))) return false;
  let j = 1;
  for (const word of query.slice(1, -1)) {
    const at = name.findIndex((part, k) => k >= j && k < name.length - 1 && same(word, part));
    if (at >= 0) j = at + 1;
  }
  return true;
}

/** A fuzzy match counts only when the lengths are close: fuse.js also matches inside longer words ("ron" in "macron"). */
const FUZZY_THRESHOLD = 0.34;
/** A name no tier finds is suggested when it scores at most this. */
const SUGGEST_THRESHOLD = 0.45;
/** Entities scoring within this of the best fuzzy hit are as likely as it: the name is ambiguous. */
const FUZZY_TIE = 0.05;

/**
 * The entity a name means, with every other entity of the same name and type (the same
 * one in other sources); a UsageError (exit 2) when it means several, or nobody.
 */
export async function resolveName(data: Pick<Dataset, 'entities'>, query: string, fuzzy = true): Promise<readonly Entity[]> {
  const { entities, suggestion } = await lookUpName(data, query, fuzzy);
  if (entities.length > 0) return entities;
  throw new UsageError(`no one named '${query}' in the data${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; 'facts entities' lists everyone`);
}

/**
 * As resolveName, but a name nobody in the data bears is an answer, not an error: no
 * entities, and the closest name as a suggestion. `verify --speaker` needs it: a quote
 * is most often pinned on someone the library never quotes. Without `fuzzy`, tier 3 is
 * left out: nobody is found where only a misspelling would be.
 */
export async function lookUpName(data: Pick<Dataset, 'entities'>, query: string, fuzzy = true): Promise<{ entities: readonly Entity[]; suggestion?: string }> {
  // An entity's id names it exactly (completion offers ids): that entity, with its namesakes in other sources.
  const byId = data.entities.filter((e) => e.id === query);
  if (byId.length > 0) return { entities: single(query, acrossSources(data, byId)) };
  const words = nameWords(query);
  if (words.length === 0) throw new UsageError(`'${query}' is not a name`);
  const joined = words.join(' ');
  const whole = normalizeName(query);
  const asWritten = data.entities.filter((e) => namesOf(e).some((n) => normalizeName(n) === whole));
  if (asWritten.length > 0) return { entities: single(query, acrossSources(data, asWritten)) };
  const exact = data.entities.filter((e) => namesOf(e).some((n) => nameWords(n).join(' ') === joined));
  if (exact.length > 0) return { entities: single(query, acrossSources(data, exact)) };
  const parts = data.entities.filter((e) => namesOf(e).some((n) => matchesInParts(words, nameWords(n))));
  if (parts.length > 0) return { entities: single(query, acrossSources(data, parts)) };
  if (!fuzzy) return { entities: [] };
  const { default: Fuse } = await import('fuse.js');
  const forms = data.entities.flatMap((entity) => {
    const names = namesOf(entity).map((n) => nameWords(n).join(' '));
    const surnames = entity.type === 'person' ? names.map((n) => n.slice(n.lastIndexOf(' ') + 1)) : [];
    return [...new Set([...names, ...surnames])].map((form) => ({ entity, form }));
  });
  const fuse = new Fuse(forms, { keys: ['form'], includeScore: true, ignoreLocation: true, ignoreDiacritics: true, threshold: 0.6 });
  const hits = fuse.search(joined).filter((h) => Math.abs(h.item.form.length - joined.length) <= Math.max(1, Math.round(h.item.form.length / 4)));
  const best = hits[0];
  if (best && (best.score ?? 1) <= FUZZY_THRESHOLD) {
    const near = hits.filter((h) => (h.score ?? 1) <= (best.score ?? 1) + FUZZY_TIE).map((h) => h.item.entity);
    return { entities: single(query, acrossSources(data, [...new Set(near)])) };
  }
  const suggestion = fuse.search(joined).find((h) => (h.score ?? 1) <= SUGGEST_THRESHOLD)?.item.entity.name;
  return suggestion === undefined ? { entities: [] } : { entities: [], suggestion };
}

function single(query: string, found: readonly Entity[]): readonly Entity[] {
  const first = at(found, 0);
  const sameAsFirst = (e: Entity) => e.type === first.type && nameWords(e.name).join(' ') === nameWords(first.name).join(' ');
  if (found.every(sameAsFirst) || onePerson(found)) return found;
  const names = found.map((e) => `${e.name} (${e.id})`).join(', ');
  throw new UsageError(`'${query}' could be ${names}: give more of the name`);
}

/** A person's surname and first name as the entity's name gives them (the first name null when it gives only a surname, with its particles or not: "Van der Berg"). */
function partsOf(entity: Entity): { surname: string; first: string | null } {
  const words = nameWords(entity.name);
  return { surname: words[words.length - 1] ?? '', first: words.length > 1 && !NAME_PARTICLES.has(at(words, 0)) ? at(words, 0) : null };
}

/** The distinct first names among these, an initial folded into the name it begins ("b" into "barack"). */
function firstNames(entities: readonly Entity[]): Set<string> {
  const names = [...new Set(entities.map((e) => partsOf(e).first).filter((f): f is string => f !== null))];
  return new Set(names.filter((f) => !(f.length === 1 && names.some((g) => g !== f && g.startsWith(f)))));
}

/**
 * Whether these entities are one person named in several sources: all people, one
 * surname, and at most one first name among them ("Barack Obama" in one article,
 * "Obama" in two others). Hillary and Bill Clinton are two.
 */
function onePerson(found: readonly Entity[]): boolean {
  if (!found.every((e) => e.type === 'person')) return false;
  if (new Set(found.map((e) => partsOf(e).surname)).size !== 1) return false;
  return firstNames(found).size <= 1;
}

/**
 * The people a name found, with every other person in the data who is the same one
 * named another way in another source: "President Obama" finds the "Obama" of two
 * articles, and the "Barack Obama" of a third comes with them. Only where the data knows
 * one first name for that surname: with a Barack and a Michelle Obama, an article's bare
 * "Obama" could be either and is left out (and "Obama" alone stays ambiguous).
 */
function acrossSources(data: Pick<Dataset, 'entities'>, found: readonly Entity[]): readonly Entity[] {
  if (!onePerson(found)) return found;
  const { surname } = partsOf(at(found, 0));
  const namesakes = data.entities.filter((e) => e.type === 'person' && partsOf(e).surname === surname);
  if (firstNames(namesakes).size > 1) {
    // Several people of that surname: keep the one found, with its full-name forms elsewhere.
    const first = [...firstNames(found)][0];
    if (first === undefined) return found;
    return namesakes.filter((e) => { const f = partsOf(e).first; return f !== null && (f === first || (f.length === 1 && first.startsWith(f))); });
  }
  return namesakes;
}

/** The entity a --speaker value (or `who NAME`) names, as a filter (with its namesakes in other sources); a name that means nobody, or several people, is a usage error. */
export async function resolveSpeakerFilter(data: Pick<Dataset, 'entities'>, name: string | undefined, fuzzy = true): Promise<Set<string> | undefined> {
  if (name === undefined) return undefined;
  return new Set((await resolveName(data, name, fuzzy)).map((e) => e.id));
}

/** Accented forms of each letter, for namePattern. */
const ACCENTED: Readonly<Record<string, string>> = {
  a: 'àáâãäåāăą', c: 'çćčĉċ', d: 'ďđ', e: 'èéêëēĕėęě', g: 'ğĝġģ', i: 'ìíîïīĭįı', l: 'łľĺļ', n: 'ñńňņ',
  o: 'òóôõöøōŏő', r: 'řŕŗ', s: 'šśşŝș', t: 'ťţț', u: 'ùúûüūŭůűų', y: 'ýÿŷ', z: 'žźż',
};

/**
 * A POSIX regular expression that every entity a name could mean in tiers 0 to 2 holds
 * somewhere in its JSON: the last word of the name, each letter with its accented forms
 * in either case ("Calderon" finds "Calderón"). A database picks by it the few entities
 * to resolve a name among, rather than every entity of the library.
 */
export function namePattern(query: string): string | undefined {
  const last = normalizeName(query).split(' ').filter(Boolean).pop();
  if (last === undefined) return undefined;
  // (Its words are letters and digits alone: each is a class of its own forms, which needs no escaping.)
  return [...last].map((c) => `[${c}${c.toUpperCase()}${ACCENTED[c] ?? ''}${(ACCENTED[c] ?? '').toUpperCase()}]`).join('');
}

/**
 * Whether two entities (by id) are the same person or group, each named in its own
 * source: the same rule as a name's namesakes above, decided once for the whole data.
 * True for one person ("Obama" and "Barack Obama" where the data knows one Obama), or a
 * group of the same name; false for others; null where it cannot say (a bare "Obama"
 * where the data knows a Barack and a Michelle).
 */
export function sameEntityTest(data: Pick<Dataset, 'entities' | 'entityById'>): (a: string, b: string) => boolean | null {
  const bySurname = new Map<string, Entity[]>();
  for (const e of data.entities) {
    if (e.type !== 'person') continue;
    const { surname } = partsOf(e);
    const namesakes = bySurname.get(surname);
    if (namesakes) namesakes.push(e);
    else bySurname.set(surname, [e]);
  }
  const ambiguous = new Map<string, boolean>();
  const manyFirstNames = (surname: string) => {
    let many = ambiguous.get(surname);
    if (many === undefined) ambiguous.set(surname, (many = firstNames(bySurname.get(surname) ?? []).size > 1));
    return many;
  };
  return (a, b) => {
    if (a === b) return true;
    const x = data.entityById.get(a);
    const y = data.entityById.get(b);
    if (!x || !y || x.type !== y.type) return false;
    if (x.type !== 'person') return nameWords(x.name).join(' ') === nameWords(y.name).join(' ');
    const [p, q] = [partsOf(x), partsOf(y)];
    if (p.surname !== q.surname) return false;
    if (!manyFirstNames(p.surname)) return true;
    // A first and last name that end the other's name are one person: "Greta Holm" and "Former Harbour Commissioner Greta Holm".
    const [short, long] = [nameWords(x.name), nameWords(y.name)].sort((m, n) => m.length - n.length) as [string[], string[]];
    if (short.length >= 2 && long.slice(long.length - short.length).join(' ') === short.join(' ')) return true;
    if (p.first === null || q.first === null) return null;
    const initial = (f: string, g: string) => f.length === 1 && g.startsWith(f);
    return p.first === q.first || initial(p.first, q.first) || initial(q.first, p.first);
  };
}
