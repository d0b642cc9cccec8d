import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build, type Options } from 'tsup';
import { expect } from 'vitest';
import config from '../../tsup.config.js';
import { tempDir } from '../helpers.js';

/**
 * `entry` (a path in the checkout) bundled as the build bundles it, with the build's own
 * patches whose names start with `prefix` and no others (each test file checks the
 * patches it knows are all there are), then loaded.
 */
export async function bundleWithPatches<T>(entry: string, prefix: string, names: readonly string[]): Promise<T> {
  const plugins = ((config as Options).esbuildPlugins ?? []).filter((p) => p.name.startsWith(prefix));
  expect(plugins.map((p) => p.name).sort()).toEqual([...names].sort());
  const dir = tempDir();
  await build({ config: false, entry: { bundle: entry }, format: ['cjs'], outExtension: () => ({ js: '.cjs' }), platform: 'node', outDir: dir, noExternal: [/.*/], esbuildPlugins: plugins, esbuildOptions: (o) => void (o.nodePaths = [join(process.cwd(), 'node_modules')]), silent: true });
  return createRequire(import.meta.url)(join(dir, 'bundle.cjs')) as T;
}
