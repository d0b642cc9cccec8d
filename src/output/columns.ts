import type { FactStore } from '../cache/store.js';
import type { Dataset, FactRecord } from '../dataset/types.js';
import type { Column } from './listing.js';

// The columns every record has (id, kind, text, speaker, cue, source, span, confidence),
// keyed by their dataset field names, over whole records or over a store's rows by index:
// the listings of quotes, claims, figures, guarantees, attributions and search share them.

/** The display name of a speaker id, or ''. */
export function entityName(data: Pick<Dataset, 'entityById'>, id: string | null): string {
  return id === null ? '' : (data.entityById.get(id)?.name ?? id);
}

/** How to read the common fields of a row, whatever the row is (a record, or a record's index in a store). */
interface RecordFields<R> {
  id(row: R): string;
  kind(row: R): string;
  text(row: R): string;
  speaker(row: R): string | null;
  cue(row: R): string;
  source(row: R): string;
  span(row: R): { start: number; end: number };
  /** How sure the speaker of a quote is: its attribution's confidence, or high where a person vouched for it; '' for other kinds. */
  confidence(row: R): string;
}

type RecordColumnKey = 'id' | 'kind' | 'text' | 'speaker' | 'cue' | 'source' | 'span' | 'confidence';

/** A quote's confidence: its attribution's, or high where there is none (a person wrote or reviewed it). */
function confidenceOf(record: FactRecord): string {
  return record.kind === 'quote' ? (record.attribution?.confidence ?? 'high') : '';
}

/** The columns every record has, keyed by their dataset field names, over any kind of row. */
function fieldColumns<R>(data: Pick<Dataset, 'entityById'>, f: RecordFields<R>): Record<RecordColumnKey, Column<R>> {
  return {
    id: { key: 'id', header: 'ID', value: f.id, style: 'id' },
    kind: { key: 'kind', header: 'Kind', value: f.kind },
    text: { key: 'text', header: 'Text', value: f.text, wide: true },
    speaker: { key: 'speaker', header: 'Speaker', value: (r) => entityName(data, f.speaker(r)) },
    cue: { key: 'cue', header: 'Cue', value: f.cue, style: 'dim' },
    source: { key: 'source', header: 'Source', value: f.source, style: 'dim' },
    span: { key: 'span', header: 'Span', value: (r) => `${f.span(r).start}-${f.span(r).end}`, style: 'dim' },
    confidence: { key: 'confidence', header: 'Confidence', value: f.confidence, style: 'dim' },
  };
}

/** Columns every record has, over whole records. */
export function recordColumns(data: Pick<Dataset, 'entityById'>): Record<RecordColumnKey, Column<FactRecord>> {
  return fieldColumns<FactRecord>(data, {
    id: (r) => r.id,
    kind: (r) => r.kind,
    text: (r) => r.text,
    speaker: (r) => r.speaker,
    cue: (r) => r.cue?.text ?? '',
    source: (r) => r.source,
    span: (r) => r.span,
    confidence: confidenceOf,
  });
}

/** The same columns read straight from a store by record index, without parsing whole records. */
export function storeColumns(store: FactStore): Record<RecordColumnKey, Column<number>> {
  return fieldColumns<number>(store, {
    id: (i) => store.id(i),
    kind: (i) => store.kind(i),
    text: (i) => store.text(i),
    speaker: (i) => store.speaker(i),
    cue: (i) => store.cue(i),
    source: (i) => store.sourceIds[store.sourceIndex(i)] ?? '',
    span: (i) => store.span(i),
    confidence: (i) => (store.kind(i) === 'quote' ? confidenceOf(store.record(i)) : ''),
  });
}
