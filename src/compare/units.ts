import type { FactStore } from '../cache/store.js';
import type { CodePointIndex } from '../text/code-points.js';
import { tokenize } from '../text/words.js';
import type { Corpus } from '../verify/corpus.js';
import type { Side } from './align.js';
import { at } from '../lists.js';

// Where a statement can stand in a source, over verify's corpus (its word positions):
// a quotation, or quotations of one speaker split only by a cue ("A," she said. "B."),
// is one quoted unit; each stretch of a paragraph outside quotation marks is a unit of
// the reporter's narration.

/** A stretch of one source where a statement may stand. */
export interface Unit {
  /** The source's index in the store. */
  source: number;
  /** Inside quotation marks (a quote record's span); else the reporter's narration. */
  quoted: boolean;
  /** Corpus positions of its words, ascending. */
  positions: Uint32Array;
  /** For each word, the quote record it stands in (its index in the store), or -1. */
  records: Int32Array;
}

/** At most this many words of the reporter's between two quotations of one speaker for them to be one unit (," she said. "). */
const CUE_WORDS = 6;

const SENTENCE_END = /[.!?]/;
const CUT = /…|\.\s*\.\s*\.|["“”«»]/;

/** The units of one source, in order; `index` converts its text's code points (the records' spans) to the corpus's UTF-16 offsets. */
export function unitsOfSource(store: Pick<FactStore, 'recordsOfSource' | 'kind' | 'span' | 'speaker'>, corpus: Corpus, source: number, index: CodePointIndex): Unit[] {
  const from = at(corpus.sourceStarts, source);
  const to = at(corpus.sourceStarts, source + 1);
  const recordAt = quoteRecordAt(store, corpus, source, index, from, to);
  const units: Unit[] = [];
  let p = from;
  let last: { unit: number[]; records: number[]; end: number; speaker: string | null } | undefined;
  const flush = (unit: number[], records: number[], quoted: boolean) => units.push({ source, quoted, positions: Uint32Array.from(unit), records: Int32Array.from(records) });
  const quotedRuns: { unit: number[]; records: number[] }[] = [];
  while (p < to) {
    const record = at(recordAt, p - from);
    const start = p;
    if (record >= 0) {
      while (p < to && at(recordAt, p - from) === record) p++;
      const speaker = store.speaker(record);
      const positions = range(start, p);
      if (last && speaker !== null && speaker === last.speaker && start - last.end <= CUE_WORDS) {
        last.unit.push(...positions);
        last.records.push(...positions.map(() => record));
      } else {
        last = { unit: positions, records: positions.map(() => record), end: p, speaker };
        quotedRuns.push(last);
      }
      last.end = p;
      continue;
    }
    // Narration: up to the next quotation or the end of the paragraph.
    const paragraph = corpus.paragraph(p);
    while (p < to && at(recordAt, p - from) < 0 && corpus.paragraph(p) === paragraph) p++;
    const positions = range(start, p);
    flush(positions, positions.map(() => -1), false);
  }
  for (const run of quotedRuns) flush(run.unit, run.records, true);
  return units.sort((a, b) => at(a.positions, 0) - at(b.positions, 0));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, k) => from + k);
}

/** For each word of the source, the quote record whose span holds it, or -1. */
function quoteRecordAt(store: Pick<FactStore, 'recordsOfSource' | 'kind' | 'span'>, corpus: Corpus, source: number, index: CodePointIndex, from: number, to: number): Int32Array {
  const quotes = store
    .recordsOfSource(source)
    .filter((i) => store.kind(i) === 'quote')
    .map((i) => ({ i, start: index.toUnit(store.span(i).start), end: index.toUnit(store.span(i).end) }))
    .sort((a, b) => a.start - b.start);
  const recordAt = new Int32Array(to - from).fill(-1);
  let q = 0;
  for (let p = from; p < to; p++) {
    const start = corpus.start(p);
    while (q < quotes.length && at(quotes, q).end <= start) q++;
    const quote = quotes[q];
    if (quote && start >= quote.start && corpus.end(p) <= quote.end) recordAt[p - from] = quote.i;
  }
  return recordAt;
}

/** A unit's words as a side to align (align.ts): its comparable words and what its text says between them. */
export function unitSide(text: string, corpus: Corpus, vocabulary: readonly string[], unit: Unit): Side {
  const { positions, records } = unit;
  const between = (k: number) => text.slice(corpus.end(at(positions, k - 1)), corpus.start(at(positions, k)));
  return {
    words: Array.from(positions, (p) => at(vocabulary, corpus.word(p))),
    text: (k) => text.slice(corpus.start(at(positions, k)), corpus.end(at(positions, k))),
    breakBefore: (k) => k > 0 && SENTENCE_END.test(between(k)),
    cutBefore: (k) => k > 0 && (at(records, k) !== at(records, k - 1) || CUT.test(between(k))),
  };
}

/** Words given on the command line as a side to align. */
export function textSide(given: string): Side {
  const text = given.normalize('NFKC');
  const words = tokenize(text, { percent: true });
  const between = (k: number) => text.slice(at(words, k - 1).end, at(words, k).start);
  return {
    words: words.map((w) => w.norm),
    text: (k) => text.slice(at(words, k).start, at(words, k).end),
    breakBefore: (k) => k > 0 && SENTENCE_END.test(between(k)),
    cutBefore: (k) => k > 0 && CUT.test(between(k)),
  };
}
