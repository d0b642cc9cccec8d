// The tests' PostgreSQL server: one of their own, started and removed by them (the code
// is bench/postgres.mjs, which the database benchmark shares).
export { freePort, postgresBin, startPostgres, testBackend, type TestServer } from '../bench/postgres.mjs';
