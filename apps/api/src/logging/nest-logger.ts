import type { LoggerService } from '@nestjs/common';
import type { Logger } from '@policy-graph/config';

type Level = 'warn' | 'error' | 'fatal';

// An exception handler's second argument: a stack trace rather than a word of context.
const isStack = (value: unknown): value is string => typeof value === 'string' && /\n\s*at /.test(value);

/**
 * Nest's logger (its own warnings and errors, and every `new Logger(context)` in the API) writing to
 * the API's pino logger, as JSON lines with `context` and, for an error, `err` with its stack.
 * Messages below warn are left out: they are Nest's start-up account (modules loaded, routes mapped).
 * No request-scoped context is kept (that would take AsyncLocalStorage, whose promise hooks slow
 * every await): the request log line carries the request id.
 */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(): void {
    return;
  }
  verbose(): void {
    return;
  }
  debug(): void {
    return;
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  // Nest's Logger passes its context last; before it, an exception handler may pass a stack.
  private write(level: Level, message: unknown, params: unknown[]): void {
    const fields: Record<string, unknown> = {};
    const context = params.length ? params[params.length - 1] : undefined;
    if (context !== undefined) fields['context'] = context;
    const [stack] = params.slice(0, -1);
    if (message instanceof Error) {
      this.logger[level]({ ...fields, err: message }, message.message);
    } else if (typeof message === 'object' && message !== null) {
      this.logger[level]({ ...message, ...fields });
    } else if (isStack(stack)) {
      const err = new Error(String(message));
      err.stack = stack;
      this.logger[level]({ ...fields, err }, String(message));
    } else {
      this.logger[level](fields, String(message));
    }
  }
}

export const nestLoggerOf = (logger: Logger): NestPinoLogger => new NestPinoLogger(logger);
