// commander requires node:child_process at load time, only to run subcommands that are
// separate executables ("git-style"). facts has none, and loading child_process costs
// about 5 ms of every start-up, so the bundle maps it here (tsup.config.ts).
'use strict';
function unavailable() {
  throw new Error('facts does not run subcommand executables');
}
module.exports = { spawn: unavailable, execFile: unavailable, exec: unavailable, fork: unavailable };
