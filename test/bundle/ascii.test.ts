import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiSource } from '../../scripts/ascii-bundles.mjs';

// The build leaves every bundle in ASCII (scripts/ascii-bundles.mjs), so that V8 keeps
// its source one byte a character; the escapes it writes must mean what the characters
// did.

/** The value of one expression, run as a script. */
function value(expression: string): unknown {
  return runInNewContext(`(${expression})`);
}

/** What a regular expression finds in each of `texts`, by its source written as a literal. */
function finds(literal: string, texts: readonly string[]): unknown[] {
  const pattern = value(literal) as RegExp;
  return texts.map((t) => [...t.matchAll(new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`))].map((m) => [m.index, m[0]]));
}

const TEXTS = ['it’s “quoted” — here', 'a–b—c', 'x😀y😀', 'café \\ plain', '\u2019\u201c\u201d', 'nothing at all'];

describe('every bundle in ASCII', () => {
  it('leaves no character beyond ASCII in any bundle of the build', () => {
    const dist = join(process.cwd(), 'dist');
    const bundles = readdirSync(dist).filter((f) => f.endsWith('.cjs'));
    expect(bundles).toEqual(expect.arrayContaining(['facts.cjs', 'extract.cjs', 'table.cjs']));
    for (const file of bundles) expect(/[^\x00-\x7f]/.exec(readFileSync(join(dist, file), 'utf8')), file).toBeNull();
  });

  it.each([
    ['a class of curly quotes, /u', '/[’“”]/u'],
    ['a class of curly quotes', '/[’“”]+/'],
    ['a range of dashes', '/[–-—]/u'],
    ['a character escaped with a backslash, outside /u', '/\\’s/'],
    ['an escaped backslash before a character', '/\\\\’|’/'],
    ['a character of two code units, /u', '/[😀é]/u'],
    ['a character of two code units', '/😀+/'],
    ['a property escape beside a character', '/[\\p{Lu}’]\\w/u'],
  ])('writes %s so that it finds what it found', (_name, literal) => {
    const ascii = asciiSource(`module.exports = ${literal};`);
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    const written = ascii.slice('module.exports = '.length, -1);
    expect(finds(written, TEXTS)).toEqual(finds(literal, TEXTS));
  });

  it('keeps what a String.raw template, a string or a plain template makes, whatever its characters', () => {
    const units = fc.constantFrom('a', ' ', '\\', '’', '“', '—', 'é', '😀', '$', '{', 'n', 'u');
    fc.assert(
      fc.property(fc.array(units, { maxLength: 12 }), (parts) => {
        // (A template's text cannot end in an odd backslash, which would escape its end.)
        const text = parts.join('').replace(/(^|[^\\])(\\\\)*\\$/, '$&a').replaceAll('${', '$ {');
        for (const expression of [`String.raw\`${text}\``, JSON.stringify(text), `\`${text.replaceAll('\\', '\\\\')}\``]) {
          const ascii = asciiSource(`module.exports = ${expression};`);
          expect(ascii).toMatch(/^[\x00-\x7f]*$/);
          expect(value(ascii.slice('module.exports = '.length, -1))).toBe(value(expression));
        }
      }),
    );
  });

  it('writes a comment (an unminified build keeps some) in ASCII too', () => {
    const ascii = asciiSource('module.exports = 1 /* a dash — */ + 1; // “two”');
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    expect(runInNewContext(`${ascii.replace('module.exports = ', 'var x = ')}\nx`)).toBe(2);
  });

  it.each([
    ['a template with another tag', 'tag`’`'],
    ['a name', 'café'],
  ])('refuses a character beyond ASCII in %s, which no escape writes', (_name, expression) => {
    expect(() => asciiSource(`module.exports = ${expression};`, 'dist/x.cjs')).toThrow(/^dist\/x\.cjs: a character beyond ASCII/);
  });
});
