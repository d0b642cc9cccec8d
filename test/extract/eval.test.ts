import { describe, expect, it } from 'vitest';
import { evaluateArticles } from '../../scripts/evaluation.js';
import { evaluatePolnear, polnearDir } from '../../scripts/polnear.js';
import { spanFigures } from '../../src/extract/evaluate-spans.js';
import { ROOT } from '../helpers.js';

// The quality bar of `facts extract`, as `npm run eval` prints it.
const result = evaluateArticles(ROOT);

describe('extraction quality on our fixtures', () => {
  it('holds the overall targets: quote F1 ≥ 0.95, speaker accuracy ≥ 0.90, figure F1 ≥ 0.95', () => {
    expect(result.articles.length).toBeGreaterThanOrEqual(4);
    expect(result.overall.quotes.f1).toBeGreaterThanOrEqual(0.95);
    expect(result.overall.speakers.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.figures.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('gives every quotation of each fixture article its full-named speaker (a name cut short, "Marsh" for "Helen Marsh", slipped past the overall figure)', () => {
    for (const a of result.articles) expect(`${a.article}: ${a.evaluation.speakers.correct}/${a.evaluation.speakers.total}`).toBe(`${a.article}: ${a.evaluation.speakers.total}/${a.evaluation.speakers.total}`);
  });

  it('recovers at least 90% of the bundled article\'s curated quotes with exact spans and the right speaker, and every figure', () => {
    const e = result.bundled.evaluation;
    expect(e.speakers.correct / (e.quotes.truePositives + e.quotes.falseNegatives)).toBeGreaterThanOrEqual(0.9);
    expect(e.figures.recall).toBe(1);
  });
});

// Real news annotated by others (shared/corpora/polnear-dev), read where it lies; the
// corpus is not in this repository, so this part runs only where it is beside it.
const polnear = evaluatePolnear(polnearDir(ROOT));

describe.runIf(polnear !== null)('extraction quality on real news (polnear-dev)', () => {
  it('never crashes, and finds quotations at F1 ≥ 0.97 and strict precision ≥ 0.95', () => {
    const overall = polnear!.overall;
    expect(polnear!.articles.filter((a) => a.crashed !== null).map((a) => a.article)).toEqual([]);
    expect(spanFigures(overall).f1).toBeGreaterThanOrEqual(0.97);
    expect(spanFigures(overall).strictPrecision).toBeGreaterThanOrEqual(0.95);
  });

  it('names the right speaker for at least 90% of the quotations, and 60% of those by organisations', () => {
    const speakers = polnear!.overall.speakers;
    expect(spanFigures(polnear!.overall).speakerAccuracy).toBeGreaterThanOrEqual(0.9);
    expect(speakers.organisation!.right / speakers.organisation!.matched).toBeGreaterThanOrEqual(0.6);
  });

  it('is right at least 97% of the time where it says it is sure (confidence high), for more than half of the quotations, and 85% at medium', () => {
    const { speakers } = polnear!.overall;
    const high = speakers['confidence:high']!;
    const medium = speakers['confidence:medium']!;
    const all = ['high', 'medium', 'low'].reduce((n, c) => n + speakers[`confidence:${c}`]!.matched, 0);
    expect(high.right / high.matched).toBeGreaterThanOrEqual(0.97);
    expect(high.matched / all).toBeGreaterThanOrEqual(0.55);
    expect(medium.right / medium.matched).toBeGreaterThanOrEqual(0.85);
  });
});

describe.runIf(polnear === null)('real news (polnear-dev)', () => {
  it(`is not measured here: ${polnearDir(ROOT)} is not there`, () => {
    expect(polnear).toBeNull();
  });
});
