import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers.js';

// The linked data against the schema.org vocabulary itself: every property a node uses
// exists on its type (or a type it inherits from). The vocabulary is read from
// schema-dts, Google's typings of schema.org, generated from schema.org's own files: one
// interface "TypeBase" per type, with its properties and the types it extends.

const declarations = readFileSync(createRequire(import.meta.url).resolve('schema-dts/dist/schema.d.ts'), 'utf8');

/** Each type's own properties and parents, from "interface XBase extends YBase, ZBase { "prop"?: ... }". */
const vocabulary = new Map<string, { parents: string[]; properties: Set<string> }>();
for (const match of declarations.matchAll(/^interface (\w+)Base extends ([^{]+)\{([\s\S]*?)^\}/gm)) {
  const parents = [...(match[2] as string).matchAll(/(\w+)Base\b/g)].map((m) => m[1] as string);
  const properties = new Set([...(match[3] as string).matchAll(/^\s+"([\w@-]+)"\??:/gm)].map((m) => m[1] as string));
  vocabulary.set(match[1] as string, { parents, properties });
}

/** Whether schema.org gives `type` (or an ancestor) the property. */
function hasProperty(type: string, property: string): boolean {
  const entry = vocabulary.get(type);
  if (!entry) return false;
  return entry.properties.has(property) || entry.parents.some((parent) => hasProperty(parent, property));
}

/** The Web Annotation nodes and the terms each may hold, as the inline context maps them to oa: IRIs. */
const WEB_ANNOTATION: Record<string, readonly string[]> = {
  SpecificResource: ['source', 'selector'],
  TextQuoteSelector: ['exact', 'prefix', 'suffix'],
  TextPositionSelector: ['start', 'end'],
};

/** Every property of every node that its type does not have: "Type.property". */
function strangers(node: unknown, context: Record<string, unknown>, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const n of node) strangers(n, context, found);
    return found;
  }
  if (typeof node !== 'object' || node === null) return found;
  const type = (node as Record<string, unknown>)['@type'];
  for (const [key, value] of Object.entries(node)) {
    if (key === '@context') continue;
    if (typeof type === 'string' && !key.startsWith('@')) {
      const term = context[key];
      const iri = typeof term === 'string' ? term : (term as { '@id'?: string } | undefined)?.['@id'];
      // A Web Annotation node holds its own terms; a schema.org node its type's properties, and the oa: target of its passage.
      const ok = WEB_ANNOTATION[type] ? WEB_ANNOTATION[type].includes(key) && iri?.startsWith('oa:') === true : hasProperty(type, key) || (key === 'target' && iri === 'oa:hasTarget');
      if (!ok) found.push(`${type}.${key}`);
    }
    strangers(value, context, found);
  }
  return found;
}

function document(argv: string[]): { context: Record<string, unknown>; body: unknown } {
  const result = runBin([...argv, '--format', 'jsonld']);
  expect(result.code, result.stderr).toBeLessThan(2);
  const parsed = JSON.parse(result.stdout) as Record<string, unknown>;
  return { context: parsed['@context'] as Record<string, unknown>, body: parsed };
}

describe('linked data against the schema.org vocabulary', () => {
  it('reads the vocabulary', () => {
    expect(vocabulary.size).toBeGreaterThan(400);
    expect(hasProperty('ClaimReview', 'claimReviewed')).toBe(true);
    expect(hasProperty('ClaimReview', 'itemReviewed')).toBe(true);
    expect(hasProperty('Quotation', 'spokenByCharacter')).toBe(true);
    expect(hasProperty('Quotation', 'claimReviewed')).toBe(false);
    expect(strangers({ '@type': 'ClaimReview', itemReviewed: { '@type': 'Quotation', claimReviewed: 'x', source: 'y' } }, {})).toEqual(['Quotation.claimReviewed', 'Quotation.source']);
  });

  it.each([
    [['verify', '--speaker', 'Joe Biden', '--review-author', 'Desk Check', '--review-date', '2026-12-04', '--review-url', 'https://check.example/r/1', 'send a very clear strategic signal']],
    [['verify', 'will not wage a war against Russia']],
    [['quotes']],
    [['claims']],
    [['show', 'q5']],
  ])('%j uses only properties its types have', (argv) => {
    const { context, body } = document(argv);
    const nodes = JSON.stringify(body).match(/"@type"/g)?.length ?? 0;
    expect(nodes).toBeGreaterThan(3);
    expect(strangers(body, context)).toEqual([]);
  });

  it('writes the ClaimReview’s author, date and URL when given, and says which are missing when not', () => {
    const given = runBin(['verify', '--review-author', 'Desk Check', '--review-date', 'April 28, 2019', '--review-url', 'https://check.example/r/1', 'send a very clear strategic signal', '--format', 'jsonld']);
    expect(given.stderr).toBe('');
    expect(JSON.parse(given.stdout)).toMatchObject({ author: { '@type': 'Organization', name: 'Desk Check' }, datePublished: '2019-04-28', url: 'https://check.example/r/1' });
    const bare = runBin(['verify', '--review-author', 'Desk Check', 'send a very clear strategic signal', '--format', 'jsonld']);
    expect(bare.stderr).toBe("facts: warning: the ClaimReview has no datePublished (--review-date), url (--review-url), which Google's ClaimReview guidelines require\n");
    expect(JSON.parse(bare.stdout)).not.toHaveProperty('datePublished');
  });

  it('refuses the review options without --format jsonld, and a review date or URL that is none', () => {
    expect(runBin(['verify', '--review-author', 'Desk Check', 'war']).stderr).toBe('facts: --review-author, --review-date and --review-url describe the ClaimReview; they apply with --format jsonld\n');
    expect(runBin(['verify', '--review-date', 'soon', 'war', '--format', 'jsonld']).code).toBe(2);
    expect(runBin(['verify', '--review-url', 'ftp://x', 'war', '--format', 'jsonld']).code).toBe(2);
  });

  it('gives the selectors’ source as an IRI: the page URL, else a URN of the source id', () => {
    const { body } = document(['show', 'q5']);
    expect((body as { target: { source: unknown } }).target.source).toEqual({ '@id': 'urn:facts:source:macron-security-guarantees' });
  });
});
