// The one door to the API: POST /graphql, errors surfaced with their extensions.code.
import { storedToken } from './bearer';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GqlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends the signed-in reviewer's token, or `token` when given (checking one before keeping it). */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal, token = storedToken()): Promise<T> {
  let res: Response;
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
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
  const body = (await res.json().catch(() => ({}))) as GqlResponse<T>;
  if (body.errors?.length) {
    const first = body.errors[0];
    throw new ApiError(first.message, first.extensions?.code ?? 'GRAPHQL_ERROR');
  }
  if (!res.ok || !body.data) throw new ApiError(`HTTP ${res.status}`, 'HTTP_ERROR');
  return body.data;
}
