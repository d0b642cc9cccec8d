// The tests' PostgreSQL where PostgreSQL's own programs are not installed: PGlite
// (PostgreSQL compiled to WebAssembly, from the npm registry), one in-memory instance per
// database, each served by @electric-sql/pglite-socket, behind one port that speaks
// enough of the wire protocol's start to act as one server (bench/postgres.mjs starts
// this file as a child process and reads the port from its first line of output):
//
// - it answers SSL and GSS requests with 'N' (no encryption), as a server without a
//   certificate does;
// - it asks for the password (in clear: the connection never leaves this machine) and
//   refuses any other, or any user but `facts`, as PostgreSQL does (28P01);
// - it routes the connection to the instance of the database the start-up message names,
//   and refuses a database it does not hold (3D000);
// - `CREATE DATABASE name` (what `createdb` sends) makes a new instance, which a PGlite
//   cannot do within itself; every other message goes to the instance as it was sent.
//
// PGlite is one session, shared by every connection. pglite-socket runs one message at a
// time and keeps a transaction's messages together, but not the Parse, Bind and Execute
// of one statement outside a transaction (another connection's Parse in between replaces
// its unnamed statement), so this front takes turns itself: a connection holds its
// database from its first message until the instance says it is idle again (ReadyForQuery
// 'I'), and the others wait. Roles cannot be told apart (every connection is the same
// session), which is why the read-only role's test needs a real server. The process ends
// when its standard input closes (its parent went away).
import { createServer, connect } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

const PASSWORD = process.env.PGLITE_PASSWORD ?? '';
const USER = 'facts';
const PROTOCOL_3 = 196608;
const SSL_REQUEST = 80877103;
const GSS_REQUEST = 80877104;

/** Each database by name: its instance's server (port), made on first CREATE DATABASE. */
const databases = new Map();

async function createDatabase(name) {
  // (With the one extension the library's schema makes: search finds misspellings by their trigrams.)
  const db = await PGlite.create({ extensions: { pg_trgm } });
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 100 });
  await server.start();
  databases.set(name, { db, server, port: Number(server.getServerConn().split(':').pop()), turn: turns() });
}

/** One connection at a time: take() waits for the turn (at once if this connection has it), give() passes it on. */
function turns() {
  let holder;
  const waiting = [];
  return {
    take: (who) => (holder === undefined || holder === who ? ((holder = who), Promise.resolve()) : new Promise((resolve) => waiting.push({ who, resolve }))),
    give: (who) => {
      if (holder !== who) return;
      const next = waiting.shift();
      holder = next?.who;
      next?.resolve();
    },
    leave: (who) => {
      const i = waiting.findIndex((w) => w.who === who);
      if (i >= 0) waiting.splice(i, 1);
    },
  };
}

/**
 * Calls back with each ReadyForQuery's transaction status ('I' idle, 'T' in a transaction,
 * 'E' failed one) in a server's stream. Only a message's head is kept (its type, length
 * and, for ReadyForQuery, the status); the rest is passed over, so that a large result
 * costs no copying.
 */
function readyStatuses(onStatus) {
  let head = Buffer.alloc(0);
  let skip = 0;
  return (data) => {
    for (let at = 0; at < data.length; ) {
      if (skip > 0) {
        const passed = Math.min(skip, data.length - at);
        skip -= passed;
        at += passed;
        continue;
      }
      const ready = head.length >= 1 && head[0] === 0x5a;
      const want = ready ? 6 : 5;
      const taken = data.subarray(at, at + want - head.length);
      head = Buffer.concat([head, taken]);
      at += taken.length;
      if (head.length < want || (!ready && head[0] === 0x5a)) continue;
      if (ready) onStatus(String.fromCharCode(head[5]));
      skip = head.readInt32BE(1) + 1 - head.length;
      head = Buffer.alloc(0);
    }
  };
}

/** A backend message: its type byte, then its length (which counts itself) and body. */
function message(type, body) {
  const out = Buffer.alloc(5 + body.length);
  out.write(type, 0, 'latin1');
  out.writeInt32BE(4 + body.length, 1);
  body.copy(out, 5);
  return out;
}

function errorResponse(code, text, severity = 'FATAL') {
  const field = (tag, value) => Buffer.concat([Buffer.from(tag, 'latin1'), Buffer.from(value, 'utf8'), Buffer.from([0])]);
  return message('E', Buffer.concat([field('S', severity), field('V', severity), field('C', code), field('M', text), Buffer.from([0])]));
}

const readyForQuery = () => message('Z', Buffer.from('I', 'latin1'));

/** The start-up message's parameters (user, database, ...). */
function startupParameters(packet) {
  const parts = packet.subarray(8).toString('utf8').split('\0');
  const params = {};
  for (let i = 0; i + 1 < parts.length && parts[i] !== ''; i += 2) params[parts[i]] = parts[i + 1];
  return params;
}

/** Reads a client's messages as they arrive: start-up packets (no type byte) first, then typed messages. */
function reader(socket, onPacket) {
  let buffer = Buffer.alloc(0);
  let typed = false;
  let busy = Promise.resolve();
  socket.on('data', (data) => {
    buffer = Buffer.concat([buffer, data]);
    for (;;) {
      const header = typed ? 5 : 4;
      if (buffer.length < header) return;
      const length = typed ? buffer.readInt32BE(1) + 1 : buffer.readInt32BE(0);
      if (buffer.length < length) return;
      const packet = buffer.subarray(0, length);
      buffer = buffer.subarray(length);
      // In order, one at a time: a packet's answer may wait on a new instance.
      busy = busy.then(() => onPacket(packet, typed)).catch(() => socket.destroy());
    }
  });
  return {
    startTyped: () => {
      typed = true;
    },
  };
}

function serve(client) {
  let startup;
  let backend;
  let target;
  const me = {};
  const done = () => {
    backend?.destroy();
    target?.turn.leave(me);
    target?.turn.give(me);
  };
  client.on('error', done);
  client.on('close', done);
  const send = async (packet) => {
    await target.turn.take(me);
    backend.write(packet);
  };
  const input = reader(client, async (packet, typed) => {
    if (!typed) {
      const code = packet.readInt32BE(4);
      if (code === SSL_REQUEST || code === GSS_REQUEST) return void client.write('N');
      if (code !== PROTOCOL_3) return void client.destroy();
      startup = packet;
      input.startTyped();
      // AuthenticationCleartextPassword.
      const ask = Buffer.alloc(4);
      ask.writeInt32BE(3);
      return void client.write(message('R', ask));
    }
    const type = String.fromCharCode(packet[0]);
    if (backend === undefined) {
      if (type !== 'p') return void client.destroy();
      const { user = '', database = user } = startupParameters(startup);
      const password = packet.subarray(5, packet.length - 1).toString('utf8');
      if (user !== USER || password !== PASSWORD) return void client.end(errorResponse('28P01', `password authentication failed for user "${user}"`));
      target = databases.get(database);
      if (target === undefined) return void client.end(errorResponse('3D000', `database "${database}" does not exist`));
      backend = connect(target.port, '127.0.0.1');
      const watch = readyStatuses((status) => status === 'I' && target.turn.give(me));
      backend.on('data', (data) => {
        client.write(data);
        watch(data);
      });
      backend.on('error', () => client.destroy());
      backend.on('close', () => client.destroy());
      return send(startup);
    }
    if (type === 'Q') {
      const sql = packet.subarray(5, packet.length - 1).toString('utf8');
      const create = /^\s*CREATE\s+DATABASE\s+"?(\w+)"?\s*;?\s*$/i.exec(sql);
      if (create) {
        const name = create[1];
        if (databases.has(name)) return void client.write(Buffer.concat([errorResponse('42P04', `database "${name}" already exists`, 'ERROR'), readyForQuery()]));
        await createDatabase(name);
        return void client.write(Buffer.concat([message('C', Buffer.from('CREATE DATABASE\0', 'latin1')), readyForQuery()]));
      }
    }
    return send(packet);
  });
}

await createDatabase('postgres');
const front = createServer(serve);
front.listen(0, '127.0.0.1', () => process.stdout.write(`${front.address().port}\n`));
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
