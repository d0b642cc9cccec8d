import type { Readable } from 'node:stream';

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
  // stdin and stderr are set up by Node on first use, which costs start-up time: touch
  // them only when a command reads input or has something to say.
  let stdoutClosed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      stdoutClosed = true;
      return;
    }
    throw error;
  });
  let stderrReady = false;
  const envColumns = Number.parseInt(process.env.COLUMNS ?? '', 10);
  const stdoutIsTTY = process.stdout.isTTY === true;
  return {
    out: (text) => {
      if (!stdoutClosed && text.length > 0) process.stdout.write(text);
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
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    columns: stdoutIsTTY ? process.stdout.columns : envColumns > 0 ? envColumns : undefined,
    env: process.env,
    cwd: process.cwd(),
  };
}

