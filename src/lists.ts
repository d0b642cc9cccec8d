// Reading a list at an index, or a map or a record at a key, that the code knows is
// there. TypeScript types `list[i]` as possibly undefined (noUncheckedIndexedAccess),
// which is right for an index that comes from outside; for one the code has just bounded,
// `at` says so and checks it, where a cast would only assert it. An index outside the
// list is a bug, and throws. (In a loop every hit of a search goes through, a typed
// array is read directly instead: short runs stay in V8's baseline tiers, which call
// `at` rather than inline it.)

/** The element at index `i` of a list (an array or a typed array) that has one there. */
export function at<T>(list: ArrayLike<T>, i: number): T {
  const value = list[i];
  if (value === undefined) throw new RangeError(`index ${i} is outside a list of ${list.length}`);
  return value;
}

/** The last element of a list that is not empty. */
export function lastOf<T>(list: ArrayLike<T>): T {
  return at(list, list.length - 1);
}

/** The value of a record's own property `key`; undefined for any other key, inherited ones ("constructor") included. */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** A regular expression match's group `n`, which the pattern always has where the match exists ('' where it took no part). */
export function group(m: RegExpExecArray | RegExpMatchArray, n: number): string {
  return m[n] ?? '';
}

/** The value of a key a map is known to hold (it was put there just before); a key it lacks is a bug, and throws. */
export function got<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new RangeError(`no value for ${String(key)}`);
  return value;
}

/** Whether an ascending typed array holds `value` (a binary search; one element type, so that hot loops stay monomorphic). */
export function sortedIncludes(list: Uint32Array, value: number): boolean {
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    // (mid is within [lo, hi], inside the list: v is a value of it.)
    const v = list[mid];
    if (v === value) return true;
    if (v !== undefined && v < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
