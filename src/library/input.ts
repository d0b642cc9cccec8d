import { readFileSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { describeFsError } from '../files/fs.js';
import { InputError } from '../errors.js';
import { readAllBytes, type IO } from '../io.js';
import { DEFAULT_LIMITS, fetchArticle, isUrl, unsupportedScheme, type FetchLimits } from './fetch.js';
import { normalizeName } from '../query/names.js';
import type { Article } from '../extract/draft.js';

// The article `extract` and `add` are given: a plain-text or HTML file, standard input,
// or a URL. A page's text is taken out of it (html.ts) with what it says of itself; a
// plain text is used as it is, its line ends made "\n".

/** An article as read: its text, what its page says, and an id for it (extract/draft.ts declares it). */
export type ArticleInput = Article;

/** Reads FILE, '-' or a URL as an article. */
export async function readArticle(io: IO, target: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<ArticleInput> {
  let bytes: Uint8Array;
  let html: boolean;
  let charset: string | undefined;
  let pageUrl: string | undefined;
  let name: string;
  const scheme = unsupportedScheme(target);
  if (scheme !== undefined) throw new InputError(`${target}: unsupported URL scheme '${scheme}' (http and https are read)`);
  if (isUrl(target)) {
    const fetched = await fetchArticle(target, limits);
    ({ bytes, charset } = fetched);
    html = fetched.kind === 'html';
    pageUrl = fetched.url;
    name = target;
  } else if (target === '-') {
    bytes = await readAllBytes(io.stdin);
    html = looksLikeHtml(bytes);
    name = 'standard input';
  } else {
    try {
      bytes = readFileSync(resolve(io.cwd, target));
    } catch (error) {
      throw new InputError(`${target}: cannot read: ${describeFsError(error)}`);
    }
    html = /^\.x?html?$/i.test(extname(target)) || looksLikeHtml(bytes);
    name = target;
  }
  if (!html) {
    // A plain text says nothing of itself; fetched, where it came from is known.
    const text = decodeText(bytes, name, charset).replace(/\r\n?/g, '\n');
    return { text, metadata: pageUrl ? { url: pageUrl } : {}, suggestedId: idFromName(nameOf(target, pageUrl) ?? '') };
  }
  const page = decodeText(bytes, name, charset ?? metaCharset(bytes));
  // linkedom and Readability are loaded only for a page.
  const { articleFromHtml } = await import('./html.js');
  let article;
  try {
    article = articleFromHtml(page, pageUrl);
  } catch (error) {
    throw new InputError(`${name}: ${(error as Error).message}`);
  }
  return { text: article.text, metadata: article.metadata, suggestedId: idFromName(nameOf(target, pageUrl) ?? article.metadata.title ?? fallbackName(target, pageUrl)) };
}

/**
 * The name a file or URL gives an article, for its id: "tram-line" of tram-line.html or
 * of https://x.example/news/tram-line; undefined where it says nothing of the article
 * (standard input, source.html, index.html, a number, a hash), and then the page's title
 * names it. One rule for files, URLs and standard input.
 */
function nameOf(target: string, pageUrl: string | undefined): string | undefined {
  const name = target === '-' ? '' : isUrl(target) ? urlSlug(pageUrl ?? target) : basename(target, extname(target));
  return name === '' || SAYS_NOTHING.test(name) ? undefined : name;
}

/** The file's or URL's name even where it says little: for a page with no title either. */
function fallbackName(target: string, pageUrl: string | undefined): string {
  return target === '-' ? '' : isUrl(target) ? urlSlug(pageUrl ?? target) : basename(target, extname(target));
}

/** File and URL names that say nothing of the article: what browsers, servers and scripts call any page, numbers, hashes. */
const SAYS_NOTHING = /^(?:(?:source|index|page|article|story|news|document|doc|file|download|untitled|default|home|main|text|input|output|temp|tmp|print|amp|content|view|post|item|entry|saved|copy|new)(?:[\s_-]*\(?\d+\)?)?|\d+|[0-9a-f]{8,}|[0-9a-f-]{36})$/i;

/** Whether bytes start (after white space or a byte-order mark) as an HTML document does. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').replace(/^\uFEFF|^\xEF\xBB\xBF/, '').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<!--') && head.includes('<html'));
}

/** The charset a page's first 1024 bytes declare in a <meta> tag, as browsers look for it. */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
}

/** Text in UTF-8 (or the charset a page declares), or a one-line error that says what the bytes look like instead. */
export function decodeText(bytes: Uint8Array, name: string, charset = 'utf-8'): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) throw new InputError(`${name}: is UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)`);
  if (bytes.includes(0)) throw new InputError(`${name}: is not text (it holds NUL bytes)`);
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new InputError(`${name}: is in a character set facts does not know (${charset})`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    // TypeError: the bytes are not in that charset; nothing else is thrown here.
    if (decoder.encoding !== 'utf-8') throw new InputError(`${name}: is not valid ${decoder.encoding} text, as it says it is`);
    throw new InputError(`${name}: is not UTF-8 text (Latin-1 or another encoding?); convert it to UTF-8 (iconv -f LATIN1 -t UTF-8)`);
  }
}

/** The last named part of a URL's path, or its host: "https://x.example/news/tram-line.html" -> "tram-line". */
function urlSlug(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    const last = pathname.split('/').filter(Boolean).pop();
    return last ? basename(last, extname(last)) : hostname;
  } catch {
    return '';
  }
}

/** A source id from a name: "Harbour Council" -> "harbour-council"; "article" when nothing is left. */
export function idFromName(name: string): string {
  const slug = normalizeName(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
    .replace(/-$/, '');
  return slug || 'article';
}
