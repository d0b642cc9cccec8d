import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('facts entities', () => {
  it.each([
    ['a misspelt name', 'zelenski', ['zelenskyy']],
    ['another spelling', 'Zelenskiy', ['zelenskyy']],
    ['a role', 'president of france', ['macron']],
    ['a type', 'person', ['macron', 'zelenskyy', 'trump']],
    ['a description the article uses', 'Ukrainian colleague', ['zelenskyy']],
  ])('finds an entity by %s', async (_name, pattern, expected) => {
    const result = await run(['entities', pattern, '--fields', 'id']);
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toEqual(expected);
  });

  it('prints aliases joined by "; " in TSV and as an array in JSON', async () => {
    const tsv = await run(['entities', 'trump', '--fields', 'aliases']);
    expect(tsv.stdout).toBe('Trump; the US President; the US President Donald Trump\n');
    const json = JSON.parse((await run(['entities', 'trump', '--json'])).stdout);
    expect(json).toEqual([{ id: 'trump', name: 'Donald Trump', type: 'person', role: 'US President', aliases: ['Trump', 'the US President', 'the US President Donald Trump'] }]);
  });
});
