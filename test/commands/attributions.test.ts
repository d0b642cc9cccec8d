import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('facts attributions (who)', () => {
  it('shows speaker, role, kind, id, text and cue', async () => {
    const result = await run(['who', 'macron', '--limit', '1']);
    expect(result.stdout).toBe('Emmanuel Macron\tPresident of France\tguarantee\tg1\tfirst, in negotiations there can be no restrictions on the format or capabilities of the Ukrainian army ("this is what we are defending and will defend to the end");\tAccording to him\n');
  });

  it('shows, with --fields confidence, how sure each quote\'s speaker is (the bundled quotes, curated by a person, are high)', async () => {
    const quotes = (await run(['who', 'macron', '--fields', 'kind,confidence'])).stdout.split('\n').filter((line) => line.startsWith('quote\t'));
    expect(quotes.length).toBeGreaterThan(0);
    expect(new Set(quotes.map((line) => line.split('\t').pop()))).toEqual(new Set(['high']));
    expect((await run(['who', 'macron', '--fields', 'kind,confidence', '--limit', '1'])).stdout).toBe('guarantee\t\n');
  });

  it.each(['macron', 'Macron', 'Emmanuel Macron', 'the politician', 'Makron', 'emanuel macron'])('finds Macron as %j', async (name) => {
    const result = await run(['attributions', name, '--fields', 'speaker']);
    expect(result.code).toBe(0);
    expect(new Set(result.stdout.trimEnd().split('\n'))).toEqual(new Set(['Emmanuel Macron']));
  });

  it('lists every attributed record without a speaker argument', async () => {
    const all = await run(['who', '--json']);
    const records = JSON.parse(all.stdout) as { speaker: string | null }[];
    expect(records.length).toBeGreaterThan(20);
    expect(records.every((r) => r.speaker !== null)).toBe(true);
  });

  it('exits 1 for a speaker with nothing attributed, with no error', async () => {
    expect(await run(['who', 'zelensky'])).toEqual({ code: 1, stdout: '', stderr: '' });
  });
});

describe('an empty result', () => {
  it.each([
    [['who', 'zelensky'], 'facts: nothing is attributed to Volodymyr Zelenskyy (speakers: Emmanuel Macron)\n'],
    [['quotes', 'zebra'], "facts: no quotes containing 'zebra' (speakers with quotes: Emmanuel Macron)\n"],
    [['numbers', '--speaker', 'trump'], 'facts: no figures by trump (speakers with figures: Emmanuel Macron)\n'],
    [['search', 'qqqqq'], "facts: nothing matches 'qqqqq' at threshold 0.45 (a higher --threshold, up to 1, finds looser matches)\n"],
    [['entities', 'zebra'], "facts: no entity matches 'zebra' ('facts entities' lists all 13)\n"],
  ])('says so in one line on a terminal: %j', async (argv, stderr) => {
    expect(await run(argv, { isTTY: true })).toMatchObject({ code: 1, stderr });
  });

  it('stays silent when piped, as grep does', async () => {
    expect(await run(['quotes', 'zebra'])).toEqual({ code: 1, stdout: '', stderr: '' });
  });
});
