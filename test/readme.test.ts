import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, tempDir } from './helpers.js';
import { startPostgres, testBackend, type TestServer } from './postgres.js';

// The README cannot drift from the program: every example command in it (a line
// starting with "$ " in a fenced block) is run, in order within its block, and what it
// prints must be the text the README shows under it. A line "..." in the README stands
// for any number of lines. A table shown as on a terminal is run with --format table at
// the width of its first line. (A "..." line, indented or not, stands for any lines.)
// An `export NAME=VALUE` line holds for the rest of its block. A block that runs
// `createdb` is given a PostgreSQL server of its own (test/postgres.ts) through libpq's
// PGHOST, PGPORT, PGUSER and PGPASSWORD, as a reader's shell would have them; where that
// server is PGlite (PostgreSQL is not installed), `createdb` is test/createdb.mjs, since
// PostgreSQL's client programs may be missing too.

/** Examples that are not run, each for a reason a reader can check. */
const NOT_RUN: Record<string, string> = {
  'source <(facts completion bash)      # needs the bash-completion package': 'changes the shell, prints nothing',
  'facts --data campaign.json who Clinton': 'campaign.json is a dataset of the reader, not in the repository (test/query/names.test.ts holds this message)',
  'facts --data draft.json guarantees': 'draft.json is a broken dataset of the reader (test/data/load.test.ts holds these messages)',
};

interface Example {
  command: string;
  expected: string[];
  line: number;
}

function examples(): Example[][] {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const blocks: Example[][] = [];
  let block: Example[] | null = null;
  lines.forEach((line, i) => {
    if (line.startsWith('```')) {
      if (block) {
        if (block.length > 0) blocks.push(block);
        block = null;
      } else block = [];
      return;
    }
    if (!block) return;
    if (line.startsWith('$ ')) block.push({ command: line.slice(2), expected: [], line: i + 1 });
    else if (block.length > 0) (block[block.length - 1] as Example).expected.push(line);
  });
  for (const b of blocks) for (const e of b) while (e.expected.length > 0 && e.expected[e.expected.length - 1] === '') e.expected.pop();
  return blocks;
}

/** Whether the printed lines are the expected ones, where a "..." line stands for any lines. */
function matches(printed: readonly string[], expected: readonly string[]): boolean {
  const cut = expected.findIndex((l) => l.trim() === '...');
  if (cut < 0) return printed.length === expected.length && printed.every((l, i) => l === expected[i]);
  const head = expected.slice(0, cut);
  const tail = expected.slice(cut + 1);
  if (printed.length < head.length + tail.length) return false;
  return head.every((l, i) => printed[i] === l) && matches(printed.slice(printed.length - tail.length), tail) && !tail.some((l) => l.trim() === '...');
}

const hasJq = spawnSync('sh', ['-c', 'command -v jq'], { encoding: 'utf8' }).status === 0;

describe('README examples', () => {
  const blocks = examples();
  let server: Promise<TestServer> | undefined;
  afterAll(async () => (await server)?.stop());
  /** libpq's variables for a server of the tests' own, started on first use. */
  const postgres = async (): Promise<Record<string, string>> => {
    const { port, password } = await (server ??= startPostgres());
    return { PGHOST: '127.0.0.1', PGPORT: String(port), PGUSER: 'facts', PGPASSWORD: password };
  };

  it('has examples to check', () => {
    expect(blocks.flat().length).toBeGreaterThan(20);
  });

  // (jq is not part of the project: where it is missing, the examples that pipe into it are not run.)
  const runnable = (e: Example) => NOT_RUN[e.command] === undefined && (hasJq || !e.command.includes('| jq'));

  blocks.filter((block) => block.some(runnable)).forEach((block) => {
    const first = block[0] as Example;
    it(`line ${first.line}: ${first.command}`, async () => {
      const dir = tempDir();
      symlinkSync(join(ROOT, 'test'), join(dir, 'test'));
      const exported: Record<string, string> = block.some((e) => e.command.startsWith('createdb ')) ? await postgres() : {};
      for (const example of block.filter(runnable)) {
        const assignment = /^export (\w+)=(\S+)$/.exec(example.command);
        if (assignment) {
          exported[assignment[1] as string] = assignment[2] as string;
          continue;
        }
        const table = example.expected[0]?.startsWith('┌') === true;
        const width = table ? [...(example.expected[0] as string)].length : 80;
        const command = table ? `${example.command} --format table` : example.command;
        const createdb = testBackend() === 'pglite' ? `createdb() { node ${JSON.stringify(join(ROOT, 'test', 'createdb.mjs'))} "$@"; }\n` : '';
        const result = spawnSync('bash', ['--norc', '--noprofile', '-c', `facts() { node ${JSON.stringify(BIN)} "$@"; }\n${createdb}${command} 2>&1`], {
          cwd: dir,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'pipe'],
          env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_CACHE_HOME: join(dir, 'cache'), COLUMNS: String(width), LANG: 'C.UTF-8', ...exported },
        });
        const printed = result.stdout.replace(/\n$/, '').split('\n').map((l) => l.trimEnd());
        const expected = example.expected.map((l) => l.trimEnd());
        if (!matches(expected.length === 0 ? [] : printed, expected) || (expected.length === 0 && result.stdout !== '')) {
          expect(printed.join('\n'), `README.md line ${example.line}: ${example.command}`).toBe(expected.join('\n'));
        }
      }
    });
  });
});

describe('the Node versions facts supports', () => {
  // One list, said three times: package.json's engines, the README's quick start, and the versions .ci/run tests.
  it('are the same in engines, the README and CI, and include the Node running this test', () => {
    const engines = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } }).engines.node;
    const ranges = engines.split('||').map((range) => range.trim());
    const supported = ranges.map((range) => Number(range.replace(/^\^/, '').split('.')[0]));
    expect(supported).toEqual([20, 22, 24]);
    // The first release of each line that has process.getBuiltinModule (start-up's lazy loads), said in the README too.
    expect(ranges).toEqual(['^20.16', '^22.3', '24']);
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ')).toContain('process.getBuiltinModule`, which start-up uses to load a module only where it is needed: 20.16 and 22.3');
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8').replace(/\s+/g, ' ')).toContain('Node 20, 22 or 24 (`.ci/run` runs the suite on each');
    // .ci/run: the machine's Node (20), then each version its loop installs.
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect([20, ...(/for version in ([\d ]+); do/.exec(ci)?.[1] ?? '').trim().split(/\s+/).map(Number)]).toEqual(supported);
    expect(supported).toContain(Number(process.versions.node.split('.')[0]));
  });
});
