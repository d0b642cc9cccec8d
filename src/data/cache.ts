import { createHash } from 'node:crypto';
import { mkdirSync, openSync, readdirSync, readSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { allPostings, indexFromParts, type SearchIndex } from '../search/search.js';
import { buildCorpus, corpusFromArrays, type Corpus, type CorpusArrays } from '../verify/corpus.js';
import { datasetOffsets } from './record-offsets.js';
import { SectionReader, writeSections } from './sections.js';
import { groupBySource, type FactStore } from './store.js';
import type { Dataset, Entity, FactRecord, RecordKind } from './types.js';

// The derived index of a user's dataset, kept in the user's cache directory and keyed by
// each file's path, size and modification time. It holds what search, the grep commands
// and verify need, in a form that loads in pieces without parsing the JSON: record
// columns, the records' texts, and where each record and each source's text stand in
// the data file (both are read back from the file itself, exactly as written), written
// on the first run; the
// search index and verify's corpus, each written by the first command that needs it.
// It is written only for files that passed validation.

/** Bump when the layout changes; old caches are then ignored. */
export const CACHE_FORMAT = 10;

const KINDS: readonly RecordKind[] = ['guarantee', 'quote', 'number', 'claim'];

/** Identifies one data file as it is now. */
export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * mkdir -p, one directory at a time. Node's recursive mkdir spins forever where a
 * directory that exists cannot hold children (under /proc, mkdir answers ENOENT, which it
 * takes for a missing parent), so each missing directory is made on its own and any
 * answer but "exists" is an error.
 */
export function makeDirectory(path: string): void {
  const parts = path.split('/').filter(Boolean);
  let at = path.startsWith('/') ? '' : '.';
  for (const part of parts) {
    at = `${at}/${part}`;
    try {
      mkdirSync(at);
    } catch (error) {
      // EEXIST: already there (a file there fails at the next level, with ENOTDIR).
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/** Where the cache for these files lives: a folder per set of paths, named by their stamps. */
export function cacheFolder(env: Readonly<Record<string, string | undefined>>, stamps: readonly FileStamp[]): { root: string; folder: string } {
  const base = env.XDG_CACHE_HOME && env.XDG_CACHE_HOME.startsWith('/') ? env.XDG_CACHE_HOME : join(env.HOME || homedir(), '.cache');
  const root = join(base, 'facts');
  const paths = hash(JSON.stringify(stamps.map((s) => s.path)));
  const version = hash(JSON.stringify([CACHE_FORMAT, stamps]));
  return { root, folder: join(root, `${paths}-${version}`) };
}

function hash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

interface RecordsMeta {
  format: number;
  stamps: FileStamp[];
  recordCount: number;
  entities: Entity[];
  /** Each source without its text (which is a section of its own). */
  sources: ({ id: string } & Record<string, unknown>)[];
}

/** Writes the record sections of a validated dataset; removes older caches of the same paths. */
export function writeCache(folder: string, root: string, stamps: readonly FileStamp[], data: Dataset, fileBytes: readonly Uint8Array[]): void {
  makeDirectory(folder);
  const n = data.records.length;
  const sourceIndex = new Map(data.sources.map((s, i) => [s.id, i]));
  const entityIndex = new Map(data.entities.map((e, i) => [e.id, i]));
  const kind = new Uint8Array(n);
  const speaker = new Int32Array(n);
  const source = new Uint32Array(n);
  const spanStart = new Uint32Array(n);
  const spanEnd = new Uint32Array(n);
  // Texts and JSON are kept per kind, so that grepping quotes reads only quotes.
  const textFrom = new Uint32Array(n);
  const textTo = new Uint32Array(n);
  // Each record is read back from its file, as written: where it stands there.
  const recordFile = new Uint32Array(n);
  const jsonFrom = new Uint32Array(n);
  const jsonTo = new Uint32Array(n);
  // Each source's text, likewise, is read back from its JSON string in the file.
  const sourceFile = new Uint32Array(data.sources.length);
  const sourceFrom = new Uint32Array(data.sources.length);
  const sourceTo = new Uint32Array(data.sources.length);
  let at = 0;
  let sourceAt = 0;
  fileBytes.forEach((bytes, f) => {
    const offsets = datasetOffsets(bytes);
    if (at + offsets.records.length > n || sourceAt + offsets.sourceTexts.length > data.sources.length) throw new Error('the index does not line up with the files');
    for (const range of offsets.records) {
      recordFile[at] = f;
      jsonFrom[at] = range.start;
      jsonTo[at] = range.end;
      at++;
    }
    for (const range of offsets.sourceTexts) {
      sourceFile[sourceAt] = f;
      sourceFrom[sourceAt] = range.start;
      sourceTo[sourceAt] = range.end;
      sourceAt++;
    }
  });
  if (at !== n || sourceAt !== data.sources.length) throw new Error('the index does not line up with the files');
  const texts = KINDS.map(() => ({ parts: [] as string[], at: 0 }));
  const cueTo = new Uint32Array(n + 1);
  const cues: string[] = [];
  data.records.forEach((r, i) => {
    const k = KINDS.indexOf(r.kind);
    kind[i] = k;
    speaker[i] = r.speaker === null ? -1 : (entityIndex.get(r.speaker) ?? -1);
    source[i] = sourceIndex.get(r.source) ?? 0;
    spanStart[i] = r.span.start;
    spanEnd[i] = r.span.end;
    const text = texts[k] as { parts: string[]; at: number };
    textFrom[i] = text.at;
    text.parts.push(r.text);
    text.at += Buffer.byteLength(r.text);
    textTo[i] = text.at;
    const cue = r.cue?.text ?? '';
    cues.push(cue);
    cueTo[i + 1] = (cueTo[i] as number) + cue.length;
  });
  const meta: RecordsMeta = {
    format: CACHE_FORMAT,
    stamps: [...stamps],
    recordCount: n,
    entities: [...data.entities],
    sources: data.sources.map(({ text: _text, ...rest }) => ({ ...rest, id: rest.id as string })),
  };
  writeSections(join(folder, 'records.bin'), meta, {
    kind,
    speaker,
    source,
    spanStart,
    spanEnd,
    ids: data.records.map((r) => r.id).join('\n'),
    cues: cues.join(''),
    cueTo,
    textFrom,
    textTo,
    recordFile,
    jsonFrom,
    jsonTo,
    ...Object.fromEntries(KINDS.map((k, i) => [`texts.${k}`, (texts[i] as { parts: string[] }).parts.join('')])),
    sourceFile,
    sourceFrom,
    sourceTo,
  });
  removeOlder(root, folder);
}

/** Writes the search index that the first search built, next to the records. */
export function writeSearch(folder: string, index: SearchIndex): void {
  const { postings, offsets } = concat(allPostings(index));
  writeSections(join(folder, 'search.bin'), { format: CACHE_FORMAT }, { vocab: index.vocab.join('\n'), postings, offsets, lengths: index.lengths });
}

/** Writes the corpus that verify built, next to the records. */
export function writeCorpus(folder: string, corpus: CorpusArrays): void {
  const { postings, offsets } = concat(corpus.postings);
  const vocab = [...corpus.vocab.keys()].join('\n');
  writeSections(join(folder, 'corpus.bin'), { format: CACHE_FORMAT, sourceIds: corpus.sourceIds }, {
    vocab,
    words: corpus.words,
    starts: corpus.starts,
    ends: corpus.ends,
    // Paragraphs and bracketed insertions are stored as runs, not a number per word.
    paragraphStarts: runStarts(corpus.paragraphs),
    bracketRuns: nonZeroRuns(corpus.brackets),
    sourceStarts: corpus.sourceStarts,
    postings,
    offsets,
  });
}

/** Positions where a column's value changes (the first position included). */
function runStarts(column: Uint32Array): Uint32Array {
  const starts: number[] = [];
  column.forEach((value, i) => {
    if (i === 0 || column[i - 1] !== value) starts.push(i);
  });
  return Uint32Array.from(starts);
}

/** [start, end, value] of each run of equal non-zero values. */
function nonZeroRuns(column: Uint32Array): Uint32Array {
  const runs: number[] = [];
  column.forEach((value, i) => {
    if (value === 0) return;
    if (runs.length > 0 && runs[runs.length - 1] === value && runs[runs.length - 2] === i) runs[runs.length - 2] = i + 1;
    else runs.push(i, i + 1, value);
  });
  return Uint32Array.from(runs);
}

/** The index of the last element of an ascending array that is at most `value` (-1 if none). */
function lastAtMost(sorted: Uint32Array, value: number, stride = 1): number {
  let lo = 0;
  let hi = sorted.length / stride - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid * stride] as number) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function concat(lists: readonly Uint32Array[]): { postings: Uint32Array; offsets: Uint32Array } {
  const offsets = new Uint32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = (offsets[i] as number) + list.length));
  const postings = new Uint32Array(offsets[lists.length] as number);
  lists.forEach((list, i) => postings.set(list, offsets[i] as number));
  return { postings, offsets };
}

/** A corpus read from its file a block at a time: one quote touches a few blocks of a large corpus. */
function lazyCorpus(file: SectionReader): Corpus {
  const vocabWords = file.text('vocab').split('\n');
  const offsets = file.u32('offsets');
  const paragraphStarts = file.u32('paragraphStarts');
  const bracketRuns = file.u32('bracketRuns');
  const postings = new Map<number, Uint32Array>();
  return {
    vocab: new Map(vocabWords.map((w, i) => [w, i])),
    length: file.u32Length('words'),
    word: (p) => file.u32At('words', p),
    range: (from, to) => file.u32Range('words', from, to),
    start: (p) => file.u32At('starts', p),
    end: (p) => file.u32At('ends', p),
    paragraph: (p) => lastAtMost(paragraphStarts, p),
    bracket: (p) => {
      const run = lastAtMost(bracketRuns, p, 3);
      return run >= 0 && p < (bracketRuns[run * 3 + 1] as number) ? (bracketRuns[run * 3 + 2] as number) : 0;
    },
    postings: (id) => {
      if (id < 0 || id >= offsets.length - 1) return new Uint32Array(0);
      let list = postings.get(id);
      if (!list) postings.set(id, (list = file.u32Range('postings', offsets[id] as number, offsets[id + 1] as number)));
      return list;
    },
    sourceStarts: file.u32('sourceStarts'),
    sourceIds: (file.meta as { sourceIds: string[] }).sourceIds,
  };
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

/** Opens the cache in `folder` as a store, or undefined when it is missing or stale. */
export function openCachedStore(
  folder: string,
  stamps: readonly FileStamp[],
  loadAll: () => Promise<Dataset>,
  building: (what: string) => void = () => {},
): FactStore | undefined {
  const records = SectionReader.open(join(folder, 'records.bin'));
  if (!records) return undefined;
  const meta = records.meta as RecordsMeta;
  if (meta.format !== CACHE_FORMAT || JSON.stringify(meta.stamps) !== JSON.stringify(stamps)) return undefined;
  const kind = records.u8('kind');
  const speaker = records.i32('speaker');
  const source = records.u32('source');
  const spanStart = records.u32('spanStart');
  const spanEnd = records.u32('spanEnd');
  const recordFile = records.u32('recordFile');
  const jsonFrom = records.u32('jsonFrom');
  const jsonTo = records.u32('jsonTo');
  const textFrom = records.u32('textFrom');
  const textTo = records.u32('textTo');
  const sourceFile = records.u32('sourceFile');
  const sourceFrom = records.u32('sourceFrom');
  const sourceTo = records.u32('sourceTo');
  const entityById = new Map(meta.entities.map((e) => [e.id, e]));
  // The data files themselves, opened on the first record read.
  const fds = new Map<number, number>();
  const readRange = (file: number, from: number, to: number) => {
    let fd = fds.get(file);
    if (fd === undefined) fds.set(file, (fd = openSync((meta.stamps[file] as FileStamp).path, 'r')));
    const bytes = Buffer.allocUnsafe(to - from);
    readSync(fd, bytes, 0, bytes.byteLength, from);
    return bytes.toString('utf8');
  };
  let ids: string[] | undefined;
  const wholeTexts: (string | undefined)[] = KINDS.map(() => undefined);
  let cues: { all: string; to: Uint32Array } | undefined;
  let bySource: number[][] | undefined;
  let search: SearchIndex | undefined;
  let corpus: Corpus | undefined;
  const sourceText = (index: number) => JSON.parse(readRange(sourceFile[index] as number, sourceFrom[index] as number, sourceTo[index] as number)) as string;
  return {
    recordCount: meta.recordCount,
    id: (i) => (ids ??= records.text('ids').split('\n'))[i] as string,
    cue: (i) => {
      cues ??= { all: records.text('cues'), to: records.u32('cueTo') };
      return cues.all.slice(cues.to[i], cues.to[i + 1]);
    },
    kind: (i) => KINDS[kind[i] as number] as RecordKind,
    speaker: (i) => ((speaker[i] as number) < 0 ? null : (meta.entities[speaker[i] as number] as Entity).id),
    sourceIndex: (i) => source[i] as number,
    span: (i) => ({ start: spanStart[i] as number, end: spanEnd[i] as number }),
    // A text is read on its own, so that a search reads only what it prints; a command
    // that reads every text of a kind (grep) says so first, and the kind's whole section
    // is then read and decoded at once.
    text: (i) => {
      const k = kind[i] as number;
      const whole = wholeTexts[k];
      if (whole !== undefined) return whole.slice(textFrom[i], textTo[i]);
      return records.text(`texts.${KINDS[k]}`, textFrom[i] as number, textTo[i] as number);
    },
    scanTexts: (kinds) => {
      for (const name of kinds) {
        const k = KINDS.indexOf(name);
        const section = `texts.${name}`;
        if (k >= 0 && wholeTexts[k] === undefined && records.isAscii(section)) wholeTexts[k] = records.text(section);
      }
    },
    record: (i) => JSON.parse(readRange(recordFile[i] as number, jsonFrom[i] as number, jsonTo[i] as number)) as FactRecord,
    entities: meta.entities,
    entityById,
    sourceIds: meta.sources.map((s) => s.id),
    sourceText,
    recordsOfSource: (index) => {
      bySource ??= groupBySource(meta.recordCount, (i) => source[i] as number, meta.sources.length);
      return bySource[index] ?? [];
    },
    searchIndex: async () => {
      if (search) return search;
      const file = SectionReader.open(join(folder, 'search.bin'));
      if (!file) {
        // The first search on this file: build the index from the JSON and keep it.
        building('a search index');
        const { buildSearchIndex } = await import('../search/search.js');
        search = buildSearchIndex(await loadAll());
        try {
          writeSearch(folder, search);
        } catch {
          // Not cached this time; the search still runs.
        }
        return search;
      }
      // Only the postings of the words a query matches are read.
      const offsets = file.u32('offsets');
      const lists = new Map<number, Uint32Array>();
      const postings = (word: number) => {
        let list = lists.get(word);
        if (!list) lists.set(word, (list = file.u32Range('postings', offsets[word] as number, offsets[word + 1] as number)));
        return list;
      };
      const frequency = (word: number) => (offsets[word + 1] as number) - (offsets[word] as number);
      return (search = indexFromParts(file.text('vocab').split('\n'), postings, frequency, file.u32('lengths')));
    },
    corpus: async () => {
      if (corpus) return corpus;
      const file = SectionReader.open(join(folder, 'corpus.bin'));
      if (file) return (corpus = lazyCorpus(file));
      building('the word positions verify needs');
      const arrays = buildCorpus({ sources: meta.sources.map((s, i) => ({ id: s.id, text: sourceText(i) })) });
      try {
        writeCorpus(folder, arrays);
      } catch {
        // Not cached this time; verify still works.
      }
      return (corpus = corpusFromArrays(arrays));
    },
    dataset: loadAll,
  };
}

