import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { articlePieces, joinParses, parseArticle, parseText, PIECE_LENGTH, type Parse } from './parse.js';

// compromise's parse of a long article, its pieces (parse.ts: cut at blank lines, the
// same for the same text everywhere) parsed side by side in worker threads, one a core.
// Parsing is most of extraction's time, and a piece never reads another: on two cores
// here the parse of 3 MB takes about 0.7 of the time one thread takes. A short article,
// a machine of one core, or a run from source (no bundled worker) parses the same pieces
// in this thread, to the same result.

/** The worker's script, bundled beside this module (dist/parse-worker.cjs). */
const WORKER_SCRIPT = join(__dirname, 'parse-worker.cjs');

/** compromise's parse of an article, its pieces shared among worker threads when there are several and cores to run them; in this thread if a worker fails. */
export async function parseArticleInParallel(text: string): Promise<Parse> {
  const parts = articlePieces(text);
  // (Threads for a long article only: a short one cut at a long run of text is parsed here, where compromise is loaded already.)
  const threads = Math.min(Math.ceil(text.length / PIECE_LENGTH), parts.length, availableParallelism());
  if (threads < 2 || !existsSync(WORKER_SCRIPT)) return parseArticle(text);
  const workers = Array.from({ length: threads }, () => new Worker(WORKER_SCRIPT));
  try {
    const parses = await shareOut(workers, parts.map((p) => p.text));
    return joinParses(parts.map((p, k) => ({ at: p.at, parse: parses[k] ?? parseText(p.text) })));
  } catch {
    // A thread that could not start or stopped (no memory for it, say): the same parse, here.
    return parseArticle(text);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Parses `pieces` with `workers`, each taking the next piece as it finishes one; the parses in the pieces' order. */
function shareOut(workers: readonly Worker[], pieces: readonly string[]): Promise<Parse[]> {
  const parses: Parse[] = [];
  let next = 0;
  const run = (worker: Worker) =>
    new Promise<void>((resolve, reject) => {
      let mine = -1;
      const give = () => {
        if (next >= pieces.length) return resolve();
        mine = next++;
        worker.postMessage(pieces[mine]);
      };
      worker.on('message', (parse: Parse) => {
        parses[mine] = parse;
        give();
      });
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`a parsing thread stopped (exit ${code})`)));
      give();
    });
  return Promise.all(workers.map(run)).then(() => parses);
}
