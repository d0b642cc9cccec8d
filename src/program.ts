import { Command, Option } from 'commander';
import { createGuaranteesCommand } from './commands/guarantees.js';
import { parseLimit, type CommandDeps } from './commands/common.js';
import { FORMATS } from './output/print.js';

/** The version printed by --version. */
export const VERSION = '0.1.0';

/** Builds the whole command tree; every subcommand is registered here and nowhere else. */
export function createProgram(deps: CommandDeps): Command {
  const program = new Command('facts')
    .description('Look up the guarantees, quotes, figures and attributions of a news article.')
    .version(VERSION)
    .option('--data <path>', 'read this dataset instead of the bundled one (repeatable; also FACTS_DATA)', collect, [])
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, tsv when piped)').choices(FORMATS))
    .option('--json', 'shorthand for --format json')
    .option('--fields <list>', 'comma-separated fields to show, in this order')
    .option('--limit <n>', 'show at most n results', parseLimit)
    .addOption(new Option('--color <when>', 'colour output').choices(['auto', 'always', 'never']))
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .showSuggestionAfterError(true)
    .configureHelp({ sortSubcommands: false, showGlobalOptions: true })
    .exitOverride()
    .configureOutput({
      writeOut: (text) => deps.io.out(text),
      writeErr: (text) => deps.io.err(text),
      outputError: (text, write) => write(formatCommanderError(text)),
    });
  program.addCommand(createGuaranteesCommand(deps));
  for (const cmd of program.commands) inheritSettings(cmd, program);
  return program;
}

function inheritSettings(cmd: Command, parent: Command): void {
  cmd.exitOverride().showSuggestionAfterError(true).configureOutput(parent.configureOutput()).configureHelp(parent.configureHelp());
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
