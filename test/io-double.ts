import { Readable } from 'node:stream';
import type { IO } from '../src/io.js';

// The IO double for tests, apart from io.ts so that the running program does not load
// node:stream for it.

/** An IO double for tests: captures output in strings. */
export interface TestIO extends IO {
  stdout(): string;
  stderr(): string;
}

/** Builds an IO double; pass `stdin` text, a terminal flag, width and environment. */
export function createTestIO(options: {
  stdin?: Readable;
  isTTY?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** Closes standard output (as `head` does) once this many characters were written. */
  closeAfter?: number;
} = {}): TestIO {
  let out = '';
  let err = '';
  const closed = () => options.closeAfter !== undefined && out.length >= options.closeAfter;
  return {
    out: (text) => {
      if (!closed()) out += text;
    },
    get outputClosed() {
      return closed();
    },
    err: (text) => {
      err += text;
    },
    stdin: options.stdin ?? Readable.from([]),
    stdoutIsTTY: options.isTTY ?? false,
    stderrIsTTY: options.isTTY ?? false,
    columns: options.columns,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    stdout: () => out,
    stderr: () => err,
  };
}
