// Dataset text is outside input. Before a terminal or a TSV line sees it, every
// character that could move the cursor, start an escape sequence (CSI, OSC: title,
// clipboard, hyperlinks) or reorder text is replaced by a visible escape.

/** C0 controls, DEL, C1 controls, and the bidi embedding, override and isolate controls. */
export const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const named: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function visible(char: string): string {
  const named_ = named[char];
  if (named_) return named_;
  const code = char.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text safe to show on a terminal: unsafe characters become `\t`, `\n`, `\x1b`, `\u202e`... */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE_CHARS, visible);
}

/** Whether a TSV field needs escaping: a backslash or an unsafe character (most fields have neither). */
const TSV_SPECIAL = /[\\\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** One TSV field: backslash, tab, newline and CR escaped as `\\`, `\t`, `\n`, `\r`; other unsafe characters as in the terminal. */
export function escapeTsvField(text: string): string {
  if (!TSV_SPECIAL.test(text)) return text;
  return text.replace(/\\/g, '\\\\').replace(UNSAFE_CHARS, visible);
}

/** JSON text with C1 and bidi controls also written as \u escapes; it parses to the same value. */
export function escapeJsonText(json: string): string {
  return json.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
