import type { DatasetFile } from '../dataset/types.js';
import { at } from '../lists.js';

// Scoring an extraction against gold quotations given as code-point spans, by the rules
// of the polnear-dev corpus's README (shared/corpora/polnear-dev): a predicted and a gold
// quotation match when their spans overlap with IoU ≥ 0.8, one to one, best overlap
// first; an unmatched prediction on a quoted term (IoU ≥ 0.5) counts neither way, except
// in the strict precision; a matched quotation's speaker is right when the predicted
// entity's name or an alias contains the last word of the gold speaker. Pure.

/** A gold quotation: its span, its speaker's name, and how the annotators named the speaker. */
export interface GoldQuote {
  span: { start: number; end: number };
  speaker: string;
  speaker_is_person: boolean;
  speaker_from: string;
}

/** The gold of one article. */
export interface GoldSpans {
  quotes: GoldQuote[];
  terms: { span: { start: number; end: number } }[];
}

/** Counts for one article, or several added up. */
export interface SpanCounts {
  truePositives: number;
  falsePositives: number;
  /** Predictions on terms: ignored, except by the strict precision. */
  onTerms: number;
  gold: number;
  /** Right speakers among the matched: in all, by the kind of mention (speaker_from, and `organisation` for non-persons), by confidence class (`confidence:high`) and by rule and class (`rule:cue-after (high)`). */
  speakers: Record<string, { right: number; matched: number }>;
}

/** A match needs at least this overlap (intersection over union). */
const MATCH_IOU = 0.8;
/** The kind of mention whose gold speaker was never reviewed: left out of speaker accuracy. */
export const UNREVIEWED = 'unreviewed';
/** An unmatched prediction overlapping a term this much is ignored. */
const TERM_IOU = 0.5;

function iou(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const shared = Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
  const union = a.end - a.start + (b.end - b.start) - shared;
  return union <= 0 ? 0 : shared / union;
}

/** Scores one extracted dataset against one article's gold. */
export function scoreSpans(extracted: DatasetFile, gold: GoldSpans): SpanCounts {
  const names = new Map(extracted.entities.map((e) => [e.id, [e.name, ...e.aliases].map((n) => n.toLowerCase())]));
  const predicted = extracted.records.filter((r) => r.kind === 'quote');
  const usable = (s: { start: number; end: number } | undefined) => s !== undefined && s.end > s.start;
  const pairs: { p: number; g: number; iou: number }[] = [];
  predicted.forEach((r, p) => {
    if (!usable(r.span)) return;
    gold.quotes.forEach((q, g) => {
      const overlap = iou(r.span, q.span);
      if (overlap >= MATCH_IOU) pairs.push({ p, g, iou: overlap });
    });
  });
  pairs.sort((a, b) => b.iou - a.iou || a.p - b.p || a.g - b.g);
  const matchedP = new Map<number, number>();
  const matchedG = new Set<number>();
  for (const pair of pairs) {
    if (matchedP.has(pair.p) || matchedG.has(pair.g)) continue;
    matchedP.set(pair.p, pair.g);
    matchedG.add(pair.g);
  }
  let falsePositives = 0;
  let onTerms = 0;
  predicted.forEach((r, p) => {
    if (matchedP.has(p)) return;
    if (usable(r.span) && gold.terms.some((t) => iou(r.span, t.span) >= TERM_IOU)) onTerms++;
    else falsePositives++;
  });
  const speakers: SpanCounts['speakers'] = {};
  const tally = (kind: string, right: boolean) => {
    const k = (speakers[kind] ??= { right: 0, matched: 0 });
    k.matched++;
    if (right) k.right++;
  };
  for (const [p, g] of matchedP) {
    const q = at(gold.quotes, g);
    const last = (q.speaker.trim().split(/\s+/).pop() ?? '').toLowerCase();
    const speaker = at(predicted, p).speaker;
    const right = speaker !== null && last !== '' && (names.get(speaker) ?? []).some((n) => n.includes(last));
    // A speaker nobody reviewed (polnear-train) is a guess of the corpus's: counted, never scored.
    if (q.speaker_from === UNREVIEWED) {
      tally(UNREVIEWED, false);
      continue;
    }
    tally('all', right);
    tally(q.speaker_from, right);
    const attribution = predicted[p]?.kind === 'quote' ? predicted[p].attribution : undefined;
    tally(`confidence:${attribution?.confidence ?? 'none'}`, right);
    tally(`rule:${attribution?.rule ?? 'none'} (${attribution?.confidence ?? 'none'})`, right);
    if (!q.speaker_is_person) tally('organisation', right);
  }
  return { truePositives: matchedP.size, falsePositives, onTerms, gold: gold.quotes.length, speakers };
}

/** Several articles' counts added up. */
export function addCounts(all: readonly SpanCounts[]): SpanCounts {
  const speakers: SpanCounts['speakers'] = {};
  for (const c of all) {
    for (const [k, v] of Object.entries(c.speakers)) {
      const s = (speakers[k] ??= { right: 0, matched: 0 });
      s.right += v.right;
      s.matched += v.matched;
    }
  }
  const sum = (get: (c: SpanCounts) => number) => all.reduce((n, c) => n + get(c), 0);
  return { truePositives: sum((c) => c.truePositives), falsePositives: sum((c) => c.falsePositives), onTerms: sum((c) => c.onTerms), gold: sum((c) => c.gold), speakers };
}

/** Precision, recall, F1, strict precision and speaker accuracy of some counts; a figure whose denominator is 0 is 0. */
export function spanFigures(c: SpanCounts): { precision: number; recall: number; f1: number; strictPrecision: number; speakerAccuracy: number } {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const precision = ratio(c.truePositives, c.truePositives + c.falsePositives);
  const recall = ratio(c.truePositives, c.gold);
  const all = c.speakers.all ?? { right: 0, matched: 0 };
  return {
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    strictPrecision: ratio(c.truePositives, c.truePositives + c.falsePositives + c.onTerms),
    speakerAccuracy: ratio(all.right, all.matched),
  };
}
