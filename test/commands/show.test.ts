import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers.js';

const MINI = join(ROOT, 'test', 'fixtures', 'mini.json');

describe('facts show', () => {
  it('shows a record in full with its passage and a citation, as a table on a terminal', async () => {
    const result = await run(['--data', MINI, 'show', 'q1'], { isTTY: true, columns: 72, env: { NO_COLOR: '1' } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        '┌────────────┬─────────────────────────────────────────────────────────┐',
        '│ ID         │ q1                                                      │',
        '├────────────┼─────────────────────────────────────────────────────────┤',
        '│ Kind       │ quote                                                   │',
        '├────────────┼─────────────────────────────────────────────────────────┤',
        '│ Speaker    │ Ana Ruiz                                                │',
        '├────────────┼─────────────────────────────────────────────────────────┤',
        '│ Text       │ We start on Monday,                                     │',
        '├────────────┼─────────────────────────────────────────────────────────┤',
        '│ Cue        │ Ruiz said                                               │',
        '├────────────┼─────────────────────────────────────────────────────────┤',
        '│ Confidence │ high                                                    │',
        '├────────────┼─────────────────────────────────────────────────────────┤',
        '│ Passage    │ Mayor Ana Ruiz said the city will plant 300 trees. "We  │',
        '│            │ start on Monday," Ruiz said. The plan:\\n                │',
        '│            │ → first, plant trees in every school;\\n                 │',
        '│            │ → then, open two parks.                                 │',
        '├────────────┼─────────────────────────────────────────────────────────┤',
        '│ Citation   │ Ana Ruiz (Mayor), in "A small test article", Test Desk, │',
        '│            │ 2025-01-02 [mini, 52-71]                                │',
        '├────────────┼─────────────────────────────────────────────────────────┤',
        '│ Source     │ mini                                                    │',
        '├────────────┼─────────────────────────────────────────────────────────┤',
        '│ Span       │ 52-71                                                   │',
        '└────────────┴─────────────────────────────────────────────────────────┘',
        '',
      ].join('\n'),
    );
  });

  it('highlights the record inside the passage when colour is on', async () => {
    const result = await run(['--data', MINI, 'show', 'q1', '--fields', 'passage'], { isTTY: true, columns: 200, env: { FORCE_COLOR: '1' } });
    expect(result.stdout).toContain('"\u001b[1m\u001b[31mWe start on Monday,\u001b[39m\u001b[22m"');
  });

  it('prints the record itself as a JSON object', async () => {
    const json = JSON.parse((await run(['show', 'n2', '--json'])).stdout);
    expect(json).toMatchObject({ id: 'n2', kind: 'number', value: 26, text: '26' });
  });

  it('omits what is unknown (publisher, date) from the citation', async () => {
    const result = await run(['show', 'q4', '--fields', 'citation']);
    const article = (await run(['sources', 'macron-security-guarantees', '--text'])).stdout;
    const start = article.indexOf('reassurance force');
    expect(result.stdout).toBe(`Emmanuel Macron (President of France), in "Macron on the security guarantees for Ukraine agreed by the coalition of the willing (descriptive title; the text has no headline)" [macron-security-guarantees, ${start}-${start + 17}]\n`);
  });

  it('suggests close ids for an unknown one (exit 1)', async () => {
    expect(await run(['show', 'q55'])).toEqual({ code: 1, stdout: '', stderr: "facts: no record 'q55' (did you mean 'q5', 'g5', 'q1'?)\n" });
  });
});

describe('facts show: the table and the TSV agree', () => {
  it('lists the default fields in the same order in both', async () => {
    const tsvFields = ['id', 'kind', 'speaker', 'text', 'cue', 'passage', 'citation'];
    const table = (await run(['show', 'q8', '--format', 'table', '--color', 'never'], { columns: 120 })).stdout;
    const labels = table.split('\n').map((l) => /^│ (\w+)\s+│/.exec(l)?.[1]).filter((l): l is string => l !== undefined).map((l) => l.toLowerCase());
    expect(labels.filter((l) => tsvFields.includes(l))).toEqual(tsvFields);
  });
});
