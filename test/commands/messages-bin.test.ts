import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin, tempDir } from '../helpers.js';

// The fact-checker's workflow items that other files hold in-process, held again through
// the built bin/facts.js: messages, completion, and the linked-data refusals.

const env = { XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'facts-bin-')) };
const facts = (...argv: string[]) => runBin(argv, { env });
const candidates = (stdout: string) => stdout.trimEnd().split('\n').filter((l) => !l.startsWith(':')).map((l) => l.split('\t')[0]);

describe('messages, one form', () => {
  it.each([
    [['gurantees'], "facts: unknown command 'gurantees' (did you mean 'guarantees'?)\n"],
    [['show', 'q55'], "facts: no record 'q55' (did you mean 'q5', 'g5', 'q1'?)\n"],
    [['quotes', '--limit', '0'], "facts: --limit '0' is invalid: it takes a whole number from 1 up\n"],
    [['quotes', '--format', 'xml'], "facts: --format 'xml' is not one of table, tsv, csv, json, ndjson, jsonld\n"],
    [['quotes', '--source', 'nope'], "facts: no source 'nope'; sources: macron-security-guarantees\n"],
    [['quotes', '--format', 'jsonld', '--fields', 'id'], 'facts: --format jsonld writes whole records; --fields does not apply\n'],
    [['show', 'q5', '--format', 'jsonld', '--fields', 'id'], 'facts: --format jsonld writes whole records; --fields does not apply\n'],
    [['verify', 'war', '--format', 'jsonld', '--fields', 'verdict'], 'facts: --format jsonld writes whole records; --fields does not apply\n'],
  ])('%j', (argv, stderr) => {
    const result = facts(...argv);
    expect(result.stderr).toBe(stderr);
    expect(result.stdout).toBe('');
  });

  it('reports a syntax error with its line and column before the keys a file lacks', () => {
    const dir = tempDir();
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"version": 1, "sources": [{"id": "a", "title": "t", "text": "x",}], "records": []}\n');
    expect(facts('--data', file, 'quotes')).toEqual({ code: 2, stdout: '', stderr: `facts: ${file}:1:66: invalid JSON: expected a key in quotes, found '}'\n` });
  });
});

describe('completion, through the bin', () => {
  it('offers who and its speakers, formats after a command, the shells facts writes, and only library sources to library show', () => {
    const add = facts('add', join(ROOT, 'test', 'fixtures', 'articles', 'rail-strike.txt'));
    expect(add.code).toBe(0);
    expect(candidates(facts('complete', '--', '').stdout)).toContain('who');
    expect(candidates(facts('complete', '--', 'who', 'ma').stdout)).toEqual(['macron']);
    expect(candidates(facts('complete', '--', 'numbers', '--format', '').stdout)).toEqual(['table', 'tsv', 'csv', 'json', 'ndjson']);
    expect(candidates(facts('complete', '--', 'completion', '').stdout)).toEqual(['bash', 'zsh', 'fish']);
    expect(candidates(facts('complete', '--', 'library', 'show', '').stdout)).toEqual(['rail-strike']);
    expect(candidates(facts('complete', '--', 'search', 'x', '--kind', 'so').stdout)).toEqual(['source']);
    expect(candidates(facts('complete', '--', 'quotes', '--fields', 'c').stdout)).toEqual(['cue', 'confidence']);
  });
});
