import { callersFrom } from '../auth/callers';
import { viewerOf } from './viewer-of';
import { ViewerRole } from './viewer.model';

const options = {
  callers: callersFrom({
    readers: [{ name: '张三', token: 'reader-token-0123456789ab' }],
    reviewers: [{ name: '王工', token: 'reviewer-token-0123456789' }],
    admins: [{ name: '运维', token: 'admin-token-0123456789abc' }],
    writeToken: 'write-token-0123456789ab',
    readToken: 'read-token-0123456789abc',
  } as Parameters<typeof callersFrom>[0]),
};

describe('viewerOf', () => {
  it('names a reviewer by the token of API_REVIEWERS', () => {
    expect(viewerOf(options, 'reviewer-token-0123456789')).toEqual({ name: '王工', role: ViewerRole.REVIEWER });
  });

  it('names an admin of API_ADMINS, and calls the write token admin', () => {
    expect(viewerOf(options, 'admin-token-0123456789abc')).toEqual({ name: '运维', role: ViewerRole.ADMIN });
    expect(viewerOf(options, 'write-token-0123456789ab')).toEqual({ name: 'admin', role: ViewerRole.ADMIN });
  });

  it('names a reader of API_READERS; no token and the read token are readers without a name', () => {
    expect(viewerOf(options, 'reader-token-0123456789ab')).toEqual({ name: '张三', role: ViewerRole.READER });
    expect(viewerOf(options, null)).toEqual({ name: null, role: ViewerRole.READER });
    expect(viewerOf(options, 'read-token-0123456789abc')).toEqual({ name: null, role: ViewerRole.READER });
  });

  it('knows nobody by an unknown token', () => {
    expect(viewerOf(options, 'someone-else-0123456789')).toBeNull();
    expect(viewerOf({ callers: [] }, 'write-token-0123456789ab')).toBeNull();
  });
});
