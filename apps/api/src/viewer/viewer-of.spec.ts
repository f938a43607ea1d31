import { viewerOf } from './viewer-of';
import { ViewerRole } from './viewer.model';

const options = {
  reviewers: [{ name: '王工', token: 'reviewer-token-0123456789' }],
  writeToken: 'write-token-0123456789ab',
  readToken: 'read-token-0123456789abc',
};

describe('viewerOf', () => {
  it('names a reviewer by the token of API_REVIEWERS', () => {
    expect(viewerOf(options, 'reviewer-token-0123456789')).toEqual({ name: '王工', role: ViewerRole.REVIEWER });
  });

  it('calls the write token admin', () => {
    expect(viewerOf(options, 'write-token-0123456789ab')).toEqual({ name: 'admin', role: ViewerRole.ADMIN });
  });

  it('makes no token and the read token readers without a name', () => {
    expect(viewerOf(options, null)).toEqual({ name: null, role: ViewerRole.READER });
    expect(viewerOf(options, 'read-token-0123456789abc')).toEqual({ name: null, role: ViewerRole.READER });
  });

  it('knows nobody by an unknown token', () => {
    expect(viewerOf(options, 'someone-else-0123456789')).toBeNull();
    expect(viewerOf({ ...options, readToken: null, writeToken: null }, 'write-token-0123456789ab')).toBeNull();
  });
});
