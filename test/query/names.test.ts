import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBundledDataset } from '../../src/cache/load.js';
import type { Entity } from '../../src/dataset/types.js';
import { namePattern, resolveName, sameEntityTest } from '../../src/query/names.js';
import { datasetFrom } from '../fixtures/build.js';
import { run, tempDir } from '../helpers.js';

// One resolver for every place a person is named: the bundled article, and a dataset of
// our own in which two speakers share a surname.

const bundled = loadBundledDataset();
const clintons = datasetFrom(
  [
    { kind: 'quote', text: 'We will raise the minimum wage in the first hundred days.', speaker: 'hillary-clinton' },
    { kind: 'quote', text: 'The economy grew faster when I was in office.', speaker: 'bill-clinton' },
    { kind: 'claim', text: 'The governor said the budget would balance by spring.', speaker: 'kaine' },
  ],
  [
    { id: 'hillary-clinton', name: 'Hillary Clinton', type: 'person', role: 'Democratic nominee', aliases: ['Clinton', 'Mrs. Clinton'] },
    { id: 'bill-clinton', name: 'Bill Clinton', type: 'person', role: 'former President', aliases: ['Clinton'] },
    { id: 'kaine', name: 'Tim Kaine', type: 'person', role: 'Senator', aliases: ['Kaine'] },
  ],
  'campaign',
);

describe('resolveName', () => {
  it.each([
    ['Macron', 'macron'],
    ['macron', 'macron'],
    ['Mr. Macron', 'macron'],
    ['E. Macron', 'macron'],
    ['President Macron', 'macron'],
    ['President Emmanuel Macron', 'macron'],
    ['EMMANUEL MACRÓN', 'macron'],
    ['Makron', 'macron'],
    ['the politician', 'macron'],
    ['Zelensky', 'zelenskyy'],
    ['Zelenski', 'zelenskyy'],
    ['V. Zelenskyy', 'zelenskyy'],
    ['Donald J. Trump', 'trump'],
  ])('%j means %s', async (name, id) => {
    expect((await resolveName(bundled, name)).map((e) => e.id)).toEqual([id]);
  });

  it.each([
    ['Bill Clinton', 'bill-clinton'],
    ['H. Clinton', 'hillary-clinton'],
    ['Hillary Rodham Clinton', 'hillary-clinton'],
    ['Mrs. Clinton', 'hillary-clinton'],
    ['Sen. Kaine', 'kaine'],
    ['Kaien', 'kaine'],
  ])('%j means %s where two speakers share a surname', async (name, id) => {
    expect((await resolveName(clintons, name)).map((e) => e.id)).toEqual([id]);
  });

  it('calls a shared surname ambiguous and lists both', async () => {
    await expect(resolveName(clintons, 'Clinton')).rejects.toThrow("'Clinton' could be Hillary Clinton (hillary-clinton), Bill Clinton (bill-clinton): give more of the name");
    await expect(resolveName(clintons, 'President Clinton')).rejects.toThrow(/could be Hillary Clinton .* Bill Clinton/);
  });

  it('means every namesake of the same type at once: the same person in two sources of a library', async () => {
    const library = {
      entities: [
        { id: 'a.jane-doe', name: 'Jane Doe', type: 'person', role: null, aliases: ['Doe'] },
        { id: 'b.jane-doe', name: 'Jane Doe', type: 'person', role: 'mayor', aliases: ['Mayor Doe'] },
        { id: 'b.doe-group', name: 'Doe', type: 'organization', role: null, aliases: [] },
      ] as Entity[],
    };
    expect((await resolveName(library, 'Jane Doe')).map((e) => e.id)).toEqual(['a.jane-doe', 'b.jane-doe']);
    expect((await resolveName(library, 'J. Doe')).map((e) => e.id)).toEqual(['a.jane-doe', 'b.jane-doe']);
    const particles = { entities: [{ id: 'a.berg', name: 'Ines van der Berg', type: 'person', role: null, aliases: [] }, { id: 'b.berg', name: 'Van der Berg', type: 'person', role: null, aliases: [] }] as Entity[] };
    expect((await resolveName(particles, 'Ines van der Berg')).map((e) => e.id)).toEqual(['a.berg', 'b.berg']);
    // A person and an organization of the same name are two things.
    await expect(resolveName(library, 'Doe')).rejects.toThrow(/could be Jane Doe \(a\.jane-doe\), .*Doe \(b\.doe-group\)/);
  });

  it('calls an unknown name an error, with the closest name when one is close', async () => {
    await expect(resolveName(bundled, 'Macronnet')).rejects.toThrow("no one named 'Macronnet' in the data (did you mean 'Emmanuel Macron'?)");
    await expect(resolveName(bundled, 'nobody')).rejects.toThrow("no one named 'nobody' in the data; 'facts entities' lists everyone");
    await expect(resolveName(bundled, 'ron')).rejects.toThrow(/no one named 'ron'/);
  });
});

describe('every command that names a person uses it', () => {
  const dir = tempDir();
  const file = join(dir, 'campaign.json');
  writeFileSync(file, JSON.stringify(clintons));
  const data = ['--data', file];

  it.each([
    [['who', 'Bill Clinton', '--fields', 'id']],
    [['quotes', '--speaker', 'Bill Clinton', '--fields', 'id']],
    [['search', 'economy', '--speaker', 'Bill Clinton', '--fields', 'id']],
    [['verify', '--speaker', 'Bill Clinton', 'The economy grew faster', '--fields', 'record']],
  ])('%j', async (argv) => {
    expect(await run([...data, ...argv])).toEqual({ code: 0, stdout: 'q2\n', stderr: '' });
  });

  it.each([
    [['who', 'Clinton']],
    [['quotes', '--speaker', 'Clinton']],
    [['claims', '--speaker', 'Clinton']],
    [['search', 'economy', '--speaker', 'Clinton']],
    [['verify', '--speaker', 'Clinton', 'The economy grew faster']],
  ])('ambiguous in %j: exit 2, the candidates, no verdict', async (argv) => {
    expect(await run([...data, ...argv])).toEqual({
      code: 2,
      stdout: '',
      stderr: "facts: 'Clinton' could be Hillary Clinton (hillary-clinton), Bill Clinton (bill-clinton): give more of the name\n",
    });
  });

  it.each([[['who', 'nobody']], [['numbers', '--speaker', 'nobody']]])('unknown in %j: exit 2', async (argv) => {
    expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr: "facts: no one named 'nobody' in the data; 'facts entities' lists everyone\n" });
  });

  it('takes an unknown name in verify as a claim: words someone else said are misattributed', async () => {
    expect(await run(['verify', '--speaker', 'Nobody Known', 'will not wage any war against Russia', '--fields', 'verdict,speaker,claimed_speaker'])).toEqual({ code: 1, stdout: 'misattributed\tEmmanuel Macron\tNobody Known\n', stderr: '' });
  });
});

describe('sameEntityTest: one person or group across the sources of a library', () => {
  const person = (id: string, name: string): Entity => ({ id, name, type: 'person', role: null, aliases: [] });
  const entities = [
    person('a.hillary', 'Hillary Clinton'),
    person('b.bill', 'Bill Clinton'),
    person('c.clinton', 'Clinton'),
    person('d.hillary', 'Hillary Clinton'),
    person('e.holm', 'Former Harbour Commissioner Greta Holm'),
    person('f.holm', 'Greta Holm'),
    person('g.kaine', 'Kaine'),
    person('h.kaine', 'Tim Kaine'),
    person('k.berg', 'Ines van der Berg'),
    person('l.berg', 'Van der Berg'),
    { id: 'i.board', name: 'the Water Board', type: 'organization', role: null, aliases: [] } satisfies Entity,
    { id: 'j.board', name: 'Water Board', type: 'organization', role: null, aliases: [] } satisfies Entity,
  ];
  const same = sameEntityTest({ entities, entityById: new Map(entities.map((e) => [e.id, e])) });
  it.each([
    ['a.hillary', 'd.hillary', true, 'the same name in two sources'],
    ['a.hillary', 'b.bill', false, 'two first names of one surname'],
    ['a.hillary', 'c.clinton', null, 'a bare surname the data gives two first names'],
    ['g.kaine', 'h.kaine', true, 'a bare surname the data gives one first name'],
    ['e.holm', 'f.holm', true, 'a name kept with its title'],
    ['k.berg', 'l.berg', true, 'a surname named alone with its particles, which are no first name'],
    ['i.board', 'j.board', true, 'a group, with or without "the"'],
    ['a.hillary', 'i.board', false, 'a person and a group'],
  ])('%s and %s: %s (%s)', (a, b, expected, _why) => {
    expect(same(a, b)).toBe(expected);
  });
});

describe('namePattern: what a database picks the entities that can bear a name by', () => {
  it.each([
    ['Calderon', '{"name": "Felipe Calderón"}', true],
    ['President Felipe CALDERÓN', '{"name": "Calderon"}', true],
    ['Mr. Lindqvist', '{"aliases": ["LINDQVIST"]}', true],
    ['harbour.jane-okafor', '{"id": "harbour.jane-okafor"}', true],
    ['Lindqvist', '{"name": "Lindgren"}', false],
  ])('%s in %s: %s', (query, json, found) => {
    expect(new RegExp(namePattern(query) ?? '(?!)').test(json)).toBe(found);
  });

  it('has nothing to pick by in a name without letters or digits', () => {
    expect(namePattern('—')).toBeUndefined();
  });
});
