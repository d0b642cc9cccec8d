import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

// A web page as an article: its text, taken out of the page by Mozilla's Readability (the
// reader view of Firefox) over linkedom's DOM, and what the page says of itself in its
// own metadata (JSON-LD, then meta tags, then <title> and <link rel="canonical">).
// Nothing is guessed: a field the page does not state is undefined. Pure: a string in,
// an article out.

/** As much of the DOM as is read here (linkedom's, or a browser's; the project has no DOM types). */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  tagName?: string;
  childNodes: ArrayLike<DomNode>;
  textContent: string | null;
  getAttribute(name: string): string | null;
  remove?(): void;
}
interface DomDocument {
  documentElement: DomNode | null;
  querySelector(selector: string): DomNode | null;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

/** What a page says of itself (extract/draft.ts declares it, as what a draft is told). */
export type { PageMetadata } from '../extract/draft.js';
import type { PageMetadata } from '../extract/draft.js';

/** An article taken out of a page. */
export interface PageArticle {
  /** Plain text: one paragraph a line, paragraphs separated by an empty line. */
  text: string;
  metadata: PageMetadata;
}

/**
 * The deepest a page's elements may nest: the depth at which browsers' HTML parsers stop
 * nesting (Blink's and WebKit's 512). A reader view's time grows with the cube of the
 * depth (1,000 levels took 7 s, 2,000 took 45 s) and linkedom's parse with its square
 * (200,000 levels: 16 s before a reader view began); a real page nests a few dozen deep.
 */
export const MAX_DEPTH = 512;

/**
 * The most elements a page may have. A news page has a few thousand; a reader view's time
 * and memory grow faster than their number (100,000 took 8 s and 430 MB here, 600,000
 * took 104 s and 1.9 GB).
 */
export const MAX_ELEMENTS = 100_000;

/** The elements of a pull quote, by the class names news sites give them (pullquote, pull-quote, PullQuote, pull_quote). */
const PULL_QUOTES = ['pullquote', 'pull-quote', 'pull_quote', 'PullQuote', 'Pullquote', 'pull-out-quote'].map((name) => `[class*="${name}"]`).join(', ');
/** The most text a pull quote holds, in UTF-16 code units: a sentence or two. */
const PULL_QUOTE_LENGTH = 400;

/** The article of a page; `pageUrl` (where it was fetched from, if it was) resolves relative links. Throws a plain Error when the page has no article text, nests deeper than MAX_DEPTH or has more than MAX_ELEMENTS elements. */
export function articleFromHtml(html: string, pageUrl?: string): PageArticle {
  // (Counted in the markup first, so that a page far too deep or too large is not even parsed.)
  const markup = markupShape(html);
  if (markup.depth > MAX_DEPTH * 40) throw tooDeep();
  if (markup.elements > MAX_ELEMENTS * 4) throw tooMany(markup.elements);
  // A fragment (a saved <article>, say) is put in a page, as a browser does.
  const { document } = parseHTML(/<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const tree = treeShape((document as unknown as DomDocument).documentElement);
  if (tree.depth > MAX_DEPTH) throw tooDeep();
  if (tree.elements > MAX_ELEMENTS) throw tooMany(tree.elements);
  // Readability changes the document it reads: the metadata is read first.
  const metadata = pageMetadata(document as unknown as DomDocument, pageUrl);
  // A pull quote repeats, in large type, words the article quotes in its own place: read
  // as text it would be the same quotation twice, the second with no cue. (A sentence or
  // two: an element of more text whose class says so, "body has-pullquotes", is kept.)
  for (const element of Array.from((document as unknown as DomDocument).querySelectorAll(PULL_QUOTES))) {
    if ((element.textContent ?? '').length <= PULL_QUOTE_LENGTH) element.remove?.();
  }
  type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];
  const parsed = new Readability<unknown>(document as unknown as ReadabilityDocument, { serializer: (node) => node }).parse();
  const text = parsed?.content ? plainText(parsed.content as DomNode) : '';
  if (text.trim() === '') throw new Error('holds no article text that a reader view can find');
  return { text, metadata };
}

function tooDeep(): Error {
  return new Error(`nests its elements more than ${MAX_DEPTH} deep (browsers stop nesting there); it is not read`);
}

function tooMany(elements: number): Error {
  return new Error(`has ${elements.toLocaleString('en')} elements; a page of more than ${MAX_ELEMENTS.toLocaleString('en')} is not read (a news page has a few thousand)`);
}

/** How deep the elements of `root` nest (the root is 1), and how many there are, counted without recursion. */
function treeShape(root: DomNode | null): { depth: number; elements: number } {
  let deepest = 0;
  let elements = 0;
  const stack: [DomNode, number][] = root ? [[root, 1]] : [];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, depth] = next;
    elements++;
    deepest = Math.max(deepest, depth);
    for (const child of Array.from(node.childNodes)) if (child.nodeType === 1) stack.push([child, depth + 1]);
  }
  return { depth: deepest, elements };
}

/** Elements with no end tag, or whose end tag may be left out: they count for no depth in the markup. */
const NOT_NESTING = new Set('area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup rt rp thead tbody tfoot colgroup caption html head body'.split(' '));

/** How deep the markup's tags nest, by their start and end tags alone, and how many start tags it has: what a parser builds, read roughly in one pass. */
function markupShape(html: string): { depth: number; elements: number } {
  let depth = 0;
  let deepest = 0;
  let elements = 0;
  for (const tag of html.matchAll(/<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g)) {
    if (tag[1] !== '/') elements++;
    if (NOT_NESTING.has((tag[2] ?? '').toLowerCase()) || tag[3] === '/') continue;
    depth = tag[1] === '/' ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  return { depth: deepest, elements };
}

/** Elements that end a paragraph, or a line of a list or table. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/**
 * The text of a node as plain text: the words of each block element on one line (runs of
 * white space made one space, as a browser shows them; <br> a line break), and blocks
 * separated by an empty line, as a plain-text article is written.
 */
export function plainText(root: DomNode): string {
  const blocks: string[] = [];
  let line = '';
  const endBlock = () => {
    // (A <br> stands as NUL until the page's own white space is collapsed.)
    const text = line.replace(/[ \t\r\n\f]+/g, ' ').replace(/ ?\0 ?/g, '\n').trim();
    if (text !== '') blocks.push(text);
    line = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const name = (node.tagName ?? '').toUpperCase();
    if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT' || name === 'TEMPLATE') return;
    if (name === 'BR') {
      line += '\0';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) endBlock();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) endBlock();
  };
  walk(root);
  endBlock();
  return `${blocks.join('\n\n')}\n`;
}

/** The schema.org types of a news or blog article, whose JSON-LD describes the page's article. */
const ARTICLE_TYPES = new Set(['Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'BlogPosting', 'Report', 'ScholarlyArticle', 'LiveBlogPosting', 'WebPage']);

/** What the page says of itself: the article's JSON-LD first, then meta tags, then the document's own title, canonical link and language. */
export function pageMetadata(document: DomDocument, pageUrl?: string): PageMetadata {
  const meta = (...keys: string[]) => {
    for (const key of keys) {
      const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
      const content = clean(element?.getAttribute('content'));
      if (content) return content;
    }
    return undefined;
  };
  const ld = articleJsonLd(document);
  const canonical = document.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? undefined;
  const url = absolute(canonical, pageUrl) ?? absolute(meta('og:url'), pageUrl) ?? absolute(stringOf(ld?.url), pageUrl) ?? pageUrl;
  return drop({
    title: stringOf(ld?.headline) ?? meta('og:title', 'twitter:title', 'dc.title', 'DC.title') ?? clean(document.querySelector('title')?.textContent),
    // (article:author is often a link to a profile, which names nobody.)
    byline: namesOf(ld?.author) ?? [meta('author'), meta('article:author'), meta('dc.creator', 'DC.creator', 'byl')].find((n) => n !== undefined && !/^https?:/.test(n)),
    publisher: namesOf(ld?.publisher) ?? meta('og:site_name', 'application-name'),
    published: stringOf(ld?.datePublished) ?? meta('article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'DC.date.issued', 'citation_publication_date'),
    url,
    language: clean(document.documentElement?.getAttribute('lang')) ?? stringOf(ld?.inLanguage) ?? meta('og:locale')?.replace('_', '-'),
  });
}

/** The JSON-LD object that describes the page's article, from any script of the page (in a list or an @graph); undefined if none does. */
function articleJsonLd(document: DomDocument): Record<string, unknown> | undefined {
  const found: Record<string, unknown>[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit);
    if (typeof value !== 'object' || value === null) return;
    const object = value as Record<string, unknown>;
    const types = ([] as unknown[]).concat(object['@type'] ?? []);
    if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.has(t))) found.push(object);
    if (object['@graph'] !== undefined) visit(object['@graph']);
  };
  for (const script of Array.from(document.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A page's broken JSON-LD says nothing; its meta tags may still.
    }
  }
  // A page that describes itself (WebPage) and its article: the article.
  return found.find((o) => !([] as unknown[]).concat(o['@type']).includes('WebPage')) ?? found[0];
}

/** The names of a JSON-LD author or publisher: a string, a Person or Organization, or a list of them, joined with ", ". */
function namesOf(value: unknown): string | undefined {
  const names = ([] as unknown[])
    .concat(value ?? [])
    .map((v) => (typeof v === 'string' ? clean(v) : typeof v === 'object' && v !== null ? stringOf((v as Record<string, unknown>).name) : undefined))
    .filter((n): n is string => n !== undefined);
  return names.length > 0 ? names.join(', ') : undefined;
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' ? clean(value) : undefined;
}

function clean(value: string | null | undefined): string | undefined {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : undefined;
}

function absolute(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    return new URL(link, base).href;
  } catch {
    return undefined;
  }
}

function drop(metadata: PageMetadata): PageMetadata {
  return Object.fromEntries(Object.entries(metadata).filter(([, v]) => v !== undefined)) as PageMetadata;
}
