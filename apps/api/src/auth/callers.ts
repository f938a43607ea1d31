import { WRITE_TOKEN_ADMIN, type Config } from '@policy-graph/config';
import { sameToken } from './tokens';

export type Role = 'READER' | 'REVIEWER' | 'ADMIN';

/** One token the server knows, with its role and the name its corrections are logged under. */
export interface Caller {
  /** null only for the shared read token of API_READ_TOKEN */
  name: string | null;
  role: Role;
  token: string;
}

/** Every token of the configuration: the named roles, and the older single read and write tokens. */
export function callersFrom(api: Config['api']): Caller[] {
  return [
    ...api.admins.map((p) => ({ ...p, role: 'ADMIN' as const })),
    ...(api.writeToken ? [{ name: WRITE_TOKEN_ADMIN, role: 'ADMIN' as const, token: api.writeToken }] : []),
    ...api.reviewers.map((p) => ({ ...p, role: 'REVIEWER' as const })),
    ...api.readers.map((p) => ({ ...p, role: 'READER' as const })),
    ...(api.readToken ? [{ name: null, role: 'READER' as const, token: api.readToken }] : []),
  ];
}

/** The caller a bearer token names; null for no token or one the server does not know. */
export function callerOf(callers: readonly Caller[], token: string | null): Caller | null {
  // every token is compared, so the time taken does not tell which role matched
  let found: Caller | null = null;
  for (const caller of callers) if (sameToken(token, caller.token)) found ??= caller;
  return found;
}

export const mayCorrect = (caller: Caller | null): caller is Caller & { name: string } => caller?.role === 'REVIEWER' || caller?.role === 'ADMIN';
export const isAdmin = (caller: Caller | null): caller is Caller & { name: string } => caller?.role === 'ADMIN';
