// Deterministic generator of large datasets in the public schema, for benchmarks and
// scale tests: `node bench/generate-data.mjs 100000 bench/data/facts-100k.json`.
// Records are about 40 words each, spread over up to 1,000 sources, with speakers,
// cues and all four kinds; every text is the source's characters at its span.
import { closeSync, openSync, renameSync, writeSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** A small, fast, seedable PRNG (mulberry32). */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = (
  'the a of to in and for on with by at from that this will be is are was were has have had not but or as it they we ' +
  'their our its said says would could should may must can security peace force forces troops army support guarantee ' +
  'guarantees partners countries states coalition ceasefire agreement talks negotiations summit leaders government ' +
  'ministers military political economic aid defence defense border region future days weeks months year plan plans ' +
  'reassurance deterrence aggression attack attacks signal strategic position front line ground air sea ukraine europe ' +
  'allies council commission parliament vote budget funding reform report inquiry court ruling law election campaign'
).split(' ');

/** More common words: with COMMON, the 170 of the 'common-170' vocabulary. */
const MORE = (
  'president minister leader people country world city state public police health money tax jobs work children school ' +
  'family women men police officials statement spokesman press media news week today yesterday tomorrow night morning ' +
  'new old first last next other more most many much some any all every each both own same such only also very even ' +
  'water energy prices trade market bank company workers'
).split(' ');
const COMMON_170 = [...new Set([...COMMON, ...MORE])];
if (COMMON_170.length !== 170) throw new Error(`the common-170 vocabulary has ${COMMON_170.length} words`);

const SYLLABLES = 'ka lo mi ren tor vas el an is um po ri sa den gal mor tin ver bel cor dun fal har jen kel lor mar nor pel ros sul tam val wen yor zel'.split(' ');

function word(rand, vocabulary) {
  if (vocabulary === 'syllables') return syllables(rand);
  if (vocabulary === 'common-170') return COMMON_170[Math.floor(rand() * COMMON_170.length)];
  if (vocabulary === 'common' || rand() < 0.7) return COMMON[Math.floor(rand() * COMMON.length)];
  return syllables(rand);
}

/** A made-up word of two or three syllables. */
function syllables(rand) {
  const n = 2 + Math.floor(rand() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w;
}

function words(rand, count, vocabulary) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(word(rand, vocabulary));
  return out.join(' ');
}

function capitalize(s) {
  return s[0].toUpperCase() + s.slice(1);
}

/**
 * Builds a dataset of `count` records; the same arguments always give the same data.
 * `vocabulary`: 'wide' (the default: 7 words in 10 from 107 common ones, the rest
 * made of syllables, tens of thousands of them), 'common' (only the 107 common words, so
 * every word occurs everywhere: the hardest case for finding where a quote stands), or
 * 'common-170' (only 170 common words: as hard, with a vocabulary a little less tiny).
 */
export function generateDataset(count, seed = 42, { vocabulary = 'wide' } = {}) {
  const rand = random(seed);
  const entities = [];
  for (let i = 0; i < Math.min(500, Math.max(10, Math.floor(count / 200))); i++) {
    const first = capitalize(SYLLABLES[i % SYLLABLES.length] + SYLLABLES[(i * 7 + 2) % SYLLABLES.length]);
    const last = capitalize(SYLLABLES[(i * 3) % SYLLABLES.length] + SYLLABLES[(i * 11 + 5) % SYLLABLES.length] + SYLLABLES[(i * 13 + 1) % SYLLABLES.length]);
    entities.push({ id: `p${i}`, name: `${first} ${last}`, type: 'person', role: i % 3 === 0 ? 'minister' : null, aliases: [last] });
  }
  const sourceCount = Math.max(1, Math.min(1000, Math.ceil(count / 100)));
  const perSource = Math.ceil(count / sourceCount);
  const sources = [];
  const records = [];
  let made = 0;
  for (let s = 0; s < sourceCount && made < count; s++) {
    const sourceId = `s${s}`;
    let text = '';
    let guaranteeN = 0;
    for (let k = 0; k < perSource && made < count; k++, made++) {
      const speaker = entities[Math.floor(rand() * entities.length)];
      const id = `r${made}`;
      const kind = ['quote', 'claim', 'number', 'guarantee'][made % 4];
      const body = words(rand, 34 + Math.floor(rand() * 12), vocabulary) + (rand() < 0.05 ? ' reassurance force' : '');
      const base = text.length;
      if (kind === 'quote') {
        const cue = `said ${speaker.name}`;
        const paragraph = `"${body}," ${cue}.\n\n`;
        records.push({ id, kind, text: `${body},`, source: sourceId, span: { start: base + 1, end: base + 2 + body.length }, speaker: speaker.id, cue: { text: cue, span: { start: base + body.length + 4, end: base + body.length + 4 + cue.length } } });
        text += paragraph;
      } else if (kind === 'claim') {
        const cue = `${speaker.name} said`;
        records.push({ id, kind, text: body, source: sourceId, span: { start: base + cue.length + 6, end: base + cue.length + 6 + body.length }, speaker: speaker.id, cue: { text: cue, span: { start: base, end: base + cue.length } } });
        text += `${cue} that ${body}.\n\n`;
      } else if (kind === 'number') {
        const value = 1 + Math.floor(rand() * 5000);
        const unit = COMMON[Math.floor(rand() * COMMON.length)];
        const lead = `${capitalize(body)} with `;
        records.push({ id, kind, text: String(value), source: sourceId, span: { start: base + lead.length, end: base + lead.length + String(value).length }, speaker: speaker.id, cue: null, value, unit, about: `${unit} in the plan` });
        text += `${lead}${value} ${unit}, ${speaker.name} said.\n\n`;
      } else {
        guaranteeN += 1;
        records.push({ id, kind, n: guaranteeN, title: capitalize(body.split(' ').slice(0, 5).join(' ')), text: `${body};`, source: sourceId, span: { start: base + 2, end: base + 3 + body.length }, speaker: speaker.id, cue: null });
        text += `→ ${body};\n\n`;
      }
    }
    sources.push({ id: sourceId, title: `Generated article ${s}`, publisher: null, url: null, published: null, language: 'en', text });
  }
  return { version: 1, sources, entities, records };
}

/**
 * Article `index` of a generated library, as `facts add` keeps one: one source of
 * `quotes` quotations (about 40 words each, from the wide vocabulary), each said by one of
 * five people of its own and attributed by a name cue. The same index always gives the
 * same article.
 */
export function generateArticle(index, quotes = 100) {
  const rand = random(1000 + index);
  const id = `article-${String(index).padStart(5, '0')}`;
  const name = () => `${capitalize(words(rand, 1, 'syllables'))} ${capitalize(words(rand, 1, 'syllables'))}`;
  const slug = (n) => n.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const people = Array.from({ length: 5 }, name).map((n, i) => ({ id: `${id}.${slug(n)}-${i}`, name: n, type: 'person', role: i === 0 ? 'minister' : null, aliases: [] }));
  let text = `Generated article ${index}, for the database benchmark.\n\n`;
  const records = [];
  for (let k = 0; k < quotes; k++) {
    const speaker = people[Math.floor(rand() * people.length)];
    const body = words(rand, 34 + Math.floor(rand() * 12), 'wide');
    const cue = `said ${speaker.name}`;
    const base = text.length;
    records.push({ id: `${id}.q${k + 1}`, kind: 'quote', text: `${body},`, source: id, span: { start: base + 1, end: base + 2 + body.length }, speaker: speaker.id, cue: { text: cue, span: { start: base + body.length + 4, end: base + body.length + 4 + cue.length } } });
    text += `"${body}," ${cue}.\n\n`;
  }
  const source = { id, title: `Generated article ${index}`, publisher: 'Bench Gazette', url: null, published: `2026-${String((index % 12) + 1).padStart(2, '0')}-01`, language: 'en', text };
  return { version: 1, sources: [source], entities: people, records };
}

/**
 * Writes a dataset as compact JSON, the same bytes as JSON.stringify gives, a list
 * element at a time: a million records make more text than one string may hold.
 */
export function writeDataset(path, dataset) {
  // Written beside, then renamed: a run stopped halfway leaves no file that looks finished.
  const partial = `${path}.partial`;
  const fd = openSync(partial, 'w');
  try {
    writeSync(fd, `{"version":${dataset.version}`);
    for (const list of ['sources', 'entities', 'records']) {
      writeSync(fd, `,"${list}":[`);
      dataset[list].forEach((element, i) => writeSync(fd, (i > 0 ? ',' : '') + JSON.stringify(element)));
      writeSync(fd, ']');
    }
    writeSync(fd, '}');
  } finally {
    closeSync(fd);
  }
  renameSync(partial, path);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const count = Number(process.argv[2] ?? 100000);
  const out = process.argv[3] ?? `bench/data/facts-${count}.json`;
  const vocabulary = process.argv[4] ?? 'wide';
  writeDataset(out, generateDataset(count, 42, { vocabulary }));
  process.stderr.write(`wrote ${count} records to ${out}\n`);
}
