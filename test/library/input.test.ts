import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestIO } from '../io-double.js';
import { idFromName, looksLikeHtml, readArticle } from '../../src/library/input.js';
import { tempDir } from '../helpers.js';

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/latin1') res.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' }).end(Buffer.from('Le caf\xe9 ferme.\r\n', 'latin1'));
    else res.writeHead(200, { 'content-type': 'text/html' }).end('<html><head><title>T</title></head><body><p>The council met on Monday and voted to keep the library open.</p></body></html>');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('readArticle', () => {
  it("decodes a fetched text in the charset its server names, makes its line ends \\n, and keeps the URL it came from", async () => {
    const article = await readArticle(createTestIO(), `${base}/latin1`);
    expect(article).toEqual({ text: 'Le café ferme.\n', metadata: { url: `${base}/latin1` }, suggestedId: 'latin1' });
  });

  it('reads a file as a page by its name or by how it begins, and takes an id from its name', async () => {
    const dir = tempDir({ 'Council Vote.htm': '<p>The council met on Monday and voted to keep the library open all week.</p>', 'notes.txt': '<!DOCTYPE html><html><body><p>The council met on Monday and voted to keep the library open all week.</p></body></html>' });
    const io = createTestIO({ cwd: dir });
    expect(await readArticle(io, join(dir, 'Council Vote.htm'))).toMatchObject({ text: 'The council met on Monday and voted to keep the library open all week.\n', suggestedId: 'council-vote' });
    expect(await readArticle(io, join(dir, 'notes.txt'))).toMatchObject({ text: 'The council met on Monday and voted to keep the library open all week.\n', suggestedId: 'notes' });
  });
});

describe('looksLikeHtml and idFromName', () => {
  it('knows a page by its first tag, after white space or a byte-order mark', () => {
    expect(['<!doctype html><p>', '  \n<HTML lang="en">', '\ufeff<!DOCTYPE html>', '<!-- saved --><html>'].map((t) => looksLikeHtml(Buffer.from(t)))).toEqual([true, true, true, true]);
    expect(['The council <b>met</b>', '{"version": 1}', ''].map((t) => looksLikeHtml(Buffer.from(t)))).toEqual([false, false, false]);
  });

  it('makes a source id of a name: lower case, accents dropped, other characters a single dash', () => {
    expect(['Tram Line: 2029!', 'Café  Müller', '---', ''].map(idFromName)).toEqual(['tram-line-2029', 'cafe-muller', 'article', 'article']);
  });
});
