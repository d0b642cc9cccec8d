import { Command } from 'commander';
import { newAddCommand } from './commands/add.js';
import { newAttributionsCommand } from './commands/attributions.js';
import { newClaimsCommand } from './commands/claims.js';
import { newCompareCommand } from './commands/compare.js';
import { newDbCommand } from './commands/db.js';
import { GLOBAL_OPTIONS, REFUSALS } from './cli-options.js';
import { acceptsStrayWords, givenGlobals, optionOf, refuseOptions, type CommandDeps } from './commands/common.js';
import { newCompletionCommands } from './commands/completion.js';
import { newEntitiesCommand } from './commands/entities.js';
import { newExtractCommand } from './commands/extract.js';
import { newGuaranteesCommand } from './commands/guarantees.js';
import { newLibraryCommand } from './commands/library.js';
import { newFixCommand } from './commands/fix.js';
import { newNumbersCommand } from './commands/numbers.js';
import { newQuotesCommand } from './commands/quotes.js';
import { newSearchCommand } from './commands/search.js';
import { newShowCommand } from './commands/show.js';
import { newSourcesCommand } from './commands/sources.js';
import { newVerifyCommand } from './commands/verify.js';
import { at } from './lists.js';

/** The version printed by --version. */
export const VERSION = '0.1.0';

/**
 * Every subcommand, under its name and aliases. Building one costs commander a few
 * hundred microseconds of start-up, and a shell loop calls one command thousands of
 * times, so a command line that names a command builds only that one (see createProgram).
 */
const COMMANDS: readonly { names: readonly string[]; create: (deps: CommandDeps) => Command }[] = [
  { names: ['guarantees'], create: newGuaranteesCommand },
  { names: ['quotes'], create: newQuotesCommand },
  { names: ['numbers'], create: newNumbersCommand },
  { names: ['attributions', 'who'], create: newAttributionsCommand },
  { names: ['claims'], create: newClaimsCommand },
  { names: ['entities'], create: newEntitiesCommand },
  { names: ['sources'], create: newSourcesCommand },
  { names: ['show'], create: newShowCommand },
  { names: ['search'], create: newSearchCommand },
  { names: ['verify'], create: newVerifyCommand },
  { names: ['compare'], create: newCompareCommand },
  { names: ['extract'], create: newExtractCommand },
  { names: ['add'], create: newAddCommand },
  { names: ['library'], create: newLibraryCommand },
  { names: ['fix'], create: newFixCommand },
  { names: ['db'], create: newDbCommand },
];

/**
 * Builds the command tree; every subcommand is registered here and nowhere else. With
 * `argv`, the command line about to be parsed: when it names a command, only that one is
 * built. Anything else (no command, help, completion, a misspelt name that wants a
 * suggestion) builds them all.
 */
export function createProgram(deps: CommandDeps, options: { completion?: boolean; argv?: readonly string[] } = {}): Command {
  const program = new Command('facts')
    .description('Look up the guarantees, quotes, figures and attributions of a news article.')
    .version(VERSION)
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => deps.io.out(text),
      writeErr: (text) => deps.io.err(text),
      outputError: (text, write) => write(formatCommanderError(text)),
    });
  addGlobalOptions(program);
  // What a command never takes is refused before it runs (cli-options.ts).
  program.hook('preAction', (_root, action) => {
    for (const { flags, what } of REFUSALS[commandPath(action)] ?? []) refuseOptions(givenGlobals(action), flags, what);
  });
  const named = options.argv === undefined ? undefined : commandNamed(program, options.argv);
  const only = COMMANDS.find((c) => named !== undefined && c.names.includes(named));
  for (const { create } of only ? [only] : COMMANDS) program.addCommand(create(deps));
  if (!only && options.completion !== false) {
    const { completion, complete } = newCompletionCommands({ ...deps, buildProgram: () => createProgram(deps, { completion: false }) });
    program.addCommand(completion);
    program.addCommand(complete, { hidden: true });
  }
  for (const cmd of program.commands) inheritSettings(cmd, program);
  return program;
}

/** Adds the global options, from the option table, to the program's root command. */
export function addGlobalOptions(program: Command): Command {
  for (const spec of GLOBAL_OPTIONS) program.addOption(optionOf(spec));
  return program;
}

/** The first word of a command line that is not a global option or an option's value: the command it names, if any. */
function commandNamed(program: Command, argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const word = at(argv, i);
    if (word === '--') return undefined;
    if (!word.startsWith('-') || word === '-') return word;
    if (word.includes('=')) continue;
    const option = program.options.find((o) => o.long === word || o.short === word);
    if (option === undefined) return undefined;
    if (option.required) i++;
  }
  return undefined;
}

function inheritSettings(cmd: Command, parent: Command): void {
  cmd.copyInheritedSettings(parent);
  if (acceptsStrayWords(cmd)) cmd.allowExcessArguments(true);
  for (const sub of cmd.commands) inheritSettings(sub, cmd);
}

/** A command's path below the program: "library show". */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c?.parent; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/**
 * commander's messages in the form of facts' own: one line, lower case, values and
 * suggestions in single quotes, no full stop. "error: option '--limit <n>' argument 'x'
 * is invalid. it takes ..." is "facts: --limit 'x' is invalid: it takes ...";
 * "(Did you mean guarantees?)" is "(did you mean 'guarantees'?)".
 */
export function formatCommanderError(text: string): string {
  const list = (choices: string) => choices.replace(/\.$/, '');
  const oneLine = text
    .trim()
    .replace(/^error: /, '')
    .replace(/\s*\n\s*\(Did you mean '?([^'?]*)'?\?\)$/, " (did you mean '$1'?)")
    .replace(/^option '(-[\w-]+)[^']*' argument '(.*)' is invalid\. Allowed choices are (.*)$/s, (_m, option: string, value: string, choices: string) => `${option} '${value}' is not one of ${list(choices)}`)
    .replace(/^option '(-[\w-]+)[^']*' argument '(.*)' is invalid\. (.*)$/s, (_m, option: string, value: string, why: string) => `${option} '${value}' is invalid: ${list(why)}`)
    .replace(/^command-argument value '(.*)' is invalid for argument '([\w-]+)'\. Allowed choices are (.*)$/s, (_m, value: string, name: string, choices: string) => `${name} '${value}' is not one of ${list(choices)}`)
    .replace(/^option '(-[\w-]+)[^']*?(?: <([^>]+)>)?' argument missing$/, (_m, option: string, value: string | undefined) => `${option} needs a value${value ? ` (${value})` : ''}`)
    .replace(/^too many arguments for '(.*)'\. Expected (\d+) arguments? but got (\d+)\.$/, (_m, command: string, expected: string, got: string) => `too many arguments for '${command}': it takes ${expected}, got ${got}`)
    .replace(/\s*\n\s*/g, ' ');
  return `facts: ${oneLine}\n`;
}
