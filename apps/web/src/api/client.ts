// The one door to the API: POST /graphql, errors surfaced with their extensions.code.
import { storedToken } from './bearer';
import { wordApiError, type ErrorDetails } from '../i18n/api-errors';

/** An API refusal; its message is worded in the page's language, the server's own text kept beside. */
export class ApiError extends Error {
  constructor(
    readonly serverMessage: string,
    readonly code: string,
    readonly details: ErrorDetails = {},
  ) {
    super(wordApiError(code, serverMessage, details));
    this.name = 'ApiError';
  }
}

export interface GqlError {
  message: string;
  extensions?: { code?: string } & ErrorDetails;
}

interface GqlResponse<T> {
  data?: T | null;
  errors?: GqlError[];
}

// The bookmark of the page's last write (the x-neo4j-bookmark header of a mutation's answer), sent back
// with every request: behind several API processes or cluster members the page still reads what it wrote.
const BOOKMARK_HEADER = 'x-neo4j-bookmark';
let lastWrite: string | null = null;

/** Sends the signed-in reviewer's token, or `token` when given (checking one before keeping it). */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal, token = storedToken()): Promise<T> {
  let res: Response;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  if (lastWrite) headers[BOOKMARK_HEADER] = lastWrite;
  try {
    res = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, variables }),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError((e as Error).message, 'NETWORK');
  }
  if (/^\s*mutation\b/.test(query)) lastWrite = res.headers.get(BOOKMARK_HEADER) ?? lastWrite;
  const body = (await res.json().catch(() => ({}))) as GqlResponse<T>;
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new ApiError(first.message, first.extensions?.code ?? 'GRAPHQL_ERROR', first.extensions);
  }
  if (!res.ok || !body.data) throw new ApiError(`HTTP ${res.status}`, 'HTTP_ERROR');
  return body.data;
}
