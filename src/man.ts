import { PassThrough } from 'node:stream';
import type { Command, Option } from 'commander';
import { GLOBAL_OPTIONS, REFUSALS, type OptionSpec } from './cli-options.js';
import { createProgram } from './program.js';

// The man page, facts(1), as markdown for marked-man (scripts/build-man.mjs renders it
// to roff at every build): written from the command tree itself and the option table,
// so that every command and option the program has is in it, in its own words.

/** The global options, each as any option (some have a list of values). */
const globalOptions: readonly OptionSpec[] = GLOBAL_OPTIONS;

/** A bullet for an option: its flags, and what it does. */
function optionLine(flags: string, description: string): string {
  return `* \`${flags}\`:\n  ${description}`;
}

/** Every command below the program, depth first, with its path ("library show"). */
function commandsOf(program: Command): { path: string; command: Command }[] {
  const out: { path: string; command: Command }[] = [];
  const walk = (command: Command, prefix: string) => {
    for (const sub of command.commands) {
      if ((sub as Command & { _hidden?: boolean })._hidden || sub.name() === 'help') continue;
      const path = prefix ? `${prefix} ${sub.name()}` : sub.name();
      out.push({ path, command: sub });
      walk(sub, path);
    }
  };
  walk(program, '');
  return out;
}

/** A command's usage line: its path, options and arguments. */
function usageOf(path: string, command: Command): string {
  const aliases = command.aliases().length > 0 ? ` (also \`facts ${command.aliases().join('`, `facts ')}\`)` : '';
  return `### facts ${path} ${command.usage().replace(/\[options\]\s*/, '').trim()}${aliases}`.replace(/\s+$/, '');
}

/** The markdown of facts(1). */
export function manMarkdown(): string {
  const io = { out: () => {}, err: () => {}, outputClosed: false, stdin: new PassThrough(), stdoutIsTTY: false, stderrIsTTY: false, columns: 80, env: {}, cwd: '/' };
  const program = createProgram({ io, setExitCode: () => {} });
  const sections: string[] = [
    'facts(1) -- look up the claims, quotes, figures and attributions of news articles',
    '=================================================================================',
    '',
    '## SYNOPSIS',
    '',
    '`facts` [*global options*] *command* [*options*] [*arguments*]',
    '',
    '## DESCRIPTION',
    '',
    `${program.description()} A bundled dataset holds one article; \`facts add\` keeps more in a library that every command reads. Tables on a terminal, tab-separated lines when piped, JSON, NDJSON, CSV and JSON-LD on request.`,
    '',
    '## GLOBAL OPTIONS',
    '',
    'They may come before or after the command. A command that has no use for one refuses it in one line, exit 2.',
    '',
    ...globalOptions.map((o) => optionLine(o.flags, `${o.description}${o.choices ? ` (${o.choices.join(', ')})` : ''}`)),
    optionLine('-V, --version', 'print the version'),
    optionLine('-h, --help', 'print the help of the program, or of a command (`facts help COMMAND`), with examples'),
    '',
    '## COMMANDS',
    '',
  ];
  for (const { path, command } of commandsOf(program)) {
    sections.push(usageOf(path, command), '', `${command.description()}.`.replace(/\.\.$/, '.'), '');
    const own = command.options.filter((o: Option) => !o.hidden && o.long !== '--help');
    if (own.length > 0) sections.push(...own.map((o: Option) => optionLine(o.flags, o.description)), '');
    const refused = (REFUSALS[path] ?? []).flatMap((r) => r.flags.map((f) => `--${f}`));
    if (refused.length > 0) sections.push(`Refuses ${[...new Set(refused)].join(', ')}.`, '');
  }
  sections.push(
    '## EXIT STATUS',
    '',
    'As grep: `0` something was found (or done), `1` nothing matched (or a quote is not verbatim), `2` a usage or data error.',
    '',
    '## ENVIRONMENT',
    '',
    optionLine('FACTS_DATA', 'dataset files to read instead of the bundled one and the library, separated by colons'),
    optionLine('FACTS_LIBRARY', 'the library folder (else $XDG_DATA_HOME/facts/library, else ~/.local/share/facts/library)'),
    optionLine('XDG_CACHE_HOME', 'where the index cache and the compile cache are kept (facts/ in it; else ~/.cache/facts)'),
    optionLine('FACTS_CACHE=0', 'read the data without the index cache'),
    optionLine('NO_COLOR, FORCE_COLOR', 'turn colour off, or on in a pipe'),
    optionLine('COLUMNS', 'the width of tables when standard output is not a terminal'),
    optionLine('NODE_DISABLE_COMPILE_CACHE=1', 'run without the compile cache'),
    '',
    '## FILES',
    '',
    optionLine('~/.local/share/facts/library/ID.json', 'one dataset file per article added; ID.json.lock while `facts fix` rewrites it'),
    optionLine('~/.cache/facts/', 'the index cache (rebuilt when a data file changes) and the compile cache'),
    '',
    '## SEE ALSO',
    '',
    'The README of the facts package: every command with examples, the dataset format, and how extraction and verification decide.',
    '',
  );
  return sections.join('\n');
}
