// A GraphQL client over real HTTP: the response as the server sent it.
export interface GqlError {
  message: string;
  extensions?: { code?: string; reason?: string; [key: string]: unknown };
}

export interface GqlResponse<T> {
  status: number;
  data?: T | null;
  errors?: GqlError[];
  extensions?: { cypherQueries?: number; [key: string]: unknown };
}

export async function gql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GqlResponse<T>> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as Omit<GqlResponse<T>, 'status'>;
  return { status: res.status, ...body };
}

// The data of a request that must succeed; fails the test with the server's errors otherwise.
export async function gqlData<T = Record<string, unknown>>(url: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await gql<T>(url, query, variables);
  if (res.errors?.length || !res.data) throw new Error(`GraphQL errors: ${JSON.stringify(res.errors)}`);
  return res.data;
}

export const codeOf = (res: GqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
