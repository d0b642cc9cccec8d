import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

// The data layer knows nothing of the features above it: search and verify keep their
// indexes through the store's places, in formats of their own.
describe('src/data', () => {
  it('imports nothing from src/search, src/verify or src/commands', () => {
    const folder = join(ROOT, 'src', 'data');
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.ts'))) {
      const source = readFileSync(join(folder, name), 'utf8');
      const imports = [...source.matchAll(/(?:from|import\()\s*'([^']+)'/g)].map((m) => m[1]);
      expect(imports.filter((path) => /^\.\.\/(search|verify|commands)\//.test(path ?? '')), name).toEqual([]);
    }
  });
});
