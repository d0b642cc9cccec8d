import type { DatasetFile, FactRecord } from './types.js';
import { codePointText, type CodePointText } from '../text/code-points.js';
import { at } from '../lists.js';

// The invariants that make a dataset evidence, for one record at a time: its text and its
// cue are the source's characters at their spans, and what it names exists. Full
// validation (validate.ts) checks them after JSON syntax and the schema, on every file a
// user gives; extraction checks its own draft with them alone (evidenceProblems), since
// its shape is fixed by its types and held to the full validation by the tests, and the
// schema's library is most of what loading the validation costs a run.

/** What is wrong with one record against its source's text (undefined: no such source) and the entities' ids, one phrase each. */
export function recordProblems(record: FactRecord, source: CodePointText | undefined, entityIds: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (source === undefined) {
    problems.push(`unknown source "${record.source}"`);
  } else {
    const span = checkSpan(source, record.span, record.text);
    if (span) problems.push(span);
    if (record.cue) {
      const cue = checkSpan(source, record.cue.span, record.cue.text);
      if (cue) problems.push(`cue ${cue}`);
    }
  }
  if (record.speaker !== null && !entityIds.has(record.speaker)) problems.push(`unknown speaker "${record.speaker}"`);
  return problems;
}

/**
 * Where each id was first seen, by list, as one number: its file's index and its index
 * there (made into words only for a duplicate; a pair for each of a million ids cost 40
 * MB). A second id is a problem that says where the first was, told to `report` with the
 * name of the file it is in.
 */
export class FirstSeen {
  private readonly seen = { sources: new Map<string, number>(), entities: new Map<string, number>(), records: new Map<string, number>() };

  constructor(
    private readonly files: readonly string[],
    private readonly report: (file: string, problem: string) => void,
  ) {}

  /** Notes an id at file f, index i; a duplicate is a problem. */
  note(list: 'sources' | 'entities' | 'records', id: string, f: number, i: number): void {
    const first = this.seen[list].get(id);
    if (first === undefined) {
      this.seen[list].set(id, f * 2 ** 32 + i);
      return;
    }
    const files = this.files;
    const firstFile = files.length > 1 ? `${at(files, Math.floor(first / 2 ** 32))} ` : '';
    this.report(at(files, f), `$.${list}[${i}]: duplicate id "${id}" (first at ${firstFile}$.${list}[${first % 2 ** 32}])`);
  }
}

/** The evidence problems of a dataset in memory (a draft): duplicate ids (FirstSeen), and each record's (recordProblems), as "$.records[i] (id): ..." lines. */
export function evidenceProblems(data: DatasetFile): string[] {
  const problems: string[] = [];
  const ids = new FirstSeen(['draft'], (_file, problem) => problems.push(problem));
  data.sources.forEach((s, i) => ids.note('sources', s.id, 0, i));
  data.entities.forEach((e, i) => ids.note('entities', e.id, 0, i));
  data.records.forEach((r, i) => ids.note('records', r.id, 0, i));
  const texts = new Map(data.sources.map((s) => [s.id, s.text]));
  const indexed = new Map<string, CodePointText>();
  const entityIds = new Set(data.entities.map((e) => e.id));
  data.records.forEach((record, i) => {
    const text = texts.get(record.source);
    let source: CodePointText | undefined;
    if (text !== undefined) {
      source = indexed.get(record.source) ?? codePointText(text);
      indexed.set(record.source, source);
    }
    for (const problem of recordProblems(record, source, entityIds)) problems.push(`$.records[${i}] (${record.id}): ${problem}`);
  });
  return problems;
}

function checkSpan(source: CodePointText, span: { start: number; end: number }, text: string): string | undefined {
  const { start, end } = span;
  if (start > end) return `span ${start}-${end} ends before it starts`;
  if (end > source.length) return `span ${start}-${end} is out of range (the source has ${source.length} code points)`;
  const actual = source.slice(start, end);
  if (actual !== text) return `text does not match the source at ${start}-${end}: the source has ${preview(actual)}`;
  return undefined;
}

function preview(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(short);
}
