import { parentPort } from 'node:worker_threads';
import { parseText } from './parse.js';

// A worker thread that parses pieces of a long article (parallel.ts): a piece's text
// in, its parse out, until the thread is told to end. Bundled on its own as
// dist/parse-worker.cjs.

parentPort?.on('message', (piece: string) => {
  parentPort?.postMessage(parseText(piece));
});
