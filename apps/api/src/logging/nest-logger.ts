import { Injectable } from '@nestjs/common';
import { Logger } from 'nestjs-pino';

/**
 * Nest's logger (its own warnings and errors, and every `new Logger(context)` in the API) on
 * nestjs-pino: JSON lines of the API's pino logger with `context` and, for an error, `err` with its
 * stack. Messages below warn are left out: they are Nest's start-up account (modules loaded, routes
 * mapped), a dozen lines per worker at every start.
 */
@Injectable()
export class NestLogger extends Logger {
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
