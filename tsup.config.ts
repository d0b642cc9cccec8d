import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { defineConfig, type Options } from 'tsup';

// The CLI is CommonJS: an ES-module entry point costs Node about 8 ms more to start than
// a CommonJS one, and start-up is what shell loops pay. Modules that only some commands
// need are bundled on their own and loaded with require() when used: the dynamic
// import() of each is rewritten to require('./NAME.cjs') (see `lazy` below).
const lazy: Record<string, { specifier: string; entry: string }> = {
  table: { specifier: './table.js', entry: 'src/output/table.ts' },
  csv: { specifier: './csv.js', entry: 'src/output/csv.ts' },
  validate: { specifier: './validate.js', entry: 'src/dataset/validate.ts' },
  cache: { specifier: './cache.js', entry: 'src/cache/cache.ts' },
  verify: { specifier: '../verify/verify.js', entry: 'src/verify/verify.ts' },
  extract: { specifier: '../extract/extract.js', entry: 'src/extract/extract.ts' },
  html: { specifier: './html.js', entry: 'src/library/html.ts' },
  library: { specifier: '../library/library-store.js', entry: 'src/library/library-store.ts' },
  database: { specifier: '../database/database.js', entry: 'src/database/database.ts' },
  chalk: { specifier: 'chalk', entry: 'src/bundle/chalk.ts' },
  tab: { specifier: '@bomb.sh/tab/commander', entry: 'node_modules/@bomb.sh/tab/dist/commander.mjs' },
  fuse: { specifier: 'fuse.js', entry: 'node_modules/fuse.js/dist/fuse.mjs' },
};

/**
 * For compromise's mergeDeep (extend.js, patched below). The built lexicon's tables
 * (compromise-lexicon-built: thousands of words each) are taken whole by the model when
 * what it holds already is small: the model's entries are added to the table where it has
 * none, and merged as mergeDeep merges them where both have an object. The same entries
 * as mergeDeep's, in another order (these tables are only looked up). What mergeDeep
 * leaves out (keys that could reach a prototype) is left out of the table too. False,
 * and nothing done, for any other table. (Counting a table's keys to tell a large one
 * costs as much as merging it, so the tables are known by name.)
 */
const ADOPT = `
const BUILT_TABLES = new Set(['lexicon', '_multiCache', 'switches']);
function adopt(model, key, theirs) {
  const mine = model[key];
  if (!BUILT_TABLES.has(key) || !isObject(mine) || Object.getPrototypeOf(theirs) !== Object.prototype) return false;
  const mineKeys = Object.keys(mine);
  if (mineKeys.length > 1000 || mineKeys.some(isUnsafeKey)) return false;
  for (const unsafe of ['__proto__', 'constructor', 'prototype']) if (Object.hasOwn(theirs, unsafe)) delete theirs[unsafe];
  for (const k of mineKeys) {
    if (!Object.hasOwn(theirs, k)) theirs[k] = mine[k];
    else if (isObject(theirs[k]) && mine[k]) theirs[k] = mergeDeep(mine[k], theirs[k]);
  }
  model[key] = theirs;
  return true;
}
`;

/**
 * A dependency's source with each line replaced as given (each the first time it occurs,
 * literally). The build fails with `changed` if a line is not there: the dependency
 * changed under the patch, which must be reviewed.
 */
function patchSource(source: string, replacements: readonly (readonly [string, string])[], changed: string): string {
  return replacements.reduce((text, [line, replacement]) => {
    if (!text.includes(line)) throw new Error(changed);
    return text.replace(line, () => replacement);
  }, source);
}

const plugins: Options['esbuildPlugins'] = [
  {
    name: 'lazy-modules',
    setup(build) {
      // A dynamic import() of a lazy module, from any file, by package name or relative path.
      const byTarget = new Map<string, string>();
      for (const [name, { specifier, entry }] of Object.entries(lazy)) {
        byTarget.set(specifier.startsWith('.') ? resolve(entry).replace(/\.ts$/, '') : specifier, name);
      }
      build.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind !== 'dynamic-import') return undefined;
        const target = args.path.startsWith('.') ? resolve(args.resolveDir, args.path).replace(/\.js$/, '') : args.path;
        const name = byTarget.get(target);
        return name ? { path: `./${name}.cjs`, external: true } : undefined;
      });
    },
  },
  {
    // world-countries ships 1.4 MB of JSON; search needs each country's common name and
    // English demonyms (src/search/countries.ts), so the bundle keeps only those.
    name: 'world-countries-names-only',
    setup(build) {
      build.onLoad({ filter: /world-countries[\\/]countries\.json$/ }, (args) => {
        const all = JSON.parse(readFileSync(args.path, 'utf8')) as { name: { common: string }; demonyms?: { eng?: unknown } }[];
        const kept = all.map((c) => ({ name: { common: c.name.common }, demonyms: { eng: c.demonyms?.eng } }));
        // As a string for JSON.parse, which V8 reads several times faster than the same
        // object literal, and parsed on first use: the module is loaded at every start, and
        // most commands never use it (a getter, which esbuild's import of a module marked
        // __esModule reads only where the code reads it).
        const json = JSON.stringify(JSON.stringify(kept));
        return { contents: `let parsed; Object.defineProperty(exports, '__esModule', { value: true }); Object.defineProperty(exports, 'default', { enumerable: true, get: () => (parsed ??= JSON.parse(${json})) });`, loader: 'js' };
      });
    },
  },
  {
    // wrap-ansi makes an Intl.Segmenter when it loads, which costs 13-20 ms here (ICU's
    // break rules) on every table, though it segments only text that is not printable
    // ASCII. The segmenter is made on first use instead. The build fails if the line is
    // not found.
    name: 'wrap-ansi-lazy-segmenter',
    setup(build) {
      build.onLoad({ filter: /wrap-ansi[\\/]index\.js$/ }, (args) => {
        const eager = 'const segmenter = new Intl.Segmenter();';
        const lazy = 'let madeSegmenter; const segmenter = { segment: (text) => (madeSegmenter ??= new Intl.Segmenter()).segment(text) };';
        return { contents: patchSource(readFileSync(args.path, 'utf8'), [[eager, lazy]], 'wrap-ansi changed: review the lazy-segmenter patch in tsup.config.ts'), loader: 'js' };
      });
    },
  },
  {
    // compromise merges each plugin's model into its own key by key, with an
    // Object.assign of a new one-key object for each of the lexicon's 25,000 words and
    // every other entry: about 40 ms of every extraction's start. A plain assignment does
    // the same. Even so, putting the lexicon's 24,000 words one by one into the 200 that
    // earlier plugins gave took 15 ms on Node 20 (a hash table grown word by word): the
    // built lexicon's tables are taken whole instead, with the model's few entries added
    // to them (`adopt`). The build fails if a line is not found.
    name: 'compromise-plain-merge',
    setup(build) {
      build.onLoad({ filter: /compromise[\\/]src[\\/]API[\\/]extend\.js$/ }, (args) => {
        const recursion = 'mergeDeep(model[key], plugin[key]) //recursion';
        const replacements = [
          ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
          [recursion, `if (!adopt(model, key, plugin[key])) ${recursion}`],
        ] as const;
        const contents = patchSource(readFileSync(args.path, 'utf8'), replacements, 'compromise changed: review the plain-merge patch in tsup.config.ts') + ADOPT;
        return { contents, loader: 'js' };
      });
    },
  },
  {
    // compromise unpacks its lexicon and grows it with every verb's, noun's and
    // adjective's forms each time it loads: 100-120 ms of every extraction's start, the
    // same words each time. The build does that once, by loading the same module, and
    // the bundle holds the result as JSON. The build fails if a line it replaces is not
    // found, or if the result is anything JSON cannot hold.
    name: 'compromise-lexicon-built',
    setup(build) {
      build.onLoad({ filter: /compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/ }, async (args) => {
        const source = readFileSync(args.path, 'utf8');
        const lines = { lexicon: "import { lexicon, switches, frozenLex } from './lexicon/index.js'", expand: "import expandLexicon from './_expand/index.js'", call: 'model = expandLexicon(model)' };
        const changed = 'compromise changed: review the built-lexicon patch in tsup.config.ts';
        // (Checked before the module is loaded to build the lexicon.)
        for (const line of Object.values(lines)) if (!source.includes(line)) throw new Error(changed);
        const { default: model } = (await import(pathToFileURL(args.path).href)) as { default: { one: Record<string, object>; two: Record<string, object> } };
        const built = { lexicon: model.one.lexicon, switches: model.two.switches, frozenLex: model.one.frozenLex, multiCache: model.one._multiCache, uncountable: model.two.uncountable };
        const json = JSON.stringify(built);
        if (!isDeepStrictEqual(JSON.parse(json), built)) throw new Error('compromise changed: its lexicon is no longer plain data (tsup.config.ts)');
        const contents = patchSource(
          source,
          [
            [lines.lexicon, `const { lexicon, switches, frozenLex, multiCache, uncountable } = JSON.parse(${JSON.stringify(json)})`],
            [lines.expand, ''],
            [lines.call, 'Object.assign(model.one._multiCache, multiCache); Object.assign(model.two.uncountable, uncountable)'],
          ],
          changed,
        );
        return { contents, loader: 'js', resolveDir: dirname(args.path) };
      });
    },
  },
  {
    // cli-table3 0.6 builds a 10-character preview of every cell for a debug log, on
    // every line it draws; truncating a wrapped multi-line cell is quadratic in its
    // length, and that was most of the time a table took. facts never turns that log
    // on, so the preview is dropped.
    //
    // And a table is drawn once a run, by code that runs once, so what it allocates and
    // how much code it runs is what it costs. For every cell, cli-table3 made each of its
    // 18 option names into camel case anew, with arrays for the words and for the values
    // it chose from; measured the width of every line it drew through a new regular
    // expression and an array; and followed the colour codes of every line, with objects
    // for each, in lines that had none. Now each name is made once, the first value set
    // is taken without an array, a line with no escape code and no line break is measured
    // as it is, and cells' lines with no escape code are kept as they are: drawing a
    // seven-row table allocated 535 KB instead of 803, a young-generation collection
    // fewer on Node 22 and 24. Padding and borders are repeated by String.prototype.repeat,
    // not by joining an array made for them (Array(n + 1).join(s): n + 1 holes, for each
    // line of each cell): 65 KB less of the 225 that toString() allocated. The same
    // tables (test/bundle/cli-table3.test.ts draws every kind facts draws both ways). The
    // build fails if a line it replaces is not found.
    name: 'cli-table3-lean',
    setup(build) {
      const patches: Record<string, [string, string][]> = {
        'cell.js': [
          ['let content = utils.truncate(this.content, 10, this.truncate);', "let content = '';"],
          [
            `function setOption(objA, objB, nameB, targetObj) {
  let nameA = nameB.split('-');
  if (nameA.length > 1) {
    nameA[1] = nameA[1].charAt(0).toUpperCase() + nameA[1].substr(1);
    nameA = nameA.join('');
    targetObj[nameA] = firstDefined(objA[nameA], objA[nameB], objB[nameA], objB[nameB]);
  } else {
    targetObj[nameB] = firstDefined(objA[nameB], objB[nameB]);
  }
}`,
            `const optionNames = new Map();
function setOption(objA, objB, nameB, targetObj) {
  let nameA = optionNames.get(nameB);
  if (nameA === undefined) {
    const words = nameB.split('-');
    if (words.length > 1) words[1] = words[1].charAt(0).toUpperCase() + words[1].substr(1);
    nameA = words.join('');
    optionNames.set(nameB, nameA);
  }
  targetObj[nameA] = nameA === nameB ? (objA[nameB] ?? objB[nameB] ?? undefined) : (objA[nameA] ?? objA[nameB] ?? objB[nameA] ?? objB[nameB] ?? undefined);
}`,
          ],
        ],
        'utils.js': [
          ['function strlen(str) {\n', "function strlen(str) {\n  if (typeof str === 'string' && !str.includes('\\u001b') && !str.includes('\\n')) return stringWidth(str);\n"],
          ['function colorizeLines(input) {\n', "function colorizeLines(input) {\n  if (!input.some((line) => line.includes('\\u001b'))) return input.slice();\n"],
          ['  return Array(times + 1).join(str);', "  return times > 0 ? str.repeat(times) : '';"],
        ],
      };
      build.onLoad({ filter: /cli-table3[\\/]src[\\/](cell|utils)\.js$/ }, (args) => {
        const file = basename(args.path);
        const contents = patchSource(readFileSync(args.path, 'utf8'), patches[file] ?? [], `cli-table3 changed: review the cli-table3-lean patch of ${file} in tsup.config.ts`);
        return { contents, loader: 'js' };
      });
    },
  },
];

export default defineConfig({
  // The worker thread that parses pieces of a long article (src/extract/parallel.ts) is a script of its own.
  entry: { facts: 'src/main.ts', man: 'src/man.ts', 'parse-worker': 'src/extract/parse-worker.ts', ...Object.fromEntries(Object.entries(lazy).map(([name, { entry }]) => [name, entry])) },
  format: ['cjs'],
  outExtension: () => ({ js: '.cjs' }),
  target: 'node20',
  platform: 'node',
  outDir: 'dist',
  clean: true,
  minify: true,
  splitting: false,
  sourcemap: false,
  noExternal: [/.*/],
  esbuildPlugins: plugins,
  esbuildOptions(options) {
    // import() of the lazy modules becomes require(); a faster front for string-width
    // (src/bundle/fast-string-width.cjs), and wrap-ansi loaded on first use
    // (src/bundle/lazy-wrap-ansi.cjs).
    options.supported = { ...options.supported, 'dynamic-import': false };
    options.alias = { 'string-width': './src/bundle/fast-string-width.cjs', 'wrap-ansi': './src/bundle/lazy-wrap-ansi.cjs' };
  },
  // commander loads child_process only to run git-style executable subcommands, which
  // facts does not have; loading it costs about 5 ms of every start-up, so this file's
  // require() answers it with a stub whose functions say so (in the banner itself: a file
  // of its own cost every start-up another file to find, read and compile).
  banner: {
    js: "var __require0=require,__noChildProcess={spawn:__noSubcommands,execFile:__noSubcommands,exec:__noSubcommands,fork:__noSubcommands};function __noSubcommands(){throw new Error('facts does not run subcommand executables')}require=function(m){return m==='child_process'||m==='node:child_process'?__noChildProcess:__require0(m)};",
  },
  // The code cache bin/facts.js turns on travels next to the bundle; every bundle is
  // left in ASCII, so that V8 keeps its source one byte a character
  // (scripts/ascii-bundles.mjs); then the man page is written from the command tree
  // (scripts/build-man.mjs).
  onSuccess: 'cp src/bundle/code-cache.cjs dist/ && node scripts/ascii-bundles.mjs && node scripts/build-man.mjs',
});
