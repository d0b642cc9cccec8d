// Helpers to lay out data for a section file (sections.ts), without its reader: the
// modules that prepare what they store load this, not node:crypto, at start-up.

/** Lists of numbers as one section of values and one of offsets (list i is values[offsets[i]..offsets[i+1]]). */
export function packLists(lists: readonly Uint32Array[]): { values: Uint32Array; offsets: Uint32Array } {
  const offsets = new Uint32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = (offsets[i] as number) + list.length));
  const values = new Uint32Array(offsets[lists.length] as number);
  lists.forEach((list, i) => values.set(list, offsets[i] as number));
  return { values, offsets };
}
