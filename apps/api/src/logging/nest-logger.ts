import type { Logger } from '@policy-graph/config';
import { Logger as PinoNestLogger, PinoLogger, type Params } from 'nestjs-pino';

// Nest's messages below warn are its start-up account (modules loaded, routes mapped): left out.
class NestWarnings extends PinoNestLogger {
  override log(): void {
    return;
  }
  override verbose(): void {
    return;
  }
  override debug(): void {
    return;
  }
}

/**
 * Nest's logger (its own warnings and errors, and every `new Logger(context)` in the API) writing to
 * the API's pino logger. No request-scoped context is kept (that would take AsyncLocalStorage, whose
 * promise hooks slow every await): the request log line carries the request id.
 */
export function nestLoggerOf(logger: Logger): PinoNestLogger {
  const params: Params = { pinoHttp: { logger } };
  return new NestWarnings(new PinoLogger(params), params);
}
