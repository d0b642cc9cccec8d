import { createHash } from 'node:crypto';
import { existsSync, openSync, readdirSync, rmSync, rmdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { DataError, isFactsError, errorCode } from '../errors.js';
import { makeDirectory } from '../files/fs.js';
import { xdgBase } from '../files/xdg.js';
import { readAt } from '../files/positional.js';
import type { ByteRange } from '../dataset/json/structure.js';
import { IN_MEMORY, MemoryU32Column, spilledText, spilledU32, type ColumnMaker, type TextColumn } from './column.js';
import { CACHE_VERSION, SectionReader, TEMPORARY, writeSections, type Layout, type NamesOf } from './sections.js';
import { groupIndexes, type FactStore, type Place, type SourceInfo } from './store.js';
import { sameStamp, stampOf, type FileStamp } from './stamp.js';
import type { Entity, FactRecord, RecordKind, Source, Span } from '../dataset/types.js';
import type { StreamedDataset } from '../dataset/validate.js';
import { at } from '../lists.js';

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

/**
 * The sections of records.bin, declared once, in the order the file has them:
 * RecordsBuilder.write writes each, of its kind, and the store reads each by this name
 * and kind (docs/cache-format.md says what each holds). The number columns hold one value
 * a record, but `idTo` and `cueTo` (one more: the end of the last) and the three
 * `source*` (one a source).
 */
const RECORD_SECTIONS = {
  kind: 'u8',
  speaker: 'i32',
  source: 'u32',
  spanStart: 'u32',
  spanEnd: 'u32',
  ids: 'utf8',
  idTo: 'u32',
  cues: 'utf8',
  cueTo: 'u32',
  cueStart: 'u32',
  cueEnd: 'u32',
  textFrom: 'u32',
  textTo: 'u32',
  recordFile: 'u32',
  jsonFrom: 'u32',
  jsonTo: 'u32',
  'texts.guarantee': 'utf8',
  'texts.quote': 'utf8',
  'texts.number': 'utf8',
  'texts.claim': 'utf8',
  sourceFile: 'u32',
  sourceFrom: 'u32',
  sourceTo: 'u32',
} as const satisfies Layout & Record<`texts.${RecordKind}`, 'utf8'>;
type RecordLayout = typeof RECORD_SECTIONS;
type SectionName = keyof RecordLayout;
/** The number columns, and the texts. */
type ColumnName = { [N in SectionName]: RecordLayout[N] extends 'utf8' ? never : N }[SectionName];
type ColumnKind = RecordLayout[ColumnName];
/** What a number section is read as. */
type ReadAs<K extends ColumnKind> = K extends 'u8' ? Uint8Array : K extends 'i32' ? Int32Array : Uint32Array;

function textsOf(kind: RecordKind): `texts.${RecordKind}` {
  return `texts.${kind}`;
}

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
  const root = join(xdgBase(env, 'XDG_CACHE_HOME', '.cache'), 'facts');
  const paths = hash(JSON.stringify(name === undefined ? stamps.map((s) => s.path) : ['named', name]));
  const version = hash(JSON.stringify([CACHE_VERSION, stamps]));
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
    const text = at(this.texts, k);
    this.textFroms.push(text.length);
    text.append(record.text);
    this.textTos.push(text.length);
  }

  /** The column of one kind's texts. */
  private textsOfKind(kind: RecordKind): TextColumn {
    return at(this.texts, KINDS.indexOf(kind));
  }

  /** Removes what was spilled, when nothing is to be written (the data failed validation). */
  discard(): void {
    for (const column of [this.ids, this.cues, ...this.texts]) column.discard();
  }

  /**
   * Writes records.bin for these files (their sources and entities as validateFiles found
   * them); removes older caches of the same paths, and those of data that is gone
   * (removeStale). `key` is the set asked for, when some of it was left out (`leftOut`),
   * which warm runs report again without reading them.
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
      speaker[i] = at(speakerOf, at(speakers, i));
      source[i] = at(sourceOf, at(sources, i));
    }
    const meta: RecordsMeta = {
      key: [...key],
      stamps: [...stamps],
      leftOut: [...leftOut],
      recordCount: n,
      entities: lists.entities,
      sources: lists.sources.map((s) => ({ ...s, text: null })),
    };
    // Every section RECORD_SECTIONS declares, of its kind (the type checks both), written in its order.
    writeSections(join(folder, 'records.bin'), RECORD_SECTIONS, meta, {
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
      'texts.guarantee': this.textsOfKind('guarantee'),
      'texts.quote': this.textsOfKind('quote'),
      'texts.number': this.textsOfKind('number'),
      'texts.claim': this.textsOfKind('claim'),
      sourceFile: Uint32Array.from(lists.sourceTexts, (t) => t.file),
      sourceFrom: Uint32Array.from(lists.sourceTexts, (t) => t.range.start),
      sourceTo: Uint32Array.from(lists.sourceTexts, (t) => t.range.end),
    });
    removeStale(root, folder);
  }
}

/** The number of a string in a map of them, given the next number if it is new. */
function numberOf(numbers: Map<string, number>, key: string): number {
  let found = numbers.get(key);
  if (found === undefined) numbers.set(key, (found = numbers.size));
  return found;
}

/** A cache folder's name: the hash of the paths it is for, and of their stamps (cacheFolder). */
const CACHE_FOLDER = /^[0-9a-f]{16}-[0-9a-f]{16}$/;

/**
 * Removes the other folders of `root` that nothing will read again, in one pass: the older
 * caches of the same paths as `keep`, and the caches of data that is gone: a folder whose
 * records.bin names files none of which exists any more (a dataset since deleted, a
 * temporary file's, a removed library's), and a folder left empty an hour since by writers
 * that were killed. Those held as much as the data (30 MiB for 100,000 records). Run when
 * a cache is written, which is seldom and slow already. A folder whose records.bin this
 * version cannot read (another version's, damaged) is left to the run that opens it.
 */
function removeStale(root: string, keep: string): void {
  const prefix = at(keep.slice(root.length + 1).split('-'), 0);
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    // A cache that cannot be tidied is still a cache.
    return;
  }
  for (const name of names) {
    const folder = join(root, name);
    if (folder === keep) continue;
    try {
      if (name.startsWith(`${prefix}-`)) {
        rmSync(folder, { recursive: true, force: true });
        continue;
      }
      if (!CACHE_FOLDER.test(name)) continue;
      const changed = statSync(folder).mtimeMs;
      removeTemporaries(folder);
      const opened = SectionReader.open(join(folder, 'records.bin'), RECORD_SECTIONS, () => {});
      if ('reader' in opened) {
        const { stamps } = opened.reader.meta as RecordsMeta;
        opened.reader.close();
        if (stamps.length > 0 && stamps.every((s) => typeof s.path === 'string' && !existsSync(s.path))) rmSync(folder, { recursive: true, force: true });
      } else if ('missing' in opened && Date.now() - changed > 3_600_000) {
        // (rmdir fails on a folder that is not empty: a writer that has begun since keeps it.)
        rmdirSync(folder);
      }
    } catch {
      // A folder that cannot be tidied is left as it is.
    }
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
    return errorCode(error) === 'EPERM';
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

/** A cache file of this layout, its header checked; undefined when it is missing, of another version, or failed its check (then it is removed and `notes.damaged` says so). */
function openChecked<L extends Layout>(path: string, layout: L, notes: CacheNotes): SectionReader<L> | undefined {
  // A block that fails its check later takes every file of the cache with it: a run reads
  // several, and each would otherwise stop a run of its own.
  const opened = SectionReader.open(path, layout, () => discardCache(dirname(path)));
  if ('reader' in opened) return opened.reader;
  if ('damaged' in opened) {
    notes.damaged(path, opened.damaged);
    rmSync(path, { force: true });
  }
  return undefined;
}

/** Removes every file of a cache folder (its .bin files), so that the next run builds it again whole. */
function discardCache(folder: string): void {
  try {
    for (const name of readdirSync(folder)) if (name.endsWith('.bin')) rmSync(join(folder, name), { force: true });
  } catch {
    // A folder already gone is discarded.
  }
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

/**
 * Keeps V8's young generation at the size it has when a build starts, for the rest of
 * the run. A build makes garbage by the hundred megabytes, a record or a passage at a
 * time; V8 doubles the young generation as what outlives a collection adds up, to two
 * 16 MiB halves, and that was a fifth of a first run's peak memory on a 65 MiB file
 * (the young generation of a short command never grows that far). The growth factor is
 * read each time the young generation would grow, so it can be set while running.
 * Measured on the bench's files, each build run alternately with and without it: at
 * 100k records the peaks went from 124-143 to 94-109 MiB in the same time; at 1M the
 * records take about a tenth longer (5,058 young collections instead of 221, 42 full
 * ones instead of 7: 0.9 s more of pauses in 10 s) and the search index 6-8%, for
 * 20 MiB less at its peak (360 against 340 MiB).
 */
export function holdYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}

/** A place in the cache folder for a feature's index: NAME.bin, checked on every read. */
export function cachePlace(folder: string, name: string, notes: CacheNotes): Place {
  const path = join(folder, `${name}.bin`);
  return {
    read: (layout) => openChecked(path, layout, notes),
    write: (layout, meta, sections) => {
      try {
        makeDirectory(folder);
        removeTemporaries(folder);
        writeSections(path, layout, meta, sections);
      } catch (error) {
        notes.unwritable(error);
      }
    },
    columns: () => spillingBeside(path),
    building: (what) => {
      holdYoungGeneration();
      notes.building(what);
    },
  };
}

/**
 * Opens the cache in `folder` as a store; undefined when it is missing, stale or fails
 * its check (then it is removed and `notes.damaged` says so), to be rebuilt.
 */
export function openCachedStore(folder: string, stamps: readonly FileStamp[], notes: CacheNotes): CachedStore | undefined {
  const records = openChecked(join(folder, 'records.bin'), RECORD_SECTIONS, notes);
  if (!records) return undefined;
  const meta = records.meta as RecordsMeta;
  if (meta.key.length !== stamps.length || !meta.key.every((stamp, i) => sameStamp(stamp, at(stamps, i)))) return undefined;
  return new CachedStore(records, meta, new DataFiles(meta.stamps), cachePlaces(folder, notes));
}

/** A function that reads a value once, when first called. */
function once<T>(read: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= read());
}

/** A record column as the store reads it: a function that reads (and checks) it when first called. */
type RecordColumns = { readonly [N in ColumnName]: () => ReadAs<RecordLayout[N]> };

/** The number columns RECORD_SECTIONS declares, each read (and checked) when first used: a search reads a few of them. */
function recordColumns(records: SectionReader<RecordLayout>): RecordColumns {
  const u32 = (name: NamesOf<RecordLayout, 'u32'>) => once(() => records.u32(name));
  return {
    kind: once(() => records.u8('kind')),
    speaker: once(() => records.i32('speaker')),
    source: u32('source'),
    spanStart: u32('spanStart'),
    spanEnd: u32('spanEnd'),
    idTo: u32('idTo'),
    cueTo: u32('cueTo'),
    cueStart: u32('cueStart'),
    cueEnd: u32('cueEnd'),
    textFrom: u32('textFrom'),
    textTo: u32('textTo'),
    recordFile: u32('recordFile'),
    jsonFrom: u32('jsonFrom'),
    jsonTo: u32('jsonTo'),
    sourceFile: u32('sourceFile'),
    sourceFrom: u32('sourceFrom'),
    sourceTo: u32('sourceTo'),
  };
}

/** A feature's places in the cache folder, by name. */
function cachePlaces(folder: string, notes: CacheNotes): (name: string) => Place {
  return (name) => cachePlace(folder, name, notes);
}

/**
 * The data files a cache's records and texts are read back from, by byte range. Each is
 * opened on the first read, and checked against its stamp then: a file changed since
 * this run began is not read at offsets that were true before.
 */
class DataFiles {
  private readonly fds = new Map<number, number>();
  /** Recent 256 KiB blocks, by "file:block", oldest first. */
  private readonly blocks = new Map<string, Buffer>();
  private lastBlock = '';
  /** One buffer for ranges read on their own (see readRange). */
  private scratch: Buffer | undefined;

  constructor(private readonly stamps: readonly FileStamp[]) {}

  /** The error for a data file that changed under this run. */
  changed(file: number): DataError {
    return new DataError([`${at(this.stamps, file).path}: changed while it was being read; run the command again`]);
  }

  /**
   * The text of bytes [from, to) of data file `file`. Ranges read in file order (a
   * listing) go through a few recent blocks, so the file is read in large pieces rather
   * than a record at a time; a range far from the last one read (search results, in score
   * order) is read on its own.
   */
  readRange(file: number, from: number, to: number): string {
    const first = Math.floor(from / DATA_BLOCK);
    const last = Math.floor((to - 1) / DATA_BLOCK);
    const sequential = this.blocks.has(`${file}:${first}`) || this.lastBlock === `${file}:${first}` || this.lastBlock === `${file}:${first - 1}`;
    this.lastBlock = `${file}:${last}`;
    if (sequential && first === last) return this.block(file, first).toString('utf8', from - first * DATA_BLOCK, to - first * DATA_BLOCK);
    // A range out of order, or over several blocks (a source's text), is read on its own
    // into one buffer kept for the purpose: verify's first run reads every source so, and a
    // buffer of each left the collector tens of megabytes to take.
    if (!this.scratch || this.scratch.byteLength < to - from) this.scratch = Buffer.allocUnsafe(Math.max(to - from, 1 << 16));
    if (readAt(this.descriptor(file), this.scratch.subarray(0, to - from), from) !== to - from) throw this.changed(file);
    return this.scratch.toString('utf8', 0, to - from);
  }

  private block(file: number, b: number): Buffer {
    const key = `${file}:${b}`;
    let bytes = this.blocks.get(key);
    if (bytes) {
      this.blocks.delete(key);
    } else {
      const stamp = at(this.stamps, file);
      const from = b * DATA_BLOCK;
      const size = Math.min(DATA_BLOCK, stamp.size - from);
      // The oldest block goes, and its memory holds the new one: a listing or a first
      // search reads hundreds of blocks in order, and a new buffer for each was garbage
      // outside the heap that the collector took late (27 MiB of a 100k first search).
      const oldest = this.blocks.entries().next();
      let spare: Buffer | undefined;
      if (this.blocks.size >= DATA_BLOCKS_KEPT && !oldest.done) {
        this.blocks.delete(oldest.value[0]);
        spare = oldest.value[1];
      }
      bytes = spare?.byteLength === size ? spare : Buffer.allocUnsafe(size);
      if (bytes.byteLength <= 0 || readAt(this.descriptor(file), bytes, from) !== bytes.byteLength) throw this.changed(file);
    }
    this.blocks.set(key, bytes);
    return bytes;
  }

  private descriptor(file: number): number {
    let fd = this.fds.get(file);
    if (fd === undefined) {
      const stamp = at(this.stamps, file);
      try {
        fd = openSync(stamp.path, 'r');
      } catch {
        throw this.changed(file);
      }
      this.fds.set(file, fd);
      if (!sameStamp(stampOf(stamp.path, fd), stamp)) throw this.changed(file);
    }
    return fd;
  }
}

/**
 * A store over a cache: the records' columns from records.bin, read when first used; a
 * record's JSON and a source's text read back from the data files by byte range.
 */
export class CachedStore implements FactStore {
  /** The library files left out when the cache was built, said again on every run. */
  readonly leftOut: readonly LeftOut[];
  readonly recordCount: number;
  readonly entities: readonly Entity[];
  readonly entityById: ReadonlyMap<string, Entity>;
  readonly sources: readonly SourceInfo[];
  readonly sourceIds: readonly string[];
  private readonly columns: ReturnType<typeof recordColumns>;
  /** Every id, one a line between newlines, once an id is looked up or every text is read (scanTexts). */
  private allIds: string | undefined;
  /** A kind's texts, whole, once a command said it reads them all (scanTexts). */
  private readonly wholeTexts: (string | undefined)[] = KINDS.map(() => undefined);
  private cues: { all: string; to: Uint32Array } | undefined;
  private bySource: number[][] | undefined;

  constructor(
    private readonly records: SectionReader<RecordLayout>,
    private readonly meta: RecordsMeta,
    private readonly files: DataFiles,
    readonly place: (name: string) => Place,
  ) {
    this.leftOut = meta.leftOut;
    this.recordCount = meta.recordCount;
    this.entities = meta.entities;
    this.entityById = new Map(meta.entities.map((e) => [e.id, e]));
    this.sources = meta.sources.map(({ text: _text, ...info }) => info as SourceInfo);
    this.sourceIds = meta.sources.map((s) => s.id as string);
    this.columns = recordColumns(records);
  }

  /** An id, read on its own from its place in the ids (one a line), or cut from them all once they are read (ASCII ids: byte and character offsets agree). */
  id(i: number): string {
    const idTo = this.columns.idTo();
    if (this.allIds !== undefined && this.records.isAscii('ids')) return this.allIds.slice(at(idTo, i) + 1, at(idTo, i + 1));
    return this.records.text('ids', at(idTo, i), at(idTo, i + 1) - 1);
  }

  /** One id found by a native search of the ids, one a line, and its line counted: a Map of a million ids took a second to build for one look-up. */
  indexOf(id: string): number {
    if (id.includes('\n')) return -1;
    this.allIds ??= `\n${this.records.text('ids')}\n`;
    const at = this.allIds.indexOf(`\n${id}\n`);
    if (at < 0) return -1;
    let line = 0;
    for (let p = this.allIds.indexOf('\n', 1); p >= 0 && p <= at; p = this.allIds.indexOf('\n', p + 1)) line++;
    return line;
  }

  cue(i: number): string {
    this.cues ??= { all: this.records.text('cues'), to: this.records.u32('cueTo') };
    return this.cues.all.slice(this.cues.to[i], this.cues.to[i + 1]);
  }

  kind(i: number): RecordKind {
    // (Read for every record of a listing: one check, by at(), of the kind, which is out of range too for a record index past the end.)
    return at(KINDS, this.columns.kind()[i] ?? KINDS.length);
  }

  speaker(i: number): string | null {
    const entity = at(this.columns.speaker(), i);
    return entity < 0 ? null : at(this.meta.entities, entity).id;
  }

  sourceIndex(i: number): number {
    return at(this.columns.source(), i);
  }

  span(i: number): Span {
    return { start: at(this.columns.spanStart(), i), end: at(this.columns.spanEnd(), i) };
  }

  cueSpan(i: number): Span | null {
    const start = at(this.columns.cueStart(), i);
    return start === NO_CUE ? null : { start, end: at(this.columns.cueEnd(), i) };
  }

  /**
   * A text is read on its own, so that a search reads only what it prints; a command that
   * reads every text of a kind (grep) says so first, and the kind's whole section is then
   * read and decoded at once.
   */
  text(i: number): string {
    return this.textBy(i, this.readText);
  }

  textsInOrder(): (i: number) => string {
    const readers = KINDS.map((kind) => this.records.forwardText(textsOf(kind)));
    return (i) => this.textBy(i, (k, from, to) => at(readers, k)(from, to));
  }

  /** A text on its own, from its kind's section (bytes [from, to)). */
  private readonly readText = (k: number, from: number, to: number): string => this.records.text(textsOf(at(KINDS, k)), from, to);

  /** Record i's text: cut from its kind's texts when they were read whole (scanTexts), else read by `read`. */
  private textBy(i: number, read: (k: number, from: number, to: number) => string): string {
    const k = at(this.columns.kind(), i);
    const from = at(this.columns.textFrom(), i);
    const to = at(this.columns.textTo(), i);
    const whole = this.wholeTexts[k];
    return whole !== undefined ? whole.slice(from, to) : read(k, from, to);
  }

  scanTexts(kinds: readonly RecordKind[]): void {
    // (A command that prints every text prints their ids.)
    this.allIds ??= `\n${this.records.text('ids')}\n`;
    for (const name of kinds) {
      const k = KINDS.indexOf(name);
      const section = textsOf(name);
      if (k >= 0 && this.wholeTexts[k] === undefined && this.records.isAscii(section)) this.wholeTexts[k] = this.records.text(section);
    }
  }

  /** The record as its data file has it, read back by byte range and checked against its id. */
  record(i: number): FactRecord {
    const file = at(this.columns.recordFile(), i);
    let record: FactRecord;
    try {
      record = JSON.parse(this.files.readRange(file, at(this.columns.jsonFrom(), i), at(this.columns.jsonTo(), i))) as FactRecord;
    } catch (error) {
      throw isFactsError(error) ? error : this.files.changed(file);
    }
    if (record.id !== this.id(i)) throw this.files.changed(file);
    return record;
  }

  sourceText(index: number): string {
    return JSON.parse(this.files.readRange(at(this.columns.sourceFile(), index), at(this.columns.sourceFrom(), index), at(this.columns.sourceTo(), index))) as string;
  }

  source(index: number): Source {
    return { ...at(this.meta.sources, index), text: this.sourceText(index) } as Source;
  }

  recordsOfSource(index: number): readonly number[] {
    this.bySource ??= groupIndexes(this.meta.recordCount, (i) => at(this.columns.source(), i), this.meta.sources.length);
    return this.bySource[index] ?? [];
  }
}
