import { DatasetSchema } from './schema.js';
import type { DatasetFile } from './types.js';
import { indexCodePoints, sliceCodePoints, type CodePointIndex } from '../text/code-points.js';

// Full validation of a user's dataset: JSON syntax, the schema, then the invariants
// that make it evidence (every text is the source's characters at its span) and its
// references. Pure: takes text, returns data or a list of one-line problems.

/** At most this many problems are listed; the rest are counted. */
export const MAX_PROBLEMS = 20;

/** The outcome of validating one or more files. */
export type Validation<T> = { ok: true; value: T } | { ok: false; problems: string[] };

/** Parses and schema-checks one file's text; `file` names it in messages. */
export async function parseDatasetText(text: string, file: string): Promise<Validation<DatasetFile>> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [await describeJsonError(text, file, error as Error)] };
  }
  const result = DatasetSchema.safeParse(json);
  // The schema only checks: the records are kept exactly as parsed, key order and extra fields included.
  if (result.success) return { ok: true, value: json as DatasetFile };
  const problems = result.error.issues.map((issue) => `${file}: ${jsonPath(issue.path)}: ${issue.message}`);
  return { ok: false, problems: capProblems(problems) };
}

/** Formats a JSON path such as `$.records[2].span.end`. */
export function jsonPath(path: readonly PropertyKey[]): string {
  let out = '$';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : /^[A-Za-z_$][\w$]*$/.test(String(key)) ? `.${String(key)}` : `[${JSON.stringify(String(key))}]`;
  return out;
}

async function describeJsonError(text: string, file: string, error: Error): Promise<string> {
  // V8's messages do not always carry a position; jsonc-parser's scanner does. Its
  // visitor builds nothing, and stops at the first error (checkStructure has already
  // refused nesting deep enough to exhaust its recursion).
  const { visit, printParseErrorCode } = await import('jsonc-parser');
  let first: { error: import('jsonc-parser').ParseErrorCode; offset: number } | undefined;
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
  const offset = first?.offset ?? text.length;
  const { line, column } = lineAndColumn(text, offset);
  const reason = first ? humanizeParseError(printParseErrorCode(first.error)) : error.message;
  return `${file}:${line}:${column}: invalid JSON: ${reason}`;
}

function humanizeParseError(code: string): string {
  // "CommaExpected" -> "comma expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/** 1-based line and column (in code points) of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: [...text.slice(lineStart, offset)].length + 1 };
}

function capProblems(problems: string[]): string[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_PROBLEMS), `... and ${problems.length - MAX_PROBLEMS} more problems`];
}

/** Checks ids, references and spans across already schema-valid files, merged in order. */
export function checkInvariants(files: readonly { file: string; data: DatasetFile }[]): string[] {
  const problems: string[] = [];
  const sources = new Map<string, { text: string; index: CodePointIndex }>();
  const entities = new Set<string>();
  const seen = { sources: new Map<string, string>(), entities: new Map<string, string>(), records: new Map<string, string>() };

  const checkDuplicate = (list: keyof typeof seen, id: string, file: string, where: string) => {
    const first = seen[list].get(id);
    if (first !== undefined) problems.push(`${file}: ${where}: duplicate id "${id}" (first at ${first})`);
    else seen[list].set(id, files.length > 1 ? `${file} ${where}` : where);
  };

  for (const { file, data } of files) {
    data.sources.forEach((source, i) => {
      checkDuplicate('sources', source.id, file, `$.sources[${i}]`);
      if (!sources.has(source.id)) sources.set(source.id, { text: source.text, index: indexCodePoints(source.text) });
    });
    data.entities.forEach((entity, i) => {
      checkDuplicate('entities', entity.id, file, `$.entities[${i}]`);
      entities.add(entity.id);
    });
  }

  for (const { file, data } of files) {
    data.records.forEach((record, i) => {
      const where = `$.records[${i}] (${record.id})`;
      checkDuplicate('records', record.id, file, `$.records[${i}]`);
      const source = sources.get(record.source);
      if (!source) {
        problems.push(`${file}: ${where}: unknown source "${record.source}"`);
      } else {
        const spanProblem = checkSpan(source, record.span, record.text);
        if (spanProblem) problems.push(`${file}: ${where}: ${spanProblem}`);
        if (record.cue) {
          const cueProblem = checkSpan(source, record.cue.span, record.cue.text);
          if (cueProblem) problems.push(`${file}: ${where}: cue ${cueProblem}`);
        }
      }
      if (record.speaker !== null && !entities.has(record.speaker)) {
        problems.push(`${file}: ${where}: unknown speaker "${record.speaker}"`);
      }
    });
  }
  return capProblems(problems);
}

function checkSpan(source: { text: string; index: CodePointIndex }, span: { start: number; end: number }, text: string): string | undefined {
  const { start, end } = span;
  if (start > end) return `span ${start}-${end} ends before it starts`;
  if (end > source.index.length) return `span ${start}-${end} is out of range (the source has ${source.index.length} code points)`;
  const actual = sliceCodePoints(source.text, start, end, source.index);
  if (actual !== text) return `text does not match the source at ${start}-${end}: the source has ${preview(actual)}`;
  return undefined;
}

function preview(text: string): string {
  const short = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return JSON.stringify(short);
}
