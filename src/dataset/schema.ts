import { z } from 'zod';

// The public contract of a dataset file. The TypeScript types (./types.ts) and
// data/facts.schema.json are both derived from these schemas, so they cannot drift.
// Objects are "loose": a record may carry further optional fields, which are kept.

const id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'an id is letters, digits, ".", "_", ":" or "-"')
  .describe('A short, stable identifier, unique within its list');

/** A half-open range of Unicode code points in a source's text (W3C TextPositionSelector). */
export const SpanSchema = z
  .object({
    start: z.int().nonnegative().describe('First code point, 0-based'),
    end: z.int().nonnegative().describe('One past the last code point'),
  })
  .describe('Code-point offsets into the source text; text === source.text[start:end]');

/** The words that attribute a record to its speaker ("Macron said"). */
export const CueSchema = z
  .object({ text: z.string().describe('The source characters at span'), span: SpanSchema })
  .nullable()
  .describe('The words that attribute the record, or null');

/** One article or document; `text` holds it in full. */
export const SourceSchema = z
  .looseObject({
    id,
    title: z.string().describe('A descriptive title; not necessarily the outlet headline'),
    publisher: z.string().nullable().describe('null where the text does not say'),
    url: z.string().nullable().describe('null where the text does not say'),
    published: z.string().nullable().describe('Publication date as written by the publisher; null where unknown'),
    byline: z.string().nullable().optional().describe("The author or authors, as the page names them; absent or null where unknown"),
    language: z.string().describe('BCP 47 language tag of the text'),
    context: z
      .string()
      .nullable()
      .optional()
      .describe('Background from other reporting; never something the text itself states'),
    text: z.string().describe('The full text of the source, byte for byte'),
  })
  .describe('A source document');

/** A person, organization, country or group that the sources name. */
export const EntitySchema = z
  .looseObject({
    id,
    name: z.string().min(1),
    type: z.enum(['person', 'organization', 'country', 'group']),
    role: z.string().nullable(),
    aliases: z.array(z.string()).describe('Every way the sources refer to it, and common other spellings'),
  })
  .describe('An entity named in the sources');

const recordBase = {
  id,
  text: z.string().describe('Exactly the source characters at span'),
  source: z.string().describe('id of a source'),
  span: SpanSchema,
  speaker: z.string().nullable().describe('id of the entity who said it, or null'),
  cue: CueSchema,
};

export const GuaranteeSchema = z.looseObject({
  ...recordBase,
  kind: z.literal('guarantee'),
  n: z.int().positive().describe('Position in the list of guarantees'),
  title: z.string().describe('A short label (paraphrase)'),
});

/** How sure an attribution is; measured on real news (README, "Who said it"). */
export const ConfidenceSchema = z.enum(['high', 'medium', 'low']);

/** How `extract` found a quotation's speaker, and how sure it is; absent where a person wrote or reviewed the record. */
export const AttributionSchema = z
  .looseObject({
    rule: z.string().min(1).describe('The rule that named the speaker ("cue-after", "continuity", ... or "reviewed")'),
    cue: z.string().nullable().describe('The words the rule read (the cue), or null'),
    confidence: ConfidenceSchema.describe('high: right at least 97% of the time on real news; medium: at least 85%; low: a guess'),
    reviewed: z.iso.date().optional().describe("With rule 'reviewed': the day a person set the speaker (facts fix)"),
  })
  .describe("How the speaker was found; a record without one is vouched for by a person and taken as 'high'");

export const QuoteSchema = z.looseObject({ ...recordBase, kind: z.literal('quote'), attribution: AttributionSchema.optional() });

export const NumberSchema = z.looseObject({
  ...recordBase,
  kind: z.literal('number'),
  value: z.number().describe('The number meant'),
  unit: z.string().describe('What is counted'),
  about: z.string().describe('What the figure measures (paraphrase)'),
  bound: z.enum(['lower']).optional().describe("lower: the value is the least the words can mean ('tens of thousands': 10000)"),
});

export const ClaimSchema = z.looseObject({ ...recordBase, kind: z.literal('claim') });

/** Any record: a guarantee, quote, number or claim. */
export const RecordSchema = z.discriminatedUnion('kind', [GuaranteeSchema, QuoteSchema, NumberSchema, ClaimSchema]);

/** A person's correction of a quotation that extraction found (facts fix), kept so that extracting the text again makes it again. */
export const CorrectionSchema = z
  .object({
    record: z.string().describe('The id of the quote when it was corrected'),
    span: SpanSchema.describe('Where the quotation stands: how the correction finds it again'),
    text: z.string().describe('Its text when it was corrected'),
    fix: z.enum(['speaker', 'not-a-quote']).describe('speaker: it is the words of `speaker`; not-a-quote: a term or title, not speech, and removed'),
    speaker: z.string().nullable().describe('The name of the speaker it was given, or null'),
    was: z.string().nullable().describe('The name of the speaker it had before, or null'),
    date: z.iso.date().describe('The day of the correction'),
  })
  .describe('A correction of a quotation');

/** A whole dataset file. */
export const DatasetSchema = z
  .object({
    version: z.literal(1),
    sources: z.array(SourceSchema),
    entities: z.array(EntitySchema),
    records: z.array(RecordSchema),
    corrections: z.array(CorrectionSchema).optional().describe('Corrections a person made to this file (facts fix)'),
  })
  .describe('A facts dataset: sources, the entities they name, and records anchored in their text');
