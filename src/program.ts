import { Command, Option } from 'commander';
import { createAddCommand } from './commands/add.js';
import { createAttributionsCommand } from './commands/attributions.js';
import { createClaimsCommand } from './commands/claims.js';
import { acceptsStrayWords, parseLimit, type CommandDeps } from './commands/common.js';
import { createCompletionCommands } from './commands/completion.js';
import { createEntitiesCommand } from './commands/entities.js';
import { createExtractCommand } from './commands/extract.js';
import { createGuaranteesCommand } from './commands/guarantees.js';
import { createLibraryCommand } from './commands/library.js';
import { createNumbersCommand } from './commands/numbers.js';
import { createQuotesCommand } from './commands/quotes.js';
import { createSearchCommand } from './commands/search.js';
import { createShowCommand } from './commands/show.js';
import { createSourcesCommand } from './commands/sources.js';
import { createVerifyCommand } from './commands/verify.js';
import { FORMATS } from './output/print.js';

/** The version printed by --version. */
export const VERSION = '0.1.0';

/** Builds the whole command tree; every subcommand is registered here and nowhere else. */
export function createProgram(deps: CommandDeps, options: { completion?: boolean } = {}): Command {
  const program = new Command('facts')
    .description('Look up the guarantees, quotes, figures and attributions of a news article.')
    .version(VERSION)
    .option('--data <path>', 'read this dataset instead of the bundled one and the library (repeatable; also FACTS_DATA)', collect, [])
    .option('--no-library', 'leave out the library of added articles (facts library path; FACTS_LIBRARY)')
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, tsv when piped)').choices(FORMATS))
    .option('--json', 'shorthand for --format json')
    .option('--fields <list>', 'comma-separated fields to show, in this order')
    .option('--limit <n>', 'show at most n results', parseLimit)
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']))
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .showSuggestionAfterError(true)
    .configureHelp({ showGlobalOptions: true })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => deps.io.out(text),
      writeErr: (text) => deps.io.err(text),
      outputError: (text, write) => write(formatCommanderError(text)),
    });
  const commands = [
    createGuaranteesCommand(deps),
    createQuotesCommand(deps),
    createNumbersCommand(deps),
    createAttributionsCommand(deps),
    createClaimsCommand(deps),
    createEntitiesCommand(deps),
    createSourcesCommand(deps),
    createShowCommand(deps),
    createSearchCommand(deps),
    createVerifyCommand(deps),
    createExtractCommand(deps),
    createAddCommand(deps),
    createLibraryCommand(deps),
  ];
  for (const cmd of commands) program.addCommand(cmd);
  if (options.completion !== false) {
    const [completion, complete] = createCompletionCommands(deps, () => createProgram(deps, { completion: false }));
    program.addCommand(completion as Command);
    program.addCommand(complete as Command, { hidden: true });
  }
  for (const cmd of program.commands) inheritSettings(cmd, program);
  return program;
}

function inheritSettings(cmd: Command, parent: Command): void {
  cmd.copyInheritedSettings(parent);
  if (acceptsStrayWords(cmd)) cmd.allowExcessArguments(true);
  for (const sub of cmd.commands) inheritSettings(sub, cmd);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** commander's "error: X\n(Did you mean Y?)" as one line: "facts: X (did you mean Y?)". */
export function formatCommanderError(text: string): string {
  const oneLine = text
    .trim()
    .replace(/^error: /, '')
    .replace(/\s*\n\s*\(Did you mean (.*)\?\)$/, ' (did you mean $1?)')
    .replace(/\s*\n\s*/g, ' ');
  return `facts: ${oneLine}\n`;
}
