import type { z } from 'zod';
import type {
  AttributionSchema,
  ClaimSchema,
  CorrectionSchema,
  DatasetSchema,
  EntitySchema,
  GuaranteeSchema,
  NumberSchema,
  QuoteSchema,
  RecordSchema,
  SourceSchema,
  SpanSchema,
} from './schema.js';

// Type-only imports: zod itself is loaded only when a user's dataset is validated.
export type Span = z.infer<typeof SpanSchema>;
export type Source = z.infer<typeof SourceSchema>;
export type Entity = z.infer<typeof EntitySchema>;
export type Guarantee = z.infer<typeof GuaranteeSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type QuoteAttribution = z.infer<typeof AttributionSchema>;
export type Confidence = QuoteAttribution['confidence'];
export type NumberRecord = z.infer<typeof NumberSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type FactRecord = z.infer<typeof RecordSchema>;
export type RecordKind = FactRecord['kind'];
export type DatasetFile = z.infer<typeof DatasetSchema>;
/** A source without its text (which may be large, and is read on its own). */
export type SourceInfo = { [K in keyof Source as K extends 'text' ? never : K]: Source[K] };
export type Correction = z.infer<typeof CorrectionSchema>;

/** A loaded dataset with its look-up tables. */
export interface Dataset {
  readonly sources: readonly Source[];
  readonly entities: readonly Entity[];
  readonly records: readonly FactRecord[];
  readonly sourceById: ReadonlyMap<string, Source>;
  readonly entityById: ReadonlyMap<string, Entity>;
}
