import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { indexFromParts, type SearchIndex } from '../search/search.js';
import { buildCorpus, type Corpus } from '../verify/corpus.js';
import { SectionReader, writeSections } from './sections.js';
import { groupBySource, type FactStore } from './store.js';
import type { Dataset, Entity, FactRecord, RecordKind } from './types.js';

// The derived index of a user's dataset, kept in the user's cache directory and keyed by
// each file's path, size and modification time. It holds what search, the grep commands
// and verify need, in a form that loads in pieces without parsing the JSON: record
// columns, texts, each record's JSON, the sources' text, the search index and (built on
// first use by verify) the corpus. It is written only for files that passed validation.

/** Bump when the layout changes; old caches are then ignored. */
export const CACHE_FORMAT = 1;

const KINDS: readonly RecordKind[] = ['guarantee', 'quote', 'number', 'claim'];

/** Identifies one data file as it is now. */
export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
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

/** Writes the record and search sections of a validated dataset; removes older caches of the same paths. */
export function writeCache(folder: string, root: string, stamps: readonly FileStamp[], data: Dataset, search: SearchIndex): void {
  mkdirSync(folder, { recursive: true });
  const n = data.records.length;
  const sourceIndex = new Map(data.sources.map((s, i) => [s.id, i]));
  const entityIndex = new Map(data.entities.map((e, i) => [e.id, i]));
  const kind = new Uint8Array(n);
  const speaker = new Int32Array(n);
  const source = new Uint32Array(n);
  const spanStart = new Uint32Array(n);
  const spanEnd = new Uint32Array(n);
  const textOffsets = new Uint32Array(n + 1);
  const jsonOffsets = new Uint32Array(n + 1);
  const texts: string[] = [];
  const jsons: string[] = [];
  let textAt = 0;
  let jsonAt = 0;
  data.records.forEach((r, i) => {
    kind[i] = KINDS.indexOf(r.kind);
    speaker[i] = r.speaker === null ? -1 : (entityIndex.get(r.speaker) ?? -1);
    source[i] = sourceIndex.get(r.source) ?? 0;
    spanStart[i] = r.span.start;
    spanEnd[i] = r.span.end;
    texts.push(r.text);
    textAt += r.text.length;
    textOffsets[i + 1] = textAt;
    const json = JSON.stringify(r);
    jsons.push(json);
    jsonAt += Buffer.byteLength(json);
    jsonOffsets[i + 1] = jsonAt;
  });
  const sourceOffsets = new Uint32Array(data.sources.length + 1);
  let sourceAt = 0;
  data.sources.forEach((s, i) => {
    sourceAt += Buffer.byteLength(s.text);
    sourceOffsets[i + 1] = sourceAt;
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
    textOffsets,
    texts: texts.join(''),
    jsonOffsets,
    json: jsons.join(''),
    sourceOffsets,
    sourceText: data.sources.map((s) => s.text).join(''),
  });
  writeSearch(folder, search);
  removeOlder(root, folder);
}

function writeSearch(folder: string, index: SearchIndex): void {
  const { postings, offsets } = concat(index.postings);
  writeSections(join(folder, 'search.bin'), { format: CACHE_FORMAT }, { vocab: index.vocab.join('\n'), postings, offsets, lengths: index.lengths });
}

/** Writes the corpus that verify built, next to the records. */
export function writeCorpus(folder: string, corpus: Corpus): void {
  const { postings, offsets } = concat(corpus.postings);
  const vocab = [...corpus.vocab.keys()].join('\n');
  writeSections(join(folder, 'corpus.bin'), { format: CACHE_FORMAT, sourceIds: corpus.sourceIds }, {
    vocab,
    words: corpus.words,
    starts: corpus.starts,
    ends: corpus.ends,
    paragraphs: corpus.paragraphs,
    brackets: corpus.brackets,
    sourceStarts: corpus.sourceStarts,
    postings,
    offsets,
  });
}

function concat(lists: readonly Uint32Array[]): { postings: Uint32Array; offsets: Uint32Array } {
  const offsets = new Uint32Array(lists.length + 1);
  lists.forEach((list, i) => (offsets[i + 1] = (offsets[i] as number) + list.length));
  const postings = new Uint32Array(offsets[lists.length] as number);
  lists.forEach((list, i) => postings.set(list, offsets[i] as number));
  return { postings, offsets };
}

function split(postings: Uint32Array, offsets: Uint32Array): Uint32Array[] {
  return Array.from({ length: offsets.length - 1 }, (_, i) => postings.subarray(offsets[i], offsets[i + 1]));
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
export function openCachedStore(folder: string, stamps: readonly FileStamp[], loadAll: () => Promise<Dataset>): FactStore | undefined {
  const records = SectionReader.open(join(folder, 'records.bin'));
  if (!records) return undefined;
  const meta = records.meta as RecordsMeta;
  if (meta.format !== CACHE_FORMAT || JSON.stringify(meta.stamps) !== JSON.stringify(stamps)) return undefined;
  const kind = records.u8('kind');
  const speaker = records.i32('speaker');
  const source = records.u32('source');
  const spanStart = records.u32('spanStart');
  const spanEnd = records.u32('spanEnd');
  const jsonOffsets = records.u32('jsonOffsets');
  const sourceOffsets = records.u32('sourceOffsets');
  const entityById = new Map(meta.entities.map((e) => [e.id, e]));
  let texts: { all: string; offsets: Uint32Array } | undefined;
  let bySource: number[][] | undefined;
  let search: SearchIndex | undefined;
  let corpus: Corpus | undefined;
  const sourceText = (index: number) => records.text('sourceText', sourceOffsets[index], sourceOffsets[index + 1]);
  return {
    recordCount: meta.recordCount,
    kind: (i) => KINDS[kind[i] as number] as RecordKind,
    speaker: (i) => ((speaker[i] as number) < 0 ? null : (meta.entities[speaker[i] as number] as Entity).id),
    sourceIndex: (i) => source[i] as number,
    span: (i) => ({ start: spanStart[i] as number, end: spanEnd[i] as number }),
    text: (i) => {
      texts ??= { all: records.text('texts'), offsets: records.u32('textOffsets') };
      return texts.all.slice(texts.offsets[i], texts.offsets[i + 1]);
    },
    record: (i) => JSON.parse(records.text('json', jsonOffsets[i], jsonOffsets[i + 1])) as FactRecord,
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
      if (!file) throw new Error('the search index is missing from the cache');
      search = indexFromParts(file.text('vocab').split('\n'), split(file.u32('postings'), file.u32('offsets')), file.u32('lengths'));
      file.close();
      return search;
    },
    corpus: async () => {
      if (corpus) return corpus;
      const file = SectionReader.open(join(folder, 'corpus.bin'));
      if (file) {
        const vocabWords = file.text('vocab').split('\n');
        corpus = {
          vocab: new Map(vocabWords.map((w, i) => [w, i])),
          words: file.u32('words'),
          starts: file.u32('starts'),
          ends: file.u32('ends'),
          paragraphs: file.u32('paragraphs'),
          brackets: file.u32('brackets'),
          sourceStarts: file.u32('sourceStarts'),
          postings: split(file.u32('postings'), file.u32('offsets')),
          sourceIds: (file.meta as { sourceIds: string[] }).sourceIds,
        };
        file.close();
        return corpus;
      }
      corpus = buildCorpus({ sources: meta.sources.map((s, i) => ({ id: s.id, text: sourceText(i) })) });
      try {
        writeCorpus(folder, corpus);
      } catch {
        // Not cached this time; verify still works.
      }
      return corpus;
    },
    dataset: loadAll,
  };
}

