import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetOffsets, recordRanges } from '../../src/data/record-offsets.js';

const slices = (text: string) => {
  const bytes = Buffer.from(text, 'utf8');
  return recordRanges(bytes).map((r) => JSON.parse(bytes.subarray(r.start, r.end).toString('utf8')));
};

describe('recordRanges', () => {
  it('finds each record of the top-level records array, as written', () => {
    const text = '{"version":1,"records":[{"id":"a","text":"x } ] { [ \\" ,"},\n  { "id" : "b" , "n": [1, {"records": []}] }],"sources":[{"records":[{"id":"no"}]}]}';
    expect(slices(text)).toEqual([{ id: 'a', text: 'x } ] { [ " ,' }, { id: 'b', n: [1, { records: [] }] }]);
  });

  it('finds each source\'s text as its JSON string', () => {
    const text = JSON.stringify({ version: 1, sources: [{ id: 's', title: 'text', text: 'a "quoted" line\n→ next' }, { text: 'two', id: 't' }], records: [{ text: 'not a source' }] }, null, 1);
    const bytes = Buffer.from(text, 'utf8');
    const texts = datasetOffsets(bytes).sourceTexts.map((r) => JSON.parse(bytes.subarray(r.start, r.end).toString('utf8')));
    expect(texts).toEqual(['a "quoted" line\n→ next', 'two']);
  });

  it('reads back any dataset JSON, however it is spaced, in any key order, with any text', () => {
    const record = fc.record({ id: fc.string(), text: fc.string({ unit: 'binary' }), extra: fc.jsonValue() });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), fc.jsonValue(), fc.boolean(), fc.boolean(), (records, other, pretty, recordsFirst) => {
        const body = recordsFirst ? { records, sources: other, version: 1 } : { version: 1, sources: other, records };
        const text = JSON.stringify(body, null, pretty ? 2 : undefined);
        expect(slices(text)).toEqual(JSON.parse(text).records);
        const bytes = Buffer.from(text, 'utf8');
        const sources = Array.isArray(body.sources) ? body.sources.filter((s) => s !== null && typeof s === 'object' && !Array.isArray(s) && typeof (s as { text?: unknown }).text === 'string') : [];
        if (sources.length > 0) expect(datasetOffsets(bytes).sourceTexts.map((r) => JSON.parse(bytes.subarray(r.start, r.end).toString('utf8')))).toEqual(sources.map((s) => (s as { text: string }).text));
      }),
    );
  });
});
