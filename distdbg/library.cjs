var __require0=require;require=function(m){return m==='child_process'||m==='node:child_process'?__require0('./no-child-process.cjs'):__require0(m)};
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/library/library.ts
var library_exports = {};
__export(library_exports, {
  readEntries: () => readEntries,
  readSources: () => readSources,
  writeAtomically: () => writeAtomically
});
module.exports = __toCommonJS(library_exports);
var import_node_crypto2 = require("crypto");
var import_node_fs8 = require("fs");
var import_node_path3 = require("path");

// src/data/load.ts
var import_node_fs6 = require("fs");
var import_node_path2 = require("path");

// src/errors.ts
var ExitCode = { ok: 0, noMatch: 1, error: 2 };
var FACTS_ERROR = /* @__PURE__ */ Symbol.for("facts.error");
var DAMAGED_FILE = /* @__PURE__ */ Symbol.for("facts.damaged-file");
function isFactsError(error) {
  return typeof error === "object" && error !== null && error[FACTS_ERROR] === true;
}
var FactsError = class extends Error {
  constructor(message, exitCode = ExitCode.error, details = []) {
    super(message);
    this.exitCode = exitCode;
    this.details = details;
    this.name = new.target.name;
  }
  exitCode;
  details;
  [FACTS_ERROR] = true;
  /** The lines to print on stderr, each prefixed with the program name. */
  lines() {
    return [this.message, ...this.details];
  }
};
var DataError = class extends FactsError {
  constructor(problems) {
    super(problems[0] ?? "invalid dataset", ExitCode.error, problems.slice(1));
  }
};
var InputError = class extends FactsError {
  constructor(message) {
    super(message, ExitCode.error);
  }
};

// src/data/stamp.ts
var import_node_fs = require("fs");

// src/data/bytes.ts
var import_node_fs3 = require("fs");

// src/data/structure.ts
var MAX_DEPTH = 64;
var QUOTE = 34;
var BACKSLASH = 92;
var OPEN = -1;
var OPEN_ESCAPED = -2;
function closingQuote(bytes, from) {
  for (let i = from; ; ) {
    const q = bytes.indexOf(QUOTE, i);
    const stop = q < 0 ? bytes.length : q;
    let backslashes = 0;
    while (stop - 1 - backslashes >= i && bytes[stop - 1 - backslashes] === BACKSLASH) backslashes++;
    if (q < 0) return backslashes % 2 === 1 ? OPEN_ESCAPED : OPEN;
    if (backslashes % 2 === 0) return q;
    i = q + 1;
  }
}
var StructureChecker = class {
  /** The open brackets, as their closing byte, innermost last. */
  open = new Uint8Array(MAX_DEPTH + 1);
  depth = 0;
  /** Where the string being read began, or -1 outside strings. */
  stringStart = -1;
  /** Whether the next byte is escaped (a backslash ended the last piece, in a string). */
  escaped = false;
  offset = 0;
  problem;
  /** A bracket closed the wrong thing: the JSON parser says where, and why, better; nothing more is checked. */
  handedOver = false;
  push(bytes) {
    const base = this.offset;
    this.offset += bytes.length;
    if (this.problem || this.handedOver) return;
    const n = bytes.length;
    const open = this.open;
    let i = 0;
    while (i < n) {
      if (this.stringStart >= 0) {
        const at = this.escaped ? i + 1 : i;
        this.escaped = false;
        const q = closingQuote(bytes, at);
        if (q < 0) {
          this.escaped = q === OPEN_ESCAPED;
          return;
        }
        this.stringStart = -1;
        i = q + 1;
        continue;
      }
      const c = bytes[i];
      if (c === QUOTE) {
        this.stringStart = base + i;
      } else if (c === 123 || c === 91) {
        if (this.depth === MAX_DEPTH) {
          this.problem = { offset: base + i, reason: `nested more than ${MAX_DEPTH} levels deep` };
          return;
        }
        open[this.depth++] = c === 123 ? 125 : 93;
      } else if (c === 125 || c === 93) {
        if (this.depth === 0 || open[this.depth - 1] !== c) {
          this.handedOver = true;
          return;
        }
        this.depth--;
      }
      i++;
    }
  }
  /** A problem found in the pieces pushed so far (not the file's end: it may not have come). */
  get found() {
    return this.problem;
  }
  /** The first problem of all the pieces pushed, or undefined. */
  end() {
    if (this.problem || this.handedOver) return this.problem;
    if (this.stringStart >= 0) return { offset: this.stringStart, reason: "a string that never ends (the file is cut short?)" };
    if (this.depth > 0) return { offset: this.offset, reason: `the file ends inside ${this.depth === 1 ? "a bracket" : `${this.depth} brackets`} (it is cut short?)` };
    return void 0;
  }
};

// src/data/layout.ts
var LISTS = ["sources", "entities", "records"];
var Ranges = class {
  data = new Float64Array(64);
  length = 0;
  push(start, end) {
    if (2 * this.length === this.data.length) {
      const bigger = new Float64Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[2 * this.length] = start;
    this.data[2 * this.length + 1] = end;
    this.length++;
  }
  at(i) {
    return { start: this.data[2 * i], end: this.data[2 * i + 1] };
  }
  forEach(each) {
    for (let i = 0; i < this.length; i++) each(this.at(i), i);
  }
  map(each) {
    const out = [];
    this.forEach((range, i) => out.push(each(range, i)));
    return out;
  }
};
var SPACE = new Uint8Array(256);
for (const c of [32, 9, 10, 13]) SPACE[c] = 1;
var SCALAR_END = new Uint8Array(256);
for (const c of [32, 9, 10, 13, 44, 125, 93]) SCALAR_END[c] = 1;
var QUOTE2 = 34;
var QUOTE_BYTE = Buffer.from('"');
var START = 0;
var BOM = 1;
var FIRST_KEY = 2;
var KEY = 3;
var IN_KEY = 4;
var COLON = 5;
var VALUE = 6;
var AFTER_VALUE = 7;
var FIRST_ELEMENT = 8;
var ELEMENT = 9;
var AFTER_ELEMENT = 10;
var END = 11;
var IN_VALUE = 12;
var FOUND = 13;
var STRING = 0;
var NESTED = 1;
var SCALAR = 2;
var LayoutScanner = class {
  state = START;
  offset = 0;
  layout = { values: /* @__PURE__ */ new Map(), elements: {} };
  problem;
  bomAt = 0;
  bomSeen = 0;
  /** The key being read, its bytes so far, and the last key read. */
  keyParts = [];
  key = "";
  /** The list being read (its key's, when the value is an array), where it opened, and its elements. */
  list;
  listStart = 0;
  /** The value being moved past: its kind, where it began, its depth, and its strings' state. */
  kind = STRING;
  valueStart = 0;
  depth = 0;
  inString = false;
  escaped = false;
  push(bytes) {
    const base = this.offset;
    this.offset += bytes.length;
    const n = bytes.length;
    let i = 0;
    const found = (expected) => {
      this.problem = { offset: base + i, reason: `${expected}, found '${String.fromCharCode(bytes[i])}'` };
      this.state = FOUND;
    };
    while (i < n) {
      if (this.state === FOUND) return;
      if (this.state === IN_VALUE || this.state === IN_KEY) {
        i = this.moveThrough(bytes, i, base);
        continue;
      }
      const c = bytes[i];
      if (SPACE[c] && this.state !== BOM) {
        i++;
        continue;
      }
      switch (this.state) {
        case START:
          if (c === 239 && this.bomSeen === 0) {
            this.bomAt = base + i;
            this.bomSeen = 1;
            this.state = BOM;
          } else if (c === 123) this.state = FIRST_KEY;
          else return found("'{' (a dataset is a JSON object)");
          break;
        case BOM:
          if (this.bomSeen === 1 && c === 187 || this.bomSeen === 2 && c === 191) {
            this.bomSeen++;
            if (this.bomSeen === 3) this.state = START;
          } else {
            this.problem = { offset: this.bomAt, reason: `'{' (a dataset is a JSON object), found '${String.fromCharCode(239)}'` };
            this.state = FOUND;
            return;
          }
          break;
        case FIRST_KEY:
        case KEY:
          if (c === QUOTE2) {
            this.keyParts = [QUOTE_BYTE];
            this.state = IN_KEY;
            this.inString = true;
            this.escaped = false;
            this.valueStart = base + i;
          } else if (c === 125 && this.state === FIRST_KEY) this.state = END;
          else return found("a key in quotes");
          break;
        case COLON:
          if (c !== 58) return found("':' after a key");
          this.state = VALUE;
          break;
        case VALUE:
          if (LISTS.includes(this.key) && c === 91) {
            this.list = new Ranges();
            this.listStart = base + i;
            this.state = FIRST_ELEMENT;
            break;
          }
          this.list = void 0;
          this.beginValue(c, base + i);
          break;
        case AFTER_VALUE:
          if (c === 44) this.state = KEY;
          else if (c === 125) this.state = END;
          else return found("',' or '}' after a value");
          break;
        case FIRST_ELEMENT:
          if (c === 93) {
            this.endList(base + i + 1);
            break;
          }
          this.beginValue(c, base + i);
          break;
        case ELEMENT:
          this.beginValue(c, base + i);
          break;
        case AFTER_ELEMENT:
          if (c === 44) this.state = ELEMENT;
          else if (c === 93) this.endList(base + i + 1);
          else return found("',' or ']' after an element");
          break;
        case END:
          return found("the end of the file after the dataset");
      }
      if (this.state === IN_VALUE && this.kind === SCALAR) continue;
      i++;
    }
  }
  /** Starts moving past a value whose first byte is c, at `at`. */
  beginValue(c, at) {
    this.valueStart = at;
    this.state = IN_VALUE;
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    if (c === QUOTE2) {
      this.kind = STRING;
      this.inString = true;
    } else if (c === 123 || c === 91) {
      this.kind = NESTED;
      this.depth = 1;
    } else this.kind = SCALAR;
  }
  endList(at) {
    this.layout.elements[this.key] = this.list;
    this.layout.values.set(this.key, { start: this.listStart, end: at });
    this.list = void 0;
    this.state = AFTER_VALUE;
  }
  /** The value (or key) being moved past ends at `end`: where it goes, and what comes next. */
  endValue(end) {
    if (this.state === IN_KEY) {
      this.keyParts.push(QUOTE_BYTE);
      try {
        this.key = JSON.parse(Buffer.concat(this.keyParts).toString("utf8"));
      } catch {
        this.problem = { offset: this.valueStart, reason: `a key whose escapes are JSON's, found '"'` };
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
  moveThrough(bytes, i, base) {
    const n = bytes.length;
    if (this.kind === SCALAR && this.state === IN_VALUE) {
      while (i < n && !SCALAR_END[bytes[i]]) i++;
      if (i === n) return i;
      if (base + i === this.valueStart) {
        this.problem = { offset: base + i, reason: `a value, found '${String.fromCharCode(bytes[i])}'` };
        this.state = FOUND;
        return n;
      }
      this.endValue(base + i);
      return i;
    }
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
      const c = bytes[i];
      if (c === QUOTE2) {
        this.inString = true;
      } else if (c === 123 || c === 91) {
        this.depth++;
      } else if (c === 125 || c === 93) {
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
  get found() {
    return this.problem;
  }
  /** The layout of all the pieces pushed, or the first place where they are not a dataset. */
  end() {
    if (this.problem) return this.problem;
    const atEnd = (expected) => ({ offset: this.offset, reason: `${expected}, found the end of the file` });
    switch (this.state) {
      case END:
        return this.layout;
      case START:
      case BOM:
        return atEnd("'{' (a dataset is a JSON object)");
      case FIRST_KEY:
      case KEY:
        return atEnd("a key in quotes");
      case COLON:
        return atEnd("':' after a key");
      case IN_KEY:
        return atEnd("a string that ends");
      case VALUE:
      case FIRST_ELEMENT:
      case ELEMENT:
        return atEnd("a value");
      case AFTER_VALUE:
        return atEnd("',' or '}' after a value");
      case AFTER_ELEMENT:
        return atEnd("',' or ']' after an element");
      default:
        if (this.kind === SCALAR) {
          this.endValue(this.offset);
          return this.end();
        }
        return this.kind === STRING || this.inString ? atEnd("a string that ends") : atEnd(`a closing '${this.depth > 0 ? "}" : "]"}'`);
    }
  }
};
function isLayoutProblem(x) {
  return "reason" in x;
}

// src/data/positional.ts
var import_node_fs2 = require("fs");
function readAt(fd, buffer, position) {
  let done = 0;
  while (done < buffer.byteLength) {
    const n = (0, import_node_fs2.readSync)(fd, buffer, done, buffer.byteLength - done, position + done);
    if (n <= 0) break;
    done += n;
  }
  return done;
}

// src/data/bytes.ts
var PIECE = 1 << 20;
var WINDOW = 1 << 20;
var FileBytes = class _FileBytes {
  constructor(fd, size, name) {
    this.fd = fd;
    this.size = size;
    this.name = name;
  }
  fd;
  size;
  name;
  window;
  windowStart = 0;
  windowLength = 0;
  /** Opens a file (the caller closes it); fs errors are thrown as they come. */
  static open(path, name) {
    const fd = (0, import_node_fs3.openSync)(path, "r");
    try {
      return new _FileBytes(fd, (0, import_node_fs3.fstatSync)(fd).size, name);
    } catch (error) {
      (0, import_node_fs3.closeSync)(fd);
      throw error;
    }
  }
  readInto(buffer, at) {
    if (readAt(this.fd, buffer, at) !== buffer.byteLength) throw new DataError([`${this.name}: changed while it was being read; run the command again`]);
  }
  read(start, end) {
    if (this.window && start >= this.windowStart && end <= this.windowStart + this.windowLength) return this.window.subarray(start - this.windowStart, end - this.windowStart);
    if (end - start > WINDOW) return this.readAside(start, end);
    this.window ??= Buffer.allocUnsafe(Math.min(WINDOW, this.size));
    this.windowStart = start;
    this.windowLength = Math.min(WINDOW, this.size - start);
    this.readInto(this.window.subarray(0, this.windowLength), start);
    return this.window.subarray(0, end - start);
  }
  readAside(start, end) {
    const bytes = Buffer.allocUnsafe(end - start);
    this.readInto(bytes, start);
    return bytes;
  }
  forEachPiece(each) {
    const piece = Buffer.allocUnsafe(Math.min(PIECE, Math.max(this.size, 1)));
    for (let at = 0; at < this.size; at += PIECE) {
      const part = piece.subarray(0, Math.min(PIECE, this.size - at));
      this.readInto(part, at);
      if (each(part, at) === false) return;
    }
  }
  close() {
    (0, import_node_fs3.closeSync)(this.fd);
  }
};
function scanBytes(bytes, name) {
  const structure = new StructureChecker();
  const layout = new LayoutScanner();
  bytes.forEachPiece((piece) => {
    structure.push(piece);
    layout.push(piece);
    return layout.found === void 0;
  });
  const where = (offset) => {
    const { line, column } = lineAndColumnIn(bytes, offset);
    return `${name}:${line}:${column}`;
  };
  const misplaced = layout.found;
  const broken = misplaced ? structure.found : structure.end();
  if (broken && (!misplaced || broken.offset <= misplaced.offset)) return { problem: `${where(broken.offset)}: invalid JSON: ${broken.reason}` };
  const found = layout.end();
  if (isLayoutProblem(found)) return { problem: `${where(found.offset)}: invalid JSON: expected ${found.reason}` };
  return { layout: found };
}
function lineAndColumnIn(bytes, offset) {
  let line = 1;
  let column = 1;
  bytes.forEachPiece((piece, at) => {
    const stop = Math.min(piece.byteLength, offset - at);
    let lineStart = 0;
    for (let i = piece.indexOf(10); i >= 0 && i < stop; i = piece.indexOf(10, i + 1)) {
      line++;
      column = 1;
      lineStart = i + 1;
    }
    for (let i = lineStart; i < stop; i++) if ((piece[i] & 192) !== 128) column++;
    return at + piece.byteLength < offset;
  });
  return { line, column };
}

// src/library/folder.ts
var import_node_fs4 = require("fs");
var import_node_os = require("os");
var import_node_path = require("path");
function listLibrary(folder) {
  let names;
  try {
    names = (0, import_node_fs4.readdirSync)(folder);
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT") return { files: [] };
    return { files: [], problem: `${folder}: cannot read the library folder: ${code === "ENOTDIR" ? "not a folder" : code === "EACCES" || code === "EPERM" ? "permission denied" : code ?? String(error)}` };
  }
  const files = names.filter((name) => name.endsWith(".json") && !name.startsWith(".")).sort();
  return { files: files.map((name) => (0, import_node_path.join)(folder, name)) };
}

// src/data/column.ts
var import_node_fs5 = require("fs");
var SPILL_BUFFER = 1 << 18;

// src/data/load.ts
var MAX_FILE_SIZE = 2 ** 32 - 1;
var TOO_LARGE = "too large: facts reads a dataset file of up to 4 GiB (split it, and name each part with --data)";
function withFiles(paths, cwd, use) {
  const files = [];
  const opened = [];
  const problems = [];
  try {
    for (const file of paths) {
      let bytes;
      try {
        bytes = FileBytes.open((0, import_node_path2.resolve)(cwd, file), file);
      } catch (error) {
        problems.push(`${file}: cannot read: ${describeFsError(error)}`);
        continue;
      }
      opened.push(bytes);
      if (bytes.size > MAX_FILE_SIZE) {
        problems.push(`${file}: cannot read: ${TOO_LARGE}`);
        continue;
      }
      const scanned = scanBytes(bytes, file);
      if ("problem" in scanned) problems.push(scanned.problem);
      else files.push({ file, bytes, layout: scanned.layout });
    }
    if (problems.length > 0) throw new DataError(problems);
    return use(files);
  } finally {
    for (const bytes of opened) bytes.close();
  }
}
async function validateAlone(path, onRecord) {
  const { validateFiles } = await Promise.resolve().then(() => __toESM(require("./validate.cjs")));
  const result = withFiles([path], "/", (files) => validateFiles(files, onRecord && ((record) => onRecord(record))));
  if (!result.ok) throw new DataError(result.problems);
  return result.value;
}
function describeFsError(error) {
  switch (error.code) {
    case "ENOENT":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EISDIR":
      return "is a directory";
    // A file read whole into one buffer (an article, a file of quotes), which Node allows up to 2 GiB.
    case "ERR_FS_FILE_TOO_LARGE":
      return "too large: facts reads a file of up to 2 GiB here";
    case "ERR_STRING_TOO_LONG":
      return "holds a single text too long for one string (about 512 MiB)";
    default:
      return error.code ?? error.message;
  }
}

// src/data/sections.ts
var import_node_crypto = require("crypto");
var import_node_fs7 = require("fs");
var PREAMBLE = 8 + 4 + 8;
var BLOCK = 1 << 18;
var U32_BLOCK = BLOCK / 4;
var TEXT_BLOCK = 1 << 14;
var DamagedFileError = class extends Error {
  constructor(path) {
    super(`${path}: failed its checksum`);
    this.path = path;
  }
  path;
  [DAMAGED_FILE] = true;
};
function replaceAtomically(path, temporary, write) {
  const fd = (0, import_node_fs7.openSync)(temporary, "wx");
  try {
    write(fd);
  } catch (error) {
    (0, import_node_fs7.closeSync)(fd);
    (0, import_node_fs7.rmSync)(temporary, { force: true });
    throw error;
  }
  (0, import_node_fs7.closeSync)(fd);
  try {
    (0, import_node_fs7.renameSync)(temporary, path);
  } catch (error) {
    (0, import_node_fs7.rmSync)(temporary, { force: true });
    throw error;
  }
}

// src/library/library.ts
function writeAtomically(path, text, replace) {
  const temporary = (0, import_node_path3.join)((0, import_node_path3.dirname)(path), `.${(0, import_node_path3.basename)(path)}.${process.pid}.${(0, import_node_crypto2.randomBytes)(4).toString("hex")}.tmp`);
  const bytes = Buffer.from(text, "utf8");
  const write = (fd2) => {
    let offset = 0;
    while (offset < bytes.byteLength) offset += (0, import_node_fs8.writeSync)(fd2, bytes, offset);
  };
  if (replace) {
    replaceAtomically(path, temporary, write);
    return true;
  }
  const fd = (0, import_node_fs8.openSync)(temporary, "wx");
  try {
    write(fd);
  } finally {
    (0, import_node_fs8.closeSync)(fd);
  }
  try {
    (0, import_node_fs8.linkSync)(temporary, path);
    return true;
  } catch (error) {
    const code = error.code;
    if (code === "EEXIST") return false;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    if ((0, import_node_fs8.existsSync)(path)) return false;
    (0, import_node_fs8.renameSync)(temporary, path);
    return true;
  } finally {
    (0, import_node_fs8.rmSync)(temporary, { force: true });
  }
}
async function readEntries(folder) {
  const listing = listLibrary(folder);
  if (listing.problem) throw new InputError(listing.problem);
  const entries = [];
  const problems = [];
  for (const path of listing.files) {
    const records = [];
    let dataset;
    try {
      dataset = await validateAlone(path, (record) => records.push(record));
    } catch (error) {
      if (!isFactsError(error)) throw error;
      problems.push(error.message);
      continue;
    }
    dataset.sources.forEach((source) => {
      const own = records.filter((r) => r.source === source.id);
      const speakers = new Set(own.map((r) => r.speaker));
      entries.push({ path, source, records: own, entities: dataset.entities.filter((e) => speakers.has(e.id)) });
    });
  }
  return { entries, problems };
}
async function readSources(folder) {
  const listing = listLibrary(folder);
  if (listing.problem) throw new InputError(listing.problem);
  const sources = [];
  const broken = [];
  for (const path of listing.files) {
    try {
      const data = JSON.parse((0, import_node_fs8.readFileSync)(path, "utf8"));
      if (!Array.isArray(data.sources)) throw new Error("no sources");
      const own = data.sources.map((source) => {
        if (typeof source?.id !== "string" || typeof source.text !== "string") throw new Error("a source without an id or text");
        return { path, id: source.id, text: source.text };
      });
      sources.push(...own);
    } catch {
      broken.push(path);
    }
  }
  const problems = [];
  for (const path of broken) {
    try {
      await validateAlone(path);
      problems.push(`${path}: not a dataset`);
    } catch (error) {
      if (!isFactsError(error)) throw error;
      problems.push(error.message);
    }
  }
  return { sources, problems };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  readEntries,
  readSources,
  writeAtomically
});
