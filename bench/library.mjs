// `npm run bench:library` (and the end of `npm run bench`): a library of 200 articles
// added with `facts add` (bench/generate-articles.mjs, from the project's fixtures), then
// verify, search, quotes and who across it, each as a median and a ratio to `node -e 0`
// in the same hyperfine run, beside the same commands on a generated dataset of as many
// records (--data). Also: the time of one `add`, and whether verify finds each article's
// quote with its speaker. Needs hyperfine; expects a built bin/ (the npm scripts build it).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles } from './generate-articles.mjs';
import { generateDataset, writeDataset } from './generate-data.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench', 'results');
const bin = join(root, 'bin', 'facts.js');
const COUNT = Number(process.env.BENCH_ARTICLES ?? 200);
const runs = Number(process.env.BENCH_RUNS ?? 15);

const work = mkdtempSync(join(tmpdir(), 'facts-library-bench-'));
const articlesDir = join(work, 'articles');
mkdirSync(articlesDir);
const env = { ...process.env, FACTS_LIBRARY: join(work, 'library'), XDG_CACHE_HOME: join(work, 'cache') };
delete env.NO_COLOR;
delete env.FACTS_DATA;
const facts = (args, options = {}) => spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 26, ...options });
const seconds = (run) => {
  const started = process.hrtime.bigint();
  const result = run();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, result };
};

const [extra, ...rest] = generateArticles(COUNT + 1).reverse();
const articles = rest.reverse();
for (const a of articles) writeFileSync(join(articlesDir, a.file), a.contents);
const extraFile = join(work, extra.file);
writeFileSync(extraFile, extra.contents);

// One add into an empty library, three times: the median.
const single = [0, 1, 2]
  .map((k) => {
    const library = join(work, `single-${k}`);
    const { seconds: s, result } = seconds(() => facts(['add', join(articlesDir, articles[k].file)], { env: { ...env, FACTS_LIBRARY: library } }));
    if (result.status !== 0) throw new Error(`add failed: ${result.stderr}`);
    return s;
  })
  .sort((a, b) => a - b)[1];

// Every article, two at a time.
console.error(`bench: adding ${COUNT} articles...`);
const all = seconds(() => spawnSync('sh', ['-c', `ls | xargs -P 2 -I{} ${process.execPath} ${bin} add {} > /dev/null`], { cwd: articlesDir, env, encoding: 'utf8' }));
if (all.result.status !== 0) throw new Error(`adding failed: ${all.result.stderr}`);
const files = readdirSync(env.FACTS_LIBRARY).filter((f) => f.endsWith('.json'));
// One more add into the full library, three times (removed again after each): the median.
const more = [0, 1, 2]
  .map(() => {
    const { seconds: s, result } = seconds(() => facts(['add', extraFile]));
    if (result.status !== 0) throw new Error(`add failed: ${result.stderr}`);
    facts(['library', 'remove', extra.id]);
    return s;
  })
  .sort((a, b) => a - b)[1];
const records = files.reduce((n, f) => n + JSON.parse(readFileSync(join(env.FACTS_LIBRARY, f), 'utf8')).records.length, 0) + JSON.parse(readFileSync(join(root, 'data', 'facts.json'), 'utf8')).records.length;

// The first run after the last add builds the index cache; then each article's quote is verified.
const first = seconds(() => facts(['verify', articles[0].quote]));
const firstSearch = seconds(() => facts(['search', 'figures published']));
const quotesFile = join(work, 'quotes.txt');
writeFileSync(quotesFile, articles.map((a) => a.quote).join('\n') + '\n');
const batch = facts(['verify', '--file', quotesFile, '--format', 'ndjson']);
const verdicts = batch.stdout.trim().split('\n').map((line) => JSON.parse(line));
// (A speaker is an entity id: the source's id, then the name's slug.)
const slug = (name) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
const rightSpeaker = verdicts.filter((v, i) => v.verdict === 'verbatim' && v.speaker === `${articles[i].id}.${slug(articles[i].speaker)}`).length;
const verbatim = verdicts.filter((v) => v.verdict === 'verbatim').length;

// A generated dataset of as many records, read with --data (the bench's other datasets are of this kind).
const sameSize = join(work, `facts-${records}.json`);
writeDataset(sameSize, generateDataset(records));
facts(['--data', sameSize, 'search', 'x']);
facts(['--data', sameSize, 'verify', 'x']);

const probe = articles[Math.floor(COUNT / 2)];
const speaker = probe.speaker;
const node = `${process.execPath} ${bin}`;
/** [name, command, target ratio or null] */
const rows = [
  ['node -e 0', `${process.execPath} -e 0`, null],
  [`library: facts verify (a quote of article ${Math.floor(COUNT / 2) + 1})`, `${node} verify "${probe.quote}"`, 6],
  ['library: facts search "figures published" --limit 10', `${node} search "figures published" --limit 10`, 6],
  ['library: facts quotes budget', `${node} quotes budget`, 5],
  [`library: facts who "${speaker}"`, `${node} who "${speaker}"`, 6],
  ['library: facts guarantees list', `${node} guarantees list`, 6],
  [`same-size dataset: facts verify "one quote"`, `${node} --data ${sameSize} verify "one quote"`, 6],
  ['same-size dataset: facts search "reassurance force" --limit 10', `${node} --data ${sameSize} search "reassurance force" --limit 10`, 6],
  ['same-size dataset: facts quotes force', `${node} --data ${sameSize} quotes force`, 5],
];
// Each command answers (exit 0, or 1 for "no match", as grep) before it is timed.
for (const [name, command] of rows) {
  const result = spawnSync('sh', ['-c', `${command} > /dev/null`], { env, encoding: 'utf8' });
  if (result.status !== 0) console.error(`bench: ${name}: exit ${result.status} ${result.stderr.trim()}`);
  if (result.status === 2) throw new Error(`${name} failed`);
}
const exported = join(resultsDir, 'hyperfine-library.json');
mkdirSync(resultsDir, { recursive: true });
execFileSync('hyperfine', ['-N', '--ignore-failure', '--warmup', '3', '--runs', String(runs), '--style', 'none', '--export-json', exported, ...rows.map((r) => r[1])], { env, stdio: ['ignore', 'ignore', 'inherit'] });
const medians = JSON.parse(readFileSync(exported, 'utf8')).results.map((r) => r.median * 1000);

let failed = 0;
const table = rows.map(([name, , target], i) => {
  const ratio = medians[i] / medians[0];
  let verdict = '';
  if (target !== null) {
    const ok = ratio <= target;
    if (!ok) failed++;
    verdict = `${ok ? 'met' : 'MISSED'} (≤ ${target}×)`;
  }
  return [name, `${medians[i].toFixed(0)} ms`, `${ratio.toFixed(2)}×`, verdict];
});
table.push([`facts add, one article into an empty library (median of 3)`, `${(single * 1000).toFixed(0)} ms`, '', `${single < 2 ? 'met' : 'MISSED'} (< 2 s)`]);
if (single >= 2) failed++;
table.push([`facts add, one article into the library of ${COUNT} (median of 3)`, `${(more * 1000).toFixed(0)} ms`, '', `${more < 2 ? 'met' : 'MISSED'} (< 2 s)`]);
if (more >= 2) failed++;
table.push([`facts add, ${COUNT} articles, two at a time`, `${all.seconds.toFixed(1)} s`, '', '']);
table.push([`first verify after the last add (builds the index cache)`, `${(first.seconds * 1000).toFixed(0)} ms`, '', '']);
table.push([`first search after it (builds the search index)`, `${(firstSearch.seconds * 1000).toFixed(0)} ms`, '', '']);
table.push([`verify a quotation of each article (${COUNT})`, `${verbatim} verbatim, ${rightSpeaker} with its speaker`, '', `${rightSpeaker === COUNT ? 'met' : 'MISSED'} (all, with the speaker)`]);
if (rightSpeaker !== COUNT) failed++;

// compare --all over the library, then over ten copies of it (2,000 articles when COUNT is
// 200: each file again under new ids, so that every statement has ten times the versions),
// each the median of 3: under 5 s at 200, and linear (the time at ten times the articles
// at most 12 times the time).
const compareAll = (environment) => {
  const times = [0, 1, 2].map(() => {
    const { seconds: s, result } = seconds(() => facts(['compare', '--all', '--no-bundled'], { env: environment }));
    if (result.status !== 0) throw new Error(`compare --all failed: ${result.stderr}`);
    return { s, groups: result.stdout.trim().split('\n').length };
  });
  return times.sort((a, b) => a.s - b.s)[1];
};
const all200 = compareAll(env);
const copies = join(work, 'copies');
mkdirSync(copies);
for (const file of files) {
  const text = readFileSync(join(env.FACTS_LIBRARY, file), 'utf8');
  const id = file.replace(/\.json$/, '');
  for (let k = 0; k < 10; k++) writeFileSync(join(copies, `${id}-c${k}.json`), text.split(`"${id}`).join(`"${id}-c${k}`));
}
const copiesEnv = { ...env, FACTS_LIBRARY: copies };
facts(['compare', '--all', '--no-bundled'], { env: copiesEnv });
const all2000 = compareAll(copiesEnv);
table.push([`facts compare --all, ${files.length} articles (median of 3; ${all200.groups} statements)`, `${(all200.s * 1000).toFixed(0)} ms`, '', `${all200.s < 5 ? 'met' : 'MISSED'} (< 5 s)`]);
if (all200.s >= 5) failed++;
const growth = all2000.s / all200.s;
table.push([`facts compare --all, ${files.length * 10} articles (ten copies; median of 3)`, `${(all2000.s * 1000).toFixed(0)} ms`, '', `${growth <= 12 ? 'met' : 'MISSED'} (${growth.toFixed(1)}× the time for 10× the articles; linear: ≤ 12×)`]);
if (growth > 12) failed++;

const header = ['command', 'median', 'ratio to node -e 0', 'target'];
const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => row[c].length)));
const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${runs} runs each after 3 warm-ups, ${new Date().toISOString().slice(0, 10)}`;
const report = [`A library of ${files.length} added articles: ${records} records with the bundled article's.`, '', line(header), line(widths.map((w) => '-'.repeat(w))), ...table.map(line), '', `Machine: ${machine}.`].join('\n');
writeFileSync(join(resultsDir, 'library.md'), report + '\n');
console.log(report);
console.log(failed === 0 ? '\nEvery library target met.' : `\n${failed} library target(s) missed.`);
rmSync(work, { recursive: true, force: true });
process.exitCode = failed === 0 ? 0 : 1;
