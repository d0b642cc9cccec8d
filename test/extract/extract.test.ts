import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkInvariants } from '../../src/dataset/validate.js';
import { extractDataset } from '../../src/extract/extract.js';
import { ROOT } from '../helpers.js';

const speakers = (text: string) => {
  const data = extractDataset(text);
  const name = (id: string | null) => data.entities.find((e) => e.id === id)?.name ?? null;
  return data.records.filter((r) => r.kind === 'quote').map((q) => [q.text, name(q.speaker), q.cue?.text ?? null]);
};

describe('extractDataset: speakers and cues', () => {
  it.each([
    ['X said', 'Ben Okafor spoke. "We are promising a wall," Okafor said.', [['We are promising a wall,', 'Ben Okafor', 'Okafor said']]],
    ['said X, a spokeswoman for', '"Every year the leaks remain," said Rita Gallo, a spokeswoman for the league.', [['Every year the leaks remain,', 'Rita Gallo', 'said Rita Gallo']]],
    ['X told reporters', 'Mayor Anna Duarte won. "We waited long enough," she told reporters.', [['We waited long enough,', 'Anna Duarte', 'she told']]],
    ['according to her', 'Engineer Sofia Brandt spoke. According to her, the pipes are "older than anyone thought".', [['older than anyone thought', 'Sofia Brandt', 'According to her']]],
    ['X: "..."', 'Greta Holm voted no. Holm: "The roof leaks."', [['The roof leaks.', 'Greta Holm', 'Holm']]],
    ['the sentence before', 'Sofia Brandt was asked about bills. She was careful. "Some increase is likely."', [['Some increase is likely.', 'Sofia Brandt', null]]],
    ['a description', 'Transport minister Claire Moreau spoke. "Settle it," the minister said.', [['Settle it,', 'Claire Moreau', 'the minister said']]],
    ['an unnamed source', 'A curator, who asked not to be named, said the mood was "grim".', [['grim', 'curator', 'A curator, who asked not to be named, said']]],
    ['an organization', 'The union representing museum workers called the cuts "a slow dismantling".', [['a slow dismantling', 'union representing museum workers', 'The union representing museum workers called']]],
    ['a transcript label', 'Lena Moss spoke to Tom Brandt.\n\n"MOSS: Will she be there?\n\n"BRANDT: She will not."', [['MOSS: Will she be there?', 'Lena Moss', 'MOSS'], ['BRANDT: She will not.', 'Tom Brandt', 'BRANDT']]],
    ['a title and a party tag', '"We will appeal," Rep. Omar Feld (D-Ore.) said.', [['We will appeal,', 'Omar Feld', 'Rep. Omar Feld (D-Ore.) said']]],
    ['an apposition before the verb', 'Petra Aalders, the Dutch finance minister, told reporters: "We are ready."', [['We are ready.', 'Petra Aalders', 'Petra Aalders, the Dutch finance minister, told']]],
    ['a partial quote in reported speech', 'Omar Feld spoke. Later Feld wrote that the levy was "reckless" and worse.', [['reckless', 'Omar Feld', 'Later Feld wrote']]],
    ['a pronoun, by gender', 'Ana Ruiz met Tom Berg. Berg left early, and Ruiz stayed. "It went well," she said.', [['It went well,', 'Ana Ruiz', 'she said']]],
    ['a signature', '"Build the bridge first." ― Olga Brandt', [['Build the bridge first.', 'Olga Brandt', '― Olga Brandt']]],
    ['a source after the quotation', 'Ada Quist runs the board. The plant was "unsafe for years," according to the water board.', [['unsafe for years,', 'water board', 'according to the water board']]],
    ['a relation', 'Ada Quist grew up by the sea. "Never trust the tide," my father often said.', [['Never trust the tide,', 'my father', 'my father often said']]],
    ['a share of people', 'A poll was taken. Only 52 percent of voters agreed that the plan was "good enough."', [['good enough.', '52 percent of voters', 'Only 52 percent of voters agreed']]],
    ['two people together', 'Omar Feld met Ada Quist. Feld and Quist call the levy "a tax on fish."', [['a tax on fish.', 'Feld and Quist', 'Feld and Quist call']]],
    // (compromise's own post-tagger split a possessive full name whose surname it knows into two people: src/extract/compromise.ts.)
    ['a full name first met as a possessive', 'The council backed Greta Wagner’s plan on Monday.\n\n"We waited long enough," Wagner said.', [['We waited long enough,', 'Greta Wagner', 'Wagner said']]],
    ['a new clause after the quotation is not its cue', 'Ada Quist voted yes. The plan is "good for the harbour," while 40 percent of members said the opposite.', [['good for the harbour,', 'Ada Quist', null]]],
  ])('%s', (_name, text, expected) => {
    expect(speakers(text)).toEqual(expected);
  });

  it('gives a quote broken by its attribution one speaker, and keeps a nested quote inside its outer one', () => {
    expect(speakers('Ben Okafor spoke. "We are promising a wall," Okafor said, "but not a price." He added: "It is the "so-called" plan."')).toEqual([
      ['We are promising a wall,', 'Ben Okafor', 'Okafor said'],
      ['but not a price.', 'Ben Okafor', 'Okafor said'],
      ['It is the "so-called" plan.', 'Ben Okafor', 'He added'],
    ]);
  });

  it('makes one entity of a full name, its surname and a title, and another of a namesake', () => {
    const data = extractDataset('Maria Lindqvist spoke first. "We can do it," Lindqvist said. Erik Lindqvist agreed. "She can," he said. Ms. Lindqvist smiled.', { id: 'a' });
    expect(data.entities.map((e) => e.name)).toEqual(['Maria Lindqvist', 'Erik Lindqvist']);
    expect(data.records.filter((r) => r.kind === 'quote').map((r) => r.speaker)).toEqual(['a.maria-lindqvist', 'a.erik-lindqvist']);
  });

  it('never makes a person of words inside the name of an organization, though the organization may be a person\'s', () => {
    const names = (text: string) => extractDataset(`${text}\n\nGreta Holm, a customer, said the fine was "far too small."`, { id: 'a' }).entities.map((e) => e.name);
    expect(names('The Alnes Savings Bank has been fined by the regulator.')).toEqual(['Greta Holm']);
    expect(names('Members of President Ivo Brandt’s Council of Harbour Advisers met on Monday.')).toEqual(['Ivo Brandt', 'Greta Holm']);
  });

  it('never makes a person of a quotation mark, a headline word or a place', () => {
    const data = extractDataset('Rally in Bergen.\n\n“Omar Feld is here,” said Ana Ruiz. In Charlotte, Ruiz waved.', { id: 'a' });
    expect(data.entities.map((e) => e.name)).toEqual(['Ana Ruiz']);
  });

  it('leaves out quoted terms and titles that nobody says', () => {
    const text = 'The report, titled "Ageing Networks", describes the so-called "green corridor" well.';
    expect(speakers(text)).toEqual([]);
    expect(speakers('Ivo Brandt wrote a book called "Low Tide in Alnes" and a column called "notes from the quay."')).toEqual([]);
    expect(speakers('Ivo Brandt said so in an interview with "Quay Talk."')).toEqual([]);
    expect(speakers('Ivo Brandt spoke. He told it in his memoir, "Salt and Stone." One ad, "Bright Quay," shows the pier.')).toEqual([]);
  });

  it('leaves out a title inside a sentence that no cue gives to anyone, and keeps one a cue gives or one that opens its sentence', () => {
    expect(speakers('Ada Quist spoke on Monday. Her fans still watch "Harbour Nights" and chant "Quist For Mayor" at rallies.')).toEqual([]);
    expect(speakers('Ada Quist spoke on Monday. She said "Never Again" twice.')).toEqual([['Never Again', 'Ada Quist', 'She said']]);
    expect(speakers('"Are you sure?" Tom Rask asked Ada Quist.\n\n"Absolutely."').map(([words]) => words)).toEqual(['Are you sure?', 'Absolutely.']);
    expect(speakers('Tom Rask spoke on Monday. « Absolutely. »').map(([words]) => words)).toEqual(['Absolutely.']);
  });

  it('keeps what someone called a thing, in words that are no title, as their words', () => {
    const rows = speakers('Tom Rask spoke after the flood, which he called "the worst week of my life." Ada Quist praised what Rask called "a fair deal," but not his film, which he called "Low Tide."');
    expect(rows.map(([words, speaker]) => [words, speaker])).toEqual([
      ['the worst week of my life.', 'Tom Rask'],
      ['a fair deal,', 'Tom Rask'],
    ]);
  });

  it('types a company, a ministry or a trust as an organization by the word that ends its name, not as a person', () => {
    const text = '"We lost money on every route," Alnes Air said.\n\n"Fares will rise," Nordvik Bank said.\n\n"The pier stays shut," said the Ministry of Ports.\n\n"We will help," the Alnes Harbour Trust said.';
    expect(Object.fromEntries(extractDataset(text).entities.map((e) => [e.name, e.type]))).toEqual({
      'Alnes Air': 'organization',
      'Nordvik Bank': 'organization',
      'Ministry of Ports': 'organization',
      'Alnes Harbour Trust': 'organization',
    });
  });

  // Each entity's name and the role extraction gave it.
  const roles = (text: string) => extractDataset(text).entities.map((e) => [e.name, e.role]);

  it.each([
    [
      'names people with their roles',
      'President of France Emmanuel Macron spoke. Anna Duarte, a spokeswoman for the council, agreed. The board\'s chairman, Victor Amsel, said nothing.',
      [['Emmanuel Macron', 'President of France'], ['Anna Duarte', 'spokeswoman for the council'], ['Victor Amsel', 'chairman']],
    ],
    [
      'takes a role in lower case right before a name, without the narration around it',
      'Crown prosecutor Ada Quist spoke first. The jury then heard from defence lawyer Tom Rask, who beat rival Ivo Brandt to the case. Union steward Greta Wagner, asked after the vote, said nothing. Later, Kim Lind spoke.',
      [['Ada Quist', 'Crown prosecutor'], ['Tom Rask', 'defence lawyer'], ['Ivo Brandt', 'rival'], ['Greta Wagner', 'Union steward'], ['Kim Lind', null]],
    ],
    [
      'takes no role from a phrase inside a clause that says when or about what, but does from one that names a person',
      'Tom Rask spoke first. After the vote, Greta Holm left. Asked about Rask\'s comments, Ivo Brandt said nothing. Asked if the strike would last, Sam Brekke shrugged. He came with his wife, Ada Brandt, and with the chief of staff, Kim Lind.',
      [['Tom Rask', null], ['Greta Holm', null], ['Ivo Brandt', null], ['Sam Brekke', null], ['Ada Brandt', 'wife'], ['Kim Lind', 'chief of staff']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(roles(text)).toEqual(expected);
  });

  it('records reported statements as claims with their speaker', () => {
    const data = extractDataset('Transport minister Claire Moreau spoke. Moreau said that the government would not step in.');
    expect(data.records.filter((r) => r.kind === 'claim').map((c) => [c.text, c.speaker, c.cue?.text])).toEqual([['the government would not step in', 'article.claire-moreau', 'Moreau said']]);
  });
});

describe('extractDataset on every fixture article', () => {
  const dir = join(ROOT, 'test', 'fixtures', 'articles');
  const articles = [...readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f)), join(ROOT, 'data', 'sources', 'macron-security-guarantees.txt')];

  it.each(articles.map((a) => [a.split('/').pop() as string, a]))('%s: every record is the article at its span, and the output is the same every time', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const data = extractDataset(text, { id: 'a' });
    expect(checkInvariants([{ file, data }])).toEqual([]);
    expect(JSON.stringify(extractDataset(text, { id: 'a' }))).toBe(JSON.stringify(data));
    expect(data.records.filter((r) => r.kind === 'quote').length).toBeGreaterThan(5);
  });
});
