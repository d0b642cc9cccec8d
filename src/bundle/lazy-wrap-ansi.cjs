// wrap-ansi, loaded when a cell first needs it: the bundle maps 'wrap-ansi' here
// (tsup.config.ts). Most cells are printable ASCII with no highlight, which
// src/output/wrap.ts lays out as wrap-ansi would; loading wrap-ansi builds its
// expressions and ansi-styles' colour tables, which every table paid for (about 0.2 ms
// and 25 KB of young-generation memory on Node 22) and few used. CommonJS, so that the
// bundle can load it inside a function.
'use strict';

let wrapAnsi;

/** wrap-ansi's wrapAnsi(text, columns, options), from the first call on. */
function lazyWrapAnsi(text, columns, options) {
  wrapAnsi ??= require('../../node_modules/wrap-ansi/index.js').default;
  return wrapAnsi(text, columns, options);
}

module.exports = lazyWrapAnsi;
module.exports.default = lazyWrapAnsi;
