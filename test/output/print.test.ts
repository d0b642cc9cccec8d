import { describe, expect, it } from 'vitest';
import { createTestIO } from '../io-double.js';
import type { Listing } from '../../src/output/listing.js';
import { printListing, type OutputOptions } from '../../src/output/print.js';

// Listings are written as they are made, and stop being made when the reader goes.

function counted(count: number): { listing: Listing<number>; made: () => number } {
  let made = 0;
  const listing: Listing<number> = {
    rows: Array.from({ length: count }, (_, i) => i),
    columns: [{ key: 'n', header: 'N', value: (i) => (made++, `row ${i}`) }],
    defaults: ['n'],
    json: (i) => (made++, { n: i }),
  };
  return { listing, made: () => made };
}

const options = (format: OutputOptions['format']): OutputOptions => ({ format, fields: undefined, limit: undefined, color: false, width: 80 });

describe('printListing', () => {
  it.each(['tsv', 'csv', 'json', 'ndjson'] as const)('stops making %s rows soon after the reader has gone, as `| head` does', async (format) => {
    const { listing, made } = counted(100_000);
    const io = createTestIO({ closeAfter: 20 });
    expect(await printListing(io, listing, options(format))).toBe(100_000);
    expect(made()).toBeLessThanOrEqual(512);
  });

  it.each([
    ['tsv', (out: string) => out.trimEnd().split('\n')],
    ['csv', (out: string) => out.trimEnd().split('\r\n').slice(1)],
    ['ndjson', (out: string) => out.trimEnd().split('\n').map((line) => `row ${JSON.parse(line).n}`)],
    ['json', (out: string) => (JSON.parse(out) as { n: number }[]).map((r) => `row ${r.n}`)],
  ] as const)('writes every %s row, in order, when the reader stays', async (format, rowsOf) => {
    const { listing } = counted(1000);
    const io = createTestIO();
    await printListing(io, listing, options(format));
    expect(rowsOf(io.stdout())).toEqual(listing.rows.map((i) => `row ${i}`));
  });
});
