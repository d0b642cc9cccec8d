#!/usr/bin/env node
'use strict';
// V8 keeps the bundle's compiled code on disk between runs, in a folder beside the index
// cache: $XDG_CACHE_HOME/facts/compile, else ~/.cache/facts/compile (dist/code-cache.cjs
// says how, and why not Node's own compile cache). It halves what facts takes above
// Node's own start-up. A folder that cannot be used means running without it: said on a
// terminal, silent on a pipe, as for the index cache. NODE_DISABLE_COMPILE_CACHE=1 (Node's
// own switch for its compile cache) turns it off. Each command has a cache of its own,
// under the first word of letters alone on its command line ("guarantees" of `facts --data
// x.json guarantees list`).
const { env } = process;
const command = process.argv.slice(2).find((word) => /^[a-z]{1,24}$/.test(word)) ?? 'none';
// Extraction runs each of its regular expressions over the whole article: V8 compiling
// each to machine code at once, rather than interpreting it first and compiling it when
// it has run once, takes 6-9% off `facts extract` of a 10 KB article. Set before any code
// compiles, as the code cache is valid only for the flags it was made with (so each
// command's cache is made and read under the same flags).
if (command === 'extract' || command === 'add') require('node:v8').setFlagsFromString('--no-regexp-tier-up');
if (!env.NODE_DISABLE_COMPILE_CACHE) {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : `${env.HOME || require('node:os').homedir()}/.cache`;
  const folder = `${base}/facts/compile`;
  try {
    makeDirectory(folder);
    require('../dist/code-cache.cjs').enableCodeCache(folder, `${require('node:path').join(__dirname, '..', 'dist')}/`, command);
  } catch (error) {
    // In the words src/data/load.ts (describeFsError) uses for the index cache.
    const words = { ENOENT: 'no such file', EACCES: 'permission denied', EPERM: 'permission denied' }[error.code] ?? error.code ?? error.message;
    if (process.stderr.isTTY) process.stderr.write(`facts: cannot keep a compile cache in ${folder} (${String(words).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')}); working without it\n`);
  }
}

/**
 * mkdir -p one folder at a time, as src/data/cache.ts does it: Node's recursive mkdir
 * spins forever under /proc, where a folder that exists cannot hold children.
 */
function makeDirectory(path) {
  const { mkdirSync } = require('node:fs');
  try {
    mkdirSync(path);
    return;
  } catch (error) {
    if (error.code === 'EEXIST') return;
    if (error.code !== 'ENOENT') throw error;
  }
  let at = '';
  for (const part of path.split('/').filter(Boolean)) {
    at = `${at}/${part}`;
    try {
      mkdirSync(at);
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
  }
}

require('../dist/facts.cjs');
