import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchArticle, isUrl } from '../../src/library/fetch.js';

// Pages are served from 127.0.0.1: nothing here reaches the network.
let server: Server;
let base: string;
const hanging = new Set<import('node:http').ServerResponse>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = req.url ?? '/';
    if (path === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body><p>Hello</p></body></html>');
    } else if (path === '/text') {
      res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    } else if (path === '/moved') {
      res.writeHead(301, { location: '/page' }).end();
    } else if (path === '/pdf') {
      res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7');
    } else if (path === '/big-declared') {
      res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(2048) }).end('x'.repeat(2048));
    } else if (path === '/big-streamed') {
      // No length given: the limit is found as the body arrives.
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 8; i++) res.write('y'.repeat(512));
      res.end();
    } else if (path === '/slow') {
      hanging.add(res); // never answers
    } else {
      res.writeHead(404, { 'content-type': 'text/html' }).end('not here');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const res of hanging) res.destroy();
  await new Promise((done) => server.close(done));
});

const limits = { timeoutMs: 30_000, maxBytes: 1024 };

describe('fetchArticle', () => {
  it('fetches a page, following redirects to the URL it ends at', async () => {
    const page = await fetchArticle(`${base}/moved`, limits);
    expect({ ...page, bytes: Buffer.from(page.bytes).toString() }).toEqual({ bytes: '<html><body><p>Hello</p></body></html>', kind: 'html', charset: 'utf-8', url: `${base}/page` });
  });

  it('fetches plain text with its charset', async () => {
    const text = await fetchArticle(`${base}/text`, limits);
    expect(text.kind).toBe('text');
    expect(text.charset).toBe('iso-8859-1');
  });

  it.each([
    ['a status that is not success', '/missing', 'the server answered 404 Not Found'],
    ['a type that is not a page or text', '/pdf', 'is application/pdf, not a web page or plain text'],
    ['a body declared larger than the limit', '/big-declared', 'is larger than 1024 bytes, the most facts reads'],
    ['a body found larger than the limit as it arrives', '/big-streamed', 'is larger than 1024 bytes, the most facts reads'],
  ])('refuses %s in one line that names the URL', async (_what, path, why) => {
    await expect(fetchArticle(`${base}${path}`, limits)).rejects.toThrow(`${base}${path}: ${why}`);
  });

  it('gives up on a server that never answers, after the time limit', async () => {
    // The server never answers: however busy the machine, the limit is what ends the wait.
    await expect(fetchArticle(`${base}/slow`, { ...limits, timeoutMs: 300 })).rejects.toThrow(`${base}/slow: no answer within 0.3 s`);
  });

  it('says why a connection failed', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((done) => closed.close(done));
    await expect(fetchArticle(`http://127.0.0.1:${port}/`, limits)).rejects.toThrow(`http://127.0.0.1:${port}/: nothing is listening at 127.0.0.1:${port}`);
  });
});

describe('isUrl', () => {
  it('takes http and https URLs, and nothing else, for a URL', () => {
    expect(['http://a.example/x', 'HTTPS://a.example', 'https://a.example/p?q=1'].every(isUrl)).toBe(true);
    expect(['a.html', 'ftp://a.example/x', 'file:///tmp/a.html', '-', 'http:/a'].some(isUrl)).toBe(false);
  });
});
