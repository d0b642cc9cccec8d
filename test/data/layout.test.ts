import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLayoutProblem, layoutOf, valueOfKey, type DatasetLayout } from '../../src/data/layout.js';

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
