import { at } from '../lists.js';
import { againstReference, wholeVersion, type CompareContext, type Version } from './compare.js';
import type { Unit } from './units.js';

// Every statement quoted in two or more sources (`facts compare --all`), in time linear
// in the library: quotations of the same words are one text, each text's runs of
// SHINGLE_WORDS words are hashed into one index, quotations of different sources that share enough of them are joined (union
// find), and each group is then compared as `facts compare` compares one statement.
// Narration that shares enough with a quotation comes along as its paraphrase, without
// joining groups itself.

/** One statement quoted in two or more sources. */
export interface Group {
  /** Its versions, the reference first (compare.ts againstReference). */
  versions: Version[];
  /** How many sources quote it. */
  sources: number;
}

/** Quotations are joined by shared runs of this many words: fewer repeat by chance across a library, more miss a version with a word changed every few words. */
const SHINGLE_WORDS = 5;
/** A run of words in more distinct texts than this is a phrase of the language or of an outlet's boilerplate, not evidence of one statement. */
const COMMON_RUN = 500;
/** Two units share at least this many runs to be joined: one shared run of five words is chance. */
const LINK_MIN = 2;
/** ...and at least this share of the shorter one's runs (a shortened version shares nearly all of its own)... */
const LINK_SHARE = 0.5;
/** ...or this many runs, a dozen words in common, whatever the share: one sentence of a long quotation quoted elsewhere. */
const LINK_LONG = 8;

/** Units of the same words and kind (wire copy reprinted word for word): compared once, as one text. */
interface Text {
  units: number[];
  /** Its word ids (verify's corpus). */
  words: Uint32Array;
  quoted: boolean;
  /** The one source all its units are in, or -1 when they are in several. */
  source: number;
}

/** The statements quoted in at least `minSources` sources, the largest groups first. */
export function groupStatements(ctx: CompareContext, minSources: number, progress: (done: number, total: number) => void = () => {}): Group[] {
  const units: Unit[] = [];
  for (let s = 0; s < ctx.data.sourceIds.length; s++) units.push(...ctx.unitsOf(s));
  const texts = distinctTexts(ctx, units);
  const runs = texts.map((t) => runsOf(t.words));
  const index = new Map<number, number[]>();
  runs.forEach((hashes, k) => {
    for (const h of hashes) {
      const list = index.get(h);
      if (list) list.push(k);
      else index.set(h, [k]);
    }
  });
  const parent = Int32Array.from(texts, (_, k) => k);
  const find = (k: number): number => {
    while (parent[k] !== k) k = parent[k] = at(parent, at(parent, k));
    return k;
  };
  // Each text of narration goes with the quotation it shares most runs with (ties: the first by source id and place).
  const paraphraseOf = new Map<number, { quote: number; shared: number }>();
  texts.forEach((text, k) => {
    if (!text.quoted) return;
    for (const [other, shared] of sharedRuns(texts, runs, index, k)) {
      if (!joined(shared, at(runs, k).length, at(runs, other).length)) continue;
      if (at(texts, other).quoted) {
        parent[find(other)] = find(k);
        continue;
      }
      const best = paraphraseOf.get(other);
      const first = (t: number) => at(units, at(at(texts, t).units, 0));
      if (!best || shared > best.shared || (shared === best.shared && before(ctx, first(k), first(best.quote)))) paraphraseOf.set(other, { quote: k, shared });
    }
  });
  const members = new Map<number, number[]>();
  const join = (root: number, k: number) => {
    const list = members.get(root);
    if (list) list.push(...at(texts, k).units);
    else members.set(root, [...at(texts, k).units]);
  };
  texts.forEach((text, k) => text.quoted && join(find(k), k));
  for (const [narration, { quote }] of paraphraseOf) join(find(quote), narration);
  const quotedSources = (ks: readonly number[]) => new Set(ks.filter((k) => at(units, k).quoted).map((k) => at(units, k).source)).size;
  const candidates = [...members.values()].filter((ks) => quotedSources(ks) >= minSources);
  const groups: Group[] = [];
  candidates.forEach((ks, n) => {
    progress(n, candidates.length);
    const versions = againstReference(ctx, ks.map((k) => wholeVersion(ctx, at(units, k)))) ?? [];
    const sources = new Set(versions.filter((v) => v.quoted).map((v) => v.source)).size;
    if (sources >= minSources) groups.push({ versions, sources });
  });
  progress(candidates.length, candidates.length);
  return groups.sort((a, b) => b.sources - a.sources || b.versions.length - a.versions.length || compareVersions(ctx, at(a.versions, 0), at(b.versions, 0)));
}

/** The units as distinct texts: the same words in the same kind of unit are one. Units shorter than a run are left out: a word or a phrase in quotation marks ("rigged", a slogan) is a term, not a statement. */
function distinctTexts(ctx: CompareContext, units: readonly Unit[]): Text[] {
  const byWords = new Map<string, number>();
  const texts: Text[] = [];
  units.forEach((unit, k) => {
    if (unit.positions.length < SHINGLE_WORDS) return;
    const words = Uint32Array.from(unit.positions, (p) => ctx.corpus.word(p));
    const key = `${unit.quoted ? 'q' : 'n'}${words.join(',')}`;
    const found = byWords.get(key);
    if (found === undefined) {
      byWords.set(key, texts.length);
      texts.push({ units: [k], words, quoted: unit.quoted, source: unit.source });
      return;
    }
    const text = at(texts, found);
    text.units.push(k);
    if (text.source !== unit.source) text.source = -1;
  });
  return texts;
}

/** The distinct hashes of a text's runs of SHINGLE_WORDS words. */
function runsOf(ids: Uint32Array): number[] {
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE_WORDS <= ids.length; i++) {
    // Two 32-bit hashes of the run, as one number below 2^53: a collision only costs an alignment that fails.
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let k = i; k < i + SHINGLE_WORDS; k++) {
      h1 = Math.imul(h1 ^ at(ids, k), 0x01000193);
      h2 = Math.imul(h2 ^ at(ids, k), 0x5bd1e995) ^ (h2 >>> 13);
    }
    out.add((h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff));
  }
  return [...out];
}

/** For text k, every other text that shares runs with it, and how many (not two texts of one and the same source alone: a quotation repeated in its own article is not another version). */
function sharedRuns(texts: readonly Text[], runs: readonly number[][], index: ReadonlyMap<number, number[]>, k: number): Map<number, number> {
  const counts = new Map<number, number>();
  const source = at(texts, k).source;
  for (const h of at(runs, k)) {
    const list = index.get(h) ?? [];
    if (list.length > COMMON_RUN) continue;
    for (const other of list) {
      if (other === k || (source >= 0 && at(texts, other).source === source)) continue;
      counts.set(other, (counts.get(other) ?? 0) + 1);
    }
  }
  return counts;
}

function joined(shared: number, a: number, b: number): boolean {
  return shared >= LINK_MIN && (shared >= LINK_SHARE * Math.min(a, b) || shared >= LINK_LONG);
}

/** Whether unit a comes before unit b by source id, then place. */
function before(ctx: CompareContext, a: Unit, b: Unit): boolean {
  const ids = ctx.data.sourceIds;
  return at(ids, a.source) < at(ids, b.source) || (a.source === b.source && at(a.positions, 0) < at(b.positions, 0));
}

function compareVersions(ctx: CompareContext, a: Version | undefined, b: Version | undefined): number {
  if (!a || !b) return 0;
  const ids = ctx.data.sourceIds;
  return at(ids, a.source).localeCompare(at(ids, b.source)) || a.span.start - b.span.start;
}
