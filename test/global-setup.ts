import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Every temporary folder the suite makes (test data, caches, libraries, a PostgreSQL
 * server's) goes inside one, which the end of the run removes: runs leave nothing behind.
 * (They had left a hundred folders each in /tmp, 74 GB after a few hundred runs, until
 * the disk was full and the suite failed.)
 */
export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'facts-suite-'));
  // (The PostgreSQL tests run their server as the postgres user, who reaches its folder through this one.)
  chmodSync(root, 0o755);
  process.env.TMPDIR = root;
  return () => rmSync(root, { recursive: true, force: true });
}
