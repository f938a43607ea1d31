import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { createLogger } from '@policy-graph/config';
import { existsSync } from 'node:fs';
import { ApiDeps, ApiModule } from './api.module';
import { GraphqlErrorFilter } from './graphql/client-error-filter';
import { bodyErrorHandler } from './http/body-limit';
import { ideMiddleware } from './http/ide';
import { jsonDepthGuard } from './http/json-depth';
import { securityHeaders } from './http/security-headers';
import { BOOKMARK_HEADER } from './neo4j/request-session';
import { NestLogger } from './logging/nest-logger';
import { requestLog } from './logging/request-log';
import { joinClusterMetrics } from './metrics/cluster-metrics';
import { readPoolUseFrom } from './metrics/metrics';
import { httpRateLimit, rateLimiterOf } from './graphql/rate-limit';

const KEEP_ALIVE_MS = 65_000;

export interface RunningApi {
  app: NestExpressApplication;
  url: string;
  close(): Promise<void>;
}

// Builds the Nest app: the request log, body size limit, the IDE, the built web page at /, GraphQL at
// /graphql, /health, /metrics. Signals are the caller's (kg serve closes the app, then the driver): no
// Nest shutdown hooks.
export async function createApiApp(deps: ApiDeps): Promise<NestExpressApplication> {
  const logger = createLogger({ level: deps.options.logLevel, name: 'policy-graph-api', sync: false });
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(deps, logger), {
    bodyParser: false,
    bufferLogs: true,
  });
  app.useLogger(app.get(NestLogger));
  readPoolUseFrom(() => deps.executor.poolUse());
  joinClusterMetrics();
  // first, so every request is logged, those refused by the handlers below too
  app.use(requestLog(logger));
  // before a body is read: a caller over its limit is turned away at the least cost
  const limiter = rateLimiterOf(deps.options);
  app.use('/graphql', httpRateLimit(limiter, ['requests']));
  app.use('/uploads', httpRateLimit(limiter, ['requests', 'uploads'], ['POST']));
  // GraphQL answers are POST responses: an ETag would hash every body for nothing.
  app.set('etag', false);
  app.disable('x-powered-by');
  app.useGlobalFilters(new GraphqlErrorFilter(app.getHttpAdapter()));
  app.use(securityHeaders());
  // Closed unless origins are configured: the page is served from the API's own origin.
  if (deps.options.corsOrigins.length) app.enableCors({ origin: deps.options.corsOrigins, methods: ['GET', 'POST'], exposedHeaders: [BOOKMARK_HEADER] });
  app.useBodyParser('json', { limit: deps.options.bodyLimitBytes });
  app.use(bodyErrorHandler(deps.options.bodyLimitBytes));
  app.use(jsonDepthGuard());
  app.use(ideMiddleware(deps.options.webDir));
  if (deps.options.webDir && existsSync(deps.options.webDir)) {
    app.useStaticAssets(deps.options.webDir, { index: 'index.html', fallthrough: true });
  }
  return app;
}

export async function startApi(deps: ApiDeps): Promise<RunningApi> {
  const app = await createApiApp(deps);
  await app.listen(deps.options.port, deps.options.host);
  // Node closes an idle kept-alive connection after 5 s, and a client (or a proxy, whose idle timeout is
  // commonly 60 s) that reuses it just then gets a reset. Idle connections stay open longer than that.
  const server = app.getHttpServer();
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1_000;
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : deps.options.port;
  const host = deps.options.host.includes(':') ? `[${deps.options.host}]` : deps.options.host;
  return { app, url: `http://${host}:${port}`, close: () => app.close() };
}
