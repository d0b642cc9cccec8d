import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { progressOn } from '../../src/commands/compare.js';
import { ROOT, run, tempDir } from '../helpers.js';

// One statement as it travels, in invented articles: an agency has it whole, a daily
// shortens it, a weekly splices two sentences and changes a word, a magazine splices
// them cleanly, and a post paraphrases it and gives it to someone else
// (test/fixtures/statements).
const FIXTURES = join(ROOT, 'test', 'fixtures', 'statements');
const STATEMENT = 'The ferry will run every hour from June. We will not raise the fares this year, and the night boats will stay';
const DATES = { wire: '2026-05-04', daily: '2026-05-05', weekly: '2026-05-08', monthly: 'May 20, 2026', 'viral-post': '2026-05-10' } as const;
type Name = keyof typeof DATES;

/** A library of these articles, added in this order (dates as given, unless changed), and the env that points at it. */
async function libraryOf(names: readonly Name[], dates: Partial<Record<Name, string>> = {}): Promise<Record<string, string>> {
  const dir = tempDir();
  const env = { FACTS_LIBRARY: join(dir, 'lib'), XDG_CACHE_HOME: join(dir, 'cache') };
  for (const name of names) {
    const added = await run(['add', join(FIXTURES, `${name}.txt`), '--publisher', `The ${name}`, '--published', dates[name] ?? DATES[name]], { env });
    expect(added.code, added.stderr).toBe(0);
  }
  return env;
}

const ALL: readonly Name[] = ['wire', 'daily', 'weekly', 'monthly', 'viral-post'];
const FIELDS = ['--fields', 'source,reference,relation,speaker_ok', '--no-bundled'];

describe('facts compare', () => {
  it('gives each version its relation to the earliest quotation, and whether its speaker is the same', async () => {
    const env = await libraryOf(ALL);
    const compared = await run(['compare', STATEMENT, ...FIELDS], { env });
    expect(compared.stdout).toBe(['wire\tref\tsame\tyes', 'daily\t\tshortened\tyes', 'weekly\t\taltered\tyes', 'viral-post\t\tparaphrase\tno', 'monthly\t\tspliced\tyes', ''].join('\n'));
    expect(compared.code).toBe(0);
    // By a quote's id, the same rows.
    expect((await run(['compare', 'daily.q1', ...FIELDS], { env })).stdout.split('\n')[0]).toBe('wire\tref\tsame\tyes');
    expect((await run(['compare', '--reference', 'viral-post.c1', STATEMENT, ...FIELDS], { env })).stderr).toBe("facts: --reference takes the id of a quote; 'viral-post.c1' is a claim\n");
    expect((await run(['compare', '--reference', 'wire.q9', STATEMENT, ...FIELDS], { env })).stderr).toBe("facts: no record 'wire.q9' (did you mean 'wire.q1'?)\n");
  });

  it('says in JSON what each source gives: its words, the diff, the speaker and how sure', async () => {
    const env = await libraryOf(ALL);
    const rows = JSON.parse((await run(['compare', STATEMENT, '--no-bundled', '--format', 'json'], { env })).stdout) as Record<string, unknown>[];
    const weekly = rows.find((r) => r.source === 'weekly');
    expect(weekly).toMatchObject({
      reference: false,
      relation: 'altered',
      speaker_ok: true,
      speaker_name: 'Lena Varga',
      publisher: 'The weekly',
      published: '2026-05-08',
      record: 'weekly.q1',
      quoted: true,
      text: 'The ferry will run every hour from June ... and the night boats will go',
      attribution: { confidence: 'high' },
    });
    expect(weekly?.diff).toContainEqual({ op: 'delete', text: 'stay' });
    expect(weekly?.diff).toContainEqual({ op: 'insert', text: 'go' });
    expect(rows.find((r) => r.source === 'viral-post')).toMatchObject({ quoted: false, relation: 'paraphrase', speaker_name: 'Tomas Brandt', speaker_ok: false, attribution: null });
    // Piped, each row says by default where the version stands, who published it and when, and the diff.
    const piped = await run(['compare', 'We will not raise the fares this year', '--no-bundled'], { env });
    expect(piped.stdout.split('\n')[0]?.split('\t')).toEqual(['ref', 'same', '1.000', 'yes', 'Lena Varga', 'high', 'wire', 'The wire', '2026-05-04', 'We will not raise the fares this year']);
  });

  it('chooses the reference by date, not by the order of adding or by length; --reference picks another', async () => {
    const env = await libraryOf(['wire', 'daily', 'viral-post'], { daily: '2026-05-01' });
    const byDate = await run(['compare', 'We will not raise the fares this year', ...FIELDS], { env });
    expect(byDate.stdout.split('\n')[0]).toBe('daily\tref\tsame\tyes');
    const picked = await run(['compare', '--reference', 'wire.q1', 'We will not raise the fares this year', ...FIELDS], { env });
    expect(picked.stdout.split('\n')[0]).toBe('wire\tref\tsame\tyes');
    expect(picked.stdout).toContain('daily\t\tsame\tyes');
  });

  it('finds the statement with --all, the same groups whatever order the articles were added in', async () => {
    const forward = await libraryOf(ALL);
    const backward = await libraryOf([...ALL].reverse());
    const args = ['compare', '--all', '--no-bundled', '--format', 'json'];
    const groups = JSON.parse((await run(args, { env: forward })).stdout) as Record<string, unknown>[];
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ record: 'wire.q1', sources: 4, versions: 5, relations: { same: 0, shortened: 1, spliced: 1, altered: 1, paraphrase: 1 }, speakers_differ: 1 });
    expect((await run(args, { env: backward })).stdout).toBe((await run(args, { env: forward })).stdout);
    expect((await run(['compare', '--all', '--min-sources', '5', '--no-bundled'], { env: forward })).code).toBe(1);
  });

  it('takes the bundled article\'s own ids, which have no source prefix', async () => {
    const env = await libraryOf([]);
    expect(await run(['compare', 'q8', '--fields', 'reference,relation,speaker,source'], { env })).toEqual({ code: 0, stdout: 'ref\tsame\tEmmanuel Macron\tmacron-security-guarantees\n', stderr: '' });
  });

  it('exits 1 when the statement stands nowhere, saying so on a terminal and nothing when piped', async () => {
    const env = await libraryOf(['wire']);
    expect(await run(['compare', 'the bridge opens in September', '--no-bundled'], { env })).toEqual({ code: 1, stdout: '', stderr: '' });
    const tty = await run(['compare', 'the bridge opens in September', '--no-bundled'], { env, isTTY: true });
    expect(tty.code).toBe(1);
    expect(tty.stderr).toBe('facts: the statement stands nowhere in the sources, quoted or reported\n');
  });

  it.each([
    [['compare'], 'give the words of a statement, the id of a quote, or --all'],
    [['compare', '--all', 'the ferry will run'], 'give either a statement (or a quote id) or --all, not both'],
    [['compare', '--min-sources', '3', 'the ferry will run'], '--min-sources applies with --all'],
    [['compare', '--all', '--min-sources', '1'], "--min-sources '1' is invalid: it takes a whole number from 2 up"],
    [['compare', 'the ferry'], 'a statement to compare has at least three words'],
    [['compare', '--reference', 'g1', 'the ferry will run'], "--reference takes the id of a quote; 'g1' is a guarantee"],
  ])('refuses %j in one line, exit 2', async (argv, message) => {
    const result = await run(argv);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `facts: ${message}\n` });
  });
});

describe('the progress of compare --all', () => {
  it('counts on a terminal once a run has taken a second, and clears its line at the end; says nothing on a pipe', () => {
    let now = 0;
    const said: string[] = [];
    const progress = progressOn({ stderrIsTTY: true, err: (text) => said.push(text) }, () => now);
    progress(1, 10);
    now = 1500;
    progress(3, 10);
    progress(4, 10);
    now = 1700;
    progress(6, 10);
    progress(10, 10);
    expect(said).toEqual(['\rfacts: comparing statements: 3 of 10', '\rfacts: comparing statements: 6 of 10', '\r\x1b[K']);
    const piped: string[] = [];
    const quiet = progressOn({ stderrIsTTY: false, err: (text) => piped.push(text) }, () => (now += 5000));
    quiet(1, 2);
    quiet(2, 2);
    expect(piped).toEqual([]);
  });
});
