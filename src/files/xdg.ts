import { join } from 'node:path';

/**
 * An XDG base folder: `variable` where it holds an absolute path (the XDG base directory
 * rules ignore a relative one), else `fallback` in the home folder ("~/.cache",
 * "~/.local/share"). The library and the index cache both find their folders here.
 */
export function xdgBase(env: Readonly<Record<string, string | undefined>>, variable: 'XDG_CACHE_HOME' | 'XDG_DATA_HOME', fallback: string): string {
  const set = env[variable];
  return set && set.startsWith('/') ? set : join(env.HOME || homedir(), fallback);
}

/**
 * The user's home folder where HOME does not say it. node:os is loaded only then: every
 * command finds the library folder, and loading node:os costs each start-up about 0.3 ms
 * (by process.getBuiltinModule, which is why `engines` asks for 20.16 and 22.3: a static
 * import is loaded at every start, and node:module's createRequire cost as much again).
 */
function homedir(): string {
  return process.getBuiltinModule('node:os').homedir();
}
