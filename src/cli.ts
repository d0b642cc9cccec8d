import { CommanderError } from 'commander';
import { unknownCommand } from './commands/common.js';
import { ExitCode, isFactsError, UsageError } from './errors.js';
import type { IO } from './io.js';
import { createProgram } from './program.js';
import { escapeForTerminal } from './text/sanitize.js';

/** Runs `facts` with these arguments; resolves to the exit code. The one place errors become exit codes. */
export async function runCli(argv: readonly string[], io: IO): Promise<number> {
  let exitCode: number = ExitCode.ok;
  const program = createProgram({ io, setExitCode: (code) => (exitCode = code) }, { argv });
  try {
    // `facts help TOPIC` with a topic that names no command is a mistake, not a request for all the help.
    if (argv[0] === 'help' && argv[1] !== undefined && !argv[1].startsWith('-')) {
      const names = program.commands.flatMap((c) => [c.name(), ...c.aliases()]);
      if (!names.includes(argv[1])) throw new UsageError(unknownCommand(argv[1], names));
    }
    await program.parseAsync(argv.length === 0 ? ['--help'] : [...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, io);
  }
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
