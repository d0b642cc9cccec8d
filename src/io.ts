import { Readable } from 'node:stream';

/** Every byte the program prints goes through one of these. */
export interface IO {
  /** Writes data (records, tables) to standard output. */
  out(text: string): void;
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

/** The IO of the running process. A closed pipe (EPIPE) silently stops further output. */
export function createProcessIO(): IO {
  let stdoutClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      stdoutClosed = true;
      return;
    }
    throw error;
  });
  process.stderr.on('error', () => {});
  const envColumns = Number.parseInt(process.env.COLUMNS ?? '', 10);
  return {
    out: (text) => {
      if (!stdoutClosed && text.length > 0) process.stdout.write(text);
    },
    err: (text) => {
      process.stderr.write(text);
    },
    stdin: process.stdin,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    columns: process.stdout.isTTY ? process.stdout.columns : envColumns > 0 ? envColumns : undefined,
    env: process.env,
    cwd: process.cwd(),
  };
}

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
} = {}): TestIO {
  let out = '';
  let err = '';
  return {
    out: (text) => {
      out += text;
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
