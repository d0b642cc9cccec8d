import { defineConfig } from 'tsup';

// One minified ESM bundle for Node 20; the dataset is inlined. Heavy libraries
// that only some commands need are imported dynamically and land in chunks.
export default defineConfig({
  entry: { facts: 'src/main.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  clean: true,
  minify: true,
  splitting: true,
  sourcemap: false,
  noExternal: [/.*/],
  // commander and cli-table3 are CommonJS and call require() for Node built-ins.
  // A faster front for string-width (see src/output/fast-string-width.cjs).
  esbuildOptions(options) {
    options.alias = { 'string-width': './src/output/fast-string-width.cjs' };
  },
  banner: { js: "import{createRequire as __cr}from'node:module';const require=__cr(import.meta.url);" },
});
