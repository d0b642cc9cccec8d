import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { BIN, runBin, tempDir } from '../helpers.js';

// `facts fix`: a fact-checker corrects a quotation without editing JSON, through the
// built bin/facts.js, on an invented article in a library of its own.

const ARTICLE = `The ferry will stop at the old pier again from May.

"We fought for this for six years," said Ana Reyes, who chairs the residents' group. "It's a small thing that changes everything."

Her brother, Luis Reyes, was less sure. "The timetable is still a mystery," he said.

Visitors to the pier are told to "mind the gap".
`;

let data: string;
let env: Record<string, string>;
const facts = (argv: string[]) => runBin(argv, { env });
const libraryFile = () => join(data, 'facts', 'library', 'ferry.json');
const quotes = () => facts(['quotes', '--source', 'ferry', '--fields', 'id,speaker,confidence,text']).stdout;

beforeEach(() => {
  data = mkdtempSync(join(tmpdir(), 'facts-fix-'));
  env = { XDG_DATA_HOME: data };
  const dir = tempDir({ 'ferry.txt': ARTICLE });
  expect(facts(['add', join(dir, 'ferry.txt')]).code).toBe(0);
});

/** The record id of the quotation that holds `words`. */
function idOf(words: string): string {
  const line = quotes().split('\n').find((l) => l.includes(words));
  if (!line) throw new Error(`no quote holds ${words}`);
  return line.split('\t')[0] as string;
}

describe('facts fix', () => {
  it('gives a quotation to another speaker, marks it reviewed with the date, and keeps it in the library file', () => {
    const id = idOf('small thing');
    const result = facts(['fix', id, '--speaker', 'Luis Reyes']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^fixed ${id.replace('.', '\\.')}: said by Luis Reyes \\(was Ana Reyes, \\w+ \\([\\w-]+\\)\\); reviewed\\n`));
    expect(quotes()).toContain(`${id}\tLuis Reyes\thigh\t`);
    const file = JSON.parse(readFileSync(libraryFile(), 'utf8')) as { records: { id: string; attribution?: { rule: string; confidence: string; reviewed?: string } }[] };
    expect(file.records.find((r) => r.id === id)?.attribution).toMatchObject({ rule: 'reviewed', confidence: 'high', reviewed: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    // verify now answers from the correction.
    expect(facts(['verify', '--speaker', 'Luis Reyes', "It's a small thing that changes everything", '--fields', 'verdict']).stdout).toBe('verbatim\n');
  });

  it('takes a name nobody in the data bears as a new person of that source', () => {
    const id = idOf('timetable');
    expect(facts(['fix', id, '--speaker', 'Marta Holm']).code).toBe(0);
    expect(facts(['who', 'Marta Holm', '--fields', 'id']).stdout).toBe(`${id}\n`);
  });

  it('removes a term taken for speech with --not-a-quote', () => {
    const id = idOf('mind the gap');
    expect(facts(['fix', id, '--not-a-quote']).code).toBe(0);
    expect(quotes()).not.toContain('mind the gap');
  });

  it('lists the corrections in library show, and makes them again when the same text is added with --replace', () => {
    const moved = idOf('small thing');
    const term = idOf('mind the gap');
    facts(['fix', moved, '--speaker', 'Luis Reyes']);
    facts(['fix', term, '--not-a-quote']);
    const shown = facts(['library', 'show', 'ferry', '--fields', 'corrections']).stdout;
    expect(shown).toMatch(new RegExp(`${moved.replace('.', '\\.')}: said by Luis Reyes \\(was Ana Reyes\\), \\d{4}-\\d{2}-\\d{2}; ${term.replace('.', '\\.')}: not a quotation`));
    const dir = tempDir({ 'ferry.txt': ARTICLE });
    expect(facts(['add', '--replace', join(dir, 'ferry.txt')]).code).toBe(0);
    expect(quotes()).toMatch(/\tLuis Reyes\thigh\tIt's a small thing/);
    expect(quotes()).not.toContain('mind the gap');
    expect(facts(['library', 'show', 'ferry', '--fields', 'corrections']).stdout).toBe(shown);
  });

  it.each([
    [['fix', 'nope', '--speaker', 'Ana Reyes'], /^facts: no record 'nope' in the library; 'facts --no-bundled quotes --fields id,speaker,text' lists them\n$/],
    [['fix', 'q8', '--speaker', 'Ana Reyes'], /^facts: 'q8' is a record of the bundled article, which facts does not change/],
    [['fix', 'ferry.q1'], /^facts: give one of --speaker NAME or --not-a-quote\n$/],
    [['fix', 'ferry.q1', '--speaker', 'Reyes'], /^facts: 'Reyes' could be Ana Reyes \(ferry\.ana-reyes\), Luis Reyes \(ferry\.luis-reyes\): give more of the name\n$/],
  ])('refuses %j in one line, exit 2, and changes nothing', (argv, message) => {
    const before = readFileSync(libraryFile(), 'utf8');
    const result = facts(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(readFileSync(libraryFile(), 'utf8')).toBe(before);
  });

  /** Runs facts as a child process; resolves with its exit code. */
  const spawnFacts = (argv: string[]) => {
    const child = spawn(process.execPath, [BIN, ...argv], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: 'ignore' });
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    return { child, exited };
  };

  it('loses none of four fixes of one file made at the same moment', async () => {
    const [a, b, c, d] = ['fought for this', 'small thing', 'timetable', 'mind the gap'].map(idOf) as [string, string, string, string];
    const runs = [
      spawnFacts(['fix', a, '--speaker', 'Marta Holm']),
      spawnFacts(['fix', b, '--speaker', 'Luis Reyes']),
      spawnFacts(['fix', c, '--speaker', 'Ana Reyes']),
      spawnFacts(['fix', d, '--not-a-quote']),
    ];
    expect(await Promise.all(runs.map((r) => r.exited))).toEqual([0, 0, 0, 0]);
    const listed = quotes();
    expect(listed).toContain(`${a}\tMarta Holm\thigh`);
    expect(listed).toContain(`${b}\tLuis Reyes\thigh`);
    expect(listed).toContain(`${c}\tAna Reyes\thigh`);
    expect(listed).not.toContain('mind the gap');
    const file = JSON.parse(readFileSync(libraryFile(), 'utf8')) as { corrections: { record: string }[] };
    expect(file.corrections.map((x) => x.record).sort()).toEqual([a, b, c, d].sort());
  });

  it('waits for a lock another facts holds on the file, and takes over one whose holder has died', async () => {
    const id = idOf('small thing');
    const lock = `${libraryFile()}.lock`;
    writeFileSync(lock, String(process.pid));
    const run = spawnFacts(['fix', id, '--speaker', 'Luis Reyes']);
    let exited = false;
    void run.exited.then(() => (exited = true));
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(exited).toBe(false);
    rmSync(lock);
    expect(await run.exited).toBe(0);
    expect(quotes()).toContain(`${id}\tLuis Reyes\thigh`);
    // A lock left by a process that no longer runs (a child that has exited) is stale.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(lock, dead);
    expect(facts(['fix', id, '--speaker', 'Ana Reyes']).code).toBe(0);
    expect(existsSync(lock)).toBe(false);
  });
});
