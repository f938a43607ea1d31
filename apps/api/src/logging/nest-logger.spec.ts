import { Injectable, Logger, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createLogger } from '@policy-graph/config';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { LoggingModule } from './logging.module';
import { NestLogger } from './nest-logger';

// A module's own logger, injected as the API's modules take theirs.
@Injectable()
class Graph {
  constructor(@InjectPinoLogger('graph') readonly logger: PinoLogger) {}
}

// The API's logging module in a Nest context, with Nest's own Logger in front of it as in the API:
// contexts and stacks arrive as Nest passes them. nestjs-pino keeps one root logger per process, so
// the file shares one context and one list of lines.
const lines: Record<string, unknown>[] = [];
const destination = { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
let context: INestApplicationContext;

beforeAll(async () => {
  const logger = createLogger({ level: 'trace', name: 'policy-graph-api', destination });
  context = await NestFactory.createApplicationContext(
    { module: class LoggingSpec {}, imports: [LoggingModule.forRoot(logger)], providers: [Graph] },
    { logger: false },
  );
});

beforeEach(() => {
  lines.length = 0;
  Logger.overrideLogger(context.get(NestLogger));
});

afterEach(() => Logger.overrideLogger(false));
afterAll(() => context.close());

describe('Nest logger on nestjs-pino', () => {
  it('writes a warning as a JSON line with its context', () => {
    new Logger('graph').warn('Neo4j unavailable: connection refused');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', name: 'policy-graph-api', context: 'graph', msg: 'Neo4j unavailable: connection refused' }),
    ]);
  });

  it('writes a thrown error with its stack, whether Nest passes the error or its message and stack', () => {
    const error = new Error('resolver failed');
    new Logger('ExceptionsHandler').error(error);
    Logger.error('Error happened during shutdown', error.stack, 'NestApplicationContext');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ level: 'error', context: 'ExceptionsHandler', msg: 'resolver failed', err: { message: 'resolver failed' } });
    expect(lines[1]).toMatchObject({ level: 'error', context: 'NestApplicationContext', msg: 'Error happened during shutdown' });
    expect((lines[1]['err'] as { stack: string }).stack).toBe(error.stack);
  });

  it("leaves out messages below warn (Nest's start-up account)", () => {
    const logger = new Logger('RoutesResolver');
    logger.log('GraphQL mapped');
    logger.debug('detail');
    logger.verbose('more detail');
    logger.fatal('out of memory');
    expect(lines).toEqual([expect.objectContaining({ level: 'fatal', context: 'RoutesResolver', msg: 'out of memory' })]);
  });

  it('never writes a password passed in a logged object', () => {
    new Logger('graph').error({ msg: 'login failed', password: 'secret-7731' });
    expect(JSON.stringify(lines)).not.toContain('secret-7731');
    expect(lines[0]).toMatchObject({ context: 'graph', password: '[redacted]' });
  });

  it("writes an injected PinoLogger's lines to the same logger, with its context and redaction", () => {
    const { logger } = context.get(Graph);
    logger.warn({ token: 'tok-5521' }, 'Neo4j is down: connection refused');
    expect(lines).toEqual([
      expect.objectContaining({ level: 'warn', name: 'policy-graph-api', context: 'graph', token: '[redacted]', msg: 'Neo4j is down: connection refused' }),
    ]);
  });
});
