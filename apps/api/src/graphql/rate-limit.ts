import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { ThrottlerStorageService } from '@nestjs/throttler';
import { GraphQLError } from 'graphql';
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiOptions } from '../api-options';
import { callerOf, type Caller } from '../auth/callers';
import { bearerToken } from '../auth/tokens';
import { recordErrors } from '../logging/request-record';
import { errorsByCode, rateLimited } from '../metrics/metrics';
import type { GqlContext } from './request-context';
import { CONSOLE_FIELDS, fragmentsOf, selectsField } from './post-only';

export interface RateLimits {
  windowMs: number;
  /** every GraphQL request */
  requests: number;
  /** requests that run a console query */
  console: number;
  /** uploads: mutations that extract and write documents, and POST /uploads */
  uploads: number;
}

// Mutations that extract and write documents: the costliest thing a caller can ask for.
export const UPLOAD_FIELDS: ReadonlySet<string> = new Set(['ingestDocument', 'startIngestJob', 'retryIngestJob']);

type Limit = 'requests' | 'console' | 'uploads';

const WHAT: Record<Limit, string> = {
  requests: 'requests',
  console: 'console queries (cypher, runSavedQuery)',
  uploads: 'uploads (ingestDocument, startIngestJob, retryIngestJob, POST /uploads)',
};

type Request = GqlContext['req'];

export interface Refusal {
  limit: Limit;
  message: string;
  retryAfterSeconds: number;
}

/**
 * Requests per caller and window in @nestjs/throttler's sliding-window storage, with stricter limits
 * for console queries and uploads. Counts are per process: each `kg serve` worker keeps its own.
 */
export class RateLimiter {
  private readonly storage = new ThrottlerStorageService();

  constructor(
    private readonly limits: RateLimits,
    private readonly callers: readonly Caller[],
  ) {}

  /**
   * Who a request counts against: a token the server knows (so the people behind one address, a
   * proxy or an office, each have their own allowance), else the address. An unknown token counts as
   * its address, so inventing tokens buys nothing. Keys are hashed: no token is kept as it is.
   */
  trackerOf(req: Request): string {
    const caller = callerOf(this.callers, bearerToken(req?.headers));
    const who = caller ? `token:${caller.token}` : `address:${req?.ip ?? req?.socket?.remoteAddress ?? 'unknown'}`;
    return createHash('sha256').update(who).digest('base64url');
  }

  /** Counts one request against `limit`; a refusal when the caller is over it. */
  async hit(limit: Limit, tracker: string): Promise<Refusal | null> {
    const max = this.limits[limit];
    const { isBlocked, timeToBlockExpire } = await this.storage.increment(`${limit}:${tracker}`, this.limits.windowMs, max, 0, limit);
    if (!isBlocked) return null;
    rateLimited.inc({ limit });
    const retryAfterSeconds = Math.max(1, timeToBlockExpire);
    const message =
      `Too many requests: one caller (a token, or an address without one) may send ${max} ${WHAT[limit]} ` +
      `every ${this.limits.windowMs / 1000} s; try again in ${retryAfterSeconds} s.`;
    return { limit, message, retryAfterSeconds };
  }
}

const limiters = new WeakMap<ApiOptions, RateLimiter>();

/** The app's one limiter (GraphQL and POST /uploads count in the same storage). */
export function rateLimiterOf(options: ApiOptions): RateLimiter {
  let limiter = limiters.get(options);
  if (!limiter) limiters.set(options, (limiter = new RateLimiter(options.rateLimit, options.callers)));
  return limiter;
}

function tooManyRequests({ limit, message, retryAfterSeconds }: Refusal): GraphQLError {
  return new GraphQLError(message, {
    extensions: {
      code: 'TOO_MANY_REQUESTS',
      limit,
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}

/**
 * Over the console or upload limit, a GraphQL request is answered 429 TOO_MANY_REQUESTS with
 * Retry-After once its operation is known, before it runs (the limit on all requests is
 * httpRateLimit's, in front of GraphQL).
 */
export function rateLimitPlugin(limiter: RateLimiter): ApolloServerPlugin<GqlContext> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didResolveOperation({ operation, document }) {
          if (!operation) return;
          const fragments = fragmentsOf(document);
          let costly: Limit | null = null;
          if (operation.operation === 'query' && selectsField(operation.selectionSet, fragments, CONSOLE_FIELDS)) costly = 'console';
          if (operation.operation === 'mutation' && selectsField(operation.selectionSet, fragments, UPLOAD_FIELDS)) costly = 'uploads';
          const over = costly && (await limiter.hit(costly, limiter.trackerOf(contextValue.req)));
          if (over) throw tooManyRequests(over);
        },
      };
    },
  };
}

/**
 * Counts each request against the caller's `limits` before its body is even read; over one it is
 * answered 429 TOO_MANY_REQUESTS with Retry-After and a GraphQL-shaped error, whatever it asked.
 */
export function httpRateLimit(limiter: RateLimiter, limits: readonly Limit[], methods: readonly string[] = ['GET', 'POST']) {
  return (req: IncomingMessage & { ip?: string }, res: ServerResponse, next: (error?: unknown) => void): void => {
    if (!methods.includes(req.method ?? '')) return next();
    const tracker = limiter.trackerOf(req);
    const check = async () => {
      for (const limit of limits) {
        const refused = await limiter.hit(limit, tracker);
        if (refused) return refused;
      }
      return null;
    };
    check().then((refused) => {
      if (!refused) return next();
      errorsByCode.inc({ code: 'TOO_MANY_REQUESTS' });
      recordErrors(req, ['TOO_MANY_REQUESTS']);
      const { limit, message, retryAfterSeconds } = refused;
      res.writeHead(429, { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(retryAfterSeconds) });
      res.end(JSON.stringify({ errors: [{ message, extensions: { code: 'TOO_MANY_REQUESTS', limit, retryAfterSeconds } }] }));
    }, next);
  };
}
