import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers.js';

const MINI = join(ROOT, 'test', 'fixtures', 'mini.json');
const ids = (stdout: string) => stdout.trimEnd().split('\n').filter(Boolean).map((l) => l.split('\t')[0]);

describe('facts quotes', () => {
  it('lists every quote with speaker and cue, piped as TSV in the documented order', async () => {
    const result = await run(['--data', MINI, 'quotes']);
    expect(result).toEqual({ code: 0, stdout: 'q1\tAna Ruiz\tWe start on Monday,\tRuiz said\n', stderr: '' });
  });

  it.each([
    ['a case-insensitive literal', ['quotes', 'PEACE'], ['q1', 'q7']],
    ['a literal with regex characters', ['quotes', '[of partners]'], ['q1']],
    ['a regular expression with -e', ['quotes', '-e', 'defen(d|ding)'], ['q2']],
    ['a regular expression with --regexp=', ['quotes', '--regexp=^will'], ['q5', 'q8']],
    ['a speaker by surname', ['quotes', '--speaker', 'macron', '--limit', '2'], ['q1', 'q2']],
    ['a speaker by description', ['quotes', '--speaker', 'the politician', 'clear strategic'], ['q9']],
    ['a speaker misspelled', ['quotes', '--speaker', 'Macrn', 'signal'], ['q9']],
    ['a source', ['quotes', '--source', 'macron-security-guarantees', 'coalition'], ['q1', 'q5', 'q6']],
  ])('finds %s', async (_name, argv, expected) => {
    const result = await run(argv);
    expect(result.code).toBe(0);
    expect(ids(result.stdout)).toEqual(expected);
  });

  it.each([
    ['a pattern that matches nothing', ['quotes', 'zebra'], ''],
    ['a speaker who said nothing', ['quotes', '--speaker', 'zelensky'], ''],
    ['an unknown source', ['quotes', '--source', 'nope'], "facts: no source 'nope'; sources: macron-security-guarantees\n"],
  ])('exits 1 for %s', async (_name, argv, stderr) => {
    expect(await run(argv)).toEqual({ code: 1, stdout: '', stderr });
  });

  it('rejects an invalid regular expression as a usage error', async () => {
    const result = await run(['quotes', '-e', '(unclosed']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("facts: invalid regular expression '(unclosed': Unterminated group\n");
  });

  it('rejects a PATTERN together with -e', async () => {
    expect(await run(['quotes', 'peace', '-e', 'war'])).toEqual({ code: 2, stdout: '', stderr: 'facts: give either a PATTERN or -e/--regexp, not both\n' });
  });

  it('highlights the matched words in the table when colour is on', async () => {
    const result = await run(['--data', MINI, 'quotes', 'monday'], { isTTY: true, env: { FORCE_COLOR: '1' } });
    expect(result.stdout).toContain('We start on \u001b[1m\u001b[31mMonday\u001b[39m\u001b[22m,');
  });
});
