import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderJson, renderNdjson } from '../../src/output/json.js';
import { escapeJsonText } from '../../src/text/sanitize.js';

describe('JSON output', () => {
  it('is byte-faithful: every string comes back unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ id: fc.string(), text: fc.string({ unit: 'binary' }) }), { maxLength: 5 }), (records) => {
        expect(JSON.parse(renderJson(records))).toEqual(records);
        const lines = renderNdjson(records).split('\n').slice(0, -1);
        expect(lines.map((l) => JSON.parse(l))).toEqual(records);
      }),
    );
  });

  it('is, written in pieces, the text JSON.stringify indents by two', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue().map((value) => ({ value })), { maxLength: 6 }), (values) => {
        expect(renderJson(values)).toBe(escapeJsonText(JSON.stringify(values, null, 2)) + '\n');
      }),
    );
  });

  it('writes C1, DEL and bidi controls as \\u escapes so a terminal never sees them raw', () => {
    const out = renderNdjson([{ t: 'a\u001b[2J\u009b\u007f\u202e\u2067' }]);
    expect(out).toBe('{"t":"a\\u001b[2J\\u009b\\u007f\\u202e\\u2067"}\n');
  });
});
