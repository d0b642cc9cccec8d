// `npm run bench:extract` (and the end of `npm run bench`): `facts extract` on one long
// article of 0.1, 0.4, 1.6 and 3 MB (and on three kinds of hostile text), made by joining the generated articles of
// generate-articles.mjs (texts written for this project), timed once each beside
// `node -e 0`. Shows whether the time grows with the length (4× the text, about 4× the
// time) and how far the 3 MB row is from its target. Expects a built bin/.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles } from './generate-articles.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'facts.js');
const dir = mkdtempSync(join(tmpdir(), 'facts-bench-extract-'));

/** Plain-text articles joined by blank lines until `chars` characters, cut at a paragraph. */
function longArticle(chars) {
  const parts = [];
  let length = 0;
  for (let n = 0; length < chars; n++) {
    const batch = generateArticles(50 + n * 50).slice(n * 50).filter((a) => a.file.endsWith('.txt'));
    for (const a of batch) {
      parts.push(a.contents);
      length += a.contents.length + 2;
      if (length >= chars) break;
    }
  }
  const text = parts.join('\n\n');
  return text.slice(0, text.lastIndexOf('\n\n', chars));
}

/** Seconds one command takes (wall clock), run once. */
function seconds(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${args.join(' ')}: exit ${result.status}: ${result.stderr}`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const node = Math.min(...[1, 2, 3].map(() => seconds(['-e', '0'])));
const rows = [];
for (const [label, chars] of [['0.1 MB', 100_000], ['0.4 MB', 400_000], ['1.6 MB', 1_600_000], ['3 MB', 3_000_000]]) {
  const file = join(dir, `${label.replace(/\W+/g, '')}.txt`);
  writeFileSync(file, longArticle(chars));
  const s = seconds([bin, 'extract', file, '-o', join(dir, 'out.json')]);
  rows.push({ label, chars, s });
}
// One paragraph of many short quotations (a transcript pasted without line breaks, say):
// every rule that read the paragraph up to each quotation made this quadratic.
for (const [label, count] of [['0.1 MB', 3000], ['0.4 MB', 12000]]) {
  const file = join(dir, `paragraph-${count}.txt`);
  writeFileSync(file, `Tom Rask spoke. ${Array.from({ length: count }, () => '"We agree," said Tom Rask. "Yes."').join(' ')}\n`);
  rows.push({ label: `${label}, one paragraph of ${(count * 2).toLocaleString('en')} quotations`, chars: count * 34, s: seconds([bin, 'extract', file, '-o', join(dir, 'out.json')]) });
}
// One line of capitalized words and initials, no sentence end (a list of names pasted as
// one line, say): a pattern read a run of capitals to its end from each of its words, and
// compromise reads no sentence end after an initial; 40,000 such words took 60-91 s.
for (const [label, count] of [['0.1 MB', 20000], ['0.4 MB', 80000]]) {
  const file = join(dir, `capitals-${count}.txt`);
  writeFileSync(file, `${Array.from({ length: count }, (_, k) => ['Ada', 'T.', 'Rask', 'Holm', 'Ivo'][k % 5]).join(' ')}\n`);
  rows.push({ label: `${label}, one line of ${count.toLocaleString('en')} capitalized words`, chars: count * 4, s: seconds([bin, 'extract', file, '-o', join(dir, 'out.json')]) });
}
// Paragraphs whose cues each name an organization in full, and a person's reply: each such
// name is noted where the cue stands, among mentions already read in order, and noting it
// at the end made the next read sort them all again (1.6 MB took 4.5 times 0.4 MB).
const ORGANIZATIONS = ['Bergen Harbour Board', 'Alnes Ferry Company', 'Nordvik Energy Group', 'Alnes Water Trust'];
const SPEAKERS = ['Ada Quist', 'Tom Rask', 'Ivo Brandt', 'Greta Holm'];
for (const [label, chars] of [['0.4 MB', 400_000], ['1.6 MB', 1_600_000]]) {
  const paragraphs = [];
  for (let k = 0, length = 0; length < chars; k++) {
    const organization = ORGANIZATIONS[k % ORGANIZATIONS.length];
    const speaker = SPEAKERS[(k * 3) % SPEAKERS.length];
    const paragraph = `The ${organization} met on day ${k}. "We will review plan ${k}," the ${organization} said. ${speaker} spoke after. "It is late," ${speaker.split(' ')[1]} said.`;
    paragraphs.push(paragraph);
    length += paragraph.length + 2;
  }
  const file = join(dir, `organizations-${chars}.txt`);
  writeFileSync(file, paragraphs.join('\n\n'));
  rows.push({ label: `${label}, an organization named in full in every other cue`, chars, s: seconds([bin, 'extract', file, '-o', join(dir, 'out.json')]) });
}
rmSync(dir, { recursive: true, force: true });

const at = (label) => rows.find((r) => r.label === label);
const growth = at('1.6 MB').s / at('0.4 MB').s;
const paragraphGrowth = at('0.4 MB, one paragraph of 24,000 quotations').s / at('0.1 MB, one paragraph of 6,000 quotations').s;
const capitalsGrowth = at('0.4 MB, one line of 80,000 capitalized words').s / at('0.1 MB, one line of 20,000 capitalized words').s;
const organizationsGrowth = at('1.6 MB, an organization named in full in every other cue').s / at('0.4 MB, an organization named in full in every other cue').s;
const three = at('3 MB').s;
const lines = [
  '| article | time | ratio to node -e 0 | characters a second | target |',
  '| --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| facts extract, ${r.label} | ${r.s.toFixed(1)} s | ${(r.s / node).toFixed(0)}× | ${Math.round(r.chars / r.s).toLocaleString('en')} | ${r.label === '3 MB' ? `${three <= 20 ? 'met' : 'MISSED'} (≤ 20 s)` : ''} |`),
  `| 1.6 MB against 0.4 MB | | ${growth.toFixed(2)}× | | ${growth <= 4.4 ? 'met' : 'MISSED'} (about 4×, ≤ 4.4×) |`,
  `| one paragraph: 24,000 quotations against 6,000 | | ${paragraphGrowth.toFixed(2)}× | | ${paragraphGrowth <= 4.4 ? 'met' : 'MISSED'} (about 4×, ≤ 4.4×) |`,
  `| one line: 80,000 capitalized words against 20,000 | | ${capitalsGrowth.toFixed(2)}× | | ${capitalsGrowth <= 4.4 ? 'met' : 'MISSED'} (about 4×, ≤ 4.4×) |`,
  `| an organization in every other cue: 1.6 MB against 0.4 MB | | ${organizationsGrowth.toFixed(2)}× | | ${organizationsGrowth <= 4.4 ? 'met' : 'MISSED'} (about 4×, ≤ 4.4×) |`,
  '',
  `node -e 0: ${(node * 1000).toFixed(0)} ms. Node ${process.version}, ${execFileSync('nproc', { encoding: 'utf8' }).trim()} cores, ${new Date().toISOString().slice(0, 10)}.`,
];
console.log(lines.join('\n'));
process.exitCode = three <= 20 && growth <= 4.4 && paragraphGrowth <= 4.4 && capitalsGrowth <= 4.4 && organizationsGrowth <= 4.4 ? 0 : 1;
