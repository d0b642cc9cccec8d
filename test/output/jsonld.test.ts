import { describe, expect, it } from 'vitest';
import { run } from '../helpers.js';

// The linked-data forms against what schema.org and the W3C Web Annotation model require
// of them, on the bundled article: a Quotation has its text and who spoke it, a Claim its
// author and where it appears, a ClaimReview the item reviewed and a rating whose
// alternateName is the verdict; every selector finds its passage again in the source.

const sourceText = async () => (await run(['sources', 'macron-security-guarantees', '--text'])).stdout;
type Node = Record<string, any>;

async function graph(argv: string[]): Promise<Node[]> {
  const result = await run([...argv, '--format', 'jsonld']);
  expect(result.code, argv.join(' ')).toBe(0);
  const document = JSON.parse(result.stdout);
  // The context is inline: nothing is fetched to read it.
  expect(typeof document['@context']).toBe('object');
  expect(document['@context']['@vocab']).toBe('https://schema.org/');
  return document['@graph'];
}

function expectSelectorsFind(node: Node, text: string) {
  const [quote, position] = node.target.selector;
  expect(quote['@type']).toBe('TextQuoteSelector');
  expect(position['@type']).toBe('TextPositionSelector');
  const chars = [...text];
  expect(chars.slice(position.start, position.end).join('')).toBe(quote.exact);
  expect(text).toContain(quote.prefix + quote.exact + quote.suffix);
  expect(quote.prefix.length).toBeGreaterThan(0);
}

describe('--format jsonld', () => {
  it('writes quotes as Quotations: text, spokenByCharacter, the NewsArticle they are based on, selectors', async () => {
    const text = await sourceText();
    const quotes = await graph(['quotes']);
    expect(quotes.length).toBeGreaterThan(3);
    for (const q of quotes) {
      expect(q['@type']).toBe('Quotation');
      expect(typeof q.text).toBe('string');
      expect(q.spokenByCharacter).toMatchObject({ '@type': 'Person', name: 'Emmanuel Macron' });
      expect(q.isBasedOn).toMatchObject({ '@type': 'NewsArticle', identifier: 'macron-security-guarantees' });
      // The bundled source has no known publisher, date or URL: none is written.
      expect(q.isBasedOn).not.toHaveProperty('publisher');
      expect(q.isBasedOn).not.toHaveProperty('datePublished');
      expectSelectorsFind(q, text);
    }
  });

  it('writes claims as Claims: author and appearance', async () => {
    const text = await sourceText();
    const claims = await graph(['claims']);
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      expect(c['@type']).toBe('Claim');
      expect(c).toHaveProperty('appearance');
      expect(c.appearance['@type']).toBe('NewsArticle');
      if (c.author) expect(['Person', 'Organization']).toContain(c.author['@type']);
      expectSelectorsFind(c, text);
    }
  });

  it('writes one record of show as one node with the context', async () => {
    const result = await run(['show', 'q5', '--format', 'jsonld']);
    const node = JSON.parse(result.stdout);
    expect(node['@context']['@vocab']).toBe('https://schema.org/');
    expect(node).toMatchObject({ '@type': 'Quotation', identifier: 'q5' });
  });

  it('writes a verdict as a ClaimReview of the checked quote, with its claimed speaker and the passage found', async () => {
    const result = await run(['verify', '--speaker', 'zelensky', 'send a very clear strategic signal', '--format', 'jsonld']);
    const review = JSON.parse(result.stdout);
    expect(review['@type']).toBe('ClaimReview');
    expect(review.claimReviewed).toBe('send a very clear strategic signal');
    expect(review.itemReviewed).toMatchObject({ '@type': 'Quotation', spokenByCharacter: { '@type': 'Person', name: 'Volodymyr Zelenskyy' } });
    expect(review.reviewRating).toMatchObject({ '@type': 'Rating', alternateName: 'misattributed' });
    expect(review.isBasedOn).toMatchObject({ '@type': 'Quotation', spokenByCharacter: { name: 'Emmanuel Macron' } });
  });

  it('is refused by the listings that have no linked-data form, and with --fields', async () => {
    expect(await run(['entities', '--format', 'jsonld'])).toEqual({ code: 2, stdout: '', stderr: 'facts: JSON-LD is written for quotes, claims, show and verify; --format jsonld does not apply\n' });
    expect(await run(['quotes', '--format', 'jsonld', '--fields', 'id'])).toEqual({ code: 2, stdout: '', stderr: 'facts: --format jsonld writes whole records; --fields does not apply\n' });
  });
});
