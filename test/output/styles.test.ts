import { describe, expect, it } from 'vitest';
import { resolveColor } from '../../src/output/styles.js';

describe('resolveColor', () => {
  it.each([
    ['a terminal', 'auto', {}, true, true],
    ['a pipe', 'auto', {}, false, false],
    ['NO_COLOR on a terminal', 'auto', { NO_COLOR: '1' }, true, false],
    ['an empty NO_COLOR', 'auto', { NO_COLOR: '' }, true, true],
    ['TERM=dumb', 'auto', { TERM: 'dumb' }, true, false],
    ['FORCE_COLOR in a pipe', 'auto', { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 on a terminal', 'auto', { FORCE_COLOR: '0' }, true, false],
    ['FORCE_COLOR over NO_COLOR', 'auto', { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    ['--color always in a pipe with NO_COLOR', 'always', { NO_COLOR: '1' }, false, true],
    ['--color never on a terminal with FORCE_COLOR', 'never', { FORCE_COLOR: '1' }, true, false],
  ] as const)('%s', (_name, flag, env, isTTY, expected) => {
    expect(resolveColor(flag, env, isTTY)).toBe(expected);
  });
});
