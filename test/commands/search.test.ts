import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

describe('facts search', () => {
  it('prints score, kind, id, speaker and text, best first; exit 0', async () => {
    const result = await run(['search', 'reasurance', 'froce', '--limit', '2']);
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(lines.map((l) => l.slice(0, 3))).toEqual([
      ['0.033', 'quote', 'q4'],
      ['0.033', 'entity', 'reassurance-force'],
    ]);
  });

  it('adds a numeric score to each record in JSON', async () => {
    const hits = JSON.parse((await run(['search', 'reassurance force', '--json', '--kind', 'quote'])).stdout);
    expect(hits[0]).toMatchObject({ id: 'q4', kind: 'quote', text: 'reassurance force', score: 0 });
    for (const hit of hits) expect(typeof hit.score).toBe('number');
  });

  it('finds Zelenskyy by another spelling, as an entity, then the passage of the article that names him', async () => {
    const hits = JSON.parse((await run(['search', 'Zelensky', '--json'])).stdout);
    expect(hits).toEqual([
      expect.objectContaining({ id: 'zelenskyy', name: 'Volodymyr Zelenskyy', score: 0 }),
      expect.objectContaining({ kind: 'source', id: 'macron-security-guarantees', text: expect.stringMatching(/^President of France Emmanuel Macron .* Volodymyr Zelenskyy\.$/), span: { start: 0, end: 339 } }),
    ]);
  });

  it('exits 1 when nothing passes the threshold', async () => {
    expect(await run(['search', 'zorblax', 'quintar', 'vempish'])).toEqual({ code: 1, stdout: '', stderr: '' });
  });

  it('refuses a query with no words in one line, exit 2, as verify refuses a quote with none', async () => {
    expect(await run(['search', ''])).toEqual({ code: 2, stdout: '', stderr: "facts: the query has no words to search for: ''\n" });
    expect(await run(['search', '"', '(('])).toEqual({ code: 2, stdout: '', stderr: "facts: the query has no words to search for: '\" (('\n" });
  });

  it('highlights the matched words in the table', async () => {
    const result = await run(['search', 'strategic', 'signal', '--kind', 'quote'], { isTTY: true, columns: 200, env: { FORCE_COLOR: '1' } });
    expect(result.stdout).toContain('send a very clear \u001b[1m\u001b[31mstrategic\u001b[39m\u001b[22m \u001b[1m\u001b[31msignal\u001b[39m\u001b[22m.');
  });

  it.each([
    [['search', 'x', '--threshold', '2'], "facts: --threshold '2' is invalid: it takes a number from 0 (exact) to 1 (anything)"],
    [['search', 'x', '--kind', 'rumour'], "facts: --kind 'rumour' is invalid: it takes guarantee, quote, number, claim, entity, source, comma-separated"],
    [['search'], "facts: missing required argument 'query'"],
  ])('rejects bad input with exit 2: %j', async (argv, message) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});
