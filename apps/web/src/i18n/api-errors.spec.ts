import { setLang } from './i18n';
import { codeOfStatus, wordApiError } from './api-errors';

const WRITE = 'Query rejected (WRITE_CLAUSE): CREATE is not allowed: the console only reads the graph.';

// setLang marks <html lang>; the sentences need no more of a page than that element
beforeAll(() => Object.assign(globalThis, { document: { documentElement: {} } }));

describe('API errors in the page’s language', () => {
  afterEach(() => setLang('zh'));

  it('words a refused console query in Chinese and in English, the server’s text kept', () => {
    setLang('zh');
    expect(wordApiError('CYPHER_REJECTED', WRITE, { reason: 'WRITE_CLAUSE' })).toBe(`查询被拒绝（WRITE_CLAUSE）：控制台只能读取图谱，不能写入（服务器说明：${WRITE}）`);
    setLang('en');
    expect(wordApiError('CYPHER_REJECTED', WRITE, { reason: 'WRITE_CLAUSE' })).toBe(
      `Query refused (WRITE_CLAUSE): the console only reads the graph, it cannot write to it (the server says: ${WRITE})`,
    );
  });

  it('keeps the server’s details: a time limit, a parameter name, a wait, a refusal reason', () => {
    setLang('zh');
    expect(wordApiError('QUERY_TIMEOUT', 'The query ran longer than 1500 ms and was stopped.')).toMatch(/^查询运行超过 1500 毫秒/);
    expect(wordApiError('BAD_USER_INPUT', 'year: must be between 1949 and 2100.')).toMatch(/^参数 year 有误（服务器说明：year: must be between 1949 and 2100\.）$/);
    expect(wordApiError('TOO_MANY_REQUESTS', 'Too many requests.', { limit: 'console', retryAfterSeconds: 12 })).toMatch(/^请求过于频繁，请 12 秒后再试/);
    expect(wordApiError('CYPHER_REJECTED', 'Query rejected (LOAD_CSV): …', { reason: 'LOAD_CSV' })).toMatch(/^查询被拒绝（LOAD_CSV）/);
    setLang('en');
    expect(wordApiError('TOO_MANY_REQUESTS', 'You already run 2 console queries; the limit is 2 at a time.')).toMatch(/^Too many requests; wait.*the limit is 2 at a time/);
  });

  it('shows the server’s text alone for a code the tables do not know', () => {
    setLang('zh');
    expect(wordApiError('SOMETHING_NEW', 'Something new happened.')).toBe('Something new happened.');
  });

  it('reads an upload refusal’s HTTP status as the API code it stands for', () => {
    expect([413, 400, 401, 429, 500].map(codeOfStatus)).toEqual(['PAYLOAD_TOO_LARGE', 'BAD_USER_INPUT', 'UNAUTHENTICATED', 'TOO_MANY_REQUESTS', 'HTTP_ERROR']);
  });
});
