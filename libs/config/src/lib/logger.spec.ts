import { createLogger } from './logger';

function capture(level: 'info' | 'warn' = 'info') {
  const lines: Array<Record<string, unknown>> = [];
  const logger = createLogger({ level, name: 'test', destination: { write: (line: string) => lines.push(JSON.parse(line)) } });
  return { logger, lines };
}

describe('createLogger', () => {
  it('writes one JSON object a line with a named level, an ISO time and the name', () => {
    const { logger, lines } = capture();
    logger.info({ durationMs: 5 }, 'done');
    expect(lines).toEqual([expect.objectContaining({ level: 'info', name: 'test', msg: 'done', durationMs: 5, pid: process.pid })]);
    expect(lines[0].time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('redacts tokens, passwords and authorization headers wherever a key names them', () => {
    const { logger, lines } = capture();
    logger.info({
      req: { headers: { authorization: 'Bearer secret-token-1', cookie: 'sid=secret-cookie' } },
      neo4j: { uri: 'neo4j://x', password: 'secret-password' },
      config: { api: { token: 'secret-token-2' } },
      token: 'secret-token-3',
    });
    const text = JSON.stringify(lines);
    for (const secret of ['secret-token-1', 'secret-cookie', 'secret-password', 'secret-token-2', 'secret-token-3']) expect(text).not.toContain(secret);
    expect(lines[0]).toMatchObject({ neo4j: { uri: 'neo4j://x', password: '[redacted]' }, token: '[redacted]' });
  });

  it('leaves out what is below its level', () => {
    const { logger, lines } = capture('warn');
    logger.info('quiet');
    logger.warn('loud');
    expect(lines.map((l) => l.msg)).toEqual(['loud']);
  });
});
