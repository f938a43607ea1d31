import { type ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import type { GqlContextType } from '@nestjs/graphql';
import { GraphQLError } from 'graphql';

// Codes a caller causes: the request's log line names them (no stack); anything else is a fault of ours.
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'UNAUTHENTICATED', 'FORBIDDEN', 'CYPHER_REJECTED', 'CYPHER_FAILED', 'QUERY_TIMEOUT',
  'QUERY_TOO_COMPLEX', 'PAYLOAD_TOO_LARGE', 'INGEST_FAILED', 'TOO_MANY_REQUESTS', 'METHOD_NOT_ALLOWED', 'DATABASE_UNAVAILABLE',
]);

/**
 * Nest logs every error a resolver throws at ERROR with its stack, so each refused query would
 * flood the log. Client errors are handed to GraphQL as they are, their codes logged on the request's
 * line; a fault of ours is logged with its stack.
 */
@Catch()
export class GraphqlErrorFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('request');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    const code = exception instanceof GraphQLError ? (exception.extensions.code as string | undefined) : undefined;
    if (!code || !CLIENT_CODES.has(code)) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    throw exception;
  }
}
