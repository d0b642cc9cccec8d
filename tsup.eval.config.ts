import { defineConfig } from 'tsup';

// `npm run eval` runs the extraction evaluation from source, bundled on the fly.
export default defineConfig({
  entry: { eval: 'scripts/eval.ts' },
  format: ['cjs'],
  outExtension: () => ({ js: '.cjs' }),
  platform: 'node',
  target: 'node20',
  outDir: 'dist/eval',
  noExternal: [/.*/],
  clean: true,
});
