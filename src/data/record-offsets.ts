// Where things stand in a dataset file, in bytes: the cache reads each record back from
// the file itself, as written (key order and spacing kept), and each source's text from
// its JSON string, instead of storing copies. Pure: takes the bytes of a file that has
// already parsed as JSON.

/** A half-open byte range. */
export interface ByteRange {
  start: number;
  end: number;
}

/** The byte ranges of the top-level records, and of each top-level source's "text" string (quotes included). */
export interface DatasetOffsets {
  records: ByteRange[];
  sourceTexts: ByteRange[];
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The index of the quote that closes the JSON string opening at `start` (a native search: one not after an odd run of backslashes), or -1. */
export function stringEnd(bytes: Uint8Array, start: number): number {
  let i = start;
  for (;;) {
    i = bytes.indexOf(QUOTE, i + 1);
    if (i < 0) return -1;
    let backslashes = 0;
    while (bytes[i - 1 - backslashes] === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
}

/** Bytes [start, end) as Latin-1 text, without copying them. */
function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString('latin1');
}

/** Finds the records and the sources' texts of a dataset file. */
export function datasetOffsets(bytes: Uint8Array): DatasetOffsets {
  const records: ByteRange[] = [];
  const sourceTexts: ByteRange[] = [];
  let depth = 0;
  let array = ''; // the top-level array we are in: "records", "sources" or ""
  let elementStart = -1;
  let rootKey = '';
  let sourceKey = '';
  let afterColon = false;
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number;
    if (c === QUOTE) {
      const start = i;
      i = stringEnd(bytes, start);
      if (i < 0) return { records, sourceTexts };
      // Keys are read only where they matter: at the top level, and in a source's object.
      const keyed = (depth === 1 && !afterColon) || (depth === 3 && array === 'sources' && !afterColon);
      const short = keyed && i - start - 1 <= 16 ? latin1(bytes, start + 1, i) : '';
      if (depth === 1 && !afterColon) rootKey = short;
      if (depth === 3 && array === 'sources') {
        if (afterColon && sourceKey === 'text') sourceTexts.push({ start, end: i + 1 });
        else if (!afterColon) sourceKey = short;
      }
      afterColon = false;
      continue;
    }
    if (c === 0x3a /* : */) {
      afterColon = true;
      continue;
    }
    if (c === 0x2c /* , */) {
      afterColon = false;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth === 2 && array === 'records' && elementStart < 0) elementStart = i;
      depth++;
      if (c === 0x5b && depth === 2) array = rootKey === 'records' || rootKey === 'sources' ? rootKey : '';
      afterColon = false;
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
      if (depth === 2 && array === 'records' && elementStart >= 0) {
        records.push({ start: elementStart, end: i + 1 });
        elementStart = -1;
      }
      if (depth < 2) array = '';
      afterColon = false;
    }
  }
  return { records, sourceTexts };
}

/** The byte ranges of the elements of the top-level "records" array. */
export function recordRanges(bytes: Uint8Array): ByteRange[] {
  return datasetOffsets(bytes).records;
}
