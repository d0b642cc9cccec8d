import { closingQuote, OPEN_ESCAPED, type ByteRange } from './structure.js';
import { at } from '../../lists.js';

// Where the parts of a dataset file stand, in bytes, so that it can be read an element
// at a time: the top-level keys and their values, and each element of the three lists
// (sources, entities, records). One pass, memory that grows with the number of elements
// and not with the file, and JSON's grammar checked between elements (each element is
// then parsed on its own by JSON.parse, which checks the rest). Pure.

/** The lists a dataset file holds. */
export const LISTS = ['sources', 'entities', 'records'] as const;
export type ListName = (typeof LISTS)[number];

/** Whether a key of the dataset is one of its lists. */
export function isListName(key: string): key is ListName {
  return LISTS.some((name) => name === key);
}

/** Byte ranges, held as numbers two to a range (a million records' ranges are not a million objects). */
export class Ranges {
  private data = new Float64Array(64);
  length = 0;

  push(start: number, end: number): void {
    if (2 * this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[2 * this.length] = start;
    this.data[2 * this.length + 1] = end;
    this.length++;
  }

  at(i: number): ByteRange {
    return { start: at(this.data, 2 * i), end: at(this.data, 2 * i + 1) };
  }

  forEach(each: (range: ByteRange, i: number) => void): void {
    for (let i = 0; i < this.length; i++) each(this.at(i), i);
  }

  map<T>(each: (range: ByteRange, i: number) => T): T[] {
    const out: T[] = [];
    this.forEach((range, i) => out.push(each(range, i)));
    return out;
  }
}

/** The top-level values of a dataset file, and the elements of its lists. */
export interface DatasetLayout {
  /** Each top-level key's value. */
  values: Map<string, ByteRange>;
  /** The elements of each list that is an array. */
  elements: Partial<Record<ListName, Ranges>>;
}

/** A place where the file is not JSON, in bytes, and what was found there. */
export interface LayoutProblem {
  offset: number;
  reason: string;
}

const SPACE = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0d]) SPACE[c] = 1;
/** Bytes that end a number, true, false or null. */
const SCALAR_END = new Uint8Array(256);
for (const c of [0x20, 0x09, 0x0a, 0x0d, 0x2c, 0x7d, 0x5d]) SCALAR_END[c] = 1;

const QUOTE = 0x22;
const QUOTE_BYTE = Buffer.from('"');

// Where the scanner is in the grammar of a dataset (outside any value it is moving past).
const START = 0; // before the dataset: space, a byte-order mark, then '{'
const BOM = 1; // inside a byte-order mark
const FIRST_KEY = 2; // after '{': a key or '}'
const KEY = 3; // after ',': a key
const IN_KEY = 4;
const COLON = 5;
const VALUE = 6; // after ':': a value (a list of elements, for the lists' keys)
const AFTER_VALUE = 7; // ',' or '}'
const FIRST_ELEMENT = 8; // after '[': an element or ']'
const ELEMENT = 9; // after ',': an element
const AFTER_ELEMENT = 10; // ',' or ']'
const END = 11; // after the dataset: space only
const IN_VALUE = 12; // moving past a value (a top-level one, or an element)
const FOUND = 13; // a problem was found: nothing more is read

// What kind of value IN_VALUE is moving past.
const STRING = 0;
const NESTED = 1;
const SCALAR = 2;

/** The layout of a dataset file's bytes (whose brackets and strings checkStructure found sound). */
export function layoutOf(bytes: Uint8Array): DatasetLayout | LayoutProblem {
  const scanner = new LayoutScanner();
  scanner.push(bytes);
  return scanner.end();
}

/**
 * layoutOf over a file given a piece at a time, in order (push each, then end), so that a
 * file of any size is laid out without being held: a state machine of the dataset's
 * grammar, which moves past each value (brackets counted, strings skipped by a native
 * search for their quote) and keeps only where it stands.
 */
export class LayoutScanner {
  private state = START;
  private offset = 0;
  private readonly layout: DatasetLayout = { values: new Map(), elements: {} };
  private problem: LayoutProblem | undefined;
  private bomAt = 0;
  private bomSeen = 0;
  /** The key being read, its bytes so far, and the last key read. */
  private keyParts: Buffer[] = [];
  private key = '';
  /** The list being read (its key's, when the value is an array), where it opened, and its elements. */
  private list: Ranges | undefined;
  private listStart = 0;
  /** The value being moved past: its kind, where it began, its depth, and its strings' state. */
  private kind = STRING;
  private valueStart = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;

  push(bytes: Uint8Array): void {
    const base = this.offset;
    this.offset += bytes.length;
    for (let i = 0; i < bytes.length; ) {
      if (this.state === FOUND) return;
      if (this.state === IN_VALUE || this.state === IN_KEY) {
        i = this.moveThrough(bytes, i, base);
        continue;
      }
      const c = at(bytes, i);
      if (SPACE[c] && this.state !== BOM) {
        i++;
        continue;
      }
      const expected = this.step(c, base + i);
      if (expected !== undefined) {
        this.problem = { offset: base + i, reason: `${expected}, found '${String.fromCharCode(c)}'` };
        this.state = FOUND;
        return;
      }
      // A scalar's first byte is not consumed here: moveThrough reads it (an empty one is a problem there).
      if (this.state === IN_VALUE && this.kind === SCALAR) continue;
      i++;
    }
  }

  /** The next state after byte c, at `at`, outside any key or value; what was expected instead, when c is not allowed there. */
  private step(c: number, at: number): string | undefined {
    switch (this.state) {
      case START:
        if (c === 0xef && this.bomSeen === 0) {
          this.bomAt = at;
          this.bomSeen = 1;
          this.state = BOM;
        } else if (c === 0x7b) this.state = FIRST_KEY;
        else return "'{' (a dataset is a JSON object)";
        return undefined;
      case BOM:
        if ((this.bomSeen === 1 && c === 0xbb) || (this.bomSeen === 2 && c === 0xbf)) {
          this.bomSeen++;
          if (this.bomSeen === 3) this.state = START;
        } else {
          // Not a byte-order mark: the dataset should have begun where it did.
          this.problem = { offset: this.bomAt, reason: `'{' (a dataset is a JSON object), found '${String.fromCharCode(0xef)}'` };
          this.state = FOUND;
        }
        return undefined;
      case FIRST_KEY:
      case KEY:
        if (c === QUOTE) {
          this.keyParts = [QUOTE_BYTE];
          this.state = IN_KEY;
          this.inString = true;
          this.escaped = false;
          this.valueStart = at;
        } else if (c === 0x7d && this.state === FIRST_KEY) this.state = END;
        else return 'a key in quotes';
        return undefined;
      case COLON:
        if (c !== 0x3a) return "':' after a key";
        this.state = VALUE;
        return undefined;
      case VALUE:
        if (isListName(this.key) && c === 0x5b) {
          this.list = new Ranges();
          this.listStart = at;
          this.state = FIRST_ELEMENT;
          return undefined;
        }
        this.list = undefined;
        this.beginValue(c, at);
        return undefined;
      case AFTER_VALUE:
        if (c === 0x2c) this.state = KEY;
        else if (c === 0x7d) this.state = END;
        else return "',' or '}' after a value";
        return undefined;
      case FIRST_ELEMENT:
        if (c === 0x5d) this.endList(at + 1);
        else this.beginValue(c, at);
        return undefined;
      case ELEMENT:
        this.beginValue(c, at);
        return undefined;
      case AFTER_ELEMENT:
        if (c === 0x2c) this.state = ELEMENT;
        else if (c === 0x5d) this.endList(at + 1);
        else return "',' or ']' after an element";
        return undefined;
      case END:
        return 'the end of the file after the dataset';
    }
    return undefined;
  }

  /** Starts moving past a value whose first byte is c, at `at`. */
  private beginValue(c: number, at: number): void {
    this.valueStart = at;
    this.state = IN_VALUE;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    if (c === QUOTE) {
      this.kind = STRING;
      this.inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      this.kind = NESTED;
      this.depth = 1;
    } else this.kind = SCALAR;
  }

  private endList(at: number): void {
    if (isListName(this.key)) this.layout.elements[this.key] = this.list;
    this.layout.values.set(this.key, { start: this.listStart, end: at });
    this.list = undefined;
    this.state = AFTER_VALUE;
  }

  /** The value (or key) being moved past ends at `end`: where it goes, and what comes next. */
  private endValue(end: number): void {
    if (this.state === IN_KEY) {
      this.keyParts.push(QUOTE_BYTE);
      try {
        this.key = JSON.parse(Buffer.concat(this.keyParts).toString('utf8')) as string;
      } catch {
        this.problem = { offset: this.valueStart, reason: "a key whose escapes are JSON's, found '\"'" };
        this.state = FOUND;
        return;
      }
      this.keyParts = [];
      this.state = COLON;
      return;
    }
    if (this.list) {
      this.list.push(this.valueStart, end);
      this.state = AFTER_ELEMENT;
    } else {
      this.layout.values.set(this.key, { start: this.valueStart, end });
      this.state = AFTER_VALUE;
    }
  }

  /** Moves past the bytes of the value (or key) being read, from i; returns where it stopped. */
  private moveThrough(bytes: Uint8Array, i: number, base: number): number {
    const n = bytes.length;
    if (this.kind === SCALAR && this.state === IN_VALUE) {
      while (i < n && !SCALAR_END[at(bytes, i)]) i++;
      if (i === n) return i;
      if (base + i === this.valueStart) {
        this.problem = { offset: base + i, reason: `a value, found '${String.fromCharCode(at(bytes, i))}'` };
        this.state = FOUND;
        return n;
      }
      this.endValue(base + i);
      return i;
    }
    // (The opening quote or bracket was read where the value began.)
    while (i < n) {
      if (this.inString) {
        const at = this.escaped ? i + 1 : i;
        this.escaped = false;
        const q = closingQuote(bytes, Math.min(at, n));
        if (this.state === IN_KEY) this.keyParts.push(Buffer.from(bytes.subarray(i, q < 0 ? n : q)));
        if (q < 0) {
          this.escaped = q === OPEN_ESCAPED;
          return n;
        }
        i = q + 1;
        this.inString = false;
        if (this.kind === STRING || this.state === IN_KEY) {
          this.endValue(base + i);
          return i;
        }
        continue;
      }
      const c = at(bytes, i);
      if (c === QUOTE) {
        this.inString = true;
      } else if (c === 0x7b || c === 0x5b) {
        this.depth++;
      } else if (c === 0x7d || c === 0x5d) {
        this.depth--;
        if (this.depth === 0) {
          this.endValue(base + i + 1);
          return i + 1;
        }
      }
      i++;
    }
    return i;
  }

  /** The first place where the pieces pushed so far are not a dataset, if there is one yet. */
  get found(): LayoutProblem | undefined {
    return this.problem;
  }

  /** The layout of all the pieces pushed, or the first place where they are not a dataset. */
  end(): DatasetLayout | LayoutProblem {
    if (this.problem) return this.problem;
    const atEnd = (expected: string): LayoutProblem => ({ offset: this.offset, reason: `${expected}, found the end of the file` });
    switch (this.state) {
      case END:
        return this.layout;
      case START:
      case BOM:
        return atEnd("'{' (a dataset is a JSON object)");
      case FIRST_KEY:
      case KEY:
        return atEnd('a key in quotes');
      case COLON:
        return atEnd("':' after a key");
      case IN_KEY:
        return atEnd('a string that ends');
      case VALUE:
      case FIRST_ELEMENT:
      case ELEMENT:
        return atEnd('a value');
      case AFTER_VALUE:
        return atEnd("',' or '}' after a value");
      case AFTER_ELEMENT:
        return atEnd("',' or ']' after an element");
      default:
        // Inside a value: a scalar ends with the file; anything else was cut short.
        if (this.kind === SCALAR) {
          this.endValue(this.offset);
          return this.end();
        }
        return this.kind === STRING || this.inString ? atEnd('a string that ends') : atEnd(`a closing '${this.depth > 0 ? '}' : ']'}'`);
    }
  }
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
