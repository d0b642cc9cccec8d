import { rmSync } from 'node:fs';
import { CommanderError } from 'commander';
import { unknownCommand } from './commands/common.js';
import { ExitCode, isDamagedFile, isFactsError, UsageError } from './errors.js';
import type { IO } from './io.js';
import { createProgram } from './program.js';
import { escapeForTerminal } from './text/sanitize.js';

/** Runs `facts` with these arguments; resolves to the exit code. The one place errors become exit codes. */
export async function runCli(argv: readonly string[], io: IO, retried = false): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const watched = watch(io);
  const program = createProgram({ io: watched.io, setExitCode: (code) => (exitCode = code) }, { argv });
  try {
    // `facts help TOPIC` with a topic that names no command is a mistake, not a request for all the help.
    if (argv[0] === 'help' && argv[1] !== undefined && !argv[1].startsWith('-')) {
      const names = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
      if (!names.includes(argv[1])) throw new UsageError(unknownCommand(argv[1], names));
    }
    await program.parseAsync(argv.length === 0 ? ['--help'] : [...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (isDamagedFile(error)) {
      // Damage found mid-command (a block fails its checksum when read): the file goes,
      // and the command runs again on a rebuilt cache if nothing was printed or read yet.
      rmSync(error.path, { force: true });
      const again = !retried && !watched.wrote() && !watched.readInput();
      if (again && io.stderrIsTTY) io.err(`facts: the index cache ${escapeForTerminal(error.path)} failed its checksum; rebuilding it\n`);
      if (again) return runCli(argv, io, true);
      io.err(`facts: the index cache ${escapeForTerminal(error.path)} failed its checksum and was removed; run the command again\n`);
      return ExitCode.error;
    }
    return reportError(error, io);
  }
}

/** The IO, noting whether anything was written to stdout or read from stdin. */
function watch(io: IO): { io: IO; wrote(): boolean; readInput(): boolean } {
  let wrote = false;
  let readInput = false;
  return {
    io: {
      out: (text) => {
        if (text.length > 0) wrote = true;
        io.out(text);
      },
      err: (text) => io.err(text),
      get outputClosed() {
        return io.outputClosed;
      },
      get stdin() {
        readInput = true;
        return io.stdin;
      },
      get stdoutIsTTY() {
        return io.stdoutIsTTY;
      },
      get stderrIsTTY() {
        return io.stderrIsTTY;
      },
      get columns() {
        return io.columns;
      },
      get env() {
        return io.env;
      },
      get cwd() {
        return io.cwd;
      },
    },
    wrote: () => wrote,
    readInput: () => readInput,
  };
}

function reportError(error: unknown, io: IO): number {
  if (error instanceof CommanderError) {
    // commander has already printed its message through configureOutput.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.ok;
    return ExitCode.error;
  }
  if (isFactsError(error)) {
    for (const line of error.lines()) io.err(`facts: ${escapeForTerminal(line)}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`facts: internal error: ${escapeForTerminal(message)}\n`);
  if (io.env.FACTS_DEBUG && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
  return ExitCode.error;
}
