import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import { runCli } from '../src/cli.js';
import { createTestIO } from './io-double.js';

/** The result of one run of facts. */
export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with an IO double (piped unless isTTY). */
export async function run(argv: string[], options: { isTTY?: boolean; columns?: number; env?: Record<string, string>; stdin?: string } = {}): Promise<RunResult> {
  const io = createTestIO({
    isTTY: options.isTTY ?? false,
    columns: options.columns ?? 80,
    env: { XDG_CACHE_HOME: TEST_CACHE, XDG_DATA_HOME: TEST_DATA, ...options.env },
    stdin: options.stdin === undefined ? undefined : Readable.from([options.stdin]),
  });
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout(), stderr: io.stderr() };
}

export const ROOT = resolve(import.meta.dirname, '..');

/** Tests keep the index cache out of the user's home: one fresh folder per test file. */
export const TEST_CACHE = mkdtempSync(join(tmpdir(), 'facts-cache-'));
/** ... and out of the user's library: an empty data folder per test file. */
export const TEST_DATA = mkdtempSync(join(tmpdir(), 'facts-data-'));
export const BIN = join(ROOT, 'bin', 'facts.js');

/** Runs the built bin/facts.js as a child process, piped. */
export function runBin(argv: string[], options: { input?: string | Uint8Array; env?: Record<string, string> } = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...argv], {
    input: options.input ?? '',
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', XDG_CACHE_HOME: TEST_CACHE, XDG_DATA_HOME: TEST_DATA, ...options.env },
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Writes files into a fresh temporary directory and returns its path. */
export function tempDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'facts-test-'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}
