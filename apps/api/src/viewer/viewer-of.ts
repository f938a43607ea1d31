import type { ApiOptions } from '../api-options';
import { callerOf } from '../auth/callers';
import { ViewerRole, type Viewer } from './viewer.model';

/** The caller a token names; null when a token was given that this server does not know. */
export function viewerOf(options: Pick<ApiOptions, 'callers'>, token: string | null): Viewer | null {
  if (!token) return { name: null, role: ViewerRole.READER };
  const caller = callerOf(options.callers, token);
  return caller ? { name: caller.name, role: ViewerRole[caller.role] } : null;
}
