import { InputError } from '../errors.js';

// Fetching an article by URL, bounded: a time limit for the whole exchange, a size
// limit read as the body arrives (a server may not say, or may lie about, its length),
// and a content type that is a page or plain text. Every failure is one InputError line
// that names the URL.

/** A page or text fetched, with the URL it came from after redirects. */
export interface Fetched {
  bytes: Uint8Array;
  /** "html" or "text", from the Content-Type. */
  kind: 'html' | 'text';
  /** The charset the Content-Type names, if any. */
  charset?: string;
  url: string;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

/** 20 seconds and 10 MiB: a news page is a few hundred KiB. */
export const DEFAULT_LIMITS: FetchLimits = { timeoutMs: 20_000, maxBytes: 10 * 1024 * 1024 };

/** Whether an argument is a URL to fetch rather than a file name. */
export function isUrl(target: string): boolean {
  return /^https?:\/\//i.test(target);
}

/** What a network error code means for this URL, in words; undefined for a code without words here. */
function networkFailure(url: string, code: string | undefined): string | undefined {
  let host = url;
  try {
    const parsed = new URL(url);
    host = parsed.port ? `${parsed.hostname}:${parsed.port}` : `${parsed.hostname}:${parsed.protocol === 'https:' ? 443 : 80}`;
  } catch {
    // The URL parsed for fetch; its host is shown as given otherwise.
  }
  const name = host.replace(/:\d+$/, '');
  switch (code) {
    case 'ECONNREFUSED':
      return `nothing is listening at ${host}`;
    case 'ENOTFOUND':
      return `no such host '${name}'`;
    case 'EAI_AGAIN':
      return `cannot look up '${name}' (is the network down?)`;
    case 'ECONNRESET':
    case 'UND_ERR_SOCKET':
      return `${host} closed the connection`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${host} cannot be reached from this machine`;
    default:
      if (code !== undefined && /CERT|SSL|TLS/.test(code)) return `the certificate of ${name} is not trusted (${code})`;
      return undefined;
  }
}

/** The scheme of a target that is a URL facts cannot read ("ftp"), or undefined. */
export function unsupportedScheme(target: string): string | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(target)?.[1];
  return scheme !== undefined && !/^https?$/i.test(scheme) ? scheme.toLowerCase() : undefined;
}

/** Fetches `url` within the limits. */
export async function fetchArticle(url: string, limits: FetchLimits = DEFAULT_LIMITS): Promise<Fetched> {
  const seconds = `${limits.timeoutMs / 1000} s`;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const fail = (why: string) => new InputError(`${url}: ${why}`);
  const failed = (error: unknown) => {
    const e = error as { name?: string; cause?: { code?: string; message?: string }; message?: string };
    if (e.name === 'TimeoutError' || (e.name === 'AbortError' && signal.aborted)) return fail(`no answer within ${seconds}`);
    return fail(networkFailure(url, e.cause?.code) ?? `cannot fetch: ${e.cause?.code ?? e.cause?.message ?? e.message ?? String(error)}`);
  };
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { accept: 'text/html,application/xhtml+xml,text/plain;q=0.9' } });
  } catch (error) {
    throw failed(error);
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw fail(`the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  }
  const type = response.headers.get('content-type') ?? '';
  const mime = type.split(';')[0]?.trim().toLowerCase() ?? '';
  const kind = mime === 'text/html' || mime === 'application/xhtml+xml' ? 'html' : mime === 'text/plain' ? 'text' : undefined;
  if (kind === undefined) {
    await response.body?.cancel().catch(() => {});
    throw fail(`is ${mime === '' ? 'of no stated type' : mime}, not a web page or plain text`);
  }
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () => fail(`is larger than ${limits.maxBytes} bytes, the most facts reads`);
  if (Number.isFinite(declared) && declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      if (!(chunk instanceof Uint8Array)) continue;
      size += chunk.byteLength;
      if (size > limits.maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw tooLarge();
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw failed(error);
  }
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(type)?.[1];
  return { bytes: Buffer.concat(chunks), kind, ...(charset ? { charset } : {}), url: response.url || url };
}
