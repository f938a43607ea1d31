import type { ApiOptions } from '../api-options';
import { sameToken } from '../auth/tokens';
import { ViewerRole, type Viewer } from './viewer.model';

type TokenOptions = Pick<ApiOptions, 'reviewers' | 'writeToken' | 'readToken'>;

/** The caller a token names; null when a token was given that this server does not know. */
export function viewerOf(options: TokenOptions, token: string | null): Viewer | null {
  if (!token) return { name: null, role: ViewerRole.READER };
  const reviewer = options.reviewers.find((r) => sameToken(token, r.token));
  if (reviewer) return { name: reviewer.name, role: ViewerRole.REVIEWER };
  if (sameToken(token, options.writeToken)) return { name: 'admin', role: ViewerRole.ADMIN };
  if (sameToken(token, options.readToken)) return { name: null, role: ViewerRole.READER };
  return null;
}
