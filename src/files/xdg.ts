import { createRequire } from 'node:module';
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
 * (getBuiltinModule is Node's from 20.16 and 22.3; createRequire serves the releases before).
 */
function homedir(): string {
  const os = process.getBuiltinModule?.('node:os') ?? (createRequire('/')('node:os') as typeof import('node:os'));
  return os.homedir();
}
