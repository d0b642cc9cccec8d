import type { SourceInfo } from '../cache/store.js';
import type { Entity, FactRecord, Span } from '../dataset/types.js';
import { indexCodePoints, sliceCodePoints } from '../text/code-points.js';

// Records and verdicts as linked data, for other fact-checking tools: schema.org's
// Quotation, Claim and ClaimReview, each record with the W3C Web Annotation selectors
// that find its passage again in the source (TextQuoteSelector with prefix and suffix,
// TextPositionSelector in code points, as spans are). The context is written inline:
// nothing is fetched. Only what the data holds is written: a field the source leaves
// unknown (publisher, date, URL) is left out, not guessed. Pure.

/** The inline context: schema.org by default, the Web Annotation terms by name. */
export const JSONLD_CONTEXT = {
  '@vocab': 'https://schema.org/',
  oa: 'http://www.w3.org/ns/oa#',
  target: { '@id': 'oa:hasTarget' },
  source: { '@id': 'oa:hasSource', '@type': '@id' },
  selector: { '@id': 'oa:hasSelector' },
  SpecificResource: 'oa:SpecificResource',
  TextQuoteSelector: 'oa:TextQuoteSelector',
  TextPositionSelector: 'oa:TextPositionSelector',
  exact: 'oa:exact',
  prefix: 'oa:prefix',
  suffix: 'oa:suffix',
  start: 'oa:start',
  end: 'oa:end',
} as const;

/** Characters of context a TextQuoteSelector carries on each side. */
const CONTEXT_CHARS = 32;

/** A person as a Person, anything else (an organization, a country, a group) as an Organization. */
export function agentLd(entity: Entity): object {
  return { '@type': entity.type === 'person' ? 'Person' : 'Organization', identifier: entity.id, name: entity.name, ...(entity.role ? { description: entity.role } : {}) };
}

/** The source as the NewsArticle it is: only the fields it has. */
export function articleLd(source: SourceInfo): object {
  return {
    '@type': 'NewsArticle',
    identifier: source.id,
    name: source.title,
    ...(source.url ? { url: source.url } : {}),
    ...(source.publisher ? { publisher: { '@type': 'Organization', name: source.publisher } } : {}),
    ...(source.published ? { datePublished: source.published } : {}),
  };
}

/** Where a passage stands in its source, as Web Annotation selectors. */
export function targetLd(source: SourceInfo, sourceText: string, span: Span): object {
  const index = indexCodePoints(sourceText);
  return {
    '@type': 'SpecificResource',
    // An IRI: the page's URL, else a URN of the source id; the positions count into the text facts keeps of it.
    source: { '@id': source.url ?? `urn:facts:source:${encodeURIComponent(source.id)}` },
    selector: [
      {
        '@type': 'TextQuoteSelector',
        exact: sliceCodePoints(sourceText, span.start, span.end, index),
        prefix: sliceCodePoints(sourceText, Math.max(0, span.start - CONTEXT_CHARS), span.start, index),
        suffix: sliceCodePoints(sourceText, span.end, Math.min(index.length, span.end + CONTEXT_CHARS), index),
      },
      { '@type': 'TextPositionSelector', start: span.start, end: span.end },
    ],
  };
}

/** What a record's linked data is made of. */
export interface RecordContext {
  record: FactRecord;
  speaker: Entity | undefined;
  source: SourceInfo;
  sourceText: string;
}

/** A quote as a Quotation, spoken by its speaker; any other record as a Claim, by its author, appearing in the article. */
export function recordLd({ record, speaker, source, sourceText }: RecordContext): object {
  const target = targetLd(source, sourceText, record.span);
  if (record.kind === 'quote') {
    return { '@type': 'Quotation', identifier: record.id, text: record.text, ...(speaker ? { spokenByCharacter: agentLd(speaker) } : {}), isBasedOn: articleLd(source), target };
  }
  return { '@type': 'Claim', identifier: record.id, text: record.text, ...(speaker ? { author: agentLd(speaker) } : {}), appearance: articleLd(source), target };
}

/** What a verdict's linked data is made of: the quote checked, who it was said to be by, and the passage found. */
export interface ReviewContext {
  input: string;
  verdict: string;
  similarity: number;
  /** The words checked: the input without a pasted claim's name and marks. */
  quote: string;
  /** Who the quote is said to be by: an entity of the data, or a name it does not know. */
  claimed: Entity | string | undefined;
  found: object | undefined;
  /** Who publishes the review, when and where (--review-author, --review-date, --review-url). */
  review?: ReviewInfo;
}

/** The ClaimReview's own publication: its author (an organization), date and URL. */
export interface ReviewInfo {
  author?: string | undefined;
  date?: string | undefined;
  url?: string | undefined;
}

/** A verdict as a ClaimReview: the checked quote (with its claimed speaker) reviewed, the verdict its rating. */
export function claimReviewLd({ input, quote, verdict, similarity, claimed, found, review = {} }: ReviewContext): object {
  const speaker = claimed === undefined ? undefined : typeof claimed === 'string' ? { '@type': 'Person', name: claimed } : agentLd(claimed);
  return {
    '@type': 'ClaimReview',
    claimReviewed: input,
    ...(review.author ? { author: { '@type': 'Organization', name: review.author } } : {}),
    ...(review.date ? { datePublished: review.date } : {}),
    ...(review.url ? { url: review.url } : {}),
    itemReviewed: { '@type': 'Quotation', text: quote, ...(speaker ? { spokenByCharacter: speaker } : {}) },
    reviewRating: { '@type': 'Rating', alternateName: verdict, ratingExplanation: `similarity ${similarity.toFixed(3)} to the closest passage of the sources` },
    ...(found ? { isBasedOn: found } : {}),
  };
}
