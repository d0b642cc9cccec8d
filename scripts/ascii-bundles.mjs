// Leaves every bundle in dist/ in ASCII. Run by the build (tsup.config.ts, onSuccess).
//
// Node reads a script as UTF-8, and V8 keeps a source with any character beyond Latin-1
// as UTF-16: twice the bytes to make, hold and read for every lazily compiled function.
// esbuild writes strings in ASCII (\u2019 for a curly apostrophe), but not regular
// expression literals, nor String.raw templates, which cannot be escaped inside: the
// patterns of quotation marks and dashes made dist/facts.cjs UTF-16 for a handful of
// characters. `facts guarantees list` took 1-2.5 ms longer for it, on every Node.
//
// So each such character is written as an escape that means the same: in a regular
// expression, \uXXXX (a surrogate pair's two halves, which a /u pattern reads as one
// character); in a String.raw template, a substitution of a string that holds it,
// ${"\u2019"}, which String.raw inserts as it is; in a comment (an unminified build keeps
// some), the same escape as text. Anything else that is not ASCII (a template with
// another tag, a name) fails the build, as does a bundle the escapes would leave
// unreadable: the escapes are only written where they are sure to mean the same.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'acorn';

/** Whether a text is ASCII throughout. */
function isAscii(text) {
  return /^[\x00-\x7f]*$/.test(text);
}

/** How acorn reads a bundle: a CommonJS script, as Node runs it. */
const SCRIPT = { ecmaVersion: 'latest', sourceType: 'script', allowHashBang: true, allowReturnOutsideFunction: true };

/** `\uXXXX` for one UTF-16 code unit. */
function escape(unit) {
  return `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
}

/**
 * A piece of source (a literal, a template's piece, a comment) with each code unit
 * beyond ASCII written by `write`. A character escaped with a backslash (`\’`, legal
 * outside /u) is given to `write` with its backslash, which then goes.
 */
function rewrite(raw, write) {
  let out = '';
  let backslashes = 0;
  for (let i = 0; i < raw.length; i++) {
    const unit = raw.charCodeAt(i);
    if (unit <= 0x7f) {
      out += raw[i];
      backslashes = raw[i] === '\\' ? backslashes + 1 : 0;
      continue;
    }
    const escaped = backslashes % 2 === 1;
    if (escaped) out = out.slice(0, -1);
    out += write(unit, escaped);
    backslashes = 0;
  }
  return out;
}

/** Whether a node is `String.raw`. */
function isStringRaw(node) {
  return node.type === 'MemberExpression' && !node.computed && node.object.type === 'Identifier' && node.object.name === 'String' && node.property.type === 'Identifier' && node.property.name === 'raw';
}

/** Every node of an acorn tree, each before the nodes within it. */
function nodes(tree) {
  const all = [];
  const stack = [tree];
  while (stack.length > 0) {
    const node = stack.pop();
    all.push(node);
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child !== null && typeof child === 'object' && typeof child.type === 'string') stack.push(child);
      }
    }
  }
  return all;
}

/** A few characters of `source` around `at`, for a message. */
function around(source, at) {
  return JSON.stringify(source.slice(Math.max(0, at - 30), at + 30));
}

/**
 * `source` (a script) with every character beyond ASCII in its regular expression
 * literals, String.raw templates, strings and plain templates written as an escape that
 * means the same. Throws where it cannot be: any other place a character beyond ASCII
 * stands (a name, a template with another tag); in a comment, the escape is
 * only text.
 */
export function asciiSource(source, name = 'the script') {
  if (isAscii(source)) return source;
  const comments = [];
  const tree = parse(source, { ...SCRIPT, onComment: comments });
  const edits = [];
  const edit = (node, text) => edits.push({ start: node.start, end: node.end, text });
  // (A comment, which an unminified build keeps, means nothing: its characters are written as the escapes' text.)
  for (const comment of comments) {
    const text = source.slice(comment.start, comment.end);
    if (!isAscii(text)) edit(comment, rewrite(text, escape));
  }
  const tagged = new Set();
  for (const node of nodes(tree)) {
    if (node.type === 'Literal') {
      // A regular expression or a string (a backslash before a character in either, outside /u, means the character itself).
      if (!isAscii(node.raw)) edit(node, rewrite(node.raw, escape));
    } else if (node.type === 'TaggedTemplateExpression') {
      const raw = isStringRaw(node.tag);
      tagged.add(node.quasi);
      for (const piece of node.quasi.quasis) {
        if (isAscii(piece.value.raw)) continue;
        if (!raw) throw new Error(`${name}: a character beyond ASCII in a template with a tag other than String.raw, at ${piece.start}: ${around(source, piece.start)}`);
        // (In a substitution's string, a backslash is itself escaped.)
        edit(piece, rewrite(piece.value.raw, (unit, escaped) => `\${"${escaped ? '\\\\' : ''}${escape(unit)}"}`));
      }
    } else if (node.type === 'TemplateLiteral' && !tagged.has(node)) {
      for (const piece of node.quasis) if (!isAscii(piece.value.raw)) edit(piece, rewrite(piece.value.raw, escape));
    }
  }
  const pieces = [];
  let at = 0;
  for (const { start, end, text } of edits.sort((a, b) => a.start - b.start)) {
    pieces.push(source.slice(at, start), text);
    at = end;
  }
  const out = pieces.join('') + source.slice(at);
  const left = /[^\x00-\x7f]/.exec(out);
  if (left) throw new Error(`${name}: a character beyond ASCII outside a string, regular expression or String.raw template, at ${left.index}: ${around(out, left.index)}`);
  // The escapes changed no syntax: the script still parses.
  parse(out, SCRIPT);
  return out;
}

// Run as a script: every bundle in dist/, in place.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
  for (const file of readdirSync(dist).filter((f) => f.endsWith('.cjs'))) {
    const path = join(dist, file);
    const source = readFileSync(path, 'utf8');
    const ascii = asciiSource(source, `dist/${file}`);
    if (ascii !== source) writeFileSync(path, ascii);
  }
}
