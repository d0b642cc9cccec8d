import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('facts numbers', () => {
  it('lists each figure with value, unit, what it measures and who said it', async () => {
    const result = await run(['numbers']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        'n1\t26\tcountries\tpartner countries that have agreed to deploy a military contingent in Ukraine\tEmmanuel Macron',
        'n2\t26\tcountries\tpartner countries that have already agreed to provide the reassurance force\tEmmanuel Macron',
        'n3\t35\tstates\tstates in the coalition of the willing\tEmmanuel Macron',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['the unit', 'states', ['n3']],
    ['what it measures', 'reassurance', ['n2']],
    ['the figure itself', '26', ['n1', 'n2']],
  ])('matches a PATTERN in %s', async (_name, pattern, expected) => {
    const result = await run(['numbers', pattern, '--fields', 'id']);
    expect(result.stdout.trimEnd().split('\n')).toEqual(expected);
  });

  it('prints values as JSON numbers', async () => {
    const result = await run(['numbers', '--json', '--fields', 'id,value,unit']);
    expect(JSON.parse(result.stdout)).toEqual([
      { id: 'n1', value: 26, unit: 'countries' },
      { id: 'n2', value: 26, unit: 'countries' },
      { id: 'n3', value: 35, unit: 'states' },
    ]);
  });
});
