import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkStructure, MAX_DEPTH, StructureChecker } from '../../../src/dataset/json/structure.js';

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

describe('StructureChecker', () => {
  it('finds in pieces what checkStructure finds whole, however the file is cut and broken', () => {
    const texts = fc.oneof(
      fc.jsonValue({ maxDepth: 6 }).map((v) => JSON.stringify(v)),
      fc.string({ unit: fc.constantFrom('{', '}', '[', ']', '"', '\\', 'a', ' ') }),
      fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v).slice(0, -1)),
    );
    fc.assert(
      fc.property(texts, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const whole = bytes(text);
        const checker = new StructureChecker();
        let at = 0;
        for (const cut of cuts.map((c) => c % (whole.length + 1)).sort((a, b) => a - b)) {
          checker.push(whole.subarray(at, cut));
          at = cut;
        }
        checker.push(whole.subarray(at));
        expect(checker.end()).toEqual(checkStructure(whole));
      }),
    );
  });

  it('reads an escape cut from its backslash', () => {
    const checker = new StructureChecker();
    for (const piece of ['["a\\', '"', '\\\\', '"]']) checker.push(bytes(piece));
    expect(checker.end()).toBeUndefined();
  });
});
