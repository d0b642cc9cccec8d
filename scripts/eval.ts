import { resolve } from 'node:path';
import { evaluateArticles, renderEvaluation } from './evaluation.js';
import { evaluatePolnear, polnearDir, renderPolnear } from './polnear.js';

// `npm run eval`: how well `facts extract` does on the annotated articles in
// test/fixtures/articles, on the bundled, hand-curated article, and on the polnear-dev
// corpus of real news when it is there (`npm run eval -- --brief` leaves out its
// per-article rows). Bundled to dist/eval/eval.cjs, two levels below the project.
const root = resolve(__dirname, '..', '..');
process.stdout.write(`## Our fixtures\n\n${renderEvaluation(evaluateArticles(root))}\n\n`);
const polnear = evaluatePolnear(polnearDir(root));
if (polnear) process.stdout.write(`## Real news\n\n${renderPolnear(polnear, !process.argv.includes('--brief'))}\n`);
else process.stdout.write(`## Real news\n\n${polnearDir(root)} is not there: not measured.\n`);
