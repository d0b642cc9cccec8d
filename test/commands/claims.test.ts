import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('facts claims', () => {
  it('finds a reported statement by a word in it', async () => {
    const result = await run(['claims', 'trump']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('c4\tEmmanuel Macron\tduring a call with the US President Donald Trump the partners agreed that "In the coming days, we will summarize American support for these security guarantees"\tMacron said that\n');
  });

  it('lists only claims', async () => {
    const result = await run(['claims', '--fields', 'kind']);
    expect(new Set(result.stdout.trimEnd().split('\n'))).toEqual(new Set(['claim']));
  });
});
