import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../bench/generate-articles.mjs';
import { extractDataset } from '../../src/extract/extract.js';
import { articlePieces, cutPoints, joinParses, LONGEST_RUN, parseText, pieces, PIECE_LENGTH } from '../../src/extract/parse.js';
import { runBin, tempDir } from '../helpers.js';

// A long article is parsed by compromise in pieces cut at blank lines (parse.ts), side by
// side in worker threads when the CLI runs built (parallel.ts).

describe('the pieces of an article', () => {
  const text = ['Ada Quist spoke.', 'Tom Rask met her on Monday.', '"We agree," said Lena Voss.', 'Three people came.'].join('\n\n');

  it('cover the text once, each after the first starting right after a blank line', () => {
    const parts = pieces(text, cutPoints(text, 3));
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.length).toBe(3);
    for (const p of parts.slice(1)) expect(text.slice(p.at - 2, p.at)).toBe('\n\n');
  });

  it('are one piece for an article up to the piece length, and the same pieces for the same text', () => {
    expect(articlePieces(text)).toEqual([{ at: 0, text }]);
    const long = `${'Ada Quist spoke to the council about the harbour. '.repeat(60)}\n\n`.repeat(Math.ceil((PIECE_LENGTH * 2.5) / 3000));
    const parts = articlePieces(long);
    expect(parts.length).toBe(3);
    expect(articlePieces(long)).toEqual(parts);
  });

  it('cut a run with no sentence end longer than compromise reads in good time, at spaces, and nothing else', () => {
    // compromise's time grows with the square of a sentence's length: 40,000 words with no stop took it 50 s.
    const run = Array.from({ length: 3000 }, (_, k) => ['harbour', 'Ada', 'quay', 'Rask', 'to'][k % 5]).join(' ');
    const text = `Ada Quist spoke.\n\n${run} Holm: "The roof leaks."\n\nTom Rask agreed.`;
    const parts = articlePieces(text);
    expect(parts.map((p) => p.text).join('')).toBe(text);
    expect(parts.length).toBeGreaterThan(3);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(LONGEST_RUN + 'Ada Quist spoke.\n\n'.length);
    for (const p of parts.slice(1)) expect(text[p.at - 1]).toMatch(/[ \n]/);
    // A text of sentences is not cut, however long the article.
    const sentences = 'Ada Quist spoke to the council about the harbour. '.repeat(400);
    expect(articlePieces(sentences)).toEqual([{ at: 0, text: sentences }]);
  });

  it('cut such a run though initials stand in it: their stops end no sentence for compromise', () => {
    const run = Array.from({ length: 3000 }, (_, k) => ['harbour', 'T.', 'quay', 'Rask', 'Dr.', 'to'][k % 6]).join(' ');
    const parts = articlePieces(`Ada Quist spoke.\n\n${run}`);
    expect(parts.length).toBeGreaterThan(3);
    // (A piece ends after the space it was cut at.)
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(LONGEST_RUN + 'Ada Quist spoke.\n\n '.length);
  });

  it('are parsed apart and joined with every span where it stands in the whole text', () => {
    const parse = joinParses(pieces(text, cutPoints(text, 4)).map((p) => ({ at: p.at, parse: parseText(p.text) })));
    expect(parse.persons.map((s) => text.slice(s.start, s.end))).toEqual(['Ada Quist', 'Tom Rask', 'Lena Voss']);
    expect(parse.cardinals.map((s) => text.slice(s.start, s.end))).toEqual(['Three']);
  });
});

describe('a long article', () => {
  it('gives the built CLI, its pieces parsed in worker threads, the dataset extraction in one thread gives', () => {
    const parts: string[] = [];
    for (const a of generateArticles(400)) if (a.file.endsWith('.txt') && parts.join('\n\n').length < PIECE_LENGTH * 1.5) parts.push(a.contents);
    const text = parts.join('\n\n');
    expect(articlePieces(text).length).toBe(2);
    const dir = tempDir();
    writeFileSync(join(dir, 'long.txt'), text);
    expect(runBin(['extract', join(dir, 'long.txt'), '--id', 'long', '-o', join(dir, 'long.json')])).toEqual({ code: 0, stdout: '', stderr: '' });
    const expected = extractDataset(text, { id: 'long' });
    expect(expected.records.length).toBeGreaterThan(1000);
    expect(JSON.parse(readFileSync(join(dir, 'long.json'), 'utf8'))).toEqual(JSON.parse(JSON.stringify(expected)));
  });
});
