import { escapeJsonText } from '../text/sanitize.js';

/** A JSON array, pretty-printed, one trailing newline. */
export function renderJson(values: readonly object[]): string {
  return escapeJsonText(JSON.stringify(values, null, 2)) + '\n';
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
