import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatasetFile } from '../src/dataset/types.js';
import { addCounts, scoreSpans, spanFigures, UNREVIEWED, type GoldSpans, type SpanCounts } from '../src/extract/evaluate-spans.js';
import { checkInvariants } from '../src/dataset/validate.js';
import { extractDataset } from '../src/extract/extract.js';

// `facts extract` on the polnear corpora (real news annotated by others), read where they
// lie beside the project and never copied into it: their texts are the publishers'.

/** The two compartments, in the order they are reported. */
export const COMPARTMENTS = ['polnear-dev', 'polnear-train'] as const;
export type Compartment = (typeof COMPARTMENTS)[number];

/** Where a compartment is expected: shared/ beside the project's checkout. */
export function polnearDir(root: string, compartment: Compartment = 'polnear-dev'): string {
  return join(root, '..', 'shared', 'corpora', compartment);
}

/** One article's result: its counts, and whether extraction crashed. */
export interface PolnearArticle {
  article: string;
  counts: SpanCounts;
  crashed: string | null;
}

/** One compartment's result. */
export interface PolnearResult {
  name: string;
  articles: PolnearArticle[];
  overall: SpanCounts;
}

/** Extracts and scores every article of the folder; null when the folder is not there. */
export function evaluatePolnear(dir: string, name = 'polnear-dev'): PolnearResult | null {
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
        crashed = error instanceof Error ? error.message : String(error);
        extracted = { version: 1, sources: [], entities: [], records: [] };
      }
      return { article: f.replace(/\.txt$/, ''), counts: scoreSpans(extracted, gold), crashed };
    });
  return { name, articles, overall: addCounts(articles.map((a) => a.counts)) };
}

/** Speaker accuracy of one kind of mention, as "82.1% (110/134)". */
function accuracy(c: SpanCounts, kind: string): string {
  const k = c.speakers[kind];
  return k && k.matched > 0 ? `${((k.right / k.matched) * 100).toFixed(1)}% (${k.right}/${k.matched})` : '–';
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

/** The share of the scored quotations in a confidence class, and how often it is right. */
function confidence(c: SpanCounts, level: string): string {
  const all = c.speakers.all?.matched ?? 0;
  const k = c.speakers[`confidence:${level}`];
  if (!k || k.matched === 0 || all === 0) return '–';
  return `${pct(k.matched / all)} of quotes, ${pct(k.right / k.matched)} right`;
}

/** The compartments side by side, as Markdown: quotations, speakers by kind of mention, confidence classes. */
export function renderPolnearSideBySide(results: readonly PolnearResult[]): string {
  const head = `| | ${results.map((r) => r.name).join(' | ')} |`;
  const rule = `| --- | ${results.map(() => '---').join(' | ')} |`;
  const line = (label: string, cell: (r: PolnearResult) => string) => `| ${label} | ${results.map(cell).join(' | ')} |`;
  const f = (r: PolnearResult) => spanFigures(r.overall);
  return [
    head,
    rule,
    line('articles (crashed)', (r) => `${r.articles.length} (${r.articles.filter((a) => a.crashed !== null).length})`),
    line('gold quotations', (r) => String(r.overall.gold)),
    line('quote P / R / F1', (r) => `${pct(f(r).precision)} / ${pct(f(r).recall)} / ${pct(f(r).f1)}`),
    line('strict precision', (r) => pct(f(r).strictPrecision)),
    line('**speaker accuracy**', (r) => accuracy(r.overall, 'all')),
    line('by name in the cue', (r) => accuracy(r.overall, 'name-in-source')),
    line('by pronoun or description', (r) => accuracy(r.overall, 'coref+previous-source')),
    line('resolved by hand', (r) => accuracy(r.overall, 'manual')),
    line('organisations (dev only reviewed)', (r) => accuracy(r.overall, 'organisation')),
    line('not scored (speaker unreviewed)', (r) => String(r.overall.speakers[UNREVIEWED]?.matched ?? 0)),
    line('confidence high', (r) => confidence(r.overall, 'high')),
    line('confidence medium', (r) => confidence(r.overall, 'medium')),
    line('confidence low', (r) => confidence(r.overall, 'low')),
  ].join('\n');
}

/** Speaker accuracy by the rule that named the speaker and its confidence class, compartments side by side, as Markdown. */
export function renderPolnearRules(results: readonly PolnearResult[]): string {
  const keys = [...new Set(results.flatMap((r) => Object.keys(r.overall.speakers)))].filter((k) => k.startsWith('rule:')).sort();
  const cell = (r: PolnearResult, k: string) => {
    const all = r.overall.speakers.all?.matched ?? 0;
    const c = r.overall.speakers[k];
    return c && all > 0 ? `${pct(c.matched / all)} · ${accuracy(r.overall, k)}` : '–';
  };
  return [
    `| rule (confidence) | ${results.map((r) => `${r.name}: share · right`).join(' | ')} |`,
    `| --- | ${results.map(() => '---').join(' | ')} |`,
    ...keys.map((k) => `| ${k.slice('rule:'.length)} | ${results.map((r) => cell(r, k)).join(' | ')} |`),
  ].join('\n');
}

/** One compartment's articles, a row each, as Markdown. */
export function renderPolnearArticles(result: PolnearResult): string {
  const row = (name: string, c: SpanCounts, crashed = '') => {
    const f = spanFigures(c);
    return `| ${name}${crashed} | ${pct(f.precision)} | ${pct(f.recall)} | ${pct(f.f1)} | ${pct(f.strictPrecision)} | ${accuracy(c, 'all')} |`;
  };
  return [
    `${result.name}, by article`,
    '',
    '| article | quote P | quote R | quote F1 | strict P | speaker |',
    '| --- | --- | --- | --- | --- | --- |',
    ...result.articles.map((a) => row(a.article, a.counts, a.crashed === null ? '' : ' (crashed)')),
  ].join('\n');
}
