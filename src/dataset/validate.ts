import { constants } from 'node:buffer';
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import { DatasetSchema, EntitySchema, RecordSchema, SourceSchema } from './schema.js';
import { bufferBytes, lineAndColumnIn, scanBytes, type Bytes } from './json/bytes.js';
import { isListName, LISTS, valueOfKey, type DatasetLayout } from './json/layout.js';
import type { ByteRange } from './json/structure.js';
import type { DatasetFile, Entity, FactRecord, Source, SourceInfo } from './types.js';
import { codePointText, type CodePointText } from '../text/code-points.js';
import { at } from '../lists.js';
import { errorCode } from '../errors.js';
import { FirstSeen, recordProblems } from './invariants.js';

// Full validation of a user's dataset: JSON syntax, the schema, then the invariants
// that make it evidence (every text is the source's characters at its span) and its
// references. Takes bytes (a file read through bytes.ts, or a text in memory) and returns
// data or a list of one-line problems; it reads, and writes nothing.

/** At most this many problems are listed; the rest are counted. */
export const MAX_PROBLEMS = 20;

/** The outcome of validating one or more files. */
export type Validation<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Parses and checks one file's text, schema and invariants; `file` names it in messages. */
export async function parseDatasetText(text: string, file: string): Promise<Validation<DatasetFile>> {
  const scanned = scanText(text, file);
  if ('problem' in scanned) return { ok: false, problems: [scanned.problem] };
  const records: FactRecord[] = [];
  const result = validateFiles([scanned], (record) => records.push(record));
  if (!result.ok) return result;
  return { ok: true, value: { version: 1, sources: result.value.sources, entities: result.value.entities, records } as DatasetFile };
}

/** A text in memory, laid out as a file of it would be. */
function scanText(text: string, file: string): ScannedFile | { problem: string } {
  const bytes = bufferBytes(Buffer.from(text, 'utf8'));
  const scanned = scanBytes(bytes, file);
  return 'problem' in scanned ? scanned : { file, bytes, layout: scanned.layout };
}

/** Formats a JSON path such as `$.records[2].span.end`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${String(key)}` : `[${JSON.stringify(String(key))}]`;
  return out;
}

/** Where and why a text is not JSON: jsonc-parser's scanner says where, which V8's messages do not always. */
function describeJsonError(text: string, error: Error): { offset: number; reason: string } {
  // Its visitor builds nothing and stops at the first error (checkStructure has already
  // refused nesting deep enough to exhaust its recursion).
  let first: { error: ParseErrorCode; offset: number } | undefined;
  const stop = new Error('first error found');
  try {
    visit(
      text,
      {
        onError: (code, offset) => {
          first = { error: code, offset };
          throw stop;
        },
      },
      { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
    );
  } catch (thrown) {
    if (thrown !== stop) throw thrown;
  }
  if (!first) return { offset: text.length, reason: error.message };
  const at = text[first.offset];
  const found = at === undefined ? 'the end of the element' : `'${at}'`;
  return { offset: first.offset, reason: `${humanizeParseError(printParseErrorCode(first.error))}, found ${found}` };
}

/** jsonc-parser's error codes in the words the dataset scanner (layout.ts) uses for the same mistakes. */
const PARSE_ERRORS: Record<string, string> = {
  PropertyNameExpected: 'expected a key in quotes',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after a key",
  CommaExpected: "expected ',' or a closing bracket",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'expected nothing more',
  InvalidSymbol: 'expected JSON',
};

function humanizeParseError(code: string): string {
  // Else "UnexpectedEndOfString" -> "unexpected end of string".
  return PARSE_ERRORS[code] ?? code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** The problems of datasets already in memory (an extracted draft), as a file of them would have. */
export function checkInvariants(files: readonly { file: string; data: DatasetFile }[]): string[] {
  const scanned = files.map(({ file, data }) => scanText(JSON.stringify(data), file));
  const problems = scanned.flatMap((s) => ('problem' in s ? [s.problem] : []));
  if (problems.length > 0) return problems;
  const result = validateFiles(scanned as ScannedFile[]);
  return result.ok ? [] : result.problems;
}

/** One dataset file: its name for messages, its bytes, and where its parts stand (scanBytes). */
export interface ScannedFile {
  file: string;
  bytes: Bytes;
  layout: DatasetLayout;
}

/** What the files hold besides their records, which went to `onRecord` one at a time. */
export interface StreamedDataset<Text extends string | null = string> {
  /** The sources, each text null if it was not kept (validateFiles' `keepTexts`). */
  sources: (Text extends string ? Source : SourceInfo & { text: Text })[];
  entities: Entity[];
  /** For each source: the file it is in, and where its "text" value (a JSON string) stands there. */
  sourceTexts: { file: number; range: ByteRange }[];
}

/** What is done with each valid record: it, its file's index, and where it stands there. */
export type RecordHandler = (record: FactRecord, file: number, range: ByteRange) => void;

/**
 * Validates dataset files an element at a time, never holding a file as one string:
 * JSON syntax, the schema, then the invariants that make it evidence (every text is the
 * source's characters at its span) and its references, merged across files in order.
 * Each valid record is handed to `onRecord` with its file and byte range, and dropped,
 * so memory grows with the sources and entities, not the records. With `keepTexts`
 * false (the cache's first run), the sources' texts are not kept either: each is read
 * back when a record needs it (textsReadBack). When there are problems, records already
 * handed over are to be thrown away.
 */
export function validateFiles(files: readonly ScannedFile[], onRecord?: RecordHandler): Validation<StreamedDataset>;
export function validateFiles(files: readonly ScannedFile[], onRecord: RecordHandler, keepTexts: false): Validation<StreamedDataset<null>>;
export function validateFiles(files: readonly ScannedFile[], onRecord: RecordHandler = () => {}, keepTexts = true): Validation<StreamedDataset<string | null>> {
  const problems = new Problems();
  checkTopLevels(files, problems);
  if (problems.any) return { ok: false, problems: problems.lines() };
  const kept = readSourcesAndEntities(files, problems, keepTexts);
  if (problems.any) return { ok: false, problems: problems.lines() };
  const ids = new FirstSeen(
    files.map((f) => f.file),
    (file, problem) => problems.add(`${file}: ${problem}`),
  );
  const textOf = keepTexts ? textsKept(kept.sources as Source[]) : textsReadBack(files, kept.sourceTexts);
  checkRecords(files, kept, ids, textOf, onRecord, problems);
  if (problems.any) return { ok: false, problems: problems.lines() };
  return { ok: true, value: { sources: kept.sources, entities: kept.entities, sourceTexts: kept.sourceTexts } };
}

/** A zod issue, as validation reports it. */
type Issue = { path: readonly PropertyKey[]; message: string };

/** The problems found, one line each, the first MAX_PROBLEMS of them kept. */
class Problems {
  private readonly kept: string[] = [];
  private count = 0;

  get any(): boolean {
    return this.count > 0;
  }

  /** How many have been found so far: a record is handed over only if checking it added none. */
  get found(): number {
    return this.count;
  }

  add(line: string): void {
    if (this.count++ < MAX_PROBLEMS) this.kept.push(line);
  }

  /** zod's issues, each by its JSON path in the file. */
  schema(file: string, prefix: PropertyKey[], issues: readonly Issue[]): void {
    for (const issue of issues) this.add(`${file}: ${jsonPath([...prefix, ...issue.path])}: ${describeIssue(issue.message)}`);
  }

  lines(): string[] {
    return this.count > MAX_PROBLEMS ? [...this.kept, `... and ${this.count - MAX_PROBLEMS} more problems`] : this.kept;
  }
}

/** The top level of each file against the schema (with its lists empty); a file that breaks JSON's grammar is that first. */
function checkTopLevels(files: readonly ScannedFile[], problems: Problems): void {
  for (const { file, bytes, layout } of files) {
    const top: Record<string, unknown> = {};
    for (const [key, range] of layout.values) {
      if (isListName(key) && layout.elements[key]) top[key] = [];
      else {
        const parsed = parseElement(bytes, range, file);
        if ('problem' in parsed) problems.add(parsed.problem);
        else top[key] = parsed.value;
      }
    }
    const checked = DatasetSchema.safeParse(top);
    if (!checked.success) {
      // The first element that does not parse says where the grammar breaks.
      const syntax = firstSyntaxError(bytes, layout, file);
      if (syntax) problems.add(syntax);
      else problems.schema(file, [], checked.error.issues);
    }
  }
}

/** The sources and entities of every file, parsed and checked, with where each stands: its file and index there. */
interface KeptLists {
  sources: (Source | (SourceInfo & { text: null }))[];
  entities: Entity[];
  sourceTexts: { file: number; range: ByteRange }[];
  sourcesAt: [number, number][];
  entitiesAt: [number, number][];
}

/** Parses and checks every source and entity; with `keepTexts` false, a source's text is not kept, only where it is. */
function readSourcesAndEntities(files: readonly ScannedFile[], problems: Problems, keepTexts: boolean): KeptLists {
  const kept: KeptLists = { sources: [], entities: [], sourceTexts: [], sourcesAt: [], entitiesAt: [] };
  const each = <T>(name: 'sources' | 'entities', schema: { safeParse(v: unknown): { success: boolean; error?: { issues: readonly Issue[] } } }, keep: (value: T, f: number, range: ByteRange, i: number, element: Buffer) => void) => {
    files.forEach(({ file, bytes, layout }, f) => {
      (layout.elements[name] ?? []).forEach((range, i) => {
        const parsed = parseElement(bytes, range, file);
        if ('problem' in parsed) return problems.add(parsed.problem);
        const checked = schema.safeParse(parsed.value);
        if (!checked.success) return problems.schema(file, [name, i], checked.error?.issues ?? []);
        keep(parsed.value as T, f, range, i, parsed.element);
      });
    });
  };
  each<Source>('sources', SourceSchema, (source, f, range, i, element) => {
    // (Read back when a record needs it: textsReadBack.)
    if (!keepTexts) (source as { text: string | null }).text = null;
    kept.sources.push(source);
    kept.sourcesAt.push([f, i]);
    const text = valueOfKey(element, { start: 0, end: element.byteLength }, 'text') as ByteRange;
    kept.sourceTexts.push({ file: f, range: { start: range.start + text.start, end: range.start + text.end } });
  });
  each<Entity>('entities', EntitySchema, (entity, f, _range, i) => {
    kept.entities.push(entity);
    kept.entitiesAt.push([f, i]);
  });
  return kept;
}

/**
 * Ids, references and spans, across the files in order: every record parsed and checked
 * against the schema, its source and speaker, and its text and cue against the source's
 * characters at their spans. A record that adds no problem is handed to `onRecord`.
 */
function checkRecords(files: readonly ScannedFile[], kept: KeptLists, ids: FirstSeen, textOf: (k: number) => CodePointText, onRecord: RecordHandler, problems: Problems): void {
  const sourceById = new Map<string, number>();
  kept.sources.forEach((source, k) => {
    const [f, i] = at(kept.sourcesAt, k);
    ids.note('sources', source.id, f, i);
    if (!sourceById.has(source.id)) sourceById.set(source.id, k);
  });
  kept.entities.forEach((entity, k) => {
    const [f, i] = at(kept.entitiesAt, k);
    ids.note('entities', entity.id, f, i);
  });
  const entityIds = new Set(kept.entities.map((e) => e.id));
  files.forEach(({ file, bytes, layout }, f) => {
    (layout.elements.records ?? []).forEach((range, i) => {
      const parsed = parseElement(bytes, range, file);
      if ('problem' in parsed) return problems.add(parsed.problem);
      const checked = RecordSchema.safeParse(parsed.value);
      if (!checked.success) return problems.schema(file, ['records', i], checked.error.issues);
      const record = parsed.value as FactRecord;
      const before = problems.found;
      const where = `$.records[${i}] (${record.id})`;
      ids.note('records', record.id, f, i);
      const k = sourceById.get(record.source);
      for (const problem of recordProblems(record, k === undefined ? undefined : textOf(k), entityIds)) problems.add(`${file}: ${where}: ${problem}`);
      if (problems.found === before) onRecord(record, f, range);
    });
  });
}

/** Each source's text as code points, from the strings the sources keep. */
function textsKept(sources: readonly Source[]): (k: number) => CodePointText {
  const texts: CodePointText[] = [];
  return (k) => (texts[k] ??= codePointText(at(sources, k).text));
}

/**
 * Each source's text as code points, when the sources do not keep them (a first run:
 * every source's text held at once was the largest part of its memory). A text is read
 * back from the file when a record needs it, and only the last one is held: records
 * come source by source in the files `facts` makes and in most others, so each text is
 * read back once. Where they do not, once texts have been read back more times than there
 * are sources, every text read is kept from then on, so the work stays linear in the file.
 */
function textsReadBack(files: readonly ScannedFile[], sourceTexts: readonly { file: number; range: ByteRange }[]): (k: number) => CodePointText {
  const kept = new Map<number, CodePointText>();
  let readBack = 0;
  let last = -1;
  let lastText: CodePointText | undefined;
  return (k) => {
    if (k === last) return lastText as CodePointText;
    let text = kept.get(k);
    if (!text) {
      const { file, range } = at(sourceTexts, k);
      // Read on its own: the records' window stays where it is.
      text = codePointText(JSON.parse(at(files, file).bytes.readAside(range.start, range.end).toString('utf8')) as string);
      if (++readBack > sourceTexts.length) kept.set(k, text);
    }
    last = k;
    lastText = text;
    return text;
  };
}

/** One element's JSON, parsed, and its bytes; a syntax error is one line with its line and column in the file. */
/** The first element of a file's lists that is not JSON, as parseElement says it; undefined when all are. */
function firstSyntaxError(bytes: Bytes, layout: DatasetLayout, file: string): string | undefined {
  for (const name of LISTS) {
    const ranges = layout.elements[name];
    for (let i = 0; ranges && i < ranges.length; i++) {
      const parsed = parseElement(bytes, ranges.at(i), file);
      if ('problem' in parsed) return parsed.problem;
    }
  }
  return undefined;
}

/**
 * zod's message in the form of facts' others: lower case, what is missing said so
 * ("Invalid input: expected array, received undefined" is "missing: it must be an array").
 */
export function describeIssue(message: string): string {
  const a = (type: string) => `${/^[aeiou]/.test(type) ? 'an' : 'a'} ${type}`;
  const typed = /^Invalid input: expected (\w+), received (\w+)$/.exec(message);
  if (typed) return typed[2] === 'undefined' ? `missing: it must be ${a(at(typed, 1))}` : `expected ${a(at(typed, 1))}, found ${a(at(typed, 2))}`;
  return message.charAt(0).toLowerCase() + message.slice(1).replace(/\.$/, '');
}

function parseElement(bytes: Bytes, range: ByteRange, file: string): { value: unknown; element: Buffer } | { problem: string } {
  let text: string;
  // (Its bytes are given back with the value, valid until the file's next read.)
  const element = bytes.read(range.start, range.end);
  try {
    text = element.toString('utf8');
  } catch (error) {
    if (errorCode(error) !== 'ERR_STRING_TOO_LONG') throw error;
    const { line, column } = lineAndColumnIn(bytes, range.start);
    return { problem: `${file}:${line}:${column}: too long: one element of more than ${Math.floor(constants.MAX_STRING_LENGTH / 2 ** 20)} MiB (JavaScript's longest string)` };
  }
  try {
    return { value: JSON.parse(text), element };
  } catch (error) {
    const { offset, reason } = describeJsonError(text, error as Error);
    const { line, column } = lineAndColumnIn(bytes, range.start + Buffer.byteLength(text.slice(0, offset)));
    return { problem: `${file}:${line}:${column}: invalid JSON: ${reason}` };
  }
}
