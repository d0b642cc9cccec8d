import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tempDir } from '../helpers.js';

const article = join(ROOT, 'test', 'fixtures', 'articles', 'rail-strike.txt');

describe('facts extract', () => {
  it('writes a dataset that the other commands read at once (a round trip)', async () => {
    const dir = tempDir();
    const draft = join(dir, 'draft.json');
    expect(await run(['extract', article, '-o', draft, '--title', 'Rail strike'])).toEqual({ code: 0, stdout: '', stderr: '' });
    const data = JSON.parse(readFileSync(draft, 'utf8'));
    expect(data.sources[0]).toMatchObject({ id: 'rail-strike', title: 'Rail strike', publisher: null, url: null, published: null });
    const quotes = await run(['--data', draft, 'quotes', 'patience', '--fields', 'speaker,text']);
    expect(quotes.stdout).toBe('Maria Lindqvist\tBut after 14 months of talks, our members have run out of patience.\n');
    const verify = await run(['--data', draft, 'verify', 'our members have run out of patience', '--fields', 'verdict,speaker']);
    expect(verify).toEqual({ code: 0, stdout: 'verbatim\tMaria Lindqvist\n', stderr: '' });
  });

  it('reads the article from standard input and prints the dataset', async () => {
    const result = await run(['extract', '-'], { stdin: '"We will win," said Ana Ruiz, the mayor.' });
    const data = JSON.parse(result.stdout);
    expect(data.sources[0].id).toBe('article');
    expect(data.records[0]).toMatchObject({ kind: 'quote', text: 'We will win,', speaker: 'ana-ruiz' });
  });

  it('exits 2 for a file it cannot read', async () => {
    expect(await run(['extract', '/nonexistent/article.txt'])).toEqual({ code: 2, stdout: '', stderr: 'facts: /nonexistent/article.txt: cannot read: no such file\n' });
  });
});
