import { closeSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetFrom } from '../fixtures/build.js';
import { ROOT, run, tempDir } from '../helpers.js';

const mini = JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'mini.json'), 'utf8'));
const variant = (change: (d: any) => void): string => {
  const copy = structuredClone(mini);
  change(copy);
  return JSON.stringify(copy, null, 2);
};

describe('loading a user dataset with --data', () => {
  it('reads a valid file instead of the bundled data', async () => {
    const dir = tempDir({ 'mini.json': JSON.stringify(mini) });
    const result = await run(['--data', join(dir, 'mini.json'), 'guarantees', 'list', '--fields', 'n,title']);
    expect(result).toEqual({ code: 0, stdout: '1\tTrees in schools\n2\tParks\n', stderr: '' });
  });

  it.each([['through the index cache', {}], ['with the cache off', { FACTS_CACHE: '0' }]])('prints records exactly as the file has them (%s)', async (_how, env) => {
    const reordered = variant((d) => {
      const { id, speaker, kind, ...rest } = d.records[2];
      d.records[2] = { speaker, note: 'an extra field', kind, ...rest, id };
    });
    const dir = tempDir({ 'r.json': reordered });
    const result = await run(['--data', join(dir, 'r.json'), 'quotes', '--json'], { env });
    expect(JSON.stringify(JSON.parse(result.stdout))).toBe(JSON.stringify([JSON.parse(reordered).records[2]]));
  });

  it('merges repeated --data files, and reads FACTS_DATA when no --data is given', async () => {
    const other = variant((d) => {
      d.sources[0].id = 'mini2';
      d.entities = [];
      d.records = d.records.filter((r: any) => r.kind === 'guarantee').map((r: any) => ({ ...r, id: `x${r.id}`, n: r.n + 2, source: 'mini2' }));
    });
    const dir = tempDir({ 'a.json': JSON.stringify(mini), 'b.json': other });
    const both = await run(['guarantees', '--data', join(dir, 'a.json'), '--data', join(dir, 'b.json'), '--fields', 'id']);
    expect(both.stdout).toBe('g1\ng2\nxg1\nxg2\n');
    const env = await run(['guarantees', '--fields', 'id'], { env: { FACTS_DATA: `${join(dir, 'a.json')}:${join(dir, 'b.json')}` } });
    expect(env.stdout).toBe('g1\ng2\nxg1\nxg2\n');
  });

  // Each bad file: exit 2, one line on stderr that names the file and the problem, no stack trace.
  it.each([
    ['missing file', null, /^facts: .*nope\.json: cannot read: no such file$/],
    ['empty file', '', /^facts: .*bad\.json:1:1: invalid JSON: expected '\{' \(a dataset is a JSON object\), found the end of the file$/],
    ['JSON syntax, with line and column', '{\n  "version": 1,\n  "sources": [}\n', /^facts: .*bad\.json:3:15: invalid JSON: expected a value, found '\}'$/],
    ['trailing comma', '{"version": 1,}', /^facts: .*bad\.json:1:15: invalid JSON: expected a key in quotes, found '\}'$/],
    ['a syntax error inside a record', variant(() => {}).replace('"kind": "quote"', '"kind" "quote"'), /^facts: .*bad\.json:\d+:\d+: invalid JSON: expected ':' after a key, found '"'$/],
    ['a record nested 5,000 levels deep', variant((d) => (d.records[2].extra = 'DEEP')).replace('"DEEP"', '['.repeat(5000) + ']'.repeat(5000)), /^facts: .*bad\.json:\d+:\d+: invalid JSON: nested more than 64 levels deep$/],
    ['invalid JSON nested 10,000 levels deep', `{"records": ${'['.repeat(10000)}}`, /^facts: .*bad\.json:1:76: invalid JSON: nested more than 64 levels deep$/],
    ['a file that is not JSON at all', '\0'.repeat(3_000_000), /^facts: .*bad\.json:1:1: invalid JSON: expected '\{' \(a dataset is a JSON object\), found '\\x00'$/],
    ['a file missing its last byte', variant(() => {}).slice(0, -1), /^facts: .*bad\.json:\d+:\d+: invalid JSON: the file ends inside a bracket \(it is cut short\?\)$/],
    ['a file cut inside a string', variant(() => {}).slice(0, variant(() => {}).indexOf('"language": "') + 15), /^facts: .*bad\.json:\d+:\d+: invalid JSON: a string that never ends \(the file is cut short\?\)$/],
    ['wrong version', variant((d) => (d.version = 2)), /^facts: .*bad\.json: \$\.version: .*expected 1/],
    ['a syntax error, before the keys that are missing', JSON.stringify({ version: 1, sources: [{ id: 'a', title: 't', text: 'x' }], records: [] }).replace('"x"}', '"x",}'), /^facts: .*bad\.json:1:\d+: invalid JSON: expected a key in quotes, found '\}'$/],
    ['a key that is missing', JSON.stringify({ version: 1, sources: [], records: [] }), /^facts: .*bad\.json: \$\.entities: missing: it must be an array$/],
    ['wrong field type, by JSON path', variant((d) => (d.records[2].span.end = '71')), /^facts: .*bad\.json: \$\.records\[2\]\.span\.end: expected a number, found a string$/],
    ['unknown kind', variant((d) => (d.records[0].kind = 'rumour')), /^facts: .*bad\.json: \$\.records\[0\]\.kind: /],
    ['missing field', variant((d) => delete d.entities[0].aliases), /^facts: .*bad\.json: \$\.entities\[0\]\.aliases: /],
    ['span out of range', variant((d) => (d.records[2].span = { start: 52, end: 9999 })), /^facts: .*bad\.json: \$\.records\[2\] \(q1\): span 52-9999 is out of range \(the source has 155 code points\)$/],
    ['text not at its span', variant((d) => (d.records[2].text = 'We start on Tuesday,')), /^facts: .*bad\.json: \$\.records\[2\] \(q1\): text does not match the source at 52-71: the source has "We start on Monday,"$/],
    ['cue not at its span', variant((d) => (d.records[2].cue.span.start = 74)), /^facts: .*bad\.json: \$\.records\[2\] \(q1\): cue text does not match the source at 74-82/],
    ['span reversed', variant((d) => (d.records[2].span = { start: 71, end: 52 })), /^facts: .*bad\.json: \$\.records\[2\] \(q1\): span 71-52 ends before it starts$/],
    ['duplicate id', variant((d) => (d.records[1].id = 'g1')), /^facts: .*bad\.json: \$\.records\[1\]: duplicate id "g1" \(first at \$\.records\[0\]\)$/],
    ['unknown source', variant((d) => (d.records[2].source = 'elsewhere')), /^facts: .*bad\.json: \$\.records\[2\] \(q1\): unknown source "elsewhere"$/],
    ['unknown speaker', variant((d) => (d.records[2].speaker = 'nobody')), /^facts: .*bad\.json: \$\.records\[2\] \(q1\): unknown speaker "nobody"$/],
  ])('%s: exit 2 and one line', async (_name, content, message) => {
    const dir = tempDir(content === null ? {} : { 'bad.json': content });
    const file = join(dir, content === null ? 'nope.json' : 'bad.json');
    const result = await run(['--data', file, 'guarantees']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
  });

  it('lists each problem on its own line, at most 20 and a count of the rest', async () => {
    const bad = variant((d) => {
      d.records = Array.from({ length: 30 }, (_, i) => ({ ...d.records[2], id: `q${i}`, speaker: 'ghost' }));
    });
    const dir = tempDir({ 'bad.json': bad });
    const result = await run(['--data', join(dir, 'bad.json'), 'guarantees']);
    const lines = result.stderr.trimEnd().split('\n');
    expect(result.code).toBe(2);
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('facts: ... and 10 more problems');
    for (const line of lines.slice(0, 20)) expect(line).toMatch(/bad\.json: .*unknown speaker "ghost"$/);
  });

  it('keeps hostile text in error messages from reaching the terminal', async () => {
    const dir = tempDir({ 'bad.json': variant((d) => (d.records[2].speaker = 'x\u001b]52;c;aGk=\u0007\u202e')) });
    const result = await run(['--data', join(dir, 'bad.json'), 'guarantees']);
    expect(result.code).toBe(2);
    expect(result.stderr).not.toMatch(/[\u001b\u0007\u202e]/);
    expect(result.stderr).toContain('\\x1b]52;c;aGk=\\x07\\u202e');
  });

  it('accepts astral characters, counting spans in code points', async () => {
    const text = '🇺🇦 Ruiz said "we plant 🌳 trees".';
    const data = {
      version: 1,
      sources: [{ id: 's', title: 't', publisher: null, url: null, published: null, language: 'en', text }],
      entities: [{ id: 'ruiz', name: 'Ana Ruiz', type: 'person', role: null, aliases: ['Ruiz'] }],
      records: [{ id: 'q1', kind: 'quote', text: 'we plant 🌳 trees', source: 's', span: { start: 14, end: 30 }, speaker: 'ruiz', cue: { text: 'Ruiz said', span: { start: 3, end: 12 } } }],
    };
    const dir = tempDir({ 'a.json': JSON.stringify(data) });
    const result = await run(['--data', join(dir, 'a.json'), 'guarantees']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1); // valid, but it has no guarantees to list
  });
});

describe('a dataset file too large to read', () => {
  it('is one line, exit 2, without reading it (a sparse file of 5 GiB)', async () => {
    const dir = tempDir();
    const huge = join(dir, 'huge.json');
    const fd = openSync(huge, 'w');
    ftruncateSync(fd, 5 * 1024 ** 3);
    closeSync(fd);
    expect(await run(['--data', huge, 'quotes'])).toEqual({ code: 2, stdout: '', stderr: `facts: ${huge}: cannot read: too large: facts reads a dataset file of up to 4 GiB (split it, and name each part with --data)\n` });
  });
});

describe('without --data: the bundled article and the library', () => {
  const person = (id: string, name: string) => ({ id, name, type: 'person' as const, role: null, aliases: [] });
  // (Record ids carry the source id, as `facts add` makes them.)
  const article = (id: string, text: string) => {
    const data = datasetFrom([{ kind: 'quote', text, speaker: `${id}.ann` }], [person(`${id}.ann`, 'Ann Lee')], id);
    return { ...data, records: data.records.map((r) => ({ ...r, id: `${id}.${r.id}` })) };
  };
  /** A library folder with these files, and the env that points at it and at a cache of its own. */
  const library = (files: Record<string, string>) => {
    const dir = tempDir();
    mkdirSync(join(dir, 'lib'));
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, 'lib', name), content);
    return { dir, env: { FACTS_LIBRARY: join(dir, 'lib'), XDG_CACHE_HOME: join(dir, 'cache') } };
  };
  const one = JSON.stringify(article('one', 'The bridge opens in May.'));
  const two = JSON.stringify(article('two', 'The bridge will not open in May.'));

  it.each([['through the index cache', {}], ['with the cache off', { FACTS_CACHE: '0' }]])('answers across both (%s), and a name means its namesakes in every source', async (_how, cacheEnv) => {
    const { env } = library({ 'one.json': one, 'two.json': two });
    const sources = await run(['sources', '--fields', 'id'], { env: { ...env, ...cacheEnv } });
    expect(sources).toEqual({ code: 0, stdout: 'macron-security-guarantees\none\ntwo\n', stderr: '' });
    const ann = await run(['quotes', '--speaker', 'ann lee', '--fields', 'id,speaker,text'], { env: { ...env, ...cacheEnv } });
    expect(ann).toEqual({ code: 0, stdout: 'one.q1\tAnn Lee\tThe bridge opens in May.\ntwo.q1\tAnn Lee\tThe bridge will not open in May.\n', stderr: '' });
  });

  it('leaves the library out with --no-library, and with --data or FACTS_DATA, which mean exactly the files named', async () => {
    const { env } = library({ 'one.json': one });
    const mini = join(ROOT, 'test', 'fixtures', 'mini.json');
    expect((await run(['sources', '--fields', 'id', '--no-library'], { env })).stdout).toBe('macron-security-guarantees\n');
    expect((await run(['sources', '--fields', 'id', '--data', mini], { env })).stdout).toBe('mini\n');
    expect((await run(['sources', '--fields', 'id'], { env: { ...env, FACTS_DATA: mini } })).stdout).toBe('mini\n');
  });

  it.each([
    ['a half-written file', 'half.json', one.slice(0, 60), /half\.json:1:\d+: invalid JSON: .*cut short/],
    ['a file that is not a dataset', 'notes.json', '{"version": 2}', /notes\.json: \$\.version: /],
    ['a file with an id another file has (the later by name)', 'x-copy.json', one, /x-copy\.json: source id "one" is also in .*one\.json$/],
  ])('leaves out %s with a one-line warning naming it, on every run, and every other source answers', async (_what, name, content, problem) => {
    const { dir, env } = library({ 'one.json': one, 'two.json': two, [name]: content });
    for (const run_ of ['first', 'warm']) {
      const result = await run(['quotes', '--fields', 'id,text', '--source', 'two'], { env });
      expect(result.code, run_).toBe(0);
      expect(result.stdout, run_).toBe('two.q1\tThe bridge will not open in May.\n');
      const lines = result.stderr.split('\n').filter(Boolean);
      expect(lines, run_).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`^facts: warning: left out of the library: ${join(dir, 'lib')}/`));
      expect(lines[0]).toMatch(problem);
    }
    // Mended, it is read again.
    writeFileSync(join(dir, 'lib', name), name === 'x-copy.json' ? JSON.stringify(article('three', 'A third text.')) : two.replace(/"two/g, '"four'));
    const mended = await run(['sources', '--fields', 'id'], { env });
    expect(mended.stderr).toBe('');
    expect(mended.stdout.split('\n').filter(Boolean)).toHaveLength(4);
  });

  it('answers from the bundled article alone, without a warning, when the library folder does not exist', async () => {
    const result = await run(['sources', '--fields', 'id'], { env: { FACTS_LIBRARY: join(tempDir(), 'none') } });
    expect(result).toEqual({ code: 0, stdout: 'macron-security-guarantees\n', stderr: '' });
  });
});
