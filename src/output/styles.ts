/** Colour and emphasis for terminal output; every function is the identity when colour is off. */
export interface Styles {
  enabled: boolean;
  header(text: string): string;
  id(text: string): string;
  dim(text: string): string;
  number(text: string): string;
  match(text: string): string;
  delete(text: string): string;
  insert(text: string): string;
}

const identity = (text: string) => text;

/** Styles that add nothing: for pipes, NO_COLOR and --no-color. */
export const plainStyles: Styles = {
  enabled: false,
  header: identity,
  id: identity,
  dim: identity,
  number: identity,
  match: identity,
  delete: identity,
  insert: identity,
};

/** Styles backed by one chalk instance at a fixed level (chalk does not read NO_COLOR itself). */
export async function createStyles(enabled: boolean): Promise<Styles> {
  if (!enabled) return plainStyles;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    enabled: true,
    header: (t) => chalk.bold(t),
    id: (t) => chalk.cyan(t),
    dim: (t) => chalk.dim(t),
    number: (t) => chalk.yellow(t),
    match: (t) => chalk.bold.red(t),
    delete: (t) => chalk.red(t),
    insert: (t) => chalk.green(t),
  };
}

/** Whether to colour: --color/--no-color first, then FORCE_COLOR, NO_COLOR, TERM=dumb, and a terminal on stdout. */
export function resolveColor(flag: 'auto' | 'always' | 'never', env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag === 'always') return true;
  if (flag === 'never') return false;
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return isTTY;
}
