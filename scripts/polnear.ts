import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFile } from '../src/data/types.js';
import { addCounts, scoreSpans, spanFigures, type GoldSpans, type SpanCounts } from '../src/extract/evaluate-spans.js';
import { checkInvariants } from '../src/data/validate.js';
import { extractDataset } from '../src/extract/extract.js';

// `facts extract` on the polnear-dev corpus (real news annotated by others), read where
// it lies beside the project and never copied into it: its texts are the publishers'.

/** Where the corpus is expected: shared/ beside the project's checkout. */
export function polnearDir(root: string): string {
  return join(root, '..', 'shared', 'corpora', 'polnear-dev');
}

/** One article's result: its counts, and whether extraction crashed. */
export interface PolnearArticle {
  article: string;
  counts: SpanCounts;
  crashed: string | null;
}

/** Extracts and scores every article of the folder; null when the folder is not there. */
export function evaluatePolnear(dir: string): { articles: PolnearArticle[]; overall: SpanCounts } | null {
  if (!existsSync(dir)) return null;
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f): PolnearArticle => {
      const text = readFileSync(join(dir, f), 'utf8');
      const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.spans.json')), 'utf8')) as GoldSpans;
      let extracted: DatasetFile = { version: 1, sources: [], entities: [], records: [] };
      let crashed: string | null = null;
      try {
        extracted = extractDataset(text, { id: 'article' });
        // As `facts extract` does: a draft that breaks the dataset's invariants is an error.
        const problems = checkInvariants([{ file: 'extracted', data: extracted }]);
        if (problems.length > 0) throw new Error(problems[0]);
      } catch (error) {
        // A crash counts as an empty result, as the corpus's rules say.
        crashed = (error as Error).message;
        extracted = { version: 1, sources: [], entities: [], records: [] };
      }
      return { article: f.replace(/\.txt$/, ''), counts: scoreSpans(extracted, gold), crashed };
    });
  return { articles, overall: addCounts(articles.map((a) => a.counts)) };
}

/** Speaker accuracy of one kind of mention, as "82.1% (110/134)". */
function accuracy(c: SpanCounts, kind: string): string {
  const k = c.speakers[kind];
  return k && k.matched > 0 ? `${((k.right / k.matched) * 100).toFixed(1)}% (${k.right}/${k.matched})` : '–';
}

/** The evaluation as Markdown: overall (micro and macro) and per article. */
export function renderPolnear(result: NonNullable<ReturnType<typeof evaluatePolnear>>, perArticle = true): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const row = (name: string, c: SpanCounts, crashed = '') => {
    const f = spanFigures(c);
    return `| ${name}${crashed} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.f1)} | ${pct(f.strictPrecision)} | ${accuracy(c, 'all')} | ${accuracy(c, 'name-in-source')} | ${accuracy(c, 'coref+previous-source')} | ${accuracy(c, 'manual')} | ${accuracy(c, 'organisation')} |`;
  };
  const figures = result.articles.map((a) => spanFigures(a.counts));
  const mean = (get: (f: ReturnType<typeof spanFigures>) => number) => pct(figures.reduce((n, f) => n + get(f), 0) / Math.max(1, figures.length));
  const crashes = result.articles.filter((a) => a.crashed !== null).length;
  return [
    `polnear-dev: ${result.articles.length} articles, ${result.overall.gold} gold quotations, ${crashes} crashed`,
    '',
    '| article | quote P | quote R | quote F1 | strict P | speaker | by name | by pronoun or description | resolved by hand | organisations |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    row('**overall (micro)**', result.overall),
    `| **overall (macro)** | ${mean((f) => f.precision)} | ${mean((f) => f.recall)} | ${mean((f) => f.f1)} | ${mean((f) => f.strictPrecision)} | ${mean((f) => f.speakerAccuracy)} | | | | |`,
    ...(perArticle ? result.articles.map((a) => row(a.article, a.counts, a.crashed === null ? '' : ' (crashed)')) : []),
  ].join('\n');
}
