import { resolve } from 'node:path';
import { evaluateArticles, renderEvaluation } from './evaluation.js';

// `npm run eval`: how well `facts extract` does on the annotated articles in
// test/fixtures/articles and on the bundled, hand-curated article.
// Bundled to dist/eval/eval.cjs, two levels below the project.
const result = evaluateArticles(resolve(__dirname, '..', '..'));
process.stdout.write(`${renderEvaluation(result)}\n`);
