import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runBin, tempDir } from '../helpers.js';

// Search over the sources' own words, questions and partial matches, through the built
// bin/facts.js, on an invented article in a library of its own.

const ARTICLE = `Whales stranded on the northern beaches

Mass strandings of pilot whales have become more frequent along the northern coast, where 54 whales came ashore last week.

"We refloated twelve of them before the tide turned," said Mara Quill, who leads the rescue volunteers.

Scientists have not agreed on a cause.
`;

const env = { XDG_DATA_HOME: mkdtempSync(join(tmpdir(), 'facts-search-')) };
const search = (...argv: string[]) => runBin(['search', '--no-bundled', ...argv], { env });

beforeAll(() => {
  const dir = tempDir({ 'whales.txt': ARTICLE });
  expect(runBin(['add', join(dir, 'whales.txt')], { env }).code).toBe(0);
});

describe('facts search: the sources themselves', () => {
  it('finds words that only the article body holds, as a source hit with its best passage', () => {
    const result = search('mass strandings', '--fields', 'kind,id,span,text');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toContain('source\twhales\t41-163\tMass strandings of pilot whales have become more frequent along the northern coast, where 54 whales came ashore last week.');
    expect(search('mass strandings', '--kind', 'quote,claim,source', '--fields', 'kind,id').stdout).toBe('source\twhales\n');
  });

  it('gives a source one hit, and ranks a record holding the words above it', () => {
    const hits = search('refloated whales', '--fields', 'kind,id').stdout.trim().split('\n');
    expect(hits[0]).toBe('quote\twhales.q1');
    expect(hits.filter((h) => h.startsWith('source\t'))).toHaveLength(1);
  });

  it('searches the title, and --kind source keeps only sources', () => {
    expect(search('stranded northern beaches', '--kind', 'source', '--fields', 'kind,id,text').stdout).toBe('source\twhales\tWhales stranded on the northern beaches\n');
    const titled = tempDir({ 'ferry.txt': 'The ferry returns.\n' });
    expect(runBin(['add', join(titled, 'ferry.txt'), '--title', 'Harbour crossing restored'], { env }).code).toBe(0);
    expect(search('harbour crossing', '--kind', 'source', '--fields', 'kind,id,text').stdout).toBe('source\tferry\tHarbour crossing restored\n');
  });
});

describe('facts search: questions and some of the words', () => {
  it('answers how many with a figure first, without the question’s own words', () => {
    expect(search('how many whales came ashore', '--limit', '1', '--fields', 'kind,text').stdout).toBe('number\t54\n');
  });

  it('answers who said with the quotation', () => {
    expect(search('who said refloated', '--limit', '1', '--fields', 'kind,id').stdout).toBe('quote\twhales.q1\n');
  });

  it('answers a query whose words the text holds only some of, rather than exiting 1', () => {
    const result = search('volunteers sailors', '--kind', 'quote,source', '--fields', 'kind,id,text');
    expect(result).toEqual({ code: 0, stdout: 'source\twhales\t"We refloated twelve of them before the tide turned," said Mara Quill, who leads the rescue volunteers.\n', stderr: '' });
  });

  it('still exits 1 when nothing holds any of the words', () => {
    expect(search('zorblax quintar')).toEqual({ code: 1, stdout: '', stderr: '' });
  });
});
