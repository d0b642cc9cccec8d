import { describe, expect, it } from 'vitest';
import { evaluateArticles } from '../../scripts/evaluation.js';
import { ROOT } from '../helpers.js';

// The quality bar of `facts extract`, as `npm run eval` prints it.
const result = evaluateArticles(ROOT);

describe('extraction quality', () => {
  it('holds the overall targets: quote F1 ≥ 0.95, speaker accuracy ≥ 0.90, figure F1 ≥ 0.95', () => {
    expect(result.articles.length).toBeGreaterThanOrEqual(4);
    expect(result.overall.quotes.f1).toBeGreaterThanOrEqual(0.95);
    expect(result.overall.speakers.accuracy).toBeGreaterThanOrEqual(0.9);
    expect(result.overall.figures.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('recovers at least 90% of the bundled article\'s curated quotes with exact spans and the right speaker, and every figure', () => {
    const e = result.bundled.evaluation;
    expect(e.speakers.correct / (e.quotes.truePositives + e.quotes.falseNegatives)).toBeGreaterThanOrEqual(0.9);
    expect(e.figures.recall).toBe(1);
  });
});
