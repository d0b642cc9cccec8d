import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from '../helpers.js';
import { writeFileSync } from 'node:fs';

describe('facts verify', () => {
  it('prints one object with the documented fields in JSON', async () => {
    const result = await run(['verify', 'will not wage any war against Russia', '--json']);
    expect(result.code).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout))).toEqual(['input', 'verdict', 'source', 'span', 'match', 'similarity', 'speaker', 'record', 'quoted', 'attribution', 'diff', 'equivalences', 'places', 'quote', 'claimed_speaker', 'speaker_ok']);
  });

  it('exits 1 for an altered quote and shows the diff, wdiff style, in TSV', async () => {
    const result = await run(['verify', 'will not wage a war against Russia', '--fields', 'verdict,similarity,diff']);
    expect(result).toEqual({ code: 1, stdout: 'altered\t0.857\twill not wage [-any-] {+a+} war against Russia\n', stderr: '' });
  });

  it('shows a verdict table on a terminal, with the diff in colour', async () => {
    const result = await run(['verify', 'will not wage a war against Russia'], { isTTY: true, columns: 100, env: { FORCE_COLOR: '1' } });
    expect(result.stdout).toContain('Verdict');
    expect(result.stdout).toContain('will not wage \u001b[31m[-any-]\u001b[39m \u001b[32m{+a+}\u001b[39m war against Russia');
  });

  it('names who said a quote that is attributed to someone else', async () => {
    const result = await run(['verify', '--speaker', 'zelensky', 'send a very clear strategic signal', '--fields', 'verdict,speaker,record']);
    expect(result).toEqual({ code: 1, stdout: 'misattributed\tEmmanuel Macron\tq9\n', stderr: '' });
  });

  it.each(['Macron', 'Mr. Macron', 'E. Macron', 'President Macron', 'President Emmanuel Macron', 'Makron'])('takes --speaker %j for the words Macron said', async (name) => {
    expect(await run(['verify', '--speaker', name, 'will not wage any war against Russia', '--fields', 'verdict,speaker,record'])).toEqual({ code: 0, stdout: 'verbatim\tEmmanuel Macron\tq8\n', stderr: '' });
  });

  it("reports the reporter's words with the speaker they are attributed to, exit 1, even with that --speaker", async () => {
    const result = await run(['verify', '--speaker', 'Macron', 'the contingent will not be deployed on the front line', '--fields', 'verdict,speaker,record,quoted']);
    expect(result).toEqual({ code: 1, stdout: 'reported\tEmmanuel Macron\tg5\tno\n', stderr: '' });
  });

  it('reads one quote a line from standard input and prints one result a line (NDJSON)', async () => {
    const stdin = ['will not wage any war against Russia', '', 'the moon is made of green cheese', '“send a very clear strategic signal”'].join('\n');
    const result = await run(['verify', '-', '--format', 'ndjson'], { stdin });
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).verdict)).toEqual(['verbatim', 'absent', 'verbatim']);
  });

  it('exits 0 when every quote of a batch is verbatim', async () => {
    const dir = tempDir({ 'quotes.txt': 'will not wage any war against Russia\r\nsend a very clear strategic signal\r\n' });
    const result = await run(['verify', '--file', join(dir, 'quotes.txt'), '--fields', 'verdict,record']);
    expect(result).toEqual({ code: 0, stdout: 'verbatim\tq8\nverbatim\tq9\n', stderr: '' });
  });

  it('copes with 10,000 lines', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => (i % 2 ? 'will not wage any war against Russia' : `will not wage any war against Russia ${i}`));
    const result = await run(['verify', '-', '--fields', 'verdict'], { stdin: lines.join('\n') });
    const verdicts = result.stdout.trimEnd().split('\n');
    expect(verdicts).toHaveLength(10_000);
    expect(verdicts.filter((v) => v === 'verbatim')).toHaveLength(5_000);
  });

  it.each([
    [['verify'], "facts: give a quote to verify, '-' to read quotes from standard input, or --file PATH"],
    [['verify', 'x', '--file', 'q.txt'], 'facts: give either a QUOTE or --file, not both'],
    [['verify', ''], 'facts: the quote has no words to verify'],
    [['verify', '…'], 'facts: the quote has no words to verify'],
    [['verify', '--file', '/nonexistent/q.txt'], 'facts: /nonexistent/q.txt: cannot read: no such file'],
  ])('rejects bad input with exit 2: %j', async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('works on a user dataset', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'd.json'), JSON.stringify({
      version: 1,
      sources: [{ id: 's', title: 't', publisher: null, url: null, published: null, language: 'en', text: 'Ruiz said "we start on Monday".' }],
      entities: [{ id: 'ruiz', name: 'Ana Ruiz', type: 'person', role: null, aliases: ['Ruiz'] }],
      records: [{ id: 'q1', kind: 'quote', text: 'we start on Monday', source: 's', span: { start: 11, end: 29 }, speaker: 'ruiz', cue: { text: 'Ruiz said', span: { start: 0, end: 9 } } }],
    }));
    const result = await run(['--data', join(dir, 'd.json'), 'verify', 'We start on Monday', '--fields', 'verdict,speaker,record']);
    expect(result).toEqual({ code: 0, stdout: 'verbatim\tAna Ruiz\tq1\n', stderr: '' });
  });
});

describe('facts verify --speaker on an extracted article: how sure its attribution is', () => {
  // (Greta Holm, whom "she" could mean too, is named as the object of a verb: a preposition's would not count, "with Greta Holm".)
  const article = 'Ada Quist, who runs the water board, met Greta Holm on Monday. "It will take a year," she said.\n\nTom Berg spoke later.\n\n"We will build the plant," said Ada Quist.';

  async function draft(): Promise<string> {
    const dir = tempDir({ 'board.txt': article });
    const extracted = await run(['extract', join(dir, 'board.txt'), '-o', join(dir, 'board.json')]);
    expect(extracted.code).toBe(0);
    return join(dir, 'board.json');
  }

  it('is misattributed or verbatim only where the source names the speaker surely', async () => {
    const data = await draft();
    const fields = ['--fields', 'verdict,speaker,confidence'];
    expect(await run(['--data', data, 'verify', 'We will build the plant', '--speaker', 'Tom Berg', ...fields])).toEqual({ code: 1, stdout: 'misattributed\tAda Quist\thigh (cue-after-verb: said Ada Quist)\n', stderr: '' });
    expect(await run(['--data', data, 'verify', 'We will build the plant', '--speaker', 'Quist', ...fields])).toEqual({ code: 0, stdout: 'verbatim\tAda Quist\thigh (cue-after-verb: said Ada Quist)\n', stderr: '' });
  });

  it('is unconfirmed, naming the likely speaker and the rule, where the source only implies who spoke, whoever is claimed', async () => {
    const data = await draft();
    const fields = ['--fields', 'verdict,speaker,confidence'];
    for (const claimed of ['Tom Berg', 'Quist']) {
      expect(await run(['--data', data, 'verify', 'It will take a year', '--speaker', claimed, ...fields])).toEqual({ code: 1, stdout: 'unconfirmed\tAda Quist\tmedium (cue-after: she said)\n', stderr: '' });
    }
    // With no claimed speaker, the words are verbatim: quoted in the source, whoever said them.
    expect((await run(['--data', data, 'verify', 'It will take a year', '--fields', 'verdict'])).stdout).toBe('verbatim\n');
  });
});
