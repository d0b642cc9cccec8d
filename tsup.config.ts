import { readFileSync } from 'node:fs';
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
  // A faster front for string-width (src/bundle/fast-string-width.cjs).
  esbuildOptions(options) {
    options.alias = { 'string-width': './src/bundle/fast-string-width.cjs' };
  },
  esbuildPlugins: [
    {
      // cli-table3 0.6 builds a 10-character preview of every cell for a debug log, on
      // every line it draws; truncating a wrapped multi-line cell is quadratic in its
      // length, and that was most of the time a table took. facts never turns that log
      // on, so the preview is dropped. The build fails if the line is not found.
      name: 'cli-table3-no-debug-preview',
      setup(build) {
        build.onLoad({ filter: /cli-table3[\\/]src[\\/]cell\.js$/ }, (args) => {
          const source = readFileSync(args.path, 'utf8');
          const slow = 'let content = utils.truncate(this.content, 10, this.truncate);';
          if (!source.includes(slow)) throw new Error('cli-table3 changed: review the debug-preview patch in tsup.config.ts');
          return { contents: source.replace(slow, "let content = '';"), loader: 'js' };
        });
      },
    },
  ],
  // commander and cli-table3 are CommonJS and call require() for Node built-ins, so each
  // file gets a require(). It answers child_process with a stub: commander loads that
  // module only to run git-style executable subcommands, which facts does not have, and
  // loading it costs about 5 ms of every start-up (src/bundle/no-child-process.cjs).
  banner: {
    js: "import{createRequire as __cr}from'node:module';const __req=__cr(import.meta.url);const require=(m)=>m==='child_process'||m==='node:child_process'?__req('./no-child-process.cjs'):__req(m);",
  },
  // The stub travels next to the bundle.
  onSuccess: 'cp src/bundle/no-child-process.cjs dist/no-child-process.cjs',
});
