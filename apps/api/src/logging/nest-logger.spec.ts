import { Logger } from '@nestjs/common';
import { createLogger } from '@policy-graph/config';
import { nestLoggerOf } from './nest-logger';

// Nest's own Logger in front of the adapter, as in the API: contexts and stacks arrive as Nest passes them.
function capture() {
  const lines: Record<string, unknown>[] = [];
  const destination = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
  Logger.overrideLogger(nestLoggerOf(createLogger({ level: 'trace', name: 'policy-graph-api', destination })));
  return lines;
}

afterEach(() => Logger.overrideLogger(false));

describe('Nest logger on pino', () => {
  it('writes a warning as a JSON line with its context', () => {
    const lines = capture();
    new Logger('graph').warn('Neo4j unavailable: connection refused');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', name: 'policy-graph-api', context: 'graph', msg: 'Neo4j unavailable: connection refused' }),
    ]);
  });

  it('writes a thrown error with its stack, whether Nest passes the error or its message and stack', () => {
    const lines = capture();
    const error = new Error('resolver failed');
    new Logger('ExceptionsHandler').error(error);
    Logger.error('Error happened during shutdown', error.stack, 'NestApplicationContext');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 'error', context: 'ExceptionsHandler', msg: 'resolver failed', err: { message: 'resolver failed' } });
    expect(lines[1]).toMatchObject({ level: 'error', context: 'NestApplicationContext', msg: 'Error happened during shutdown' });
    expect((lines[1]['err'] as { stack: string }).stack).toBe(error.stack);
  });

  it("leaves out messages below warn (Nest's start-up account)", () => {
    const lines = capture();
    const logger = new Logger('RoutesResolver');
    logger.log('GraphQL mapped');
    logger.debug('detail');
    logger.verbose('more detail');
    logger.fatal('out of memory');
    expect(lines).toEqual([expect.objectContaining({ level: 'fatal', context: 'RoutesResolver', msg: 'out of memory' })]);
  });

  it('never writes a password passed in a logged object', () => {
    const lines = capture();
    new Logger('graph').error({ msg: 'login failed', password: 'secret-7731' });
    expect(JSON.stringify(lines)).not.toContain('secret-7731');
    expect(lines[0]).toMatchObject({ context: 'graph', password: '[redacted]' });
  });
});
