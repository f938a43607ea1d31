import { mib } from './job-limits';

const FETCH_TIMEOUT_MS = 60_000;
const EXTENSION_OF_TYPE: Record<string, string> = {
  'text/html': '.html',
  'application/xhtml+xml': '.html',
  'text/plain': '.txt',
  'text/markdown': '.md',
  'application/pdf': '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': '.docx',
  'application/msword': '.doc',
  'application/vnd.ms-excel': '.xls',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': '.xlsx',
  'application/rtf': '.rtf',
};

export interface Fetched {
  /** a file name whose extension tells the reader the kind (from the path, else the content type) */
  fileName: string;
  bytes: Uint8Array;
}

// Why a URL cannot be fetched, or null when it can be tried.
export function badUrl(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? null : `"${url.slice(0, 100)}": only http and https URLs are fetched`;
  } catch {
    return `"${url.slice(0, 100)}" is not a URL`;
  }
}

// GET the document at `url`, at most `limit` bytes, within a minute.
export async function fetchDocument(url: string, limit: number): Promise<Fetched> {
  const res = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) }).catch((error: Error) => {
    throw new Error(`could not be fetched: ${(error.cause as Error | undefined)?.message ?? error.message}`);
  });
  if (!res.ok || !res.body) throw new Error(`could not be fetched: HTTP ${res.status}`);
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) throw new Error(`is larger than ${mib(limit)}, the limit for one file (BODY_LIMIT_BYTES)`);
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { fileName: fileNameOf(new URL(res.url || url), res.headers.get('content-type')), bytes };
}

// Extensions the reader knows a file's kind by (libs/text); a page's .php or no extension at all is not one.
const READABLE = /\.(txt|md|html?|pdf|docx?|wps|xlsx?|rtf|png|jpe?g|tiff?)$/i;

export function fileNameOf(url: URL, contentType: string | null): string {
  const last = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '') || url.hostname;
  if (READABLE.test(last)) return last;
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return `${last}${EXTENSION_OF_TYPE[type] ?? '.html'}`;
}
