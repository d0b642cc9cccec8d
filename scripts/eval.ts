import { resolve } from 'node:path';
import { evaluateArticles, renderEvaluation } from './evaluation.js';
import { COMPARTMENTS, evaluatePolnear, polnearDir, renderPolnearArticles, renderPolnearRules, renderPolnearSideBySide, type PolnearResult } from './polnear.js';

// `npm run eval`: how well `facts extract` does on the annotated articles in
// test/fixtures/articles, on the bundled, hand-curated article, and on the polnear-dev
// and polnear-train corpora of real news when they are there, side by side
// (`npm run eval -- --rules` adds speaker accuracy by rule, `--articles` a row per article). Bundled to dist/eval/eval.cjs,
// two levels below the project.
const root = resolve(__dirname, '..', '..');
process.stdout.write(`## Our fixtures\n\n${renderEvaluation(evaluateArticles(root))}\n\n`);
const results: PolnearResult[] = [];
for (const name of COMPARTMENTS) {
  const result = evaluatePolnear(polnearDir(root, name), name);
  if (result) results.push(result);
  else process.stdout.write(`${polnearDir(root, name)} is not there: not measured.\n`);
}
if (results.length > 0) process.stdout.write(`## Real news\n\n${renderPolnearSideBySide(results)}\n`);
if (process.argv.includes('--rules') && results.length > 0) process.stdout.write(`\n${renderPolnearRules(results)}\n`);
if (process.argv.includes('--articles')) for (const r of results) process.stdout.write(`\n${renderPolnearArticles(r)}\n`);
