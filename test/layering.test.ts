import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

// The source's layers, bottom first. A module imports from its own folder or from a
// folder of a lower layer, never from one above, nor from another folder of its own
// layer: arrows point down only. The store knows nothing of the features above it
// (search and verify keep their indexes through the store's places, in formats of their
// own), and the loader is given the library's files rather than importing library/.

const LAYERS: readonly (readonly string[])[] = [
  // The bottom: reading a list at an index, and the errors; then words and files, what
  // the bundle substitutes, and the terminal.
  ['lists.ts', 'errors.ts'],
  ['text', 'files', 'bundle', 'io.ts'],
  // The data: the dataset (schema, types, validation, the streaming JSON reader)...
  ['dataset'],
  // ...and the cache and the store over it.
  ['cache'],
  // Renderers, pure.
  ['output'],
  // Domain modules over the store.
  ['query', 'extract'],
  ['search', 'verify', 'library'],
  // Comparing the versions of a statement, over verify's corpus and matching.
  ['compare'],
  // The library on a PostgreSQL server, behind the library's own interface.
  ['database'],
  // The option table, what resolves the global options, and the commands.
  ['cli-options.ts'],
  ['options.ts'],
  ['commands'],
  // The program: commander's tree, then the entry point and the man page.
  ['program.ts'],
  ['cli.ts', 'man.ts'],
  ['main.ts'],
];

/** The layer of a module or folder, by its first path part under src/ (json/ is the dataset's). */
function unitOf(path: string): string {
  return relative(join(ROOT, 'src'), path).split('/')[0] as string;
}

function layerOf(unit: string): number {
  const layer = LAYERS.findIndex((units) => units.includes(unit));
  if (layer < 0) throw new Error(`src/${unit} is in no layer: add it to LAYERS`);
  return layer;
}

function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

describe('the layers of src/', () => {
  const files = sources(join(ROOT, 'src'));

  it('cover every folder and module', () => {
    for (const file of files) expect(() => layerOf(unitOf(file)), relative(ROOT, file)).not.toThrow();
  });

  it('import only down, or within their own folder', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = unitOf(file);
      const source = readFileSync(file, 'utf8');
      for (const [, specifier] of source.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)) {
        const target = resolve(dirname(file), specifier as string).replace(/\.js$/, '.ts');
        if (!target.startsWith(join(ROOT, 'src'))) continue;
        const to = unitOf(target);
        if (to === from) continue;
        if (layerOf(to) >= layerOf(from)) wrong.push(`${relative(ROOT, file)} imports ${specifier} (src/${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
