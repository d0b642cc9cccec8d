import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFile } from '../src/dataset/types.js';
import { combine, evaluate, type Evaluation, type Gold } from '../src/extract/evaluate.js';
import { extractDataset } from '../src/extract/extract.js';

/** One row of the evaluation: an article and its scores. */
export interface ArticleEvaluation {
  article: string;
  evaluation: Evaluation;
}

/** Gold annotations from a curated dataset: its quotes (with their speakers' names) and its figures. */
export function goldFromDataset(data: DatasetFile): Gold {
  const name = (id: string | null) => data.entities.find((e) => e.id === id)?.name ?? '';
  return {
    quotes: data.records.filter((r) => r.kind === 'quote').map((r) => ({ text: r.text, speaker: name(r.speaker) })),
    figures: data.records.flatMap((r) => (r.kind === 'number' ? [{ text: r.text, value: r.value }] : [])),
  };
}

/** Extracts every article of `dir` (NAME.txt with NAME.gold.json) and the bundled article, and scores each. */
export function evaluateArticles(root: string): { articles: ArticleEvaluation[]; bundled: ArticleEvaluation; overall: Evaluation } {
  const dir = join(root, 'test', 'fixtures', 'articles');
  const articles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const gold = JSON.parse(readFileSync(join(dir, f.replace(/\.txt$/, '.gold.json')), 'utf8')) as Gold;
      return { article: f.replace(/\.txt$/, ''), evaluation: evaluate(text, extractDataset(text), gold) };
    });
  const curated = JSON.parse(readFileSync(join(root, 'data', 'facts.json'), 'utf8')) as DatasetFile;
  const text = (curated.sources[0] as { text: string }).text;
  const bundled = { article: 'macron-security-guarantees (bundled, curated)', evaluation: evaluate(text, extractDataset(text), goldFromDataset(curated)) };
  return { articles, bundled, overall: combine([...articles, bundled].map((a) => a.evaluation)) };
}

/** The evaluation as a Markdown table. */
export function renderEvaluation(result: ReturnType<typeof evaluateArticles>): string {
  const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
  const row = (name: string, e: Evaluation) =>
    `| ${name} | ${pct(e.quotes.precision)} | ${pct(e.quotes.recall)} | ${pct(e.quotes.f1)} | ${pct(e.speakers.accuracy)} (${e.speakers.correct}/${e.speakers.total}) | ${pct(e.figures.precision)} | ${pct(e.figures.recall)} | ${pct(e.figures.f1)} | ${pct(e.values.accuracy)} |`;
  return [
    '| article | quote P | quote R | quote F1 | speaker accuracy | figure P | figure R | figure F1 | figure values |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...result.articles.map((a) => row(a.article, a.evaluation)),
    row(result.bundled.article, result.bundled.evaluation),
    row('**overall**', result.overall),
  ].join('\n');
}
