import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from '@policy-graph/config';
import { LoggerModule } from 'nestjs-pino';
import { NestLogger } from './nest-logger';

/**
 * The API's logger in Nest: nestjs-pino's Logger (Nest's own messages and `new Logger(context)`) and
 * PinoLogger (`@InjectPinoLogger(context)`), both writing to `logger`. nestjs-pino mounts no request
 * middleware here: Nest mounts module middleware after the app's own (the rate limit, the body
 * limit, the JSON depth guard), so the requests those turn away would go unlogged; the request log is
 * request-log.ts, mounted first. Its per-request logger context is left out too: it runs every
 * request in AsyncLocalStorage, whose promise hooks cost about 9% more CPU per GraphQL request on
 * Node 20, and the request's line already carries its id.
 */
@Module({})
export class LoggingModule {
  static forRoot(logger: Logger): DynamicModule {
    return {
      module: LoggingModule,
      global: true,
      imports: [LoggerModule.forRoot({ pinoHttp: { logger }, forRoutes: [] })],
      providers: [NestLogger],
      exports: [NestLogger],
    };
  }
}
