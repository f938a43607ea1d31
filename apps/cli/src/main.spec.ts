import { main } from './main';

describe('main', () => {
  let stdout: string[];
  let stderr: string[];
  beforeEach(() => {
    stdout = [];
    stderr = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0);
    jest.spyOn(process.stderr, 'write').mockImplementation((chunk) => stderr.push(String(chunk)) > 0);
  });
  afterEach(() => jest.restoreAllMocks());

  it('lists every registered command in help', async () => {
    expect(await main(['help'], {})).toBe(0);
    const text = stdout.join('');
    for (const name of ['neo4j', 'migrate', 'help']) expect(text).toMatch(new RegExp(`^${name} `, 'm'));
  });

  it('exits with 2 and a hint on an unknown command', async () => {
    expect(await main(['frobnicate'], {})).toBe(2);
    expect(stderr.join('')).toContain('unknown command "frobnicate"');
  });

  it('exits with 2 and the usage on an unknown option', async () => {
    expect(await main(['neo4j', 'start', '--hoem', '/tmp/x'], {})).toBe(2);
    expect(stderr.join('')).toMatch(/--hoem[\s\S]*usage:[\s\S]*kg neo4j start/);
  });

  it('names a bad environment variable before touching Neo4j', async () => {
    expect(await main(['migrate'], { NEO4J_URI: 'localhost:7687' })).toBe(1);
    expect(stderr.join('')).toMatch(/kg migrate: \[CONFIG_INVALID\].*NEO4J_URI/);
  });

  it('rejects a port that is not a port', async () => {
    expect(await main(['neo4j', 'start', '--port', '99999'], {})).toBe(2);
    expect(stderr.join('')).toContain('--port expects a port number');
  });
});
