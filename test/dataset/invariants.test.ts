import { describe, expect, it } from 'vitest';
import { evidenceProblems } from '../../src/dataset/invariants.js';
import { checkInvariants } from '../../src/dataset/validate.js';
import type { DatasetFile } from '../../src/dataset/types.js';

// The check extraction runs on its own drafts: the evidence invariants without the schema.
function draft(records: DatasetFile['records'], text = 'Ada Quist said "we sail at dawn" on 🚢 Monday.'): DatasetFile {
  return {
    version: 1,
    sources: [{ id: 'a', title: 't', publisher: null, url: null, published: null, language: 'en', text }],
    entities: [{ id: 'a.ada-quist', name: 'Ada Quist', type: 'person', role: null, aliases: ['Quist'] }],
    records,
  } as DatasetFile;
}
const quote = { id: 'a.q1', kind: 'quote', text: 'we sail at dawn', source: 'a', span: { start: 16, end: 31 }, speaker: 'a.ada-quist', cue: { text: 'Ada Quist said', span: { start: 0, end: 14 } } } as const;

describe('evidenceProblems', () => {
  it('finds nothing in a draft whose records are the source at their spans, as full validation finds nothing', () => {
    const data = draft([quote, { id: 'a.n1', kind: 'number', text: 'Monday', source: 'a', span: { start: 38, end: 44 }, speaker: null, cue: null, value: 1, unit: 'day', about: 'x' } as never]);
    expect(evidenceProblems(data)).toEqual([]);
    expect(checkInvariants([{ file: 'draft', data }])).toEqual([]);
  });

  it('names each record whose text, cue, source or speaker is not what the source and entities hold, in the words full validation uses', () => {
    const data = draft([
      { ...quote, span: { start: 15, end: 30 } },
      { ...quote, id: 'a.q2', cue: { text: 'Quist said', span: { start: 0, end: 10 } } },
      { ...quote, id: 'a.q3', speaker: 'a.tom-rask' },
      { ...quote, id: 'a.q4', source: 'b' },
    ]);
    expect(evidenceProblems(data)).toEqual([
      '$.records[0] (a.q1): text does not match the source at 15-30: the source has "\\"we sail at daw"',
      '$.records[1] (a.q2): cue text does not match the source at 0-10: the source has "Ada Quist "',
      '$.records[2] (a.q3): unknown speaker "a.tom-rask"',
      '$.records[3] (a.q4): unknown source "b"',
    ]);
    expect(checkInvariants([{ file: 'draft', data }])).toEqual(evidenceProblems(data).map((p) => `draft: ${p}`));
  });

  it('finds a duplicate id in any list, in the words full validation uses', () => {
    const data = draft([quote, quote]);
    expect(evidenceProblems(data)).toEqual(['$.records[1]: duplicate id "a.q1" (first at $.records[0])']);
    expect(checkInvariants([{ file: 'draft', data }])).toEqual(evidenceProblems(data).map((p) => `draft: ${p}`));
    const twice = { ...data, entities: [...data.entities, ...data.entities], records: [quote] } as DatasetFile;
    expect(evidenceProblems(twice)).toEqual(['$.entities[1]: duplicate id "a.ada-quist" (first at $.entities[0])']);
  });
});
