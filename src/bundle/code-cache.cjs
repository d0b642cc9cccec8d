'use strict';
// V8's code cache for the bundle's own files, kept in a folder between runs, on every
// Node version. Without one, Node spends 11-15 ms of every start compiling dist/facts.cjs,
// and as long again on the table module: most of what facts takes above Node's own
// start-up.
//
// Node 22 and later have a compile cache of their own (module.enableCompileCache), but it
// keeps the code V8 compiles as a file loads, which is little more than the top level:
// the functions a run then calls are compiled again on every run. Measured from the
// first line of bin/facts.js to exit, `guarantees list --format table` took 37 ms with
// Node's cache and 25 ms with this one on Node 22 (39 and 23 ms on Node 24); Node 20 has
// none. So this one is used everywhere.
//
// Each file of `within` (the dist folder) is compiled as Node compiles a CommonJS module
// (Module.wrap, then vm.Script), with the cached data of an earlier run when there is
// one. The cache file is named by the folder the bundle runs from and the source's size
// and modification time, so a rebuilt bundle never meets an old cache (V8 itself checks
// only the length of the source), and two copies of facts (an installed one and a
// checkout, two builds side by side in a benchmark) keep a cache each rather than
// replacing each other's at every run; V8 rejects data from another V8 version or flags,
// and the file is then written anew.
// A copy of facts that is gone (a removed install, an old npx folder, a deleted checkout)
// leaves its caches behind: a megabyte or two a command. Each place's folder is kept in
// PLACE.place beside its caches when it first writes one, and a write removes the caches
// of every place whose folder no longer holds facts.cjs (those written before places were
// kept are left as they are).
// Data is made at exit, after the run, so that it holds the functions the run compiled
// too; so each command has a cache of its own (`key`, the command's name), made by its
// own first run: one made by `verify` holds none of the functions `guarantees list`
// runs, which would then be compiled at every start. Only a run that exits 0 or 1 writes
// one (not a misspelt command). Any failure means compiling as usual: the cache is an
// optimisation, never needed.
// Node's CommonJS Module class: this module's own constructor, the object require('node:module')
// returns. Loading node:module itself costs each start-up about 0.45 ms (it brings the ES module
// loader's parts with it), and nothing else here needs it.
const Module = module.constructor;
const { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } = require('node:fs');
const { basename, dirname, join } = require('node:path');
const vm = require('node:vm');

/** Turns the code cache on for the files under `within` (a path ending in '/'), kept in `folder` (which exists), for the command `key` (letters). */
function enableCodeCache(folder, within, key) {
  const place = placeOf(within);
  const compile = Module.prototype._compile;
  const toWrite = [];
  Module.prototype._compile = function (content, filename) {
    if (!filename.startsWith(within)) return compile.call(this, content, filename);
    let build;
    let cacheFile;
    let cachedData;
    try {
      const { size, mtimeMs } = statSync(filename);
      build = `${basename(filename)}-${place}-${size}-${Math.round(mtimeMs)}-`;
      cacheFile = join(folder, `${build}${process.version}-${key}.v8`);
      cachedData = readFileSync(cacheFile);
    } catch {
      // No cache yet (or no stat): compiled from source, and cached at exit if it can be.
    }
    const script = new vm.Script(Module.wrap(content), { filename, cachedData });
    if (cacheFile !== undefined && (cachedData === undefined || script.cachedDataRejected)) toWrite.push([script, cacheFile, basename(filename), build]);
    const wrapper = script.runInThisContext({ displayErrors: true });
    const module = this;
    const require = (id) => module.require(id);
    require.resolve = (request, options) => Module._resolveFilename(request, module, false, options);
    require.main = process.mainModule;
    require.cache = Module._cache;
    return wrapper.call(module.exports, module.exports, require, module, filename, dirname(filename));
  };
  process.once('exit', (code) => {
    if (code > 1) return;
    // (The places gone are found once, at the first cache written, however many are.)
    let gone;
    for (const [script, file, name, build] of toWrite) {
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, script.createCachedData());
        renameSync(temporary, file);
        // The caches of earlier builds of the same file in the same place, for this Node, go
        // (each command's, and those named before caches were named by place, or before there
        // was one for each command); another place's stay while its folder holds facts, and
        // another Node's (one cache folder serves each Node a user has); what a writer killed
        // midway left goes.
        gone ??= placesGone(folder, place, within);
        for (const old of readdirSync(folder)) {
          if (gone.has(placeOfFile(old))) {
            rmSync(join(folder, old), { force: true });
            continue;
          }
          const thisNode = old.includes(`-${process.version}-`) || old.endsWith(`-${process.version}.v8`);
          const samePlace = old.startsWith(`${name}-${place}-`) || /^\d+-\d+-v/.test(old.slice(name.length + 1));
          const stale = old.startsWith(`${name}-`) && samePlace && !old.startsWith(build) && old.endsWith('.v8') && thisNode;
          if (stale || (old.endsWith('.tmp') && !alive(Number(old.split('.').at(-2))))) rmSync(join(folder, old), { force: true });
        }
      } catch {
        // A cache that cannot be written is left out, silently: the run has succeeded.
        rmSync(temporary, { force: true });
      }
    }
  });
}

/** The file that keeps a place's folder: PLACE.place. */
const PLACE_FILE = /^([0-9a-f]{8})\.place$/;

/**
 * Keeps this place's folder in `folder` (PLACE.place, once), and returns the places kept
 * there whose folders no longer hold facts.cjs.
 */
function placesGone(folder, place, within) {
  const own = join(folder, `${place}.place`);
  if (!existsSync(own)) {
    // (Renamed into place: another run never reads half a path, and takes the place for gone.)
    writeFileSync(`${own}.${process.pid}.tmp`, within);
    renameSync(`${own}.${process.pid}.tmp`, own);
  }
  const gone = new Set();
  for (const name of readdirSync(folder)) {
    const other = PLACE_FILE.exec(name)?.[1];
    if (other === undefined || other === place) continue;
    const path = readFileSync(join(folder, name), 'utf8');
    if (!existsSync(join(path, 'facts.cjs'))) gone.add(other);
  }
  return gone;
}

/** The place a file of the cache folder is for: PLACE.place, or NAME.cjs-PLACE-... (undefined for one named before places were). */
function placeOfFile(name) {
  return (PLACE_FILE.exec(name) ?? /\.cjs-([0-9a-f]{8})-\d+-\d+-v/.exec(name))?.[1];
}

/** Eight hex digits for a folder (FNV-1a of its path): which copy of facts a cache is for. */
function placeOf(folder) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < folder.length; i++) hash = Math.imul(hash ^ folder.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/** Whether a process of this id is running (a pid that cannot be, such as NaN, is not). */
function alive(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

module.exports = { enableCodeCache };
