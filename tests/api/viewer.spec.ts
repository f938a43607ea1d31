// `me`: who the bearer token names, so the explorer knows whether to offer review controls.
import { gql } from './support/gql';
import { READ_TOKEN, seedsApi, WRITE_TOKEN } from './support/serve';

const REVIEWER_TOKEN = 'e2e-viewer-reviewer-token-01234';
const api = seedsApi({ API_REVIEWERS: `李研究员=${REVIEWER_TOKEN}`, API_READ_TOKEN: READ_TOKEN });
const ME = '{ me { name role } }';
const as = (token: string) => ({ authorization: `Bearer ${token}` });

describe('me', () => {
  it('names a reviewer by the token of API_REVIEWERS and the write token as admin', async () => {
    await expect(gql(api.url, ME, {}, as(REVIEWER_TOKEN))).resolves.toMatchObject({ data: { me: { name: '李研究员', role: 'REVIEWER' } } });
    await expect(gql(api.url, ME, {}, as(WRITE_TOKEN))).resolves.toMatchObject({ data: { me: { name: 'admin', role: 'ADMIN' } } });
  });

  it('makes no token and the read token an unnamed reader', async () => {
    await expect(gql(api.url, ME)).resolves.toMatchObject({ data: { me: { name: null, role: 'READER' } } });
    await expect(gql(api.url, ME, {}, as(READ_TOKEN))).resolves.toMatchObject({ data: { me: { name: null, role: 'READER' } } });
  });

  it('refuses a token the server does not know, saying which tokens it takes', async () => {
    const res = await gql(api.url, ME, {}, as('someone-else-0123456789abcdef'));
    expect(res.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(res.errors?.[0].message).toMatch(/API_REVIEWERS/);
  });
});
