// string-width 4 (used by cli-table3) builds its emoji regular expression anew on every
// call, and cli-table3 measures every line of every cell several times: that was most of
// the time a table took. The bundle maps 'string-width' here (tsup.config.ts): text made
// only of characters one column wide (printable ASCII, Latin letters, common
// punctuation, arrows and box drawing), with or without colour codes, is measured
// directly; anything else goes to the real string-width. CommonJS, because cli-table3
// require()s it.
'use strict';

/** The real string-width, loaded the first time text is not plain: most tables never need it. */
let real;
function realStringWidth(text) {
  real ??= require('../../node_modules/string-width/index.js');
  return real(text);
}

const PLAIN = /^[\x20-\x7e\u00a0-\u00ac\u00ae-\u024f\u2010-\u2027\u2030-\u205e\u2190-\u21ff\u2500-\u257f]*$/;
const SGR = /\u001b\[[0-9;]*m/g;

/** The number of terminal columns `text` takes. */
function stringWidth(text) {
  if (PLAIN.test(text)) return text.length;
  const bare = text.includes('\u001b') ? text.replace(SGR, '') : text;
  return PLAIN.test(bare) ? bare.length : realStringWidth(bare);
}

module.exports = stringWidth;
module.exports.default = stringWidth;
