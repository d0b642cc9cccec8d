import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run } from '../helpers.js';

const MINI = join(ROOT, 'test', 'fixtures', 'mini.json');

describe('facts guarantees', () => {
  it('lists the six guarantees of the bundled article, piped as TSV', async () => {
    const result = await run(['guarantees', 'list']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines.map((l) => l.split('\t').slice(0, 2).join(' '))).toEqual(['1 g1', '2 g2', '3 g3', '4 g4', '5 g5', '6 g6']);
    expect(lines[5]).toBe('6\tg6\tLegal and political steps to implement the guarantees\tAlso, Ukraine and the "coalition" decided to take legal and political steps to implement these guarantees.');
  });

  it('lists by default when no subcommand is given', async () => {
    expect((await run(['guarantees'])).stdout).toBe((await run(['guarantees', 'list'])).stdout);
  });

  it('draws a table on a terminal exactly 50 columns wide, without colour when NO_COLOR is set', async () => {
    const result = await run(['--data', MINI, 'guarantees'], { isTTY: true, columns: 50, env: { NO_COLOR: '1' } });
    expect(result.stdout).toBe(
      [
        '┌───┬────┬──────────────────┬────────────────────┐',
        '│ # │ ID │ Guarantee        │ Text               │',
        '├───┼────┼──────────────────┼────────────────────┤',
        '│ 1 │ g1 │ Trees in schools │ first, plant trees │',
        '│   │    │                  │ in every school;   │',
        '├───┼────┼──────────────────┼────────────────────┤',
        '│ 2 │ g2 │ Parks            │ then, open two     │',
        '│   │    │                  │ parks.             │',
        '└───┴────┴──────────────────┴────────────────────┘',
        '',
      ].join('\n'),
    );
  });

  it.each([
    ['by number', '2'],
    ['by id', 'g2'],
  ])('shows one guarantee %s', async (_how, key) => {
    const result = await run(['--data', MINI, 'guarantees', 'show', key, '--format', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ id: 'g2', n: 2, title: 'Parks', text: 'then, open two parks.' });
  });

  it('says which guarantees exist when asked for one that does not (exit 1)', async () => {
    const result = await run(['--data', MINI, 'guarantees', 'show', '7']);
    expect(result).toEqual({ code: 1, stdout: '', stderr: "facts: no guarantee '7'; there are 2 (1-2, or an id: g1, g2)\n" });
  });
});
