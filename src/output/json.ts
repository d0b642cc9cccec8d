import { escapeJsonText } from '../text/sanitize.js';


/**
 * The same text as renderJson, in pieces: `first` for the first element, then each later
 * element, then `end`, so that a long array can be written as it is made.
 */
export const jsonArray = {
  element: (value: object, first: boolean): string => (first ? '[\n' : ',\n') + escapeJsonText(JSON.stringify([value], null, 2).slice(2, -2)),
  end: (any: boolean): string => (any ? '\n]\n' : '[]\n'),
};

/** A JSON array, pretty-printed, one trailing newline: jsonArray's pieces, joined. */
export function renderJson(values: readonly object[]): string {
  return values.map((value, i) => jsonArray.element(value, i === 0)).join('') + jsonArray.end(values.length > 0);
}

/** One JSON value, pretty-printed. */
export function renderJsonValue(value: object): string {
  return escapeJsonText(JSON.stringify(value, null, 2)) + '\n';
}

/** Newline-delimited JSON: one compact value a line. */
export function renderNdjson(values: readonly object[]): string {
  let out = '';
  for (const value of values) out += escapeJsonText(JSON.stringify(value)) + '\n';
  return out;
}
