import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInvariants, parseDatasetText } from '../../src/dataset/validate.js';
import type { DatasetFile } from '../../src/dataset/types.js';
import { ROOT } from '../helpers.js';

// The bundled dataset is evidence: these tests check it against the article's own
// text, not against a copied list of answers.

const raw = readFileSync(join(ROOT, 'data', 'facts.json'), 'utf8');
const parsed = await parseDatasetText(raw, 'data/facts.json');
if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
const data: DatasetFile = parsed.value;
const source = data.sources[0]!;
const text = source.text;
const cp = (i: number) => [...text.slice(0, i)].length;

describe('the bundled dataset', () => {
  it('holds to the schema and every invariant (spans, ids, references)', () => {
    expect(checkInvariants([{ file: 'data/facts.json', data }])).toEqual([]);
  });

  it('carries the article byte for byte, as does its copy in data/sources/', () => {
    const sha256 = 'e6a09dd7b81efd01ff0bccbc8e03819436e9c7938bdffd4e1566c09392b5baaf';
    expect(data.sources).toHaveLength(1);
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(sha256);
    expect(createHash('sha256').update(readFileSync(join(ROOT, 'data', 'sources', `${source.id}.txt`))).digest('hex')).toBe(sha256);
  });

  it('invents no headline, publisher, URL or date', () => {
    expect(source.publisher).toBeNull();
    expect(source.url).toBeNull();
    expect(source.published).toBeNull();
    expect(source.title).toMatch(/descriptive title/);
  });

  it('has one guarantee per → line, in order, each the text of its line', () => {
    const lines = text.split('\n').filter((line) => line.startsWith('→ '));
    const guarantees = data.records.filter((r) => r.kind === 'guarantee');
    expect(guarantees.map((g) => g.text)).toEqual(lines.map((line) => line.slice(2)));
    expect(guarantees.map((g) => (g.kind === 'guarantee' ? g.n : 0))).toEqual(lines.map((_, i) => i + 1));
  });

  it('covers every double-quoted passage with a quote record or an entity name', () => {
    const quotes = data.records.filter((r) => r.kind === 'quote');
    const names = new Set(data.entities.flatMap((e) => [e.name, ...e.aliases]));
    // Pair quote marks left to right; an unpaired mark opens a quote that runs to the end of its paragraph.
    const marks = [...text.matchAll(/"/g)].map((m) => m.index);
    const passages: { start: number; end: number; inner: string }[] = [];
    for (const paragraph of text.split('\n')) {
      const offset = text.indexOf(paragraph);
      const local = [...paragraph.matchAll(/"/g)].map((m) => m.index + offset);
      for (let i = 0; i + 1 < local.length; i += 2) passages.push({ start: local[i]! + 1, end: local[i + 1]!, inner: text.slice(local[i]! + 1, local[i + 1]!) });
    }
    expect(marks.length).toBeGreaterThan(0);
    for (const p of passages) {
      const covered = quotes.some((q) => q.span.start <= cp(p.start) && cp(p.end) <= q.span.end) || names.has(p.inner);
      expect(covered, `"${p.inner}" is not covered`).toBe(true);
    }
  });

  it('records the unclosed, the nested and the bracketed quotations', () => {
    const quotes = data.records.filter((r) => r.kind === 'quote').map((q) => q.text);
    expect(quotes.some((q) => q.startsWith('will determine their position') && !q.includes('"will'))).toBe(true);
    expect(quotes).toContain('coalition');
    expect(quotes.filter((q) => /\[[^\]]+\]/.test(q))).toHaveLength(2);
    expect(quotes).toContain('will not wage any war against Russia');
  });

  it('has a number record for every figure, one per mention', () => {
    const figures = [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => ({ start: cp(m.index), text: m[0] }));
    const numbers = data.records.filter((r) => r.kind === 'number');
    expect(numbers.map((n) => ({ start: n.span.start, text: n.text }))).toEqual(figures);
    for (const n of numbers) if (n.kind === 'number') expect(n.value).toBe(Number(n.text));
  });

  it('gives every quote and claim a speaker and a cue from the text', () => {
    for (const r of data.records.filter((r) => r.kind === 'quote' || r.kind === 'claim')) {
      expect(r.speaker, r.id).not.toBeNull();
      expect(r.cue, r.id).not.toBeNull();
    }
  });

  it('names every person the article names, with the ways it refers to them', () => {
    const byName = new Map(data.entities.map((e) => [e.name, e]));
    expect(byName.get('Emmanuel Macron')?.aliases).toEqual(expect.arrayContaining(['the politician', 'him']));
    expect(byName.get('Volodymyr Zelenskyy')?.aliases).toEqual(expect.arrayContaining(['a Ukrainian colleague', 'Zelensky', 'Zelenskiy']));
    expect(byName.get('Donald Trump')?.aliases).toContain('the US President');
    for (const e of data.entities) {
      const mentioned = [e.name, ...e.aliases].some((n) => text.includes(n));
      expect(mentioned, `${e.id} is not named in the text`).toBe(true);
    }
  });

  it('has short, unique ids', () => {
    const ids = data.records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]\d{1,3}$/);
  });
});
