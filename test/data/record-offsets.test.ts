import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordRanges } from '../../src/data/record-offsets.js';

const slices = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return recordRanges(bytes).map((r) => JSON.parse(bytes.subarray(r.start, r.end).toString('utf8')));
};

describe('recordRanges', () => {
  it('finds each record of the top-level records array, as written', () => {
    const text = '{"version":1,"records":[{"id":"a","text":"x } ] { [ \\" ,"},\n  { "id" : "b" , "n": [1, {"records": []}] }],"sources":[{"records":[{"id":"no"}]}]}';
    expect(slices(text)).toEqual([{ id: 'a', text: 'x } ] { [ " ,' }, { id: 'b', n: [1, { records: [] }] }]);
  });

  it('reads back any dataset JSON, however it is spaced, in any key order, with any text', () => {
    const record = fc.record({ id: fc.string(), text: fc.string({ unit: 'binary' }), extra: fc.jsonValue() });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.jsonValue(), fc.boolean(), fc.boolean(), (records, other, pretty, recordsFirst) => {
        const body = recordsFirst ? { records, sources: other, version: 1 } : { version: 1, sources: other, records };
        const text = JSON.stringify(body, null, pretty ? 2 : undefined);
        expect(slices(text)).toEqual(JSON.parse(text).records);
      }),
    );
  });
});
