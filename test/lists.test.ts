import { describe, expect, it } from 'vitest';
import { at, got, lastOf, own, sortedIncludes } from '../src/lists.js';

describe('at, lastOf, own and got', () => {
  it('read a list where it has a value, and throw one line past its ends', () => {
    expect(at(['a', 'b'], 1)).toBe('b');
    expect(at(Uint32Array.from([7, 8]), 0)).toBe(7);
    expect(lastOf([1, 2, 3])).toBe(3);
    expect(() => at([1], 1)).toThrow('index 1 is outside a list of 1');
    expect(() => at(new Uint32Array(2), -1)).toThrow(RangeError);
    expect(() => lastOf([])).toThrow('index -1 is outside a list of 0');
  });

  it('own reads a record’s own keys only', () => {
    const record: Record<string, number> = { thousand: 1e3 };
    expect(own(record, 'thousand')).toBe(1e3);
    expect(own(record, 'constructor')).toBeUndefined();
    expect(own(record, 'million')).toBeUndefined();
  });

  it('got reads a key a map holds, and throws for one it lacks', () => {
    const map = new Map([['a', 0]]);
    expect(got(map, 'a')).toBe(0);
    expect(() => got(map, 'b')).toThrow('no value for b');
  });
});

describe('sortedIncludes', () => {
  it('finds each value of an ascending list and nothing between, before or after them', () => {
    const list = Uint32Array.from([2, 3, 5, 8, 13, 21]);
    for (let v = 0; v <= 25; v++) expect(sortedIncludes(list, v), String(v)).toBe(list.includes(v));
    expect(sortedIncludes(new Uint32Array(0), 0)).toBe(false);
  });
});
