// `createdb NAME` for the README's examples where PostgreSQL's client programs are not
// installed (the tests' server is then PGlite): the same CREATE DATABASE, through the
// pg client, to the server libpq's PGHOST, PGPORT, PGUSER and PGPASSWORD name.
import pg from 'pg';

const [name] = process.argv.slice(2);
if (name === undefined || !/^\w+$/.test(name)) {
  process.stderr.write('usage: createdb NAME (letters, digits and _)\n');
  process.exit(2);
}
const client = new pg.Client({ database: 'postgres' });
try {
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
} catch (error) {
  process.stderr.write(`createdb: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => {});
}
