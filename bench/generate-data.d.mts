import type { DatasetFile } from '../src/dataset/types.js';

/** Builds a dataset of `count` records; the same arguments always give the same data (see generate-data.mjs). */
export function generateDataset(count: number, seed?: number, options?: { vocabulary?: 'wide' | 'common' | 'common-170' }): DatasetFile;

/** Writes a dataset as compact JSON (the bytes JSON.stringify gives), a list element at a time. */
export function writeDataset(path: string, dataset: DatasetFile): void;

/** Article `index` of a generated library: one source of `quotes` quotations by five people of its own (see generate-data.mjs). */
export function generateArticle(index: number, quotes?: number): DatasetFile;
