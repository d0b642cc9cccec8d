import { describe, expect, it } from 'vitest';
import { bufferBytes, scanBytes } from '../../src/dataset/json/bytes.js';
import { validateFiles, type ScannedFile } from '../../src/dataset/validate.js';

// Validation for the cache (keepTexts false) does not keep the sources' texts: it reads
// each back from the file when a record needs it, and holds only the last one, until
// records that jump between sources have made it read more texts than there are. Records
// in any order must be checked as surely as with the texts kept.

/** Three sources, and records that take turns between them, one of them wrong if asked (its text one character off). */
function interleaved(wrongAt?: number) {
  const sources = ['a', 'b', 'c'].map((id, s) => ({ id, title: id, publisher: null, url: null, published: null, language: 'en', text: `${'→ filler words here, 😀 and more. '.repeat(200)}${id} said "the end ${s}".` }));
  const records = Array.from({ length: 60 }, (_, n) => {
    const source = sources[n % 3] as (typeof sources)[number];
    const start = (n * 97) % 6000;
    const text = [...source.text].slice(start, start + 12).join('');
    return { id: `r${n}`, kind: 'claim', text: n === wrongAt ? `${text}!` : text, source: source.id, span: { start, end: start + 12 }, speaker: null, cue: null };
  });
  return JSON.stringify({ version: 1, sources, entities: [], records });
}

function validate(text: string, keepTexts: boolean) {
  const bytes = bufferBytes(Buffer.from(text, 'utf8'));
  const scanned = scanBytes(bytes, 'data.json');
  if ('problem' in scanned) throw new Error(scanned.problem);
  const file: ScannedFile = { file: 'data.json', bytes, layout: scanned.layout };
  const ids: string[] = [];
  const result = keepTexts ? validateFiles([file], (r) => ids.push(r.id)) : validateFiles([file], (r) => ids.push(r.id), false);
  return { result, ids };
}

describe('validateFiles without keeping the sources texts', () => {
  it('accepts records that jump between sources, and keeps no text', () => {
    const { result, ids } = validate(interleaved(), false);
    expect(result.ok).toBe(true);
    expect(ids).toHaveLength(60);
    if (result.ok) expect(result.value.sources.map((s) => s.text)).toEqual([null, null, null]);
  });

  it.each([1, 47])('finds a wrong text among them (record %i), as validation that keeps the texts does', (wrongAt) => {
    const text = interleaved(wrongAt);
    const problems = (keep: boolean) => {
      const { result } = validate(text, keep);
      return result.ok ? [] : result.problems;
    };
    expect(problems(false)).toEqual(problems(true));
    expect(problems(false)).toEqual([expect.stringMatching(new RegExp(`^data\\.json: \\$\\.records\\[${wrongAt}\\] \\(r${wrongAt}\\): text does not match the source at `))]);
  });
});
