import type { DatasetFile } from '../dataset/types.js';
import { indexCodePoints } from '../text/code-points.js';
import { at } from '../lists.js';

// Scoring an extracted dataset against hand-made gold annotations: exact spans for
// quotations and figures, and the speaker of each quotation found. Pure.

/** Hand-made annotations of one article; spans are found in order of appearance. */
export interface Gold {
  /** `speaker` is the name of the person, organization or group that said it (an unnamed one by its description: "curator"), or null. */
  quotes: { text: string; speaker: string | null }[];
  figures: { text: string; value: number }[];
  /** Quoted terms and titles that nobody says, which must not come out as quotations. */
  terms?: string[];
}

/** Precision, recall and F1 of a set of spans. */
export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** The scores of one article (or of several, added up). */
export interface Evaluation {
  quotes: Score;
  figures: Score;
  /** Of the gold quotations found with their exact span, how many have the right speaker. */
  speakers: { correct: number; total: number; accuracy: number };
  /** Of the gold figures found, how many have the right value. */
  values: { correct: number; total: number; accuracy: number };
}

type Span = { start: number; end: number };

/** Finds each text in order, as code-point spans, starting after the previous one's start. */
export function locate(text: string, parts: readonly string[]): Span[] {
  const index = indexCodePoints(text);
  const spans: Span[] = [];
  let from = 0;
  for (const part of parts) {
    const at = text.indexOf(part, from);
    if (at < 0) throw new Error(`gold text not found in the article: ${JSON.stringify(part)}`);
    spans.push({ start: index.toCodePoint(at), end: index.toCodePoint(at + part.length) });
    from = at + 1;
  }
  return spans;
}

/** Builds a score from counts. */
export function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

const key = (s: Span) => `${s.start}:${s.end}`;

/** Scores `extracted` against `gold` for the article `text`. */
export function evaluate(text: string, extracted: DatasetFile, gold: Gold): Evaluation {
  const names = new Map(extracted.entities.map((e) => [e.id, [e.name, ...e.aliases]]));
  const quotes = extracted.records.filter((r) => r.kind === 'quote');
  const figures = extracted.records.filter((r) => r.kind === 'number');
  const goldQuotes = locate(text, gold.quotes.map((q) => q.text));
  const goldFigures = locate(text, gold.figures.map((f) => f.text));
  const quoteBySpan = new Map(quotes.map((q) => [key(q.span), q]));
  const figureBySpan = new Map(figures.map((f) => [key(f.span), f]));

  let speakerCorrect = 0;
  let quoteHits = 0;
  goldQuotes.forEach((span, i) => {
    const found = quoteBySpan.get(key(span));
    if (!found) return;
    quoteHits++;
    const expected = at(gold.quotes, i).speaker;
    const said = found.speaker === null ? [] : (names.get(found.speaker) ?? []);
    if (expected === null ? found.speaker === null : said.includes(expected)) speakerCorrect++;
  });
  let figureHits = 0;
  let valueCorrect = 0;
  goldFigures.forEach((span, i) => {
    const found = figureBySpan.get(key(span));
    if (!found || found.kind !== 'number') return;
    figureHits++;
    if (Math.abs(found.value - at(gold.figures, i).value) < 1e-9) valueCorrect++;
  });
  return {
    quotes: score(quoteHits, quotes.length - quoteHits, goldQuotes.length - quoteHits),
    figures: score(figureHits, figures.length - figureHits, goldFigures.length - figureHits),
    speakers: { correct: speakerCorrect, total: quoteHits, accuracy: quoteHits === 0 ? 0 : speakerCorrect / quoteHits },
    values: { correct: valueCorrect, total: figureHits, accuracy: figureHits === 0 ? 0 : valueCorrect / figureHits },
  };
}

/** Several articles' evaluations added up (micro-averaged). */
export function combine(evaluations: readonly Evaluation[]): Evaluation {
  const sum = (get: (e: Evaluation) => number) => evaluations.reduce((n, e) => n + get(e), 0);
  const speakersCorrect = sum((e) => e.speakers.correct);
  const speakersTotal = sum((e) => e.speakers.total);
  const valuesCorrect = sum((e) => e.values.correct);
  const valuesTotal = sum((e) => e.values.total);
  return {
    quotes: score(sum((e) => e.quotes.truePositives), sum((e) => e.quotes.falsePositives), sum((e) => e.quotes.falseNegatives)),
    figures: score(sum((e) => e.figures.truePositives), sum((e) => e.figures.falsePositives), sum((e) => e.figures.falseNegatives)),
    speakers: { correct: speakersCorrect, total: speakersTotal, accuracy: speakersTotal === 0 ? 0 : speakersCorrect / speakersTotal },
    values: { correct: valuesCorrect, total: valuesTotal, accuracy: valuesTotal === 0 ? 0 : valuesCorrect / valuesTotal },
  };
}
