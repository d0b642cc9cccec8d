var __require0=require;require=function(m){return m==='child_process'||m==='node:child_process'?__require0('./no-child-process.cjs'):__require0(m)};
"use strict";
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// src/data/cache.ts
var cache_exports = {};
__export(cache_exports, {
  CACHE_FORMAT: () => CACHE_FORMAT,
  RecordsBuilder: () => RecordsBuilder,
  cacheFolder: () => cacheFolder,
  cachePlace: () => cachePlace,
  makeDirectory: () => makeDirectory,
  openCachedStore: () => openCachedStore,
  removeTemporaries: () => removeTemporaries,
  spillingBeside: () => spillingBeside
});
module.exports = __toCommonJS(cache_exports);
var import_node_crypto2 = require("crypto");
var import_node_fs5 = require("fs");
var import_node_os = require("os");
var import_node_path = require("path");

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

// src/data/column.ts
var import_node_fs2 = require("fs");

// src/data/positional.ts
var import_node_fs = require("fs");
function readAt(fd, buffer, position) {
  let done = 0;
  while (done < buffer.byteLength) {
    const n = (0, import_node_fs.readSync)(fd, buffer, done, buffer.byteLength - done, position + done);
    if (n <= 0) break;
    done += n;
  }
  return done;
}
function writeAt(fd, bytes, position) {
  for (let done = 0; done < bytes.byteLength; ) done += (0, import_node_fs.writeSync)(fd, bytes, done, bytes.byteLength - done, position + done);
}

// src/data/column.ts
function isColumn(value) {
  return typeof value === "object" && value !== null && "spilled" in value;
}
var MemoryU32Column = class {
  kind = "u32";
  spilled = false;
  data = new Uint32Array(1024);
  length = 0;
  push(value) {
    if (this.length === this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  forEach(each) {
    for (let i = 0; i < this.length; i++) each(this.data[i], i);
  }
  /** The values, as a view (not a copy). */
  values() {
    return this.data.subarray(0, this.length);
  }
  discard() {
  }
};
var MemoryTextColumn = class {
  kind = "utf8";
  spilled = false;
  parts = [];
  length = 0;
  append(text) {
    this.parts.push(text);
    this.length += Buffer.byteLength(text);
  }
  text() {
    return this.parts.join("");
  }
  discard() {
  }
};
var spilled = 0;
var SPILL_BUFFER = 1 << 18;
var SpilledColumn = class {
  constructor(kind, beside) {
    this.kind = kind;
    this.path = `${beside}.${process.pid}.${(++spilled).toString(16)}${Math.floor(Math.random() * 2 ** 32).toString(16)}.tmp`;
    this.fd = (0, import_node_fs2.openSync)(this.path, "wx+");
  }
  kind;
  spilled = true;
  path;
  fd;
  buffer = Buffer.allocUnsafe(SPILL_BUFFER);
  values = new Uint32Array(this.buffer.buffer, this.buffer.byteOffset, SPILL_BUFFER / 4);
  used = 0;
  /** Bytes written, to the file and the buffer. */
  written = 0;
  /** Whether every text appended was ASCII (so byte and character offsets agree). */
  ascii = true;
  /** Values for a u32 column, bytes for a text column. */
  get length() {
    return this.kind === "u32" ? this.written / 4 : this.written;
  }
  push(value) {
    if (this.used === SPILL_BUFFER) this.flush();
    this.values[this.used >> 2] = value;
    this.used += 4;
    this.written += 4;
  }
  append(text) {
    if (text.length * 3 <= SPILL_BUFFER - this.used) {
      const bytes2 = this.buffer.write(text, this.used, "utf8");
      if (bytes2 !== text.length) this.ascii = false;
      this.used += bytes2;
      this.written += bytes2;
      return;
    }
    const bytes = Buffer.from(text, "utf8");
    if (bytes.byteLength !== text.length) this.ascii = false;
    for (let at = 0; at < bytes.byteLength; ) {
      if (this.used === SPILL_BUFFER) this.flush();
      const n = bytes.copy(this.buffer, this.used, at, Math.min(bytes.byteLength, at + SPILL_BUFFER - this.used));
      this.used += n;
      this.written += n;
      at += n;
    }
  }
  flush() {
    writeAt(this.fd, this.buffer.subarray(0, this.used), this.written - this.used);
    this.used = 0;
  }
  /** Calls `each` with the file's bytes in order, 256 KiB at a time (the column is complete). */
  forEachChunk(each) {
    this.flush();
    const chunk = Buffer.allocUnsafe(SPILL_BUFFER);
    for (let at = 0; at < this.written; at += SPILL_BUFFER) {
      const part = chunk.subarray(0, Math.min(SPILL_BUFFER, this.written - at));
      if (readAt(this.fd, part, at) !== part.byteLength) throw new Error(`${this.path}: cut short while it was read back`);
      each(part);
    }
  }
  forEach(each) {
    let index = 0;
    this.forEachChunk((bytes) => {
      const values = new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength >> 2);
      for (let i = 0; i < values.length; i++) each(values[i], index++);
    });
  }
  /** Closes and removes the file. */
  discard() {
    try {
      (0, import_node_fs2.closeSync)(this.fd);
    } catch {
    }
    (0, import_node_fs2.rmSync)(this.path, { force: true });
  }
};
function spilledU32(beside) {
  return new SpilledColumn("u32", beside);
}
function spilledText(beside) {
  return new SpilledColumn("utf8", beside);
}
var IN_MEMORY = {
  u32: () => new MemoryU32Column(),
  text: () => new MemoryTextColumn()
};

// src/data/sections.ts
var import_node_crypto = require("crypto");
var import_node_fs3 = require("fs");
var MAGIC = "FACTSIX2";
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
function checksum(bytes) {
  return (0, import_node_crypto.createHash)("sha1").update(bytes).digest("hex").slice(0, 16);
}
function blockSums(bytes, block) {
  const sums = [];
  for (let at = 0; at < bytes.byteLength; at += block) sums.push(checksum(bytes.subarray(at, Math.min(at + block, bytes.byteLength))));
  return sums;
}
var TEMPORARY = /\.(\d+)\.[0-9a-f]+\.tmp$/;
function writeSections(path, meta, sections) {
  try {
    writeAll(path, meta, sections);
  } finally {
    for (const value of Object.values(sections)) if (isColumn(value)) value.discard();
  }
}
function blobOf(name, value) {
  if (isColumn(value)) {
    if (value.spilled) {
      const spilled2 = value;
      return { name, kind: spilled2.kind, ascii: spilled2.kind === "utf8" && spilled2.ascii, length: spilled2.kind === "u32" ? spilled2.length * 4 : spilled2.length, spilled: spilled2 };
    }
    return blobOf(name, value.kind === "u32" ? value.values() : value.text());
  }
  if (typeof value === "string") {
    const ascii = Buffer.byteLength(value, "utf8") === value.length;
    const bytes2 = Buffer.from(value, ascii ? "latin1" : "utf8");
    return { name, bytes: bytes2, kind: "utf8", ascii, length: bytes2.byteLength };
  }
  const section = value;
  const kind = section instanceof Uint8Array ? "u8" : section instanceof Int32Array ? "i32" : "u32";
  const bytes = new Uint8Array(section.buffer, section.byteOffset, section.byteLength);
  return { name, bytes, kind, ascii: false, length: bytes.byteLength };
}
function writeAll(path, meta, sections) {
  const blobs = Object.entries(sections).map(([name, value]) => blobOf(name, value));
  const blockOf = (kind) => kind === "utf8" ? TEXT_BLOCK : BLOCK;
  const placeholder = "0".repeat(16);
  const sums = blobs.map((b) => Array.from({ length: Math.ceil(b.length / blockOf(b.kind)) }, () => placeholder));
  const sizeFor = (offsets) => Buffer.byteLength(JSON.stringify({ meta, size: offsets, sections: Object.fromEntries(blobs.map((b, i) => [b.name, { offset: offsets, length: offsets, kind: b.kind, ascii: true, sums: sums[i], block: blockOf(b.kind) }])) }));
  const headerRoom = align(PREAMBLE + sizeFor(1e15));
  const entries = {};
  let offset = headerRoom;
  blobs.forEach((blob, i) => {
    const block = blockOf(blob.kind);
    entries[blob.name] = { offset, length: blob.length, kind: blob.kind, ...blob.ascii ? { ascii: true } : {}, sums: sums[i], ...block === BLOCK ? {} : { block } };
    offset = align(offset + blob.length);
  });
  const size = offset;
  replaceAtomically(path, `${path}.${process.pid}.${(0, import_node_crypto.randomBytes)(4).toString("hex")}.tmp`, (fd) => {
    blobs.forEach((blob, i) => {
      const entry = entries[blob.name];
      const block = blockOf(blob.kind);
      if ("bytes" in blob) {
        entry.sums = blockSums(blob.bytes, block);
        writeAt(fd, blob.bytes, entry.offset);
        return;
      }
      const found = [];
      let at = entry.offset;
      blob.spilled.forEachChunk((bytes) => {
        found.push(...blockSums(bytes, block));
        writeAt(fd, bytes, at);
        at += bytes.byteLength;
      });
      if (at !== entry.offset + blob.length || found.length !== sums[i].length) throw new Error(`${blob.spilled.path}: not the length it was said to have`);
      entry.sums = found;
    });
    const header = Buffer.from(JSON.stringify({ meta, size, sections: entries }), "utf8");
    const head = Buffer.alloc(headerRoom);
    head.write(MAGIC, 0, "latin1");
    head.writeUInt32LE(header.byteLength, 8);
    head.write(checksum(header), 12, "hex");
    header.copy(head, PREAMBLE);
    writeAt(fd, head, 0);
    const end = Math.max(headerRoom, ...Object.values(entries).map((e) => e.offset + e.length));
    if (size > end) writeAt(fd, Buffer.alloc(size - end), end);
  });
}
function replaceAtomically(path, temporary, write) {
  const fd = (0, import_node_fs3.openSync)(temporary, "wx");
  try {
    write(fd);
  } catch (error) {
    (0, import_node_fs3.closeSync)(fd);
    (0, import_node_fs3.rmSync)(temporary, { force: true });
    throw error;
  }
  (0, import_node_fs3.closeSync)(fd);
  try {
    (0, import_node_fs3.renameSync)(temporary, path);
  } catch (error) {
    (0, import_node_fs3.rmSync)(temporary, { force: true });
    throw error;
  }
}
function align(n) {
  return n + 3 & ~3;
}
var SectionReader = class _SectionReader {
  constructor(fd, path, header) {
    this.fd = fd;
    this.path = path;
    this.meta = header.meta;
    this.entries = header.sections;
  }
  fd;
  path;
  meta;
  entries;
  /** The blocks read so far, by section and block number (a list per section: a key string per read cost listings a tenth of their time). */
  blocks = /* @__PURE__ */ new Map();
  /** Opens a file and checks its header; says whether it is missing, or why it is not to be trusted. */
  static open(path) {
    let fd;
    try {
      fd = (0, import_node_fs3.openSync)(path, "r");
    } catch {
      return { missing: true };
    }
    const problem = (why) => {
      (0, import_node_fs3.closeSync)(fd);
      return { damaged: why };
    };
    const size = (0, import_node_fs3.fstatSync)(fd).size;
    if (size < PREAMBLE) return problem("it is cut short");
    const head = Buffer.alloc(PREAMBLE);
    (0, import_node_fs3.readSync)(fd, head, 0, PREAMBLE, 0);
    if (head.toString("latin1", 0, 8) !== MAGIC) return problem("it is of another version");
    const length = head.readUInt32LE(8);
    if (PREAMBLE + length > size) return problem("it is cut short");
    const bytes = Buffer.alloc(length);
    (0, import_node_fs3.readSync)(fd, bytes, 0, length, PREAMBLE);
    if (checksum(bytes) !== head.toString("hex", 12, 20)) return problem("its header fails its checksum");
    let header;
    try {
      header = JSON.parse(bytes.toString("utf8"));
    } catch {
      return problem("its header fails its checksum");
    }
    if (header.size !== size) return problem(size < header.size ? "it is cut short" : "it has bytes after its end");
    return { reader: new _SectionReader(fd, path, header) };
  }
  /** Whether the file has this section. */
  has(name) {
    return this.entries[name] !== void 0;
  }
  entry(name) {
    const entry = this.entries[name];
    if (!entry) throw new DamagedFileError(this.path);
    return entry;
  }
  /** Reads bytes [from, to) of a section (whole blocks), checking each block. */
  readChecked(entry, from, to) {
    const out = Buffer.allocUnsafe(to - from);
    if (out.byteLength > 0 && (0, import_node_fs3.readSync)(this.fd, out, 0, out.byteLength, entry.offset + from) !== out.byteLength) throw new DamagedFileError(this.path);
    const size = entry.block ?? BLOCK;
    for (let at = 0; at < out.byteLength; at += size) {
      if (checksum(out.subarray(at, Math.min(at + size, out.byteLength))) !== entry.sums[(from + at) / size]) throw new DamagedFileError(this.path);
    }
    return out;
  }
  /** Block b of a section, read and checked once. */
  block(name, b) {
    let list = this.blocks.get(name);
    if (!list) this.blocks.set(name, list = []);
    let block = list[b];
    if (!block) {
      const entry = this.entry(name);
      const size = entry.block ?? BLOCK;
      block = this.readChecked(entry, b * size, Math.min((b + 1) * size, entry.length));
      list[b] = block;
    }
    return block;
  }
  /** Bytes [from, to) of a section: the whole section at once, or a range through the block cache. */
  bytes(name, from = 0, to) {
    const entry = this.entry(name);
    const end = Math.min(to ?? entry.length, entry.length);
    if (from === 0 && end === entry.length) return this.readChecked(entry, 0, entry.length);
    const out = Buffer.allocUnsafe(Math.max(end - from, 0));
    const size = entry.block ?? BLOCK;
    for (let at = from; at < end; ) {
      const b = Math.floor(at / size);
      const stop = Math.min(end, (b + 1) * size);
      this.block(name, b).copy(out, at - from, at - b * size, stop - b * size);
      at = stop;
    }
    return out;
  }
  u32(name) {
    const bytes = this.bytes(name);
    return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
  i32(name) {
    return new Int32Array(this.u32(name).buffer);
  }
  u8(name) {
    return new Uint8Array(this.bytes(name));
  }
  text(name, from = 0, to) {
    const entry = this.entry(name);
    const encoding = entry.ascii ? "latin1" : "utf8";
    const end = Math.min(to ?? entry.length, entry.length);
    const size = entry.block ?? BLOCK;
    const b = Math.floor(from / size);
    if ((from > 0 || end < entry.length) && end > from && Math.floor((end - 1) / size) === b) return this.block(name, b).toString(encoding, from - b * size, end - b * size);
    return this.bytes(name, from, to).toString(encoding);
  }
  /** Whether a text section holds only ASCII (so byte and character offsets agree). */
  isAscii(name) {
    return this.entry(name).ascii === true;
  }
  /** How many 32-bit values a section holds. */
  u32Length(name) {
    return this.entry(name).length / 4;
  }
  /** Values [from, to) of a 32-bit section, read through the block cache. */
  u32Range(name, from, to) {
    const bytes = this.bytes(name, from * 4, to * 4);
    return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  }
  u32Blocks = /* @__PURE__ */ new Map();
  /** One value of a 32-bit section (verify reads these by the million: a typed array per block, not a Buffer read). */
  u32At(name, i) {
    const b = Math.floor(i / U32_BLOCK);
    let list = this.u32Blocks.get(name);
    if (!list) this.u32Blocks.set(name, list = []);
    let values = list[b];
    if (!values) {
      const bytes = this.block(name, b);
      values = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
      list[b] = values;
    }
    return values[i - b * U32_BLOCK];
  }
  close() {
    (0, import_node_fs3.closeSync)(this.fd);
  }
};

// src/data/store.ts
function groupBySource(count, sourceOf, sources) {
  const groups = Array.from({ length: sources }, () => []);
  for (let i = 0; i < count; i++) groups[sourceOf(i)]?.push(i);
  return groups;
}

// src/data/stamp.ts
var import_node_fs4 = require("fs");
function stampOf(path, fd) {
  const info = fd === void 0 ? (0, import_node_fs4.statSync)(path, { bigint: true }) : (0, import_node_fs4.fstatSync)(fd, { bigint: true });
  if (info.isDirectory()) throw Object.assign(new Error("directory"), { code: "EISDIR" });
  return { path, dev: String(info.dev), ino: String(info.ino), size: Number(info.size), mtimeNs: String(info.mtimeNs), ctimeNs: String(info.ctimeNs) };
}
function sameStamp(a, b) {
  return a.path === b.path && a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.ctimeNs === b.ctimeNs;
}

// src/data/cache.ts
var CACHE_FORMAT = 15;
var DATA_BLOCK = 1 << 18;
var DATA_BLOCKS_KEPT = 8;
var KINDS = ["guarantee", "quote", "number", "claim"];
function makeDirectory(path) {
  const parts = path.split("/").filter(Boolean);
  let at = path.startsWith("/") ? "" : ".";
  for (const part of parts) {
    at = `${at}/${part}`;
    try {
      (0, import_node_fs5.mkdirSync)(at);
    } catch (error) {
      if (error.code !== "EEXIST") throw error;
    }
  }
}
function cacheFolder(env, stamps, name) {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith("/") ? env.XDG_CACHE_HOME : (0, import_node_path.join)(env.HOME || (0, import_node_os.homedir)(), ".cache");
  const root = (0, import_node_path.join)(base, "facts");
  const paths = hash(JSON.stringify(name === void 0 ? stamps.map((s) => s.path) : ["named", name]));
  const version = hash(JSON.stringify([CACHE_FORMAT, stamps]));
  return { root, folder: (0, import_node_path.join)(root, `${paths}-${version}`) };
}
function hash(text) {
  return (0, import_node_crypto2.createHash)("sha256").update(text).digest("hex").slice(0, 16);
}
var RecordsBuilder = class {
  kinds = new MemoryU32Column();
  /** Speakers and sources as numbers of their own (speaker 0: none), turned into the dataset's indexes once it is known. */
  speakers = new MemoryU32Column();
  sourcesOf = new MemoryU32Column();
  speakerNumbers = /* @__PURE__ */ new Map();
  sourceNumbers = /* @__PURE__ */ new Map();
  spanStarts = new MemoryU32Column();
  spanEnds = new MemoryU32Column();
  recordFiles = new MemoryU32Column();
  jsonFroms = new MemoryU32Column();
  jsonTos = new MemoryU32Column();
  textFroms = new MemoryU32Column();
  textTos = new MemoryU32Column();
  /** Where each id ends in the ids section, its newline included (ids are ASCII: bytes and characters agree). */
  idTo = new MemoryU32Column();
  /** Where each cue ends in the cues, in UTF-16 units. */
  cueTo = new MemoryU32Column();
  cueLength = 0;
  ids;
  cues;
  texts;
  constructor(columns = IN_MEMORY) {
    this.ids = columns.text();
    this.cues = columns.text();
    this.texts = KINDS.map(() => columns.text());
    this.idTo.push(0);
    this.cueTo.push(0);
  }
  /** One valid record, its file and where it stands there. */
  add(record, file, range) {
    const k = KINDS.indexOf(record.kind);
    this.kinds.push(k);
    this.speakers.push(record.speaker === null ? 0 : numberOf(this.speakerNumbers, record.speaker) + 1);
    this.sourcesOf.push(numberOf(this.sourceNumbers, record.source));
    this.spanStarts.push(record.span.start);
    this.spanEnds.push(record.span.end);
    this.ids.append(`${record.id}
`);
    this.idTo.push(this.ids.length);
    const cue = record.cue?.text ?? "";
    this.cues.append(cue);
    this.cueLength += cue.length;
    this.cueTo.push(this.cueLength);
    this.recordFiles.push(file);
    this.jsonFroms.push(range.start);
    this.jsonTos.push(range.end);
    const text = this.texts[k];
    this.textFroms.push(text.length);
    text.append(record.text);
    this.textTos.push(text.length);
  }
  /** Removes what was spilled, when nothing is to be written (the data failed validation). */
  discard() {
    for (const column of [this.ids, this.cues, ...this.texts]) column.discard();
  }
  /**
   * Writes records.bin for these files (their sources and entities as validateFiles found
   * them); removes older caches of the same paths. `key` is the set asked for, when some
   * of it was left out (`leftOut`), which warm runs report again without reading them.
   */
  write(folder, root, stamps, lists, key = stamps, leftOut = []) {
    makeDirectory(folder);
    removeTemporaries(folder);
    const n = this.kinds.length;
    const sourceIndex = new Map(lists.sources.map((s, i) => [s.id, i]));
    const entityIndex = new Map(lists.entities.map((e, i) => [e.id, i]));
    const speakerOf = [-1, ...[...this.speakerNumbers.keys()].map((id) => entityIndex.get(id) ?? -1)];
    const sourceOf = [...this.sourceNumbers.keys()].map((id) => sourceIndex.get(id) ?? 0);
    const speaker = new Int32Array(n);
    const source = new Uint32Array(n);
    const speakers = this.speakers.values();
    const sources = this.sourcesOf.values();
    for (let i = 0; i < n; i++) {
      speaker[i] = speakerOf[speakers[i]];
      source[i] = sourceOf[sources[i]];
    }
    const meta = {
      format: CACHE_FORMAT,
      key: [...key],
      stamps: [...stamps],
      leftOut: [...leftOut],
      recordCount: n,
      entities: lists.entities,
      sources: lists.sources.map((s) => ({ ...s, text: null }))
    };
    writeSections((0, import_node_path.join)(folder, "records.bin"), meta, {
      kind: Uint8Array.from(this.kinds.values()),
      speaker,
      source,
      spanStart: this.spanStarts,
      spanEnd: this.spanEnds,
      ids: this.ids,
      idTo: this.idTo,
      cues: this.cues,
      cueTo: this.cueTo,
      textFrom: this.textFroms,
      textTo: this.textTos,
      recordFile: this.recordFiles,
      jsonFrom: this.jsonFroms,
      jsonTo: this.jsonTos,
      ...Object.fromEntries(KINDS.map((k, i) => [`texts.${k}`, this.texts[i]])),
      sourceFile: Uint32Array.from(lists.sourceTexts, (t) => t.file),
      sourceFrom: Uint32Array.from(lists.sourceTexts, (t) => t.range.start),
      sourceTo: Uint32Array.from(lists.sourceTexts, (t) => t.range.end)
    });
    removeOlder(root, folder);
  }
};
function numberOf(numbers, key) {
  let found = numbers.get(key);
  if (found === void 0) numbers.set(key, found = numbers.size);
  return found;
}
function removeOlder(root, keep) {
  const prefix = keep.slice(root.length + 1).split("-")[0];
  try {
    for (const name of (0, import_node_fs5.readdirSync)(root)) {
      if (name.startsWith(`${prefix}-`) && (0, import_node_path.join)(root, name) !== keep) (0, import_node_fs5.rmSync)((0, import_node_path.join)(root, name), { recursive: true, force: true });
    }
  } catch {
  }
}
function removeTemporaries(folder) {
  try {
    for (const name of (0, import_node_fs5.readdirSync)(folder)) {
      const owner = TEMPORARY.exec(name);
      if (!owner) continue;
      const path = (0, import_node_path.join)(folder, name);
      if (!isRunning(Number(owner[1])) || Date.now() - (0, import_node_fs5.statSync)(path).mtimeMs > 36e5) (0, import_node_fs5.rmSync)(path, { force: true });
    }
  } catch {
  }
}
function isRunning(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
function openChecked(path, notes) {
  const opened = SectionReader.open(path);
  if ("reader" in opened) return opened.reader;
  if ("damaged" in opened) {
    notes.damaged(path, opened.damaged);
    (0, import_node_fs5.rmSync)(path, { force: true });
  }
  return void 0;
}
function spillingBeside(path) {
  try {
    makeDirectory((0, import_node_path.dirname)(path));
  } catch {
    return IN_MEMORY;
  }
  const spill = (make, memory) => {
    try {
      return make();
    } catch {
      return memory();
    }
  };
  return { u32: () => spill(() => spilledU32(path), IN_MEMORY.u32), text: () => spill(() => spilledText(path), IN_MEMORY.text) };
}
function cachePlace(folder, name, notes) {
  const path = (0, import_node_path.join)(folder, `${name}.bin`);
  return {
    read: () => openChecked(path, notes),
    write: (meta, sections) => {
      try {
        makeDirectory(folder);
        removeTemporaries(folder);
        writeSections(path, meta, sections);
      } catch (error) {
        notes.unwritable(error);
      }
    },
    columns: () => spillingBeside(path),
    building: notes.building
  };
}
function openCachedStore(folder, stamps, notes) {
  const records = openChecked((0, import_node_path.join)(folder, "records.bin"), notes);
  if (!records) return void 0;
  const meta = records.meta;
  if (meta.format !== CACHE_FORMAT) return void 0;
  if (meta.key.length !== stamps.length || !meta.key.every((stamp, i) => sameStamp(stamp, stamps[i]))) return void 0;
  const column = (read) => {
    let value;
    return () => value ??= read();
  };
  const columns = {
    kind: column(() => records.u8("kind")),
    speaker: column(() => records.i32("speaker")),
    source: column(() => records.u32("source")),
    spanStart: column(() => records.u32("spanStart")),
    spanEnd: column(() => records.u32("spanEnd")),
    recordFile: column(() => records.u32("recordFile")),
    jsonFrom: column(() => records.u32("jsonFrom")),
    jsonTo: column(() => records.u32("jsonTo")),
    textFrom: column(() => records.u32("textFrom")),
    textTo: column(() => records.u32("textTo")),
    idTo: column(() => records.u32("idTo")),
    sourceFile: column(() => records.u32("sourceFile")),
    sourceFrom: column(() => records.u32("sourceFrom")),
    sourceTo: column(() => records.u32("sourceTo"))
  };
  const entityById = new Map(meta.entities.map((e) => [e.id, e]));
  const fds = /* @__PURE__ */ new Map();
  const changed = (stamp) => new DataError([`${stamp.path}: changed while it was being read; run the command again`]);
  const descriptor = (file) => {
    const stamp = meta.stamps[file];
    let fd = fds.get(file);
    if (fd === void 0) {
      try {
        fd = (0, import_node_fs5.openSync)(stamp.path, "r");
      } catch {
        throw changed(stamp);
      }
      fds.set(file, fd);
      if (!sameStamp(stampOf(stamp.path, fd), stamp)) throw changed(stamp);
    }
    return fd;
  };
  const blocks = /* @__PURE__ */ new Map();
  let lastBlock = "";
  const block = (file, b) => {
    const key = `${file}:${b}`;
    let bytes = blocks.get(key);
    if (bytes) {
      blocks.delete(key);
    } else {
      const stamp = meta.stamps[file];
      const from = b * DATA_BLOCK;
      bytes = Buffer.allocUnsafe(Math.min(DATA_BLOCK, stamp.size - from));
      if (bytes.byteLength <= 0 || (0, import_node_fs5.readSync)(descriptor(file), bytes, 0, bytes.byteLength, from) !== bytes.byteLength) throw changed(stamp);
      if (blocks.size >= DATA_BLOCKS_KEPT) blocks.delete(blocks.keys().next().value);
    }
    blocks.set(key, bytes);
    return bytes;
  };
  let scratch;
  const readRange = (file, from, to) => {
    const first = Math.floor(from / DATA_BLOCK);
    const last = Math.floor((to - 1) / DATA_BLOCK);
    const sequential = blocks.has(`${file}:${first}`) || lastBlock === `${file}:${first}` || lastBlock === `${file}:${first - 1}`;
    lastBlock = `${file}:${last}`;
    if (sequential && first === last) return block(file, first).toString("utf8", from - first * DATA_BLOCK, to - first * DATA_BLOCK);
    if (!scratch || scratch.byteLength < to - from) scratch = Buffer.allocUnsafe(Math.max(to - from, 1 << 16));
    if ((0, import_node_fs5.readSync)(descriptor(file), scratch, 0, to - from, from) !== to - from) throw changed(meta.stamps[file]);
    return scratch.toString("utf8", 0, to - from);
  };
  let allIds;
  const idOf = (i) => records.text("ids", columns.idTo()[i], columns.idTo()[i + 1] - 1);
  const wholeTexts = KINDS.map(() => void 0);
  let cues;
  let bySource;
  const sourceText = (index) => JSON.parse(readRange(columns.sourceFile()[index], columns.sourceFrom()[index], columns.sourceTo()[index]));
  return {
    leftOut: meta.leftOut,
    recordCount: meta.recordCount,
    id: idOf,
    // One id is found by a native search of the ids, one a line, and its line counted:
    // a Map of a million ids took a second to build for one look-up.
    indexOf: (id) => {
      if (id.includes("\n")) return -1;
      allIds ??= `
${records.text("ids")}
`;
      const at = allIds.indexOf(`
${id}
`);
      if (at < 0) return -1;
      let line = 0;
      for (let p = allIds.indexOf("\n", 1); p >= 0 && p <= at; p = allIds.indexOf("\n", p + 1)) line++;
      return line;
    },
    cue: (i) => {
      cues ??= { all: records.text("cues"), to: records.u32("cueTo") };
      return cues.all.slice(cues.to[i], cues.to[i + 1]);
    },
    kind: (i) => KINDS[columns.kind()[i]],
    speaker: (i) => columns.speaker()[i] < 0 ? null : meta.entities[columns.speaker()[i]].id,
    sourceIndex: (i) => columns.source()[i],
    span: (i) => ({ start: columns.spanStart()[i], end: columns.spanEnd()[i] }),
    // A text is read on its own, so that a search reads only what it prints; a command
    // that reads every text of a kind (grep) says so first, and the kind's whole section
    // is then read and decoded at once.
    text: (i) => {
      const k = columns.kind()[i];
      const whole = wholeTexts[k];
      if (whole !== void 0) return whole.slice(columns.textFrom()[i], columns.textTo()[i]);
      return records.text(`texts.${KINDS[k]}`, columns.textFrom()[i], columns.textTo()[i]);
    },
    scanTexts: (kinds) => {
      for (const name of kinds) {
        const k = KINDS.indexOf(name);
        const section = `texts.${name}`;
        if (k >= 0 && wholeTexts[k] === void 0 && records.isAscii(section)) wholeTexts[k] = records.text(section);
      }
    },
    record: (i) => {
      const file = columns.recordFile()[i];
      let record;
      try {
        record = JSON.parse(readRange(file, columns.jsonFrom()[i], columns.jsonTo()[i]));
      } catch (error) {
        throw isFactsError(error) ? error : changed(meta.stamps[file]);
      }
      if (record.id !== idOf(i)) throw changed(meta.stamps[file]);
      return record;
    },
    entities: meta.entities,
    entityById,
    sources: meta.sources.map(({ text: _text, ...info }) => info),
    sourceIds: meta.sources.map((s) => s.id),
    sourceText,
    source: (index) => ({ ...meta.sources[index], text: sourceText(index) }),
    recordsOfSource: (index) => {
      bySource ??= groupBySource(meta.recordCount, (i) => columns.source()[i], meta.sources.length);
      return bySource[index] ?? [];
    },
    place: (name) => cachePlace(folder, name, notes)
  };
}
// Annotate the CommonJS export names for ESM import in node:
0 && (module.exports = {
  CACHE_FORMAT,
  RecordsBuilder,
  cacheFolder,
  cachePlace,
  makeDirectory,
  openCachedStore,
  removeTemporaries,
  spillingBeside
});
