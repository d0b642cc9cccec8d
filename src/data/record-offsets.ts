// Where each record of a dataset file stands, in bytes: the cache reads a record back
// from the file itself, as written (key order and spacing kept), instead of storing a
// re-serialized copy. Pure: takes the bytes of a file that has already parsed as JSON.

/** Byte ranges [start, end) of the elements of the top-level "records" array. */
export function recordRanges(bytes: Uint8Array): { start: number; end: number }[] {
  const QUOTE = 0x22;
  const BACKSLASH = 0x5c;
  const ranges: { start: number; end: number }[] = [];
  let depth = 0;
  let inRecords = false; // inside the root object's "records" array
  let recordsDepth = -1;
  let elementStart = -1;
  let lastKey = '';
  let expectValueOf = '';
  const n = bytes.length;
  for (let i = 0; i < n; i++) {
    const c = bytes[i] as number;
    if (c === QUOTE) {
      const start = i;
      i++;
      while (i < n && bytes[i] !== QUOTE) i += bytes[i] === BACKSLASH ? 2 : 1;
      // A short string at depth 1 may be a key of the root object.
      if (depth === 1 && i - start - 1 <= 16) lastKey = Buffer.from(bytes.subarray(start + 1, i)).toString('latin1');
      if (inRecords && depth === recordsDepth && elementStart < 0) elementStart = start;
      continue;
    }
    if (c === 0x3a /* : */ && depth === 1) {
      expectValueOf = lastKey;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (inRecords && depth === recordsDepth && elementStart < 0) elementStart = i;
      depth++;
      if (c === 0x5b && depth === 2 && expectValueOf === 'records') {
        inRecords = true;
        recordsDepth = 2;
      }
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      depth--;
      if (inRecords && depth === recordsDepth && elementStart >= 0) {
        ranges.push({ start: elementStart, end: i + 1 });
        elementStart = -1;
      }
      if (inRecords && depth < recordsDepth) inRecords = false;
      if (depth === 1) expectValueOf = '';
      continue;
    }
    if (c === 0x2c /* , */ && depth === 1) expectValueOf = '';
  }
  return ranges;
}
