import type { NamedToken } from './named-tokens';

// The token variables of every role, in the order a clash is reported (the later one is at fault).
interface RoleTokens {
  API_READ_TOKEN?: string;
  API_READERS: NamedToken[];
  API_REVIEWERS: NamedToken[];
  API_ADMINS: NamedToken[];
  API_WRITE_TOKEN?: string;
}

interface Entry {
  variable: keyof RoleTokens;
  name: string | null;
  token: string;
}

// API_WRITE_TOKEN is the admin of the older configuration, named so
export const WRITE_TOKEN_ADMIN = 'admin';

function entriesOf(env: RoleTokens): Entry[] {
  const named = (variable: 'API_READERS' | 'API_REVIEWERS' | 'API_ADMINS') => env[variable].map((p) => ({ variable, ...p }));
  return [
    ...(env.API_READ_TOKEN ? [{ variable: 'API_READ_TOKEN' as const, name: null, token: env.API_READ_TOKEN }] : []),
    ...named('API_READERS'),
    ...named('API_REVIEWERS'),
    ...named('API_ADMINS'),
    ...(env.API_WRITE_TOKEN ? [{ variable: 'API_WRITE_TOKEN' as const, name: WRITE_TOKEN_ADMIN, token: env.API_WRITE_TOKEN }] : []),
  ];
}

/**
 * A token in two roles, or a name given to two tokens, across the variables: one person, one role,
 * so a token's rights are never in doubt and a name in the corrections log is one token's.
 */
export function tokenClashes(env: RoleTokens): { variable: string; message: string }[] {
  const clashes: { variable: string; message: string }[] = [];
  const seen: Entry[] = [];
  for (const entry of entriesOf(env)) {
    const label = entry.name ? `"${entry.name}"` : 'the token';
    const sameToken = seen.find((s) => s.token === entry.token && s.variable !== entry.variable);
    const sameName = entry.name && seen.find((s) => s.name === entry.name && s.variable !== entry.variable);
    if (sameToken) clashes.push({ variable: entry.variable, message: `${label}: the same token is in ${sameToken.variable}; a token belongs to one role` });
    else if (sameName) clashes.push({ variable: entry.variable, message: `${label}: the name is already ${sameName.variable}'s; each name belongs to one token` });
    seen.push(entry);
  }
  return clashes;
}
