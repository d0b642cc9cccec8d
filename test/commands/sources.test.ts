import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ROOT, run } from '../helpers.js';

const article = readFileSync(join(ROOT, 'data', 'sources', 'macron-security-guarantees.txt'), 'utf8');

describe('facts sources', () => {
  it('lists the sources, with empty cells for what the text does not say', async () => {
    const result = await run(['sources']);
    expect(result.stdout).toBe('macron-security-guarantees\tMacron on the security guarantees for Ukraine agreed by the coalition of the willing (descriptive title; the text has no headline)\t\t\ten\t\n');
  });

  it('prints the source text byte for byte with --text when piped', async () => {
    const result = await run(['sources', 'macron-security-guarantees', '--text']);
    expect(result.stdout).toBe(article);
  });

  it('shows one source in full as JSON, with null for unknown fields', async () => {
    const json = JSON.parse((await run(['sources', 'macron-security-guarantees', '--json'])).stdout);
    expect(json).toMatchObject({ publisher: null, url: null, published: null, language: 'en', text: article });
  });

  it('exits 1 and names the sources for an unknown id', async () => {
    expect(await run(['sources', 'nope'])).toEqual({ code: 1, stdout: '', stderr: "facts: no source 'nope'; sources: macron-security-guarantees\n" });
  });
});

describe('facts sources --text with a format', () => {
  it('gives one source as one JSON object, its text included', async () => {
    const result = await run(['sources', 'macron-security-guarantees', '--text', '--json']);
    expect(result.code).toBe(0);
    const source = JSON.parse(result.stdout);
    expect(source.id).toBe('macron-security-guarantees');
    expect(source.text.startsWith('President of France Emmanuel Macron')).toBe(true);
  });

  it.each([
    [['--text', '--format', 'csv'], "--text prints the source's own text (--format json gives it as data); --format csv does not apply"],
    [['--text', '--format', 'tsv'], "--text prints the source's own text (--format json gives it as data); --format tsv does not apply"],
    [['--text', '--fields', 'id'], "--text prints the source's own text (--format json gives it as data); --fields does not apply"],
    [['macron-security-guarantees', '--limit', '1'], 'sources ID prints one source; --limit does not apply'],
    [['macron-security-guarantees', '--text', '--json', '--limit', '1'], 'sources ID prints one source; --limit does not apply'],
  ])('refuses %j in one line, exit 2', async (flags, message) => {
    expect(await run(['sources', ...flags])).toEqual({ code: 2, stdout: '', stderr: `facts: ${message}\n` });
  });
});
