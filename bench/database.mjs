// `npm run bench:database` (and the end of `npm run bench`): a library on a local
// PostgreSQL server (bench/postgres.mjs, PostgreSQL's default settings), filled with
// 1,000 and then 10,000 generated articles of 100 quotations each (generate-data.mjs's
// generateArticle: about a million quotes at 10,000), copied in with `facts library push`
// from library folders of 500, then VACUUM ANALYZE. Then, at each size: search (words every article holds, and
// a rare name as it is and misspelt), verify, who and show, each a
// median and a ratio to `node -e 0` in the same hyperfine run; one more `add`; `verify -`
// with 1,000 quotes; eight adds at once; and the database's size beside the JSON files'.
// BENCH_DB_ARTICLES lists the sizes (comma-separated). Needs hyperfine and PostgreSQL's
// programs; expects a built bin/ (the npm scripts build it).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticles } from './generate-articles.mjs';
import { generateArticle } from './generate-data.mjs';
import { startPostgres } from './postgres.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench', 'results');
const bin = join(root, 'bin', 'facts.js');
const SIZES = (process.env.BENCH_DB_ARTICLES ?? '1000,10000').split(',').map(Number);
const runs = Number(process.env.BENCH_DB_RUNS ?? 5);
const BATCH = 500;

if (spawnSync('sh', ['-c', 'command -v hyperfine']).status !== 0) {
  console.error('bench: database: needs hyperfine: apt-get install hyperfine');
  process.exit(2);
}

const work = mkdtempSync(join(tmpdir(), 'facts-db-bench-'));
const server = await startPostgres({ durable: true });
const version = (await server.sql('SHOW server_version')).rows[0].server_version;
const node = `${process.execPath} ${bin}`;
const seconds = (run) => {
  const started = process.hrtime.bigint();
  const result = run();
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, result };
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The quotation words of a generated article's k-th quote, without its trailing comma. */
const quoteOf = (article, k) => article.records[k].text.replace(/,$/, '');

const reports = [];
let failed = 0;
try {
  const url = await server.createDatabase('bench');
  const env = { ...process.env, FACTS_DATABASE_URL: url, XDG_CACHE_HOME: join(work, 'cache'), XDG_DATA_HOME: join(work, 'data') };
  delete env.NO_COLOR;
  delete env.FACTS_DATA;
  const facts = (args, options = {}) => spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  const ok = (result, what) => {
    if (result.status !== 0 && result.status !== 1) throw new Error(`${what}: exit ${result.status}: ${result.stderr}`);
    return result;
  };
  ok(facts(['db', 'init']), 'db init');
  let pushed = 0;
  let jsonBytes = 0;
  let pushSeconds = 0;
  for (const size of SIZES) {
    // Fill up to `size` articles, a library folder of BATCH at a time.
    console.error(`bench: database: pushing articles ${pushed + 1} to ${size}...`);
    while (pushed < size) {
      const folder = join(work, `batch-${pushed}`);
      mkdirSync(folder);
      const end = Math.min(size, pushed + BATCH);
      for (let i = pushed; i < end; i++) {
        const path = join(folder, `${generateArticle(i).sources[0].id}.json`);
        writeFileSync(path, `${JSON.stringify(generateArticle(i), null, 2)}\n`);
        jsonBytes += statSync(path).size;
      }
      const push = seconds(() => facts(['library', 'push'], { env: { ...env, FACTS_LIBRARY: folder } }));
      ok(push.result, 'library push');
      pushSeconds += push.seconds;
      rmSync(folder, { recursive: true, force: true });
      pushed = end;
    }
    // What autovacuum does after a bulk insert, done now rather than while the rows are
    // timed: the planner's statistics, and the visibility map that lets search's ordered
    // index answer from the index alone.
    await server.sql('VACUUM ANALYZE', 'bench');
    const probe = generateArticle(Math.floor(size / 2));
    const quote = quoteOf(probe, 7);
    const speaker = probe.entities[0].name;
    // The speaker's longer name: three syllables of 36, which a few articles of 10,000 hold.
    const surname = speaker.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
    const misspelt = surname.slice(0, 2) + surname.slice(3);
    /** [name, command, target in seconds or null] */
    const rows = [
      ['node -e 0', `${process.execPath} -e 0`, null],
      // Two words that every article holds (5 in 100 generated quotes end with them): every source can hold a hit.
      ['facts search "reassurance force" --limit 10', `${node} search "reassurance force" --limit 10`, 0.5],
      // A name a few articles hold, as it is and misspelt: the database reads only those.
      [`facts search "${surname}" --limit 10`, `${node} search "${surname}" --limit 10`, 0.5],
      [`facts search "${misspelt}" --limit 10`, `${node} search "${misspelt}" --limit 10`, 0.5],
      // The same name, every hit: every source that holds a word a letter or two from it (in
      // a vocabulary of made-up words of 36 syllables, most of them).
      [`facts search "${surname}"`, `${node} search "${surname}"`, null],
      ['facts verify (one quote)', `${node} verify "${quote}"`, 0.5],
      [`facts who "${speaker}"`, `${node} who "${speaker}"`, 0.5],
      [`facts show ${probe.records[7].id}`, `${node} show ${probe.records[7].id}`, 0.5],
    ];
    for (const [name, command] of rows) {
      const result = spawnSync('sh', ['-c', `${command} > /dev/null`], { env, encoding: 'utf8' });
      if (result.status === 2) throw new Error(`${name} failed: ${result.stderr}`);
    }
    const exported = join(resultsDir, `hyperfine-database-${size}.json`);
    mkdirSync(resultsDir, { recursive: true });
    execFileSync('hyperfine', ['-N', '--ignore-failure', '--warmup', '1', '--runs', String(runs), '--style', 'none', '--export-json', exported, ...rows.map((r) => r[1])], { env, stdio: ['ignore', 'ignore', 'inherit'] });
    const medians = JSON.parse(readFileSync(exported, 'utf8')).results.map((r) => r.median);
    const table = rows.map(([name, , target], i) => {
      const verdict = target === null ? '' : `${medians[i] <= target ? 'met' : 'MISSED'} (< ${target} s)`;
      if (target !== null && medians[i] > target) failed++;
      return [name, `${(medians[i] * 1000).toFixed(0)} ms`, `${(medians[i] / medians[0]).toFixed(2)}×`, verdict];
    });
    // One more article (a real-looking one, through extraction), three times, removed after each: the median.
    const [extra] = generateArticles(1);
    const extraFile = join(work, extra.file);
    writeFileSync(extraFile, extra.contents);
    const add = median(
      [0, 1, 2].map(() => {
        const timed = seconds(() => ok(facts(['add', extraFile, '--id', 'bench-extra']), 'add'));
        ok(facts(['library', 'remove', 'bench-extra']), 'library remove');
        return timed.seconds;
      }),
    );
    table.push(['facts add, one more article (median of 3)', `${(add * 1000).toFixed(0)} ms`, '', `${add < 1.5 ? 'met' : 'MISSED'} (< 1.5 s)`]);
    if (add >= 1.5) failed++;
    // 1,000 quotes of 1,000 articles: 700 as said, 300 with one word changed.
    const quotes = Array.from({ length: 1000 }, (_, i) => {
      const article = generateArticle(Math.floor((i * size) / 1000));
      const words = quoteOf(article, i % 100).split(' ');
      if (i % 10 >= 7) words[Math.floor(words.length / 2)] = 'zebra';
      return words.join(' ');
    });
    const quotesFile = join(work, 'quotes.txt');
    writeFileSync(quotesFile, `${quotes.join('\n')}\n`);
    const batch = seconds(() => ok(facts(['verify', '--file', quotesFile, '--format', 'ndjson']), 'verify -'));
    const verdicts = batch.result.stdout.trim().split('\n').map((line) => JSON.parse(line).verdict);
    const found = verdicts.filter((v, i) => (i % 10 >= 7 ? v === 'altered' : v === 'verbatim')).length;
    table.push(['facts verify - (1,000 quotes)', `${batch.seconds.toFixed(1)} s`, '', `${batch.seconds < 30 ? 'met' : 'MISSED'} (< 30 s); ${found} of 1000 right`]);
    if (batch.seconds >= 30) failed++;
    // Eight adds at once, of eight new articles.
    const eight = generateArticles(9).slice(1);
    const eightDir = join(work, `eight-${size}`);
    mkdirSync(eightDir);
    for (const a of eight) writeFileSync(join(eightDir, a.file), a.contents);
    const together = seconds(() => spawnSync('sh', ['-c', `ls | xargs -P 8 -I{} ${node} add {} > /dev/null`], { cwd: eightDir, env, encoding: 'utf8' }));
    if (together.result.status !== 0) throw new Error(`eight adds: ${together.result.stderr}`);
    for (const a of eight) facts(['library', 'remove', a.id]);
    table.push(['eight facts add at once', `${together.seconds.toFixed(1)} s`, '', '']);
    const dbSize = Number((await server.sql("SELECT pg_database_size('bench') AS n")).rows[0].n);
    table.push(['the database / its articles as JSON files', `${(dbSize / 2 ** 20).toFixed(0)} MiB / ${(jsonBytes / 2 ** 20).toFixed(0)} MiB`, '', '']);
    table.push([`library push, articles 1 to ${size} (in folders of ${BATCH})`, `${pushSeconds.toFixed(0)} s`, '', '']);
    const header = ['command', 'median', 'ratio to node -e 0', 'target'];
    const widths = header.map((h, c) => Math.max(h.length, ...table.map((row) => row[c].length)));
    const line = (cells) => `| ${cells.map((cell, c) => cell.padEnd(widths[c])).join(' | ')} |`;
    const report = [`A library of ${size} generated articles (${size * 100} quotes) on PostgreSQL ${version}:`, '', line(header), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)].join('\n');
    console.log(`${report}\n`);
    reports.push(report);
  }
} finally {
  server.stop();
  rmSync(work, { recursive: true, force: true });
}
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, ${runs} runs each after 1 warm-up, ${new Date().toISOString().slice(0, 10)}; PostgreSQL ${version} with its default settings (${server.settings}), VACUUM ANALYZE after each push`;
writeFileSync(join(resultsDir, 'database.md'), `${reports.join('\n\n')}\n\nMachine: ${machine}.\n`);
console.log(`Machine: ${machine}.`);
console.log(failed === 0 ? '\nEvery database target met.' : `\n${failed} database target(s) missed.`);
process.exitCode = failed === 0 ? 0 : 1;
