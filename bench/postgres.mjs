// A throwaway PostgreSQL server, for the database tests (test/postgres.ts) and the
// database benchmark (bench/database.mjs): initdb into a temporary folder, listening on
// 127.0.0.1 at a free port, stopped and removed afterwards. PostgreSQL refuses to run as
// root, so as root the cluster is made and started as the `postgres` user (runuser). Its
// superuser is `facts` with a password (scram-sha-256 over TCP), so that the tests can
// also get a password wrong. The tests' server trades durability for speed (fsync off);
// the benchmark's keeps PostgreSQL's defaults.
//
// Where PostgreSQL's programs are not installed (or FACTS_TEST_POSTGRES=pglite asks for
// it), the tests' server is PGlite instead (pglite-server.mjs), reached the same way:
// the same URLs, the same `facts` user and password, the same pg client. The benchmark
// measures a real server only.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

/** The folder of PostgreSQL's server programs: on the PATH, or Debian's /usr/lib/postgresql/N/bin (the newest). */
export function postgresBin() {
  const onPath = spawnSync('sh', ['-c', 'command -v pg_ctl'], { encoding: 'utf8' }).stdout.trim();
  if (onPath !== '' && existsSync(join(onPath, '..', 'initdb'))) return join(onPath, '..');
  const debian = '/usr/lib/postgresql';
  if (!existsSync(debian)) return undefined;
  const versions = readdirSync(debian)
    .filter((v) => existsSync(join(debian, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? undefined : join(debian, versions[0], 'bin');
}

/** A port nothing listens on at this moment. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs one of the server's programs, as the postgres user when this process is root. */
function runAsOwner(bin, program, args) {
  const [command, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, program), ...args]] : [join(bin, program), args];
  execFileSync(command, argv, { stdio: ['ignore', 'ignore', 'pipe'], cwd: tmpdir() });
}

function postgresUser() {
  const line = execFileSync('id', ['postgres'], { encoding: 'utf8' });
  return { uid: Number(/uid=(\d+)/.exec(line)?.[1]), gid: Number(/gid=(\d+)/.exec(line)?.[1]) };
}

/** Which server the tests start: PostgreSQL where its programs are installed, else (or when FACTS_TEST_POSTGRES=pglite) PGlite. */
export function testBackend() {
  return process.env.FACTS_TEST_POSTGRES === 'pglite' || postgresBin() === undefined ? 'pglite' : 'postgresql';
}

/** What the tests and the benchmark use of a server, however it runs. */
function serverOf(port, password, settings, backend, stop) {
  const url = (database, role = { user: 'facts', password }) => `postgres://${role.user}:${encodeURIComponent(role.password)}@127.0.0.1:${port}/${database}`;
  const sql = async (text, database = 'postgres') => {
    const client = new pg.Client({ connectionString: url(database) });
    await client.connect();
    try {
      return await client.query(text);
    } finally {
      await client.end();
    }
  };
  return {
    backend,
    port,
    password,
    settings,
    url,
    sql,
    createDatabase: async (name) => {
      await sql(`CREATE DATABASE ${name}`);
      return url(name);
    },
    stop,
  };
}

/**
 * Starts a server of its own: PostgreSQL, or PGlite where PostgreSQL is not installed
 * (testBackend). `durable`: PostgreSQL's default settings (the benchmark's), and a real
 * PostgreSQL or an error.
 */
export async function startPostgres({ durable = false } = {}) {
  const bin = postgresBin();
  if (bin === undefined && durable) throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql); .ci/run installs it');
  if (!durable && testBackend() === 'pglite') return startPglite();
  const dir = mkdtempSync(join(tmpdir(), 'facts-pg-'));
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  writeFileSync(join(dir, 'pwfile'), `${password}\n`);
  chmodSync(dir, 0o755);
  if (asRoot) {
    const { uid, gid } = postgresUser();
    chownSync(dir, uid, gid);
    chownSync(join(dir, 'pwfile'), uid, gid);
  }
  const data = join(dir, 'data');
  runAsOwner(bin, 'initdb', ['-D', data, '-U', 'facts', `--pwfile=${join(dir, 'pwfile')}`, '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8', '--no-locale', ...(durable ? [] : ['--no-sync'])]);
  const port = await freePort();
  const fast = durable ? '' : ' -c fsync=off -c full_page_writes=off -c synchronous_commit=off';
  const settings = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c max_connections=50${fast}`;
  runAsOwner(bin, 'pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '120', '-o', settings, 'start']);
  return serverOf(port, password, settings, 'postgresql', () => {
    try {
      runAsOwner(bin, 'pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
}

/** PGlite behind one port (pglite-server.mjs), in a child process that ends with this one. */
async function startPglite() {
  const password = `pw-${Math.random().toString(36).slice(2)}`;
  const script = join(dirname(fileURLToPath(import.meta.url)), 'pglite-server.mjs');
  const child = spawn(process.execPath, [script], { env: { ...process.env, PGLITE_PASSWORD: password }, stdio: ['pipe', 'pipe', 'inherit'] });
  const port = await new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the PGlite server ended before it listened (exit ${code})`)));
    createInterface({ input: child.stdout }).once('line', (line) => resolve(Number(line)));
  });
  child.removeAllListeners('exit');
  return serverOf(port, password, 'PGlite, in memory', 'pglite', () => {
    child.stdin.end();
    child.kill();
  });
}
