import { createHash } from 'node:crypto';
import { openSync, readdirSync, readSync, rmSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { DataError, isFactsError } from '../errors.js';
import { makeDirectory } from '../files/fs.js';
import type { ByteRange } from '../dataset/json/structure.js';
import { IN_MEMORY, MemoryU32Column, spilledText, spilledU32, type Column, type ColumnMaker, type TextColumn } from './column.js';
import { SectionReader, TEMPORARY, writeSections, type Section } from './sections.js';
import { groupBySource, type FactStore, type Place, type SourceInfo } from './store.js';
import { sameStamp, stampOf, type FileStamp } from './stamp.js';
import type { Entity, FactRecord, RecordKind, Source } from '../dataset/types.js';
import type { StreamedDataset } from '../dataset/validate.js';

// The derived index of a user's dataset, kept in the user's cache directory. The store's
// own part (records.bin) holds what every command needs without parsing the JSON:
// record columns, the records' texts, the entities, the sources without their texts,
// and where each record and each source's text stand in the data file (both are read
// back from the file itself, exactly as written). Features keep their own indexes
// next to it, through a Place (search.bin, corpus.bin). It is written only for files
// that passed validation.
//
// The cache is keyed by each file's path and its stamp: device, inode, size, and the
// modification and change times in nanoseconds, as git's index is. Any write to the
// file changes its ctime, which `touch` cannot set back, so an edit is seen without
// reading the file. What a stamp cannot see: a file system whose clock stands still or
// that keeps coarse times (FAT's 2 s, some network mounts) with an edit of the same
// size on the same inode within one tick; a system clock set back to the very
// nanosecond; a file system that reuses an inode number for a file of the same size
// and times. Every cache file is also checked block by block (sections.ts), so damage
// to the cache itself is always seen.

/** Bump when the layout of records.bin changes; old caches are then ignored. */
export const CACHE_FORMAT = 16;

/** A cue column's value for a record without a cue. */
const NO_CUE = 0xffffffff;

/** Blocks of a data file read at a time, and how many recent ones are kept (2 MiB: a listing reads them in order). */
const DATA_BLOCK = 1 << 18;
const DATA_BLOCKS_KEPT = 8;

const KINDS: readonly RecordKind[] = ['guarantee', 'quote', 'number', 'claim'];



/**
 * Where the cache for these files lives: a folder per set of paths (or per `name`, for a
 * set whose paths change, such as a library's), named by their stamps. Building one
 * removes the older folders of the same paths or name.
 */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, stamps: readonly FileStamp[], name?: string): { root: string; folder: string } {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(env.HOME || homedir(), '.cache');
  const root = join(base, 'facts');
  const paths = hash(JSON.stringify(name === undefined ? stamps.map((s) => s.path) : ['named', name]));
  const version = hash(JSON.stringify([CACHE_FORMAT, stamps]));
  return { root, folder: join(root, `${paths}-${version}`) };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A file of a lenient set (a library's) left out, and why, in one line that names it. */
export interface LeftOut {
  path: string;
  problem: string;
}

interface RecordsMeta {
  format: number;
  /** The files the cache was asked for, in order: the key it is found by. */
  key: FileStamp[];
  /** The files it holds, which records are read from: the key without those left out. */
  stamps: FileStamp[];
  leftOut: LeftOut[];
  recordCount: number;
  entities: Entity[];
  /** Each source, its text null (the text is read from the data file; the field keeps its place). */
  sources: (Omit<Source, 'text'> & { text: null })[];
}

/**
 * Gathers the record sections of a dataset as its records are validated, one at a time
 * (validateFiles), keeping each record's columns but not the record, then writes them
 * (write). The texts, ids and cues go to columns from `columns`, spilled to the cache
 * folder as they come when it can be written, so that a million records' texts are never
 * held in memory; the numbers are held, a few bytes a record. Records are read back from
 * the data files by byte range.
 */
export class RecordsBuilder {
  private readonly kinds = new MemoryU32Column();
  /** Speakers and sources as numbers of their own (speaker 0: none), turned into the dataset's indexes once it is known. */
  private readonly speakers = new MemoryU32Column();
  private readonly sourcesOf = new MemoryU32Column();
  private readonly speakerNumbers = new Map<string, number>();
  private readonly sourceNumbers = new Map<string, number>();
  private readonly spanStarts = new MemoryU32Column();
  private readonly spanEnds = new MemoryU32Column();
  /** Where each cue stands (NO_CUE for a record without one). */
  private readonly cueStarts = new MemoryU32Column();
  private readonly cueEnds = new MemoryU32Column();
  private readonly recordFiles = new MemoryU32Column();
  private readonly jsonFroms = new MemoryU32Column();
  private readonly jsonTos = new MemoryU32Column();
  private readonly textFroms = new MemoryU32Column();
  private readonly textTos = new MemoryU32Column();
  /** Where each id ends in the ids section, its newline included (ids are ASCII: bytes and characters agree). */
  private readonly idTo = new MemoryU32Column();
  /** Where each cue ends in the cues, in UTF-16 units. */
  private readonly cueTo = new MemoryU32Column();
  private cueLength = 0;
  private readonly ids: TextColumn;
  private readonly cues: TextColumn;
  private readonly texts: TextColumn[];

  constructor(columns: ColumnMaker = IN_MEMORY) {
    this.ids = columns.text();
    this.cues = columns.text();
    this.texts = KINDS.map(() => columns.text());
    this.idTo.push(0);
    this.cueTo.push(0);
  }

  /** One valid record, its file and where it stands there. */
  add(record: FactRecord, file: number, range: ByteRange): void {
    const k = KINDS.indexOf(record.kind);
    this.kinds.push(k);
    this.speakers.push(record.speaker === null ? 0 : numberOf(this.speakerNumbers, record.speaker) + 1);
    this.sourcesOf.push(numberOf(this.sourceNumbers, record.source));
    this.spanStarts.push(record.span.start);
    this.spanEnds.push(record.span.end);
    this.ids.append(`${record.id}\n`);
    this.idTo.push(this.ids.length);
    this.cueStarts.push(record.cue ? record.cue.span.start : NO_CUE);
    this.cueEnds.push(record.cue ? record.cue.span.end : NO_CUE);
    const cue = record.cue?.text ?? '';
    this.cues.append(cue);
    this.cueLength += cue.length;
    this.cueTo.push(this.cueLength);
    this.recordFiles.push(file);
    this.jsonFroms.push(range.start);
    this.jsonTos.push(range.end);
    // Texts are kept per kind, so that grepping quotes reads only quotes.
    const text = this.texts[k] as TextColumn;
    this.textFroms.push(text.length);
    text.append(record.text);
    this.textTos.push(text.length);
  }

  /** Removes what was spilled, when nothing is to be written (the data failed validation). */
  discard(): void {
    for (const column of [this.ids, this.cues, ...this.texts]) column.discard();
  }

  /**
   * Writes records.bin for these files (their sources and entities as validateFiles found
   * them); removes older caches of the same paths. `key` is the set asked for, when some
   * of it was left out (`leftOut`), which warm runs report again without reading them.
   */
  write(folder: string, root: string, stamps: readonly FileStamp[], lists: StreamedDataset<string | null>, key: readonly FileStamp[] = stamps, leftOut: readonly LeftOut[] = []): void {
    makeDirectory(folder);
    removeTemporaries(folder);
    const n = this.kinds.length;
    const sourceIndex = new Map(lists.sources.map((s, i) => [s.id, i]));
    const entityIndex = new Map(lists.entities.map((e, i) => [e.id, i]));
    // Each number of the builder's own, as the dataset's index.
    const speakerOf = [-1, ...[...this.speakerNumbers.keys()].map((id) => entityIndex.get(id) ?? -1)];
    const sourceOf = [...this.sourceNumbers.keys()].map((id) => sourceIndex.get(id) ?? 0);
    const speaker = new Int32Array(n);
    const source = new Uint32Array(n);
    const speakers = this.speakers.values();
    const sources = this.sourcesOf.values();
    for (let i = 0; i < n; i++) {
      speaker[i] = speakerOf[speakers[i] as number] as number;
      source[i] = sourceOf[sources[i] as number] as number;
    }
    const meta: RecordsMeta = {
      format: CACHE_FORMAT,
      key: [...key],
      stamps: [...stamps],
      leftOut: [...leftOut],
      recordCount: n,
      entities: lists.entities,
      sources: lists.sources.map((s) => ({ ...s, text: null })),
    };
    writeSections(join(folder, 'records.bin'), meta, {
      kind: Uint8Array.from(this.kinds.values()),
      speaker,
      source,
      spanStart: this.spanStarts,
      spanEnd: this.spanEnds,
      ids: this.ids,
      idTo: this.idTo,
      cues: this.cues,
      cueTo: this.cueTo,
      cueStart: this.cueStarts,
      cueEnd: this.cueEnds,
      textFrom: this.textFroms,
      textTo: this.textTos,
      recordFile: this.recordFiles,
      jsonFrom: this.jsonFroms,
      jsonTo: this.jsonTos,
      ...Object.fromEntries(KINDS.map((k, i) => [`texts.${k}`, this.texts[i] as TextColumn])),
      sourceFile: Uint32Array.from(lists.sourceTexts, (t) => t.file),
      sourceFrom: Uint32Array.from(lists.sourceTexts, (t) => t.range.start),
      sourceTo: Uint32Array.from(lists.sourceTexts, (t) => t.range.end),
    });
    removeOlder(root, folder);
  }
}

/** The number of a string in a map of them, given the next number if it is new. */
function numberOf(numbers: Map<string, number>, key: string): number {
  let found = numbers.get(key);
  if (found === undefined) numbers.set(key, (found = numbers.size));
  return found;
}

function removeOlder(root: string, keep: string): void {
  const prefix = keep.slice(root.length + 1).split('-')[0] as string;
  try {
    for (const name of readdirSync(root)) {
      if (name.startsWith(`${prefix}-`) && join(root, name) !== keep) rmSync(join(root, name), { recursive: true, force: true });
    }
  } catch {
    // A cache that cannot be tidied is still a cache.
  }
}

/**
 * Removes temporary files that no running writer owns: those of a process killed while it
 * wrote (its pid is gone), and any older than an hour.
 */
export function removeTemporaries(folder: string): void {
  try {
    for (const name of readdirSync(folder)) {
      const owner = TEMPORARY.exec(name);
      if (!owner) continue;
      const path = join(folder, name);
      if (!isRunning(Number(owner[1])) || Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { force: true });
    }
  } catch {
    // A cache that cannot be tidied is still a cache.
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What the cache tells the user about (on a terminal, once each, by the caller). */
export interface CacheNotes {
  building(what: string): void;
  /** A cache file failed its check (`why`) and is rebuilt. */
  damaged(file: string, why: string): void;
  /** The cache cannot be written; the command works without it. */
  unwritable(error: unknown): void;
}

/** A cache file, its header checked; undefined when it is missing, or failed its check (then it is removed and `notes.damaged` says so). */
function openChecked(path: string, notes: CacheNotes): SectionReader | undefined {
  const opened = SectionReader.open(path);
  if ('reader' in opened) return opened.reader;
  if ('damaged' in opened) {
    notes.damaged(path, opened.damaged);
    rmSync(path, { force: true });
  }
  return undefined;
}

/** Columns spilled beside `path` (its folder made if need be); in memory where a file cannot be made there. */
export function spillingBeside(path: string): ColumnMaker {
  try {
    makeDirectory(dirname(path));
  } catch {
    return IN_MEMORY;
  }
  const spill = <T>(make: () => T, memory: () => T): T => {
    try {
      return make();
    } catch {
      return memory();
    }
  };
  return { u32: () => spill(() => spilledU32(path), IN_MEMORY.u32), text: () => spill(() => spilledText(path), IN_MEMORY.text) };
}

/** A place in the cache folder for a feature's index: NAME.bin, checked on every read. */
export function cachePlace(folder: string, name: string, notes: CacheNotes): Place {
  const path = join(folder, `${name}.bin`);
  return {
    read: () => openChecked(path, notes),
    write: (meta, sections: Record<string, Section | Column>) => {
      try {
        makeDirectory(folder);
        removeTemporaries(folder);
        writeSections(path, meta, sections);
      } catch (error) {
        notes.unwritable(error);
      }
    },
    columns: () => spillingBeside(path),
    building: notes.building,
  };
}

/**
 * Opens the cache in `folder` as a store; undefined when it is missing, stale or fails
 * its check (then it is removed and `notes.damaged` says so), to be rebuilt.
 */
export function openCachedStore(folder: string, stamps: readonly FileStamp[], notes: CacheNotes): (FactStore & { leftOut: readonly LeftOut[] }) | undefined {
  const records = openChecked(join(folder, 'records.bin'), notes);
  if (!records) return undefined;
  const meta = records.meta as RecordsMeta;
  if (meta.format !== CACHE_FORMAT) return undefined;
  if (meta.key.length !== stamps.length || !meta.key.every((stamp, i) => sameStamp(stamp, stamps[i] as FileStamp))) return undefined;
  // Columns are read (and checked) when first used: a search reads a few of them.
  const column = <T>(read: () => T) => {
    let value: T | undefined;
    return () => (value ??= read());
  };
  const columns = {
    kind: column(() => records.u8('kind')),
    speaker: column(() => records.i32('speaker')),
    source: column(() => records.u32('source')),
    spanStart: column(() => records.u32('spanStart')),
    spanEnd: column(() => records.u32('spanEnd')),
    cueStart: column(() => records.u32('cueStart')),
    cueEnd: column(() => records.u32('cueEnd')),
    recordFile: column(() => records.u32('recordFile')),
    jsonFrom: column(() => records.u32('jsonFrom')),
    jsonTo: column(() => records.u32('jsonTo')),
    textFrom: column(() => records.u32('textFrom')),
    textTo: column(() => records.u32('textTo')),
    idTo: column(() => records.u32('idTo')),
    sourceFile: column(() => records.u32('sourceFile')),
    sourceFrom: column(() => records.u32('sourceFrom')),
    sourceTo: column(() => records.u32('sourceTo')),
  };
  const entityById = new Map(meta.entities.map((e) => [e.id, e]));
  // The data files themselves, opened on the first record read, and checked again then:
  // a file changed since this run began is not read from offsets that were true before.
  const fds = new Map<number, number>();
  const changed = (stamp: FileStamp) => new DataError([`${stamp.path}: changed while it was being read; run the command again`]);
  const descriptor = (file: number) => {
    const stamp = meta.stamps[file] as FileStamp;
    let fd = fds.get(file);
    if (fd === undefined) {
      try {
        fd = openSync(stamp.path, 'r');
      } catch {
        throw changed(stamp);
      }
      fds.set(file, fd);
      if (!sameStamp(stampOf(stamp.path, fd), stamp)) throw changed(stamp);
    }
    return fd;
  };
  // Records read in file order (a listing) go through a few recent 256 KiB blocks of the
  // file, so the file is read in large pieces rather than a record at a time; a record
  // far from the last one read (search results, in score order) is read on its own.
  const blocks = new Map<string, Buffer>();
  let lastBlock = '';
  const block = (file: number, b: number) => {
    const key = `${file}:${b}`;
    let bytes = blocks.get(key);
    if (bytes) {
      blocks.delete(key);
    } else {
      const stamp = meta.stamps[file] as FileStamp;
      const from = b * DATA_BLOCK;
      bytes = Buffer.allocUnsafe(Math.min(DATA_BLOCK, stamp.size - from));
      if (bytes.byteLength <= 0 || readSync(descriptor(file), bytes, 0, bytes.byteLength, from) !== bytes.byteLength) throw changed(stamp);
      if (blocks.size >= DATA_BLOCKS_KEPT) blocks.delete(blocks.keys().next().value as string);
    }
    blocks.set(key, bytes);
    return bytes;
  };
  let scratch: Buffer | undefined;
  const readRange = (file: number, from: number, to: number) => {
    const first = Math.floor(from / DATA_BLOCK);
    const last = Math.floor((to - 1) / DATA_BLOCK);
    const sequential = blocks.has(`${file}:${first}`) || lastBlock === `${file}:${first}` || lastBlock === `${file}:${first - 1}`;
    lastBlock = `${file}:${last}`;
    if (sequential && first === last) return block(file, first).toString('utf8', from - first * DATA_BLOCK, to - first * DATA_BLOCK);
    // A range out of order, or over several blocks (a source's text), is read on its own
    // into one buffer kept for the purpose: verify's first run reads every source so, and a
    // buffer of each left the collector tens of megabytes to take.
    if (!scratch || scratch.byteLength < to - from) scratch = Buffer.allocUnsafe(Math.max(to - from, 1 << 16));
    if (readSync(descriptor(file), scratch, 0, to - from, from) !== to - from) throw changed(meta.stamps[file] as FileStamp);
    return scratch.toString('utf8', 0, to - from);
  };

  let allIds: string | undefined;
  // An id is read on its own, from its place in the ids (one a line).
  const idOf = (i: number) => records.text('ids', columns.idTo()[i] as number, (columns.idTo()[i + 1] as number) - 1);
  const wholeTexts: (string | undefined)[] = KINDS.map(() => undefined);
  let cues: { all: string; to: Uint32Array } | undefined;
  let bySource: number[][] | undefined;
  const sourceText = (index: number) => JSON.parse(readRange(columns.sourceFile()[index] as number, columns.sourceFrom()[index] as number, columns.sourceTo()[index] as number)) as string;
  return {
    leftOut: meta.leftOut,
    recordCount: meta.recordCount,
    id: idOf,
    // One id is found by a native search of the ids, one a line, and its line counted:
    // a Map of a million ids took a second to build for one look-up.
    indexOf: (id) => {
      if (id.includes('\n')) return -1;
      allIds ??= `\n${records.text('ids')}\n`;
      const at = allIds.indexOf(`\n${id}\n`);
      if (at < 0) return -1;
      let line = 0;
      for (let p = allIds.indexOf('\n', 1); p >= 0 && p <= at; p = allIds.indexOf('\n', p + 1)) line++;
      return line;
    },
    cue: (i) => {
      cues ??= { all: records.text('cues'), to: records.u32('cueTo') };
      return cues.all.slice(cues.to[i], cues.to[i + 1]);
    },
    kind: (i) => KINDS[columns.kind()[i] as number] as RecordKind,
    speaker: (i) => ((columns.speaker()[i] as number) < 0 ? null : (meta.entities[columns.speaker()[i] as number] as Entity).id),
    sourceIndex: (i) => columns.source()[i] as number,
    span: (i) => ({ start: columns.spanStart()[i] as number, end: columns.spanEnd()[i] as number }),
    cueSpan: (i) => {
      const start = columns.cueStart()[i] as number;
      return start === NO_CUE ? null : { start, end: columns.cueEnd()[i] as number };
    },
    // A text is read on its own, so that a search reads only what it prints; a command
    // that reads every text of a kind (grep) says so first, and the kind's whole section
    // is then read and decoded at once.
    text: (i) => {
      const k = columns.kind()[i] as number;
      const whole = wholeTexts[k];
      if (whole !== undefined) return whole.slice(columns.textFrom()[i], columns.textTo()[i]);
      return records.text(`texts.${KINDS[k]}`, columns.textFrom()[i] as number, columns.textTo()[i] as number);
    },
    scanTexts: (kinds) => {
      for (const name of kinds) {
        const k = KINDS.indexOf(name);
        const section = `texts.${name}`;
        if (k >= 0 && wholeTexts[k] === undefined && records.isAscii(section)) wholeTexts[k] = records.text(section);
      }
    },
    record: (i) => {
      const file = columns.recordFile()[i] as number;
      let record: FactRecord;
      try {
        record = JSON.parse(readRange(file, columns.jsonFrom()[i] as number, columns.jsonTo()[i] as number)) as FactRecord;
      } catch (error) {
        throw isFactsError(error) ? error : changed(meta.stamps[file] as FileStamp);
      }
      if (record.id !== idOf(i)) throw changed(meta.stamps[file] as FileStamp);
      return record;
    },
    entities: meta.entities,
    entityById,
    sources: meta.sources.map(({ text: _text, ...info }) => info as SourceInfo),
    sourceIds: meta.sources.map((s) => s.id as string),
    sourceText,
    source: (index) => ({ ...(meta.sources[index] as object), text: sourceText(index) }) as Source,
    recordsOfSource: (index) => {
      bySource ??= groupBySource(meta.recordCount, (i) => columns.source()[i] as number, meta.sources.length);
      return bySource[index] ?? [];
    },
    place: (name) => cachePlace(folder, name, notes),
  };
}
