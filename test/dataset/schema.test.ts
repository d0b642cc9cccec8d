import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { DatasetSchema } from '../../src/dataset/schema.js';
import { ROOT } from '../helpers.js';

// data/facts.schema.json is published from the zod schema, the same source as the
// TypeScript types. `npm run schema` rewrites it; this test fails when it is stale.

const file = join(ROOT, 'data', 'facts.schema.json');
const generated = JSON.stringify({ $id: 'facts.schema.json', title: 'facts dataset', ...z.toJSONSchema(DatasetSchema) }, null, 2) + '\n';
if (process.env.UPDATE_SCHEMA) writeFileSync(file, generated);

describe('data/facts.schema.json', () => {
  it('is generated from the zod schema', () => {
    expect(readFileSync(file, 'utf8')).toBe(generated);
  });

  it('describes every record kind and its own fields', () => {
    const text = readFileSync(file, 'utf8');
    for (const field of ['"guarantee"', '"quote"', '"number"', '"claim"', '"value"', '"unit"', '"about"', '"title"', '"aliases"', '"cue"']) expect(text).toContain(field);
  });
});
