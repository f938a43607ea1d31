import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives defaults that match the local launcher when nothing is set', () => {
    const config = loadConfig({});
    expect(config.neo4j).toMatchObject({
      uri: 'neo4j://127.0.0.1:7687',
      username: 'neo4j',
      password: 'policy-graph',
      database: 'neo4j',
      home: '.neo4j',
    });
    expect(config.api).toMatchObject({ host: '127.0.0.1', port: 3000, readsOpen: true });
    expect(config.cypher).toEqual({ timeoutMs: 10_000, rowLimit: 5_000, byteLimit: 5 * 1024 * 1024, concurrency: 2 });
    expect(config.api.corsOrigins).toEqual([]);
  });

  it('reads CORS origins and refuses one that is not a URL', () => {
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example.org, http://localhost:5173' }).api.corsOrigins).toEqual([
      'https://a.example.org',
      'http://localhost:5173',
    ]);
    expect(() => loadConfig({ CORS_ORIGINS: 'not a url' })).toThrow(/CORS_ORIGINS/);
  });

  it('reads and converts the values it is given', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io',
      NEO4J_PASSWORD: '長い密碼-𠀀-secret',
      PORT: '8080',
      API_READS_OPEN: 'false',
      API_READ_TOKEN: 'r'.repeat(16),
      CYPHER_ROW_LIMIT: '100',
    });
    expect(config.neo4j.uri).toBe('neo4j+s://abcd1234.databases.neo4j.io');
    expect(config.neo4j.password).toBe('長い密碼-𠀀-secret');
    expect(config.api).toMatchObject({ port: 8080, readsOpen: false, readToken: 'r'.repeat(16) });
    expect(config.cypher.rowLimit).toBe(100);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).api.port).toBe(3000);
  });

  it('names every bad variable in one error', () => {
    const attempt = () =>
      loadConfig({ NEO4J_URI: 'http://localhost:7474', PORT: '70000', CYPHER_TIMEOUT_MS: '-5', API_READS_OPEN: 'maybe' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const issues = (error as ConfigError).issues.map((issue) => issue.variable).sort();
      expect(issues).toEqual(['API_READS_OPEN', 'CYPHER_TIMEOUT_MS', 'NEO4J_URI', 'PORT']);
      expect((error as ConfigError).message).toMatch(/NEO4J_URI: expected a Bolt URI/);
      expect((error as ConfigError).code).toBe('CONFIG_INVALID');
    }
  });

  it('requires a read token when reads are closed', () => {
    expect(() => loadConfig({ API_READS_OPEN: 'false' })).toThrow(/API_READ_TOKEN: required when API_READS_OPEN is false/);
  });

  it('rejects tokens too short to be secret and passwords Neo4j would refuse', () => {
    expect(() => loadConfig({ API_WRITE_TOKEN: 'abc' })).toThrow(/API_WRITE_TOKEN/);
    expect(() => loadConfig({ NEO4J_PASSWORD: 'neo4j' })).toThrow(/NEO4J_PASSWORD/);
  });

  it('reads named reviewers and refuses short, unnamed or shared tokens', () => {
    const two = loadConfig({ API_REVIEWERS: `王工=${'a'.repeat(16)}, 李研究员=${'b'.repeat(20)}` });
    expect(two.api.reviewers).toEqual([
      { name: '王工', token: 'a'.repeat(16) },
      { name: '李研究员', token: 'b'.repeat(20) },
    ]);
    expect(loadConfig({}).api.reviewers).toEqual([]);
    expect(() => loadConfig({ API_REVIEWERS: '王工=short' })).toThrow(/API_REVIEWERS.*at least 16 characters/);
    expect(() => loadConfig({ API_REVIEWERS: `${'a'.repeat(16)}` })).toThrow(/API_REVIEWERS/);
    expect(() => loadConfig({ API_REVIEWERS: `王工=${'a'.repeat(16)},李=${'a'.repeat(16)}` })).toThrow(/of their own/);
  });

  it('reads named readers and admins as it reads reviewers', () => {
    const config = loadConfig({ API_READERS: `张三=${'r'.repeat(16)}`, API_ADMINS: `运维=${'w'.repeat(16)}` });
    expect(config.api.readers).toEqual([{ name: '张三', token: 'r'.repeat(16) }]);
    expect(config.api.admins).toEqual([{ name: '运维', token: 'w'.repeat(16) }]);
    expect(() => loadConfig({ API_ADMINS: '运维=short' })).toThrow(/API_ADMINS: "运维…": expected name=token with a token of at least 16 characters/);
    expect(() => loadConfig({ API_READERS: `张三=${'a'.repeat(16)},张三=${'b'.repeat(16)}` })).toThrow(/API_READERS: "张三": each reader needs/);
  });

  it('opens closed reads with named readers instead of the read token', () => {
    expect(loadConfig({ API_READS_OPEN: 'false', API_READERS: `张三=${'r'.repeat(16)}` }).api.readsOpen).toBe(false);
  });

  it('refuses a token in two roles and a name given to two tokens', () => {
    const shared = 's'.repeat(16);
    expect(() => loadConfig({ API_REVIEWERS: `王工=${shared}`, API_ADMINS: `运维=${shared}` })).toThrow(/API_ADMINS: "运维": the same token is in API_REVIEWERS/);
    expect(() => loadConfig({ API_READ_TOKEN: shared, API_READERS: `张三=${shared}` })).toThrow(/API_READERS: "张三": the same token is in API_READ_TOKEN/);
    expect(() => loadConfig({ API_WRITE_TOKEN: shared, API_ADMINS: `运维=${shared}` })).toThrow(/API_WRITE_TOKEN/);
    expect(() => loadConfig({ API_REVIEWERS: `王工=${'a'.repeat(16)}`, API_ADMINS: `王工=${'b'.repeat(16)}` })).toThrow(/API_ADMINS: "王工": the name is already API_REVIEWERS's/);
    expect(() => loadConfig({ API_ADMINS: `admin=${'a'.repeat(16)}`, API_WRITE_TOKEN: 'b'.repeat(16) })).toThrow(/API_WRITE_TOKEN: "admin"/);
  });

  it('ignores variables it does not know', () => {
    expect(() => loadConfig({ PATH: '/usr/bin', HOME: '/root' })).not.toThrow();
  });

  it('reads the log level and the rate limits, naming a level it does not know', () => {
    const config = loadConfig({ LOG_LEVEL: 'debug', RATE_LIMIT_WINDOW_MS: '10000', RATE_LIMIT_REQUESTS: '50', RATE_LIMIT_CONSOLE: '5', RATE_LIMIT_UPLOADS: '2' });
    expect(config.logLevel).toBe('debug');
    expect(config.rateLimit).toEqual({ windowMs: 10_000, requests: 50, console: 5, uploads: 2 });
    expect(loadConfig({}).rateLimit).toEqual({ windowMs: 60_000, requests: 1_200, console: 60, uploads: 60 });
    expect(() => loadConfig({ LOG_LEVEL: 'loud', RATE_LIMIT_REQUESTS: '0' })).toThrow(/LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent.*RATE_LIMIT_REQUESTS/);
  });
});
