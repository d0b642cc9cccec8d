import { runCli } from './cli.js';
import { createProcessIO } from './io.js';

// The entry point: set the exit code and let Node flush stdout before it exits
// (process.exit() would cut off output still queued for a slow pipe).
const io = createProcessIO();
void runCli(process.argv.slice(2), io).then((code) => {
  process.exitCode = code;
});
