import type { FactStore } from '../cache/store.js';
import type { Span } from '../dataset/types.js';
import { sameEntityTest } from '../query/names.js';
import { isoDate } from '../text/dates.js';
import { sourceOf, type Corpus } from '../verify/corpus.js';
import { attributionOf, containingRecord, sourceTextOf, vocabularyOf, type PlaceAttribution } from '../verify/verify.js';
import { align, type Alignment, type Relation, type Side } from './align.js';
import { unitSide, unitsOfSource, type Unit } from './units.js';
import { at, sortedIncludes } from '../lists.js';

// Every version of one statement across the sources, each against a reference version:
// who has the words as spoken, who cut them, who joined them, who changed a word, who
// gives them to someone else. Pure: a store and its corpus in, versions out.
//
// A statement's places are found from verify's corpus: each run of three of its words
// is looked up by its rarest word, and every unit (units.ts: a quotation, or a stretch
// of narration) that holds one is aligned with the statement (align.ts). The reference
// is the earliest dated quoted version, else the longest; each version is then aligned
// again with the reference's own words.

/** One place where a statement stands, and how it relates to the reference. */
export interface Version {
  /** The source's index in the store. */
  source: number;
  span: Span;
  /** The source's own characters at span. */
  text: string;
  quoted: boolean;
  /** The record that holds it: a quote, else a claim or guarantee that attributes the narration; null if none. */
  record: number | null;
  /** The entity the source gives the words to, or null. */
  speaker: string | null;
  /** For a quotation, how its speaker was found and how sure it is. */
  attribution: PlaceAttribution | null;
  /** The publication day (ISO 8601), where the source gives one that reads as a date. */
  day: string | null;
  alignment: Alignment;
  reference: boolean;
  /** Whether the speaker is the reference's: null where either has none, or the names cannot say. */
  speakerOk: boolean | null;
  /** The unit it stands in (internal: the reference's words are read from it). */
  unit: Unit;
}

/** What comparing reads of a store. */
export type CompareData = Pick<FactStore, 'sourceIds' | 'sources' | 'sourceText' | 'recordsOfSource' | 'kind' | 'speaker' | 'span' | 'record' | 'entities' | 'entityById'>;

/** A run of this many of the statement's words is what is looked up: two are common everywhere, three rarely are. */
const SEED_WORDS = 3;
/** A seed whose rarest word stands more often than this is passed over (its words are common), unless it is among the rarest few. */
const COMMON_POSTINGS = 20000;
/** The rarest seeds are looked up however common their words: a statement of common words is still found. */
const ALWAYS_SEEDS = 3;

/** A word is common when it stands more often than once in this many words of the sources ("we", "going", "said")... */
const COMMON_SHARE = 1 / 1000;
/** ...and more than this many times: in a small library no word is common, and nothing is passed over. */
const COMMON_LEAST = 50;
/** The reference is chosen among the quoted versions that hold at least this share of the words that the fullest one holds. */
const REFERENCE_SHARE = 0.5;

/** The store's units and vocabulary, each made once (its texts are verify's, read once: sourceTextOf). */
export class CompareContext {
  readonly vocabulary: readonly string[];
  readonly sameEntity: (a: string, b: string) => boolean | null;
  private readonly units = new Map<number, Unit[]>();

  /** Whether a word is a common one in these sources (align.ts: what words in common tell). */
  readonly common: (word: string) => boolean;

  constructor(
    readonly data: CompareData,
    readonly corpus: Corpus,
  ) {
    this.vocabulary = vocabularyOf(corpus);
    this.sameEntity = sameEntityTest(data);
    const often = Math.max(COMMON_LEAST, corpus.length * COMMON_SHARE);
    this.common = (word) => {
      const id = corpus.vocab.get(word);
      return id !== undefined && corpus.postings(id).length > often;
    };
  }

  /** The units of a source, made the first time they are asked for. */
  unitsOf(source: number): Unit[] {
    let units = this.units.get(source);
    if (!units) this.units.set(source, (units = unitsOfSource(this.data, this.corpus, source, sourceTextOf(this.data, source).index)));
    return units;
  }

  /** A unit's words as a side to align. */
  side(unit: Unit): Side {
    return unitSide(sourceTextOf(this.data, unit.source).text, this.corpus, this.vocabulary, unit);
  }

  /** A unit's words [first, last] as a side of their own: a reference version's words. */
  sideOf(version: Version): Side {
    const { first, last } = version.alignment;
    const unit = version.unit;
    return this.side({ ...unit, positions: unit.positions.subarray(first, last + 1), records: unit.records.subarray(first, last + 1) });
  }
}

/**
 * The units that hold a run of SEED_WORDS of the statement's words (all of them, for a
 * shorter statement), in corpus order.
 */
export function candidateUnits(ctx: CompareContext, statement: readonly string[]): Unit[] {
  const { corpus } = ctx;
  const ids = statement.map((w) => corpus.vocab.get(w) ?? -1);
  const size = Math.min(SEED_WORDS, ids.length);
  const seeds: { offset: number; rarest: number; postings: Uint32Array }[] = [];
  for (let i = 0; i + size <= ids.length; i++) {
    const gram = ids.slice(i, i + size);
    if (gram.some((id) => id < 0)) continue;
    let rarest = 0;
    for (let k = 1; k < size; k++) if (corpus.postings(at(gram, k)).length < corpus.postings(at(gram, rarest)).length) rarest = k;
    seeds.push({ offset: i, rarest, postings: corpus.postings(at(gram, rarest)) });
  }
  seeds.sort((a, b) => a.postings.length - b.postings.length);
  const hits = new Set<number>();
  seeds.forEach((seed, n) => {
    if (n >= ALWAYS_SEEDS && seed.postings.length > COMMON_POSTINGS) return;
    const gram = ids.slice(seed.offset, seed.offset + size);
    for (const p of seed.postings) {
      const start = p - seed.rarest;
      if (start < 0 || start + size > corpus.length) continue;
      const words = corpus.range(start, start + size);
      if (gram.every((id, k) => words[k] === id) && sourceOf(corpus, start) === sourceOf(corpus, start + size - 1)) hits.add(start);
    }
  });
  const units = new Set<Unit>();
  for (const p of [...hits].sort((a, b) => a - b)) {
    const unit = unitAt(ctx.unitsOf(sourceOf(corpus, p)), p);
    if (unit) units.add(unit);
  }
  return [...units];
}

/** The unit of a source that holds a position. */
function unitAt(units: readonly Unit[], p: number): Unit | undefined {
  let lo = 0;
  let hi = units.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (at(at(units, mid).positions, 0) <= p) lo = mid;
    else hi = mid - 1;
  }
  // Units of a source interleave (a quotation joined over its cue spans the cue's narration), so the one found may not hold p: look about.
  for (let k = Math.max(0, lo - 2); k < Math.min(units.length, lo + 3); k++) {
    const unit = at(units, k);
    if (sortedIncludes(unit.positions, p)) return unit;
  }
  return undefined;
}

/** Each unit aligned with the statement: the versions of it (reference and speakerOk not yet set). */
export function versionsIn(ctx: CompareContext, statement: Side, units: readonly Unit[]): Version[] {
  const out: Version[] = [];
  for (const unit of units) {
    const alignment = align(statement, ctx.side(unit), unit.quoted, ctx.common);
    if (alignment) out.push(versionOf(ctx, unit, alignment));
  }
  return out;
}

/** A whole unit as a version of itself: what --all chooses a group's reference among. */
export function wholeVersion(ctx: CompareContext, unit: Unit): Version {
  const n = unit.positions.length;
  return versionOf(ctx, unit, { first: 0, last: n - 1, shared: n, similarity: 1, relation: unit.quoted ? 'same' : 'paraphrase', diff: [] });
}

function versionOf(ctx: CompareContext, unit: Unit, alignment: Alignment): Version {
  const { data, corpus } = ctx;
  const { text, index } = sourceTextOf(data, unit.source);
  const startUnit = corpus.start(at(unit.positions, alignment.first));
  const endUnit = corpus.end(at(unit.positions, alignment.last));
  const span = { start: index.toCodePoint(startUnit), end: index.toCodePoint(endUnit) };
  let record: number | null = null;
  if (unit.quoted) {
    // The quotation that holds most of the version's words speaks for it.
    const counts = new Map<number, number>();
    for (let k = alignment.first; k <= alignment.last; k++) counts.set(at(unit.records, k), (counts.get(at(unit.records, k)) ?? 0) + 1);
    record = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
  } else {
    record = containingRecord(data, unit.source, span, ['claim', 'guarantee'], true) ?? null;
  }
  const published = at(data.sources, unit.source).published;
  const day = published === null ? undefined : isoDate(published)?.slice(0, 10);
  return {
    source: unit.source,
    span,
    text: text.slice(startUnit, endUnit),
    quoted: unit.quoted,
    record,
    speaker: record === null ? null : data.speaker(record),
    attribution: unit.quoted && record !== null ? attributionOf(data.record(record)) : null,
    day: day ?? null,
    alignment,
    reference: false,
    speakerOk: null,
    unit,
  };
}

/** The order in which versions are candidates for the reference: the earliest dated first, then the longest; then by source and place, whatever the order the sources were added in. */
function referenceOrder(ctx: CompareContext) {
  return (a: Version, b: Version): number =>
    (a.day ?? '\uffff').localeCompare(b.day ?? '\uffff') ||
    b.alignment.last - b.alignment.first - (a.alignment.last - a.alignment.first) ||
    at(ctx.data.sourceIds, a.source).localeCompare(at(ctx.data.sourceIds, b.source)) ||
    a.span.start - b.span.start;
}

/**
 * The versions of a statement against their reference: the earliest dated quoted
 * version (else the longest) among those that hold at least half as many of its words
 * as the fullest one, or the one whose quote record is `reference`. Each unit is
 * aligned again with the reference's own words; the reference comes first, then the
 * others by date (undated last), source and place. Undefined when `reference` is not among them.
 */
export function againstReference(ctx: CompareContext, found: readonly Version[], reference?: number): Version[] | undefined {
  const quoted = found.filter((v) => v.quoted);
  // The reference is a version of the whole statement, not of a piece that another quotation shares with it.
  const fullest = Math.max(0, ...quoted.map((v) => v.alignment.shared));
  const whole = quoted.filter((v) => v.alignment.shared >= REFERENCE_SHARE * fullest);
  const chosen = reference === undefined ? whole.sort(referenceOrder(ctx))[0] : quoted.find((v) => v.record === reference);
  if (!chosen) return reference === undefined ? [...found].sort(referenceOrder(ctx)) : undefined;
  const side = ctx.sideOf(chosen);
  const versions = versionsIn(ctx, side, [...new Set(found.map((v) => v.unit))]);
  const head = versions.find((v) => v.unit === chosen.unit);
  for (const v of versions) {
    v.reference = v === head;
    const a = head?.speaker;
    v.speakerOk = a === null || a === undefined || v.speaker === null ? null : ctx.sameEntity(a, v.speaker);
  }
  const order = referenceOrder(ctx);
  return versions.sort((a, b) => Number(b.reference) - Number(a.reference) || order(a, b));
}

export type { Relation };
