// Typed errors. Commands throw them; only the entry point (cli.ts) turns them into
// stderr lines and an exit code, so no user mistake ever ends in a stack trace.

/** Exit codes, as in grep and ripgrep. */
export const ExitCode = { ok: 0, noMatch: 1, error: 2 } as const;

// Commands load some modules from bundles of their own (tsup.config.ts), each with its
// own copy of these classes, so `instanceof` cannot tell them across bundles: errors are
// recognised by a brand in the global symbol registry instead.
const FACTS_ERROR = Symbol.for('facts.error');

/** Whether a thrown value is a FactsError, from whichever bundle threw it. */
export function isFactsError(error: unknown): error is FactsError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[FACTS_ERROR] === true;
}

/** An error a user can act on: one line of message per problem, and an exit code. */
export class FactsError extends Error {
  readonly [FACTS_ERROR] = true;

  constructor(
    message: string,
    readonly exitCode: number = ExitCode.error,
    readonly details: readonly string[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }

  /** The lines to print on stderr, each prefixed with the program name. */
  lines(): string[] {
    return [this.message, ...this.details];
  }
}

/** Bad flags or arguments. */
export class UsageError extends FactsError {
  constructor(message: string) {
    super(message, ExitCode.error);
  }
}

/** A dataset that cannot be read or does not hold to the schema and its invariants. */
export class DataError extends FactsError {
  constructor(problems: readonly string[]) {
    super(problems[0] ?? 'invalid dataset', ExitCode.error, problems.slice(1));
  }
}

/** Input (a file, stdin) that cannot be read. */
export class InputError extends FactsError {
  constructor(message: string) {
    super(message, ExitCode.error);
  }
}

/** A lookup by id or number that found nothing: exit 1, like a search without matches. */
export class NotFoundError extends FactsError {
  constructor(message: string) {
    super(message, ExitCode.noMatch);
  }
}

/** The code of a system error ("ENOENT", "EACCES"), or undefined for anything else thrown. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
}
