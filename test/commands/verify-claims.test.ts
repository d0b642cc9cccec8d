import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin, tempDir } from '../helpers.js';

// A fact-checker's claims as they arrive, against an invented article in a library of
// its own, through the built bin/facts.js.

const ARTICLE = `Council backs tram line

The harbour council voted on Monday to build a tram line along the sea front. Mayor Jane Okafor welcomed the vote.

"It's very much the right time for this city," she said. "We'll start work in the spring."

The line will cost 15 per cent of the council's yearly budget, the council said.

"Nobody asked the fishermen," said Tom Reyes, who runs the fish market. "They don't want it and they can't stop it."
`;

const data = mkdtempSync(join(tmpdir(), 'facts-claims-'));
const env = { XDG_DATA_HOME: data };
const facts = (argv: string[], input?: string | Uint8Array) => runBin(argv, { env, ...(input === undefined ? {} : { input }) });
const json = (argv: string[], input?: string): Record<string, unknown> => {
  const result = facts([...argv, '--format', 'json'], input);
  return { code: result.code, stderr: result.stderr, ...(JSON.parse(result.stdout) as Record<string, unknown>) };
};

beforeAll(() => {
  const dir = tempDir({ 'tram-vote.txt': ARTICLE });
  const added = facts(['add', join(dir, 'tram-vote.txt')]);
  expect(added.stderr).toBe('');
  expect(added.code).toBe(0);
});

describe('verify: a quote pinned on the wrong person', () => {
  it('calls a quotation misattributed when the claimed speaker is nobody in the data, and names who said it', () => {
    expect(json(['verify', '--speaker', 'Joe Biden', 'Nobody asked the fishermen'])).toMatchObject({
      code: 1,
      verdict: 'misattributed',
      speaker: expect.stringMatching(/reyes/),
      record: 'tram-vote.q3',
      claimed_speaker: 'Joe Biden',
      speaker_ok: false,
    });
  });

  it('says the speaker is wrong as well when the words are altered', () => {
    expect(json(['verify', '--speaker', 'Okafor', 'Nobody ever asked the fishermen'])).toMatchObject({ verdict: 'altered', record: 'tram-vote.q3', claimed_speaker: 'Okafor', speaker_ok: false });
  });

  it('says whether the claimed speaker matches, and null when nobody was claimed', () => {
    expect(json(['verify', '--speaker', 'Reyes', 'Nobody asked the fishermen'])).toMatchObject({ code: 0, verdict: 'verbatim', claimed_speaker: 'Reyes', speaker_ok: true });
    expect(json(['verify', 'Nobody asked the fishermen'])).toMatchObject({ code: 0, verdict: 'verbatim', claimed_speaker: null, speaker_ok: null });
  });

  it('still refuses a name that could be several people in the data', () => {
    const dir = tempDir({ 'two.txt': '"We are ready," said Ana Reyes.\n\n"So are we," said Luis Reyes.\n' });
    const other = mkdtempSync(join(tmpdir(), 'facts-claims-'));
    expect(runBin(['add', join(dir, 'two.txt')], { env: { XDG_DATA_HOME: other } }).code).toBe(0);
    const result = runBin(['verify', '--speaker', 'Reyes', 'We are ready'], { env: { XDG_DATA_HOME: other } });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^facts: 'Reyes' could be .*Ana Reyes.*Luis Reyes.*: give more of the name\n$/);
  });
});

describe('verify: a claim pasted as it circulates', () => {
  it.each([
    ['Jane Okafor: "Nobody asked the fishermen"'],
    ['"Nobody asked the fishermen," said Jane Okafor.'],
    ['Jane Okafor said: "Nobody asked the fishermen."'],
    ['"Nobody asked the fishermen" — Jane Okafor'],
  ])('%s: checks the quoted words, against the name as the claimed speaker', (claim) => {
    expect(json(['verify', claim])).toMatchObject({ code: 1, verdict: 'misattributed', input: claim, quote: expect.stringMatching(/^Nobody asked the fishermen[,.]?$/), claimed_speaker: 'Jane Okafor', speaker_ok: false });
  });

  it('takes the name as the claimed speaker for every line of a batch', () => {
    const result = facts(['verify', '-', '--fields', 'verdict,claimed_speaker,speaker_ok'], 'Tom Reyes: "Nobody asked the fishermen"\n"We\'ll start work in the spring," said Tom Reyes.\n');
    expect(result).toEqual({ code: 1, stdout: 'verbatim\tTom Reyes\tyes\nmisattributed\tTom Reyes\tno\n', stderr: '' });
  });

  it('accepts --speaker with the same person, and refuses it with another', () => {
    expect(json(['verify', '--speaker', 'Reyes', 'Tom Reyes: "Nobody asked the fishermen"'])).toMatchObject({ code: 0, verdict: 'verbatim' });
    const refused = facts(['verify', '--speaker', 'Okafor', 'Tom Reyes: "Nobody asked the fishermen"']);
    expect(refused).toEqual({ code: 2, stdout: '', stderr: "facts: --speaker 'Okafor' and the name in the quote, 'Tom Reyes', are not the same person; give one of them\n" });
  });
});

describe('verify: equivalent forms and joined quotations', () => {
  it('takes a contraction written out, or written in, as the same words, and lists it', () => {
    expect(json(['verify', 'It is very much the right time for this city'])).toMatchObject({ verdict: 'verbatim', similarity: 1, equivalences: [{ kind: 'contraction', quote: 'It is', source: "It's" }] });
    expect(json(['verify', 'They do not want it and they cannot stop it'])).toMatchObject({
      verdict: 'verbatim',
      equivalences: [
        { kind: 'contraction', quote: 'do not', source: "don't" },
        { kind: 'contraction', quote: 'cannot', source: "can't" },
      ],
    });
  });

  it('takes 15% for 15 per cent, and lists it, but not 15 alone', () => {
    expect(json(['verify', "15% of the council's yearly budget"])).toMatchObject({ verdict: 'reported', equivalences: [{ kind: 'percent', quote: '%', source: 'per cent' }] });
    expect(json(['verify', "15 of the council's yearly budget"])).toMatchObject({ verdict: 'altered' });
  });

  it('gives two quotations of one speaker pasted as one to that speaker, verbatim, with both places', () => {
    for (const quote of ["It's very much the right time for this city. We'll start work in the spring.", '"It\'s very much the right time for this city," she said. "We\'ll start work in the spring."']) {
      const result = json(['verify', '--speaker', 'Okafor', quote]);
      expect(result).toMatchObject({ code: 0, verdict: 'verbatim', record: 'tram-vote.q1' });
      expect((result.places as { record: string }[]).map((p) => p.record)).toEqual(['tram-vote.q1', 'tram-vote.q2']);
      expect(json(['verify', quote])).toMatchObject({ code: 0, verdict: 'verbatim', speaker: expect.stringMatching(/okafor/) });
    }
  });

  it('does not join quotations of two speakers, nor over the reporter’s words', () => {
    expect(json(['verify', "We'll start work in the spring. Nobody asked the fishermen."]).verdict).not.toBe('verbatim');
  });
});

describe('verify: where to look, and what it reads', () => {
  it('checks against one source with --source, and lists the sources for an unknown one', () => {
    expect(json(['verify', '--source', 'tram-vote', 'will not wage any war against Russia'])).toMatchObject({ code: 1, verdict: 'absent' });
    expect(json(['verify', '--source', 'macron-security-guarantees', 'will not wage any war against Russia'])).toMatchObject({ code: 0, verdict: 'verbatim' });
    expect(facts(['verify', '--source', 'nope', 'war'])).toEqual({ code: 2, stdout: '', stderr: "facts: no source 'nope'; sources: macron-security-guarantees, tram-vote\n" });
  });

  it('refuses quotes that are not UTF-8 in one line, rather than judging replacement characters', () => {
    const latin1 = Buffer.from('Nobody asked the fishermen, caf\xe9\n', 'latin1');
    expect(facts(['verify', '-'], latin1)).toEqual({ code: 2, stdout: '', stderr: 'facts: standard input: is not UTF-8 text (Latin-1 or another encoding?); convert it to UTF-8 (iconv -f LATIN1 -t UTF-8)\n' });
  });
});
