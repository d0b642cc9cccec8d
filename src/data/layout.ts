import { stringEnd, type ByteRange } from './structure.js';

// Where the parts of a dataset file stand, in bytes, so that it can be read an element
// at a time: the top-level keys and their values, and each element of the three lists
// (sources, entities, records). One pass, memory that grows with the number of elements
// and not with the file, and JSON's grammar checked between elements (each element is
// then parsed on its own by JSON.parse, which checks the rest). Pure.

/** The lists a dataset file holds. */
export const LISTS = ['sources', 'entities', 'records'] as const;
export type ListName = (typeof LISTS)[number];

/** The top-level values of a dataset file, and the elements of its lists. */
export interface DatasetLayout {
  /** Each top-level key's value. */
  values: Map<string, ByteRange>;
  /** The elements of each list that is an array. */
  elements: Partial<Record<ListName, ByteRange[]>>;
}

/** A place where the file is not JSON, in bytes, and what was found there. */
export interface LayoutProblem {
  offset: number;
  reason: string;
}

const SPACE = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0d]) SPACE[c] = 1;

/** The layout of a dataset file's bytes (whose brackets and strings checkStructure found sound). */
export function layoutOf(bytes: Uint8Array, from = 0): DatasetLayout | LayoutProblem {
  const n = bytes.length;
  let i = from;
  const skip = () => {
    while (i < n && SPACE[bytes[i] as number]) i++;
  };
  const problem = (expected: string): LayoutProblem => ({ offset: i, reason: i >= n ? `${expected}, found the end of the file` : `${expected}, found '${String.fromCharCode(bytes[i] as number)}'` });
  /** Moves past one value (of any kind) starting at i; returns its range, or a problem. */
  const value = (): ByteRange | LayoutProblem => {
    skip();
    const start = i;
    const c = bytes[i];
    if (c === 0x22) {
      const end = stringEnd(bytes, i);
      if (end < 0) return problem('a string that ends');
      i = end + 1;
      return { start, end: i };
    }
    if (c === 0x7b || c === 0x5b) {
      let depth = 0;
      for (; i < n; i++) {
        const b = bytes[i] as number;
        if (b === 0x22) {
          i = stringEnd(bytes, i);
          if (i < 0) return problem('a string that ends');
        } else if (b === 0x7b || b === 0x5b) depth++;
        else if (b === 0x7d || b === 0x5d) {
          depth--;
          if (depth === 0) {
            i++;
            return { start, end: i };
          }
        }
      }
      return problem(`a closing '${c === 0x7b ? '}' : ']'}'`);
    }
    // A number, true, false or null: up to the next separator.
    while (i < n && !SPACE[bytes[i] as number] && bytes[i] !== 0x2c && bytes[i] !== 0x7d && bytes[i] !== 0x5d) i++;
    return i > start ? { start, end: i } : problem('a value');
  };
  const isProblem = (x: unknown): x is LayoutProblem => typeof x === 'object' && x !== null && 'reason' in x;
  /** After a value: ',' (true: another follows) or the closing byte (false), else a problem. */
  const separator = (close: number, expected: string): boolean | LayoutProblem => {
    skip();
    if (bytes[i] === 0x2c) {
      i++;
      return true;
    }
    if (bytes[i] === close) {
      i++;
      return false;
    }
    return problem(expected);
  };

  skip();
  // A byte-order mark is not part of the JSON.
  if (bytes[i] === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) i += 3;
  skip();
  if (bytes[i] !== 0x7b) return problem("'{' (a dataset is a JSON object)");
  i++;
  const layout: DatasetLayout = { values: new Map(), elements: {} };
  skip();
  if (bytes[i] === 0x7d) {
    i++;
  } else {
    for (;;) {
      skip();
      if (bytes[i] !== 0x22) return problem('a key in quotes');
      const keyEnd = stringEnd(bytes, i);
      const key = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + i, keyEnd + 1 - i).toString('utf8')) as string;
      i = keyEnd + 1;
      skip();
      if (bytes[i] !== 0x3a) return problem("':' after a key");
      i++;
      skip();
      if ((LISTS as readonly string[]).includes(key) && bytes[i] === 0x5b) {
        const start = i;
        const elements: ByteRange[] = [];
        i++;
        skip();
        if (bytes[i] === 0x5d) i++;
        else {
          for (;;) {
            const element = value();
            if (isProblem(element)) return element;
            elements.push(element);
            const more = separator(0x5d, "',' or ']' after an element");
            if (isProblem(more)) return more;
            if (!more) break;
          }
        }
        layout.elements[key as ListName] = elements;
        layout.values.set(key, { start, end: i });
      } else {
        const range = value();
        if (isProblem(range)) return range;
        layout.values.set(key, range);
      }
      const more = separator(0x7d, "',' or '}' after a value");
      if (isProblem(more)) return more;
      if (!more) break;
    }
  }
  skip();
  if (i < n) return problem('the end of the file after the dataset');
  return layout;
}

/** Whether layoutOf found a problem rather than a layout. */
export function isLayoutProblem(x: DatasetLayout | LayoutProblem): x is LayoutProblem {
  return 'reason' in x;
}

/** The range of the value of `key` in the JSON object at `range` (its top level only), or undefined. */
export function valueOfKey(bytes: Uint8Array, range: ByteRange, key: string): ByteRange | undefined {
  const element = bytes.subarray(range.start, range.end);
  const inner = layoutOf(element);
  // An element is not a dataset, but the same grammar finds its keys; its own lists are plain values.
  if (isLayoutProblem(inner)) return undefined;
  const found = inner.values.get(key);
  return found && { start: range.start + found.start, end: range.start + found.end };
}
