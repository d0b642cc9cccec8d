import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromHtml, MAX_DEPTH, MAX_ELEMENTS } from '../../src/library/html.js';
import { ROOT } from '../helpers.js';

const page = (name: string) => readFileSync(join(ROOT, 'test', 'fixtures', 'pages', name), 'utf8');

describe('articleFromHtml', () => {
  it("takes the article's text out of a page, without its navigation, asides, comments or footer, a paragraph a line", () => {
    const { text } = articleFromHtml(page('tram-extension.html'));
    const paragraphs = text.split('\n\n');
    expect(paragraphs[0]).toBe('By Hannah Okafor, transport correspondent');
    expect(paragraphs[1]).toBe(
      'The city council approved a 6.2 kilometre extension of the Blue tram line on Tuesday, linking the central station with the airport for the first time.',
    );
    expect(paragraphs).toHaveLength(7);
    expect(text.endsWith('citing noise from night maintenance.\n')).toBe(true);
    for (const chrome of ['Advertisement', 'Related stories', 'Comments', 'All rights reserved', 'Weather']) expect(text).not.toContain(chrome);
  });

  it('leaves out a pull quote, which repeats words the article quotes in their place', () => {
    const html = `<html><body><article><h1>Sea wall approved</h1>
      <p>The harbour board voted on Monday to build a new sea wall, ending a dispute that had split the town since autumn and cost two members their seats.</p>
      <p>"This is the right wall at the right time," said Ada Quist, the board's chair. "We cannot wait for the next storm."</p>
      <blockquote class="article-pullquote"><p>"We cannot wait for the next storm."</p></blockquote>
      <aside class="pull-quote">"This is the right wall"</aside>
      <p>Critics said the cost, 40 million kroner, was too high, and that the fishermen had not been asked before the vote was held.</p>
    </article></body></html>`;
    const { text } = articleFromHtml(html);
    expect(text.match(/next storm/g)).toHaveLength(1);
    expect(text.match(/right wall/g)).toHaveLength(1);
    expect(text).toContain('Critics said the cost');
    // A whole article whose class only says it has pull quotes is read, not left out.
    expect(articleFromHtml(html.replace('<article>', '<article class="story has-pullquotes">')).text).toContain('Critics said the cost');
  });

  it("reads the page's own metadata: JSON-LD first, then meta tags and the canonical link", () => {
    expect(articleFromHtml(page('tram-extension.html')).metadata).toEqual({
      title: 'Tram line to reach the airport by 2029',
      byline: 'Hannah Okafor',
      publisher: 'The Northfield Courier',
      published: '2026-03-14T08:30:00Z',
      url: 'https://courier.example/transport/tram-airport-2029',
      language: 'en-GB',
    });
    // No JSON-LD, no author, no canonical link: only what the meta tags say.
    expect(articleFromHtml(page('flood-defences.html')).metadata).toEqual({
      title: 'River town gets new flood wall after winter floods',
      publisher: 'Valley Post',
      published: '2026-02-02',
      language: 'en',
    });
  });

  it('guesses nothing: a page that says nothing of itself has no metadata but its <title>, and a relative link resolves against the page URL', () => {
    const bare = '<html><head><title> Council vote </title><link rel="canonical" href="/news/vote"></head><body><p>The council voted on Monday to close the old pool, which has leaked since 2019.</p></body></html>';
    expect(articleFromHtml(bare).metadata).toEqual({ title: 'Council vote' });
    expect(articleFromHtml(bare, 'https://paper.example/a?b=1').metadata).toEqual({ title: 'Council vote', url: 'https://paper.example/news/vote' });
  });

  it('finds the article in a JSON-LD @graph, takes every author, and skips JSON-LD that does not parse and an author that is only a link', () => {
    const html = `<html><head>
      <script type="application/ld+json">{ not json</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
        {"@type":"WebPage","name":"The page"},
        {"@type":["NewsArticle"],"headline":"Two authors","datePublished":"2026-01-05","author":[{"name":"A. One"},{"name":"B. Two"}],"publisher":{"@type":"Organization","name":"Graph Daily"}}
      ]}</script>
      <meta property="article:author" content="https://social.example/a-one">
      </head><body><article><p>Both authors wrote that the line would open in the summer of next year, after two delays.</p></article></body></html>`;
    expect(articleFromHtml(html).metadata).toEqual({ title: 'Two authors', byline: 'A. One, B. Two', publisher: 'Graph Daily', published: '2026-01-05' });
    const linkOnly = html.replace(/<script[\s\S]*?<\/script>/g, '');
    expect(articleFromHtml(linkOnly).metadata.byline).toBeUndefined();
  });

  it('keeps a line break within a paragraph, and never script or style text', () => {
    const html = '<html><body><article><p>First line<br>second line</p><script>var x = 1;</script><style>p{}</style><p>Another   paragraph\n with  spaces.</p></article></body></html>';
    expect(articleFromHtml(html).text).toBe('First line\nsecond line\n\nAnother paragraph with spaces.\n');
  });

  it('fails, for the caller to say in one line, on a page that nests deeper than browsers do, and reads one as deep as they do', () => {
    const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}<p>"We agree," said Tom Rask at the harbour on Monday.</p>${'</div>'.repeat(depth)}</body></html>`;
    expect(() => articleFromHtml(nested(MAX_DEPTH + 1))).toThrow(`nests its elements more than ${MAX_DEPTH} deep`);
    expect(() => articleFromHtml(nested(100 * MAX_DEPTH))).toThrow(`nests its elements more than ${MAX_DEPTH} deep`);
    // Tags whose end a page may leave out nest nothing: a thousand open paragraphs are a thousand paragraphs.
    expect(articleFromHtml(nested(MAX_DEPTH - 10)).text).toContain('said Tom Rask');
    expect(articleFromHtml(`<html><body><div>${'<p>Ada Quist spoke at the harbour about the ferry and the boats on Monday. '.repeat(1000)}</div></body></html>`).text).toContain('Ada Quist');
  });

  it('fails, for the caller to say in one line, on a page of more elements than a news page has', () => {
    const wide = (count: number) => `<html><body>${'<div>"We agree," said Tom Rask.</div>'.repeat(count)}</body></html>`;
    // (With <html> and <body>, MAX_ELEMENTS divs are too many.)
    expect(() => articleFromHtml(wide(MAX_ELEMENTS))).toThrow(/^has 100,00\d elements; a page of more than 100,000 is not read/);
    expect(() => articleFromHtml(wide(5 * MAX_ELEMENTS))).toThrow(`a page of more than 100,000 is not read`);
    expect(articleFromHtml(wide(2000)).text).toContain('said Tom Rask');
  });

  it('fails, for the caller to say in one line, on a page with no text', () => {
    expect(() => articleFromHtml('<html><body><nav></nav></body></html>')).toThrow('holds no article text that a reader view can find');
  });
});
