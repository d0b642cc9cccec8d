import { fstatSync, writeSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { errorCode } from './errors.js';

/** Every byte the program prints goes through one of these. */
export interface IO {
  /** Writes data (records, tables) to standard output. */
  out(text: string): void;
  /** Whether standard output's reader has gone (a closed pipe: `| head`), so that nothing more need be made. */
  readonly outputClosed: boolean;
  /** Writes notes, warnings and errors to standard error. */
  err(text: string): void;
  readonly stdin: Readable;
  readonly stdoutIsTTY: boolean;
  readonly stderrIsTTY: boolean;
  /** Terminal width, or undefined when stdout is not a terminal and COLUMNS is unset. */
  readonly columns: number | undefined;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The directory relative paths are resolved against. */
  readonly cwd: string;
}

/** Linux's device number of /dev/null (major 1, minor 3), where benchmarks and scripts send output. */
const DEV_NULL = 259;

/** Whether a descriptor is a terminal, without loading node:tty for pipes, files and /dev/null. */
function isTerminal(fd: 1): boolean {
  try {
    const stat = fstatSync(fd);
    if (!stat.isCharacterDevice() || stat.rdev === DEV_NULL) return false;
  } catch {
    return false;
  }
  return process.stdout.isTTY === true;
}

/** Writes all of `bytes` to a file descriptor, waiting out a full non-blocking pipe; false if the reader has gone (EPIPE). */
function writeAll(fd: number, bytes: Uint8Array): boolean {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = errorCode(error);
      if (code === 'EPIPE') return false;
      if (code !== 'EAGAIN') throw error;
      // The reader is slow: wait a millisecond and try again, losing nothing.
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1);
    }
  }
  return true;
}

/**
 * The IO of the running process. Piped or redirected output is written straight to the
 * file descriptor, synchronously: nothing is pending when the process ends, a closed
 * pipe (EPIPE) quietly stops the output, and Node's stdout stream, whose set-up costs
 * every start-up several milliseconds, is only made for a terminal.
 */
export function createProcessIO(): IO {
  let stdoutClosed = false;
  let stderrReady = false;
  const stdoutIsTTY = isTerminal(1);
  const envColumns = Number.parseInt(process.env.COLUMNS ?? '', 10);
  return {
    out: (text) => {
      if (stdoutClosed || text.length === 0) return;
      if (stdoutIsTTY) process.stdout.write(text);
      else stdoutClosed = !writeAll(1, Buffer.from(text, 'utf8'));
    },
    err: (text) => {
      if (!stderrReady) {
        process.stderr.on('error', () => {});
        stderrReady = true;
      }
      process.stderr.write(text);
    },
    get stdin() {
      return process.stdin;
    },
    stdoutIsTTY,
    get outputClosed() {
      return stdoutClosed;
    },
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    get columns() {
      // The terminal's width, then COLUMNS, then (in the caller) 80; a terminal that reports 0 columns reports nothing.
      const terminal = stdoutIsTTY ? (process.stdout.columns ?? 0) : 0;
      return terminal > 0 ? terminal : envColumns > 0 ? envColumns : undefined;
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/** Everything a stream yields, as bytes (a string as UTF-8): standard input, read whole. */
export async function readAllBytes(stream: AsyncIterable<unknown>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}
