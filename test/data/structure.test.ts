import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStructure, lineAndColumnOfByte, MAX_DEPTH } from '../../src/data/structure.js';

const bytes = (text: string) => Buffer.from(text, 'utf8');

describe('checkStructure', () => {
  it('passes sound JSON, whatever its strings hold', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 8 }), (value) => {
        expect(checkStructure(bytes(JSON.stringify(value)))).toBeUndefined();
      }),
    );
  });

  it('refuses nesting deeper than MAX_DEPTH, where it goes too deep', () => {
    const deep = '['.repeat(MAX_DEPTH + 1) + ']'.repeat(MAX_DEPTH + 1);
    expect(checkStructure(bytes(deep))).toEqual({ offset: MAX_DEPTH, reason: `nested more than ${MAX_DEPTH} levels deep` });
    expect(checkStructure(bytes('['.repeat(MAX_DEPTH) + ']'.repeat(MAX_DEPTH)))).toBeUndefined();
  });

  it('finds a file cut short anywhere: a string or a bracket left open', () => {
    const whole = JSON.stringify({ version: 1, sources: [{ id: 's', text: 'a "quoted" \\ text' }], records: [] });
    for (let cut = 1; cut < whole.length; cut++) {
      const problem = checkStructure(bytes(whole.slice(0, cut)));
      expect(problem?.reason, `cut at ${cut}`).toMatch(/cut short/);
    }
  });

  it('leaves a bracket that closes the wrong thing to the JSON parser, which says why', () => {
    expect(checkStructure(bytes('{"a": [}'))).toBeUndefined();
  });
});

describe('lineAndColumnOfByte', () => {
  it('counts lines, and columns in code points', () => {
    const text = '{\n  "é€😀": [\n';
    expect(lineAndColumnOfByte(bytes(text), Buffer.byteLength('{\n  "é€😀"'))).toEqual({ line: 2, column: 8 });
  });
});
