import { z } from 'zod';

export interface NamedToken {
  name: string;
  token: string;
}

export const MIN_TOKEN_LENGTH = 16;

/**
 * `name=token,name=token`: the people of one role, each with a secret of their own, so whatever
 * they do can carry their name. `role` only words the error ("each reviewer needs …").
 */
export function namedTokens(role: string) {
  return z.string().transform((value, ctx) => {
    const out: NamedToken[] = [];
    for (const pair of value.split(',').map((p) => p.trim()).filter(Boolean)) {
      const at = pair.indexOf('=');
      const name = at > 0 ? pair.slice(0, at).trim() : '';
      const secret = at > 0 ? pair.slice(at + 1).trim() : '';
      if (!name || secret.length < MIN_TOKEN_LENGTH) {
        // never the whole entry: without its `=` it may be a token
        ctx.addIssue({ code: 'custom', message: `"${name || pair.slice(0, 12)}…": expected name=token with a token of at least ${MIN_TOKEN_LENGTH} characters` });
      } else if (out.some((r) => r.name === name || r.token === secret)) {
        ctx.addIssue({ code: 'custom', message: `"${name}": each ${role} needs a name and a token of their own` });
      } else out.push({ name, token: secret });
    }
    return out;
  });
}
