import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLayoutProblem, LayoutScanner, layoutOf, valueOfKey, type DatasetLayout, type LayoutProblem } from '../../../src/dataset/json/layout.js';

const layout = (bytes: Buffer): DatasetLayout => {
  const found = layoutOf(bytes);
  if (isLayoutProblem(found)) throw new Error(`layout problem: ${found.reason}`);
  return found;
};
const parsed = (bytes: Buffer, range: { start: number; end: number }) => JSON.parse(bytes.subarray(range.start, range.end).toString('utf8'));
const slices = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return (layout(bytes).elements.records ?? []).map((r) => parsed(bytes, r));
};
/** Each source's "text" value, as the cache reads it back: the sources that are objects with a string text. */
const sourceTexts = (bytes: Buffer) =>
  (layout(bytes).elements.sources ?? [])
    .map((r) => valueOfKey(bytes, r, 'text'))
    .filter((r): r is { start: number; end: number } => r !== undefined)
    .map((r) => parsed(bytes, r))
    .filter((t) => typeof t === 'string');

describe('layoutOf', () => {
  it('finds each record of the top-level records array, as written', () => {
    const text = '{"version":1,"records":[{"id":"a","text":"x } ] { [ \\" ,"},\n  { "id" : "b" , "n": [1, {"records": []}] }],"sources":[{"records":[{"id":"no"}]}]}';
    expect(slices(text)).toEqual([{ id: 'a', text: 'x } ] { [ " ,' }, { id: 'b', n: [1, { records: [] }] }]);
  });

  it("finds each source's text as its JSON string", () => {
    const text = JSON.stringify({ version: 1, sources: [{ id: 's', title: 'text', text: 'a "quoted" line\n→ next' }, { text: 'two', id: 't' }], records: [{ text: 'not a source' }] }, null, 1);
    expect(sourceTexts(Buffer.from(text, 'utf8'))).toEqual(['a "quoted" line\n→ next', 'two']);
  });

  it('reads back any dataset JSON, however it is spaced, in any key order, with any text', () => {
    const record = fc.record({ id: fc.string(), text: fc.string({ unit: 'binary' }), extra: fc.jsonValue() });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.jsonValue(), fc.boolean(), fc.boolean(), (records, other, pretty, recordsFirst) => {
        const body = recordsFirst ? { records, sources: other, version: 1 } : { version: 1, sources: other, records };
        const text = JSON.stringify(body, null, pretty ? 2 : undefined);
        expect(slices(text)).toEqual(JSON.parse(text).records);
        const sources = Array.isArray(body.sources) ? body.sources.filter((s) => s !== null && typeof s === 'object' && !Array.isArray(s) && typeof (s as { text?: unknown }).text === 'string') : [];
        if (sources.length > 0) expect(sourceTexts(Buffer.from(text, 'utf8'))).toEqual(sources.map((s) => (s as { text: string }).text));
      }),
    );
  });
});

/** The layout as plain data, to compare. */
const plain = (found: DatasetLayout | LayoutProblem) =>
  isLayoutProblem(found) ? found : { values: [...found.values], elements: Object.fromEntries(Object.entries(found.elements).map(([k, r]) => [k, r?.map((x) => x)])) };

describe('LayoutScanner', () => {
  // A file is read in pieces: wherever they are cut (inside a key, a string, an escape, a
  // byte-order mark or a number), the layout, or the problem, is the one of the whole.
  const pieces = (bytes: Buffer, cuts: number[]) => {
    const scanner = new LayoutScanner();
    let at = 0;
    for (const cut of [...cuts.map((c) => c % (bytes.length + 1))].sort((a, b) => a - b)) {
      scanner.push(bytes.subarray(at, cut));
      at = cut;
    }
    scanner.push(bytes.subarray(at));
    return scanner.end();
  };
  const datasets = fc
    .tuple(fc.array(fc.record({ id: fc.string(), text: fc.string({ unit: 'binary' }), n: fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant(null)) }), { maxLength: 4 }), fc.jsonValue({ maxDepth: 3 }), fc.boolean(), fc.boolean())
    .map(([records, other, pretty, bom]) => `${bom ? '\ufeff' : ''}${JSON.stringify({ version: 1, 'rec\\ords"': other, sources: other, records }, null, pretty ? 2 : undefined)}`);

  it('finds the same layout in pieces as whole, however the file is cut', () => {
    fc.assert(
      fc.property(datasets, fc.array(fc.nat(), { maxLength: 8 }), (text, cuts) => {
        const bytes = Buffer.from(text, 'utf8');
        expect(plain(pieces(bytes, cuts))).toEqual(plain(layoutOf(bytes)));
      }),
    );
  });

  it('finds the same problem in pieces as whole, in a file broken anywhere', () => {
    fc.assert(
      fc.property(datasets, fc.nat(), fc.constantFrom('', ',', '}', ']', '"', '\\', ':', 'x', ' '), fc.array(fc.nat(), { maxLength: 6 }), (text, at, insert, cuts) => {
        const whole = Buffer.from(text, 'utf8');
        const where = at % (whole.length + 1);
        const bytes = Buffer.concat([whole.subarray(0, where), Buffer.from(insert), whole.subarray(where + 1)]);
        expect(plain(pieces(bytes, cuts))).toEqual(plain(layoutOf(bytes)));
      }),
    );
  });

  it('says where a dataset is not one, and what it found there', () => {
    const problem = (text: string) => layoutOf(Buffer.from(text, 'utf8'));
    expect(problem('[1]')).toEqual({ offset: 0, reason: "'{' (a dataset is a JSON object), found '['" });
    expect(problem('{"records": [{"id": 1} {"id": 2}]}')).toEqual({ offset: 23, reason: "',' or ']' after an element, found '{'" });
    expect(problem('{"version": 1 "records": []}')).toEqual({ offset: 14, reason: "',' or '}' after a value, found '\"'" });
    expect(problem('{"version" 1}')).toEqual({ offset: 11, reason: "':' after a key, found '1'" });
    expect(problem('{"records": [1,,2]}')).toEqual({ offset: 15, reason: "a value, found ','" });
    expect(problem('{"version": 1} x')).toEqual({ offset: 15, reason: "the end of the file after the dataset, found 'x'" });
    expect(problem('{"version": 1, }')).toEqual({ offset: 15, reason: "a key in quotes, found '}'" });
    expect(problem('{"a\\x": 1}')).toEqual({ offset: 1, reason: "a key whose escapes are JSON's, found '\"'" });
    expect(problem('{"records": [')).toEqual({ offset: 13, reason: 'a value, found the end of the file' });
  });
});
