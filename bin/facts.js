#!/usr/bin/env node
'use strict';
// On Node 22 and later, V8 keeps the bundle's compiled code on disk between runs (Node's
// compile cache), in a folder beside the index cache: $XDG_CACHE_HOME/facts/compile, else
// ~/.cache/facts/compile. It cuts about a third of the time facts takes above Node's own
// start-up. A folder that cannot be used means running without it: said on a terminal,
// silent on a pipe, as for the index cache. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
const { enableCompileCache, constants } = require('node:module');

// The words src/data/load.ts (describeFsError) uses for the index cache.
const WORDS = { ENOENT: 'no such file', EACCES: 'permission denied', EPERM: 'permission denied' };

const { env } = process;
if (typeof enableCompileCache === 'function' && !env.NODE_DISABLE_COMPILE_CACHE) {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : `${env.HOME || require('node:os').homedir()}/.cache`;
  const folder = `${base}/facts/compile`;
  let result;
  try {
    makeDirectory(folder);
    result = enableCompileCache(folder);
  } catch (error) {
    result = { status: constants.compileCacheStatus.FAILED, message: WORDS[error.code] ?? error.code ?? error.message };
  }
  if (result.status === constants.compileCacheStatus.FAILED && process.stderr.isTTY) {
    process.stderr.write(`facts: cannot keep a compile cache in ${folder} (${String(result.message).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')}); working without it\n`);
  }
}

/**
 * mkdir -p one folder at a time, as src/data/cache.ts does it: Node's recursive mkdir (and
 * the compile cache's own) spins forever under /proc, where a folder that exists cannot
 * hold children.
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
