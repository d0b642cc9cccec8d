import type { Dataset, DatasetFile } from './types.js';

/** Builds the look-up tables of a dataset from its (merged) lists. */
export function indexDataset(files: readonly DatasetFile[]): Dataset {
  const sources = files.flatMap((f) => f.sources);
  const entities = files.flatMap((f) => f.entities);
  const records = files.flatMap((f) => f.records);
  return {
    sources,
    entities,
    records,
    sourceById: new Map(sources.map((s) => [s.id, s])),
    entityById: new Map(entities.map((e) => [e.id, e])),
  };
}
