// `npm run bench`: start-up on the bundled data, and search, grep and verify on 100,000
// to 1,000,000 records, each as a median and a ratio to `node -e 0` measured in the same
// hyperfine run, with peak RSS from /usr/bin/time and, when installed, fzf and rg on the
// same records; then a library of 200 added articles (library.mjs), extraction of
// one long article (extract.mjs), and a library on PostgreSQL (database.mjs). Never part of
// `npm test`. Public tools only: hyperfine (apt), GNU time.
//
// The table is made once for each Node it finds: the one running it, then 22 and 24
// where .ci/run installed them ($FACTS_CI_NODES, else ~/.cache/facts-ci/node), or the
// node binaries BENCH_NODES lists (colon-separated). BENCH_BEFORE names the folder of an
// earlier build (a checkout with bin/ and dist/ built): its start-up, search, batch verify
// and extraction rows are then timed in the same runs, side by side.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles } from './generate-articles.mjs';
import { generateDataset, writeDataset } from './generate-data.mjs';
import { beforeBin, benchEnv, nodesToTime, startupRows, timeInRounds } from './startup.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'bench', 'data');
const resultsDir = join(root, 'bench', 'results');
const bin = join(root, 'bin', 'facts.js');
const before = beforeBin();
/** The streaming pair: every hit of a common word (34,120 rows: 33,120 records and 1,000 passages of sources), against ten of them. */
const LIMITED = '100k: facts search force --limit 10';
const EVERY_HIT = '100k: facts search force (every hit)';
const has = (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;

if (!has('hyperfine') || !existsSync('/usr/bin/time')) {
  console.error('bench: needs hyperfine and GNU time: apt-get install hyperfine time');
  process.exit(2);
}

mkdirSync(dataDir, { recursive: true });
mkdirSync(resultsDir, { recursive: true });

/** Writes a generated dataset if missing: a wide vocabulary, or one where every word is common. */
function ensureData(count, vocabulary = 'wide') {
  const file = join(dataDir, `facts-${vocabulary === 'wide' ? '' : `${vocabulary}-`}${count}.json`);
  if (!existsSync(file)) {
    console.error(`bench: generating ${count} records (${vocabulary} vocabulary)...`);
    writeDataset(file, generateDataset(count, 42, { vocabulary }));
  }
  return file;
}

/**
 * 1,000 quotes from a dataset's quotes (700 verbatim, 200 with a word changed, 100 of
 * nonsense); 1,000 excerpts of twelve words of them, each with one word changed; and 200
 * excerpts of twelve words with one changed (half to a word the data never uses, half to
 * "the"), as test/verify/near-miss.test.ts makes them.
 */
function ensureQuotes(dataFile, name) {
  const batch = join(dataDir, `quotes-${name}.txt`);
  const oneChanged = join(dataDir, `one-word-changed-${name}.txt`);
  const nearMiss = join(dataDir, `near-miss-${name}.txt`);
  if ([batch, oneChanged, nearMiss].every((file) => existsSync(file))) return { batch, oneChanged, nearMiss };
  // (A million records are more text than one string holds: read the first 300 MB, whole records only.)
  const text = readFileSync(dataFile).subarray(0, 300_000_000).toString('utf8');
  const quotes = [...text.matchAll(/"kind":"quote","text":"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
  const lines = [];
  for (let i = 0; i < 1000; i++) {
    const words = quotes[(i * 37) % quotes.length].split(' ').slice(3, 15);
    if (i % 10 < 7) lines.push(words.join(' '));
    else if (i % 10 < 9) lines.push(words.map((w, k) => (k === 5 ? 'zebra' : w)).join(' '));
    else lines.push(`qwz${i} vlorp${i} snark${i} glim${i} frub${i}`);
  }
  writeFileSync(batch, lines.join('\n') + '\n');
  const changed = [];
  for (let i = 0; i < 1000; i++) {
    const words = quotes[(i * 37) % quotes.length].split(' ').slice(3, 15);
    words[(i * 5) % words.length] = i % 2 === 0 ? 'zebra' : 'the';
    changed.push(words.join(' '));
  }
  writeFileSync(oneChanged, changed.join('\n') + '\n');
  const excerpts = [];
  for (let k = 0; k < 200; k++) {
    const words = quotes[(k * 7919) % quotes.length].replace(/[^\w\s]/g, '').split(/\s+/);
    const start = (k * 13) % Math.max(1, words.length - 12);
    const excerpt = words.slice(start, start + 12);
    excerpt[(k * 5) % 12] = k % 2 === 0 ? 'zebra' : 'the';
    excerpts.push(excerpt.join(' '));
  }
  writeFileSync(nearMiss, excerpts.join('\n') + '\n');
  return { batch, oneChanged, nearMiss };
}

const data10k = ensureData(10_000);
const data100k = ensureData(100_000);
const data300k = ensureData(300_000);
const data1m = ensureData(1_000_000);
const common100k = ensureData(100_000, 'common');
const common1m = ensureData(1_000_000, 'common');
const common170 = ensureData(100_000, 'common-170');
const quotesOf = Object.fromEntries([['100k', data100k], ['300k', data300k], ['1M', data1m], ['common-100k', common100k], ['common-1M', common1m], ['common-170-100k', common170]].map(([name, file]) => [name, ensureQuotes(file, name)]));
const oneChanged = quotesOf['common-170-100k'].oneChanged;
// An article of about 10 KB from the generated ones (texts written for this project), for `facts extract`.
const article10k = join(dataDir, 'article-10kb.txt');
if (!existsSync(article10k)) {
  let text = '';
  for (const a of generateArticles(40).filter((a) => a.file.endsWith('.txt'))) if (text.length < 10_000) text += `${a.contents}\n\n`;
  writeFileSync(article10k, text.slice(0, text.lastIndexOf('\n\n', 10_240)));
}
const sizes = [
  ['100k', data100k],
  ['300k', data300k],
  ['1M', data1m],
];
// A speaker of the 100k data, for `who NAME`.
const speaker = JSON.parse(readFileSync(data10k, 'utf8')).entities[0].name;
const quotesFile = join(dataDir, 'quotes-1000.txt');
const textsFile = join(dataDir, 'texts-100000.txt');
if (!existsSync(quotesFile) || !existsSync(textsFile)) {
  const dataset = JSON.parse(readFileSync(data100k, 'utf8'));
  const quotes = dataset.records.filter((r) => r.kind === 'quote');
  // 1,000 quotes: 700 verbatim runs, 200 with a word changed, 100 of nonsense.
  const lines = [];
  for (let i = 0; i < 1000; i++) {
    const words = quotes[(i * 37) % quotes.length].text.split(' ').slice(3, 15);
    if (i % 10 < 7) lines.push(words.join(' '));
    else if (i % 10 < 9) lines.push(words.map((w, k) => (k === 5 ? 'zebra' : w)).join(' '));
    else lines.push(`qwz${i} vlorp${i} snark${i} glim${i} frub${i}`);
  }
  writeFileSync(quotesFile, lines.join('\n') + '\n');
  writeFileSync(textsFile, dataset.records.map((r) => r.text.replace(/\s+/g, ' ')).join('\n') + '\n');
}

// A source of 100 KB and quotes of 100 KB against it, one word in seven and one in three
// changed: the longest input verify answers, and the most work its diff does.
const longData = join(dataDir, 'long-100kb.json');
const longQuotes = [7, 3].map((every) => join(dataDir, `quote-100kb-every-${every}.txt`));
if (!existsSync(longData) || longQuotes.some((f) => !existsSync(f))) {
  const vocabulary = JSON.parse(readFileSync(data10k, 'utf8')).records.slice(0, 400).flatMap((r) => r.text.split(' '));
  let seed = 12345;
  const words = [];
  for (let length = 0; length < 100_000; ) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const word = vocabulary[seed % vocabulary.length];
    words.push(word);
    length += word.length + 1;
  }
  const text = words.join(' ');
  const source = { id: 'long', title: 'A long source', publisher: null, url: null, published: null, language: 'en', text };
  const record = { id: 'q1', kind: 'quote', text, source: 'long', span: { start: 0, end: [...text].length }, speaker: null, cue: null };
  writeFileSync(longData, JSON.stringify({ version: 1, sources: [source], entities: [], records: [record] }));
  [7, 3].forEach((every, i) => writeFileSync(longQuotes[i], words.map((w, k) => (k % every === 1 ? 'zebra' : w)).join(' ') + '\n'));
}

/** The median of three runs on a warm cache, in seconds. */
function timeWarm(command) {
  spawnSync('sh', ['-c', `${command} > /dev/null`], { env });
  const times = [];
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    spawnSync('sh', ['-c', `${command} > /dev/null`], { env });
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  return times.sort((a, b) => a - b)[1];
}

// The timed runs read a warm index cache; the first build of it is timed on its own.
const cache = join(dataDir, 'cache');
const env = benchEnv(cache);

/** The median of three first runs, each on a fresh cache. */
function timeFirstRun(command) {
  const times = [];
  for (let i = 0; i < 3; i++) {
    const fresh = mkdtempSync(join(tmpdir(), 'facts-bench-'));
    const started = process.hrtime.bigint();
    spawnSync('sh', ['-c', `${command} > /dev/null`], { env: { ...env, XDG_CACHE_HOME: fresh } });
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
    rmSync(fresh, { recursive: true, force: true });
  }
  return times.sort((a, b) => a - b)[1];
}

/** The table on one Node: every row timed with that node binary, against its own `node -e 0`; the number of targets missed. */
function benchOn(node) {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const major = Number(version.slice(1).split('.')[0]);
  const facts = `${node} ${bin}`;
  const indexBuild = timeFirstRun(`${facts} --data ${data100k} search x`);
  const corpusBuild = timeFirstRun(`${facts} --data ${data100k} verify x`);
  spawnSync('sh', ['-c', `${facts} --data ${data100k} verify x > /dev/null; ${facts} --data ${data10k} verify x > /dev/null`], { env });

  /** One first run on a fresh cache (records, then the search index, then verify's corpus): seconds and peak RSS (MiB) of each. */
  function firstRunOnce(dataFile) {
    const fresh = mkdtempSync(join(tmpdir(), 'facts-bench-'));
    const steps = ['quotes zzzz', 'search zzzz', 'verify zzzz'].map((args) => {
      const started = process.hrtime.bigint();
      const result = spawnSync('sh', ['-c', `/usr/bin/time -f %M ${facts} --data ${dataFile} ${args} 2>&1 >/dev/null | tail -1`], { env: { ...env, XDG_CACHE_HOME: fresh }, encoding: 'utf8' });
      return { seconds: Number(process.hrtime.bigint() - started) / 1e9, rss: Number(result.stdout.trim()) / 1024 };
    });
    rmSync(fresh, { recursive: true, force: true });
    return steps;
  }
  const firstRuns = sizes.map(([name, file]) => ({ name, size: statSync(file).size / 1024 / 1024, steps: firstRunOnce(file) }));
  // Warm caches for every generated dataset.
  for (const file of [data300k, data1m, common100k, common1m, common170]) spawnSync('sh', ['-c', `${facts} --data ${file} search x > /dev/null; ${facts} --data ${file} verify x > /dev/null`], { env });

  // Start-up (bench/startup.mjs) is timed on its own, with more runs (BENCH_STARTUP_RUNS,
  // 40) and in rounds, every command once a round: its rows differ from `node -e 0` by
  // milliseconds, which drift between the minutes of the long run below.
  const startup = startupRows(node, major, facts, before);
  const direct = [
    ['node -e 0', `${node} -e 0`, null, null],
    ['10k: facts search "reassurance force"', `${facts} --data ${data10k} search "reassurance force"`, null, null],
    ['100k: facts search "reassurance force"', `${facts} --data ${data100k} search "reassurance force"`, 5, 200],
    ['100k: facts quotes force', `${facts} --data ${data100k} quotes force`, 5, null],
    ['100k: facts verify "one quote"', `${facts} --data ${data100k} verify "one quote"`, 6, null],
    // Every other command reads the same store, within the search targets.
    ['100k: facts show r5', `${facts} --data ${data100k} show r5`, 6, 200],
    [`100k: facts who "${speaker}"`, `${facts} --data ${data100k} who "${speaker}"`, 6, 200],
    ['100k: facts who (every record)', `${facts} --data ${data100k} who`, 6, 200],
    ['100k: facts entities', `${facts} --data ${data100k} entities`, 6, 200],
    ['100k: facts sources', `${facts} --data ${data100k} sources`, 6, 200],
    ['100k: facts guarantees', `${facts} --data ${data100k} guarantees`, 6, 200],
    // Streaming: a third of all records printed (and a thousand passages of sources) costs about twice ten of them (checked below).
    [LIMITED, `${facts} --data ${data100k} search force --limit 10`, 6, 200],
    [EVERY_HIT, `${facts} --data ${data100k} search force`, 6, 200],
  ];
  // At 300,000 and 1,000,000 records, and on data whose every word is common.
  for (const [name, file] of sizes.slice(1)) {
    const big = name === '1M';
    direct.push(
      [`${name}: facts search "reassurance force" --limit 10`, `${facts} --data ${file} search "reassurance force" --limit 10`, big ? 6 : null, big ? 500 : null],
      [`${name}: facts quotes force`, `${facts} --data ${file} quotes force`, big ? 10 : null, big ? 500 : null],
      [`${name}: facts show r5`, `${facts} --data ${file} show r5`, big ? 6 : null, big ? 500 : null],
      [`${name}: facts verify "one quote"`, `${facts} --data ${file} verify "one quote"`, big ? 6 : null, big ? 500 : null],
    );
  }
  direct.push(
    ['common 100k: facts search "reassurance force"', `${facts} --data ${common100k} search "reassurance force"`, 6, 200],
    ['common 100k: facts quotes force', `${facts} --data ${common100k} quotes force`, 5, null],
    ['common 100k: facts verify "one quote"', `${facts} --data ${common100k} verify "one quote"`, 6, null],
    ['common 1M: facts verify "one quote"', `${facts} --data ${common1m} verify "one quote"`, 6, 500],
  );
  if (has('rg')) direct.push(['100k: rg -i force', `rg -i force ${textsFile}`, null, null]);
  // Commands that read standard input run through a shell, against a baseline measured the same way.
  const shelled = [
    ['node -e 0 (through sh)', `${node} -e 0`, null, null],
    ['100k: facts verify - (1,000 quotes)', `${facts} --data ${data100k} verify - < ${quotesFile}`, 40, null],
  ];
  shelled.push(['100k: facts search "reassurance force" | head -5', `${facts} --data ${data100k} search "reassurance force" | head -5`, 6, 200]);
  shelled.push(
    ['300k: facts verify - (1,000 quotes)', `${facts} --data ${data300k} verify - < ${quotesOf['300k'].batch}`, null, null],
    ['1M: facts verify - (1,000 quotes)', `${facts} --data ${data1m} verify - < ${quotesOf['1M'].batch}`, null, null],
    ['common 100k: facts verify - (1,000 quotes)', `${facts} --data ${common100k} verify - < ${quotesOf['common-100k'].batch}`, 40, null],
    ['common-170 100k: facts verify - (1,000 one-word-changed quotes)', `${facts} --data ${common170} verify - < ${oneChanged}`, 40, null],
    // A 10 KB article: half the time of the build before this one's (issue 24), when BENCH_BEFORE names it.
    ['facts extract (a 10 KB article)', `${facts} extract ${article10k}`, null, null],
  );
  if (before !== undefined) {
    // The build before keeps its index cache apart: a cache of another format, in the same
    // folder, would be rebuilt by each build in turn, and the rows after it would time the
    // rebuilds (and their peak memory).
    const old = `env XDG_CACHE_HOME=${cache}-before ${node} ${before}`;
    direct.push(
      ['before: 100k: facts search "reassurance force"', `${old} --data ${data100k} search "reassurance force"`, null, null],
      [`before: ${LIMITED}`, `${old} --data ${data100k} search force --limit 10`, null, null],
      [`before: ${EVERY_HIT}`, `${old} --data ${data100k} search force`, null, null],
    );
    shelled.push(
      ['before: common-170 100k: facts verify - (1,000 one-word-changed quotes)', `${old} --data ${common170} verify - < ${oneChanged}`, null, null],
      ['before: facts extract (a 10 KB article)', `${old} extract ${article10k}`, null, null],
    );
  }
  if (has('fzf')) shelled.push(['100k: fzf --filter "reassurance force"', `fzf --filter "reassurance force" < ${textsFile}`, null, null]);
  // The targets of the rows on data were set against Node 20's start-up (as issue 24's
  // table says); on a Node that starts in half the time, the same milliseconds are twice
  // the ratio, so there they are shown (with their milliseconds), not judged.
  if (major > 20) for (const row of [...direct, ...shelled]) if (!row[0].startsWith('facts extract')) row.splice(2, 2, null, null);

  /** Medians (ms) of one hyperfine run over `rows`; `-N` runs them without a shell. */
  function medians(rows, noShell, runs = RUNS) {
    const exported = join(resultsDir, 'hyperfine.json');
    // Without a shell, hyperfine splits each command into words as a shell would (quotes kept).
    const commands = rows.map((r) => r[1]);
    execFileSync(
      'hyperfine',
      ['--warmup', '3', '--runs', String(runs), '--ignore-failure', '--style', 'none', '--export-json', exported, ...(noShell ? ['-N'] : []), ...commands],
      { env, stdio: ['ignore', 'ignore', 'inherit'] },
    );
    return JSON.parse(readFileSync(exported, 'utf8')).results.map((r) => r.median * 1000);
  }

  const rows = [...startup, ...direct, ...shelled];
  const startupMedians = timeInRounds(startup, env, STARTUP_RUNS);
  const directMedians = medians(direct, true);
  const shellMedians = medians(shelled, false);
  const bases = [...startup.map(() => startupMedians[0]), ...direct.map(() => directMedians[0]), ...shelled.map(() => shellMedians[0])];
  const allMedians = [...startupMedians, ...directMedians, ...shellMedians];

  function peakRss(command) {
    const result = spawnSync('sh', ['-c', `/usr/bin/time -f %M sh -c '${command.replace(/'/g, "'\\''")} > /dev/null' 2>&1 >/dev/null | tail -1`], { env, encoding: 'utf8' });
    return Number(result.stdout.trim()) / 1024;
  }

  const table = [];
  let failed = 0;
  rows.forEach(([name, command, target, rssTarget], i) => {
    const median = allMedians[i];
    const ratio = median / bases[i];
    const rss = peakRss(command);
    let verdict = '';
    if (target !== null) {
      const ok = ratio <= target && (rssTarget === null || rss <= rssTarget);
      if (!ok) failed++;
      verdict = `${ok ? 'met' : 'MISSED'} (≤ ${target}×${rssTarget ? `, ≤ ${rssTarget} MiB` : ''})`;
    }
    table.push([name, `${median.toFixed(0)} ms`, `${ratio.toFixed(2)}×`, `${rss.toFixed(0)} MiB`, verdict]);
  });
  if (before !== undefined) {
    const at = (name) => rows.findIndex((r) => r[0] === name);
    const ratio = allMedians[at('facts extract (a 10 KB article)')] / allMedians[at('before: facts extract (a 10 KB article)')];
    const ok = ratio <= 0.5;
    if (!ok) failed++;
    table.push(['facts extract (a 10 KB article) against the build before', '', `${ratio.toFixed(2)}×`, '', `${ok ? 'met' : 'MISSED'} (≤ 0.5× the build before)`]);
  }
  {
    const at = (name) => rows.findIndex((r) => r[0] === name);
    const ratio = allMedians[at(EVERY_HIT)] / allMedians[at(LIMITED)];
    // (Node 20's target too: where start-up costs less, the rows printed weigh more.)
    const ok = major > 20 || ratio <= 2;
    if (!ok) failed++;
    table.push(['every hit against --limit 10 (streaming)', '', `${ratio.toFixed(2)}×`, '', major > 20 ? '' : `${ok ? 'met' : 'MISSED'} (≤ 2× the --limit 10 row)`]);
    if (before !== undefined) {
      const then = allMedians[at(`before: ${EVERY_HIT}`)] / allMedians[at(`before: ${LIMITED}`)];
      table.push(['the build before: every hit against --limit 10', '', `${then.toFixed(2)}×`, '', '']);
    }
  }
  table.push(['first search on the 100k file (median of 3)', `${(indexBuild * 1000).toFixed(0)} ms`, '', '', `${indexBuild <= 5 ? 'met' : 'MISSED'} (≤ 5 s)`]);
  table.push(['first verify on the 100k file (median of 3)', `${(corpusBuild * 1000).toFixed(0)} ms`, '', '', `${corpusBuild <= 5 ? 'met' : 'MISSED'} (≤ 5 s)`]);
  if (indexBuild > 5 || corpusBuild > 5) failed++;
  // Near-miss recall: 200 twelve-word excerpts with one word changed; none may be called absent.
  for (const [name, file] of [['100k', data100k], ['1M', data1m], ['common-100k', common100k], ['common-1M', common1m], ['common-170-100k', common170]]) {
    const result = spawnSync('sh', ['-c', `${facts} --data ${file} verify --file ${quotesOf[name].nearMiss} --format ndjson`], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
    const verdicts = result.stdout.trim().split('\n').map((line) => JSON.parse(line).verdict);
    const absent = verdicts.filter((v) => v === 'absent').length;
    if (absent > 0 || verdicts.length !== 200) failed++;
    table.push([`near-miss recall, ${name.replace(/-(?=\d+[kM]$)/, ' ')}: 200 excerpts, 1 word changed`, `${absent} absent`, '', '', `${absent === 0 && verdicts.length === 200 ? 'met' : 'MISSED'} (0 absent)`]);
  }
  for (const { name, size, steps } of firstRuns) {
    const [records, search, verify] = steps;
    const peak = Math.max(...steps.map((s) => s.rss));
    // (Node 20's target, like the rows above: newer Node holds more before a byte is read.)
    const ok = major > 20 || peak <= 2 * size;
    if (!ok) failed++;
    table.push([`first run, ${name} (${size.toFixed(0)} MiB): records, then search, then verify`, `${records.seconds.toFixed(1)} s + ${search.seconds.toFixed(1)} s + ${verify.seconds.toFixed(1)} s`, '', `${peak.toFixed(0)} MiB`, major > 20 ? '' : `${ok ? 'met' : 'MISSED'} (peak ≤ 2× the file)`]);
  }
  // How each command grows from 100,000 to 1,000,000 records: the exponent b of time ∝ N^b.
  const growth = [];
  for (const command of ['search "reassurance force"', 'quotes force', 'show r5', 'verify "one quote"']) {
    const at = (prefix) => rows.findIndex((r) => r[0].startsWith(`${prefix}: facts ${command}`));
    const [small, big] = [at('100k'), at('1M')];
    if (small >= 0 && big >= 0) growth.push(`${command.split(' ')[0]} N^${(Math.log(allMedians[big] / allMedians[small]) / Math.log(10)).toFixed(2)}`);
  }
  const firstGrowth = (Math.log(firstRuns[2].steps[0].seconds / firstRuns[0].steps[0].seconds) / Math.log(10)).toFixed(2);
  growth.push(`first run (records) N^${firstGrowth}`);
  [7, 3].forEach((every, i) => {
    const seconds = timeWarm(`${facts} --data ${longData} verify --file ${longQuotes[i]}`);
    table.push([`verify a 100 KB quote, 1 word in ${every} changed (median of 3)`, `${(seconds * 1000).toFixed(0)} ms`, '', '', `${seconds <= 2 ? 'met' : 'MISSED'} (≤ 2 s)`]);
    if (seconds > 2) failed++;
  });

  const header = ['command', 'median', 'ratio to node -e 0', 'peak RSS', 'target'];
  const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => row[c].length)));
  const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${version}, hyperfine ${execFileSync('hyperfine', ['--version'], { encoding: 'utf8' }).trim().split(' ')[1]}, ${RUNS} runs each after 3 warm-ups (start-up ${STARTUP_RUNS} rounds after 3), ${new Date().toISOString().slice(0, 10)}`;
  const report = [line(header), line(widths.map((w) => '-'.repeat(w))), ...table.map(line), '', `Growth from 100,000 to 1,000,000 records (warm, time ∝ N^b): ${growth.join(', ')}.`, '', `Machine: ${machine}.`].join('\n');
  writeFileSync(join(resultsDir, `latest-node${major}.md`), report + '\n');
  console.log(`## Node ${version}\n\n${report}`);
  console.log(failed === 0 ? '\nEvery target met.\n' : `\n${failed} target(s) missed.\n`);
  return failed;
}

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const STARTUP_RUNS = Number(process.env.BENCH_STARTUP_RUNS ?? 40);
let failed = 0;
for (const node of nodesToTime()) failed += benchOn(node);
// Then a library of 200 added articles (bench/library.mjs, also `npm run bench:library`).
console.log('');
const library = spawnSync(process.execPath, [join(root, 'bench', 'library.mjs')], { stdio: 'inherit', env: { ...process.env, BENCH_RUNS: String(RUNS) } });
// Then extraction of one long article at 0.1 to 3 MB (bench/extract.mjs, also `npm run bench:extract`).
console.log('');
const extraction = spawnSync(process.execPath, [join(root, 'bench', 'extract.mjs')], { stdio: 'inherit' });
// Then a library of 1,000 and 10,000 articles on a PostgreSQL server of its own (bench/database.mjs, also `npm run bench:database`).
console.log('');
const database = spawnSync(process.execPath, [join(root, 'bench', 'database.mjs')], { stdio: 'inherit' });
process.exitCode = failed === 0 && library.status === 0 && extraction.status === 0 && database.status === 0 ? 0 : 1;
