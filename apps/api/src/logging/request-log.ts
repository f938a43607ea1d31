import type { Logger } from '@policy-graph/config';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { pinoHttp } from 'pino-http';
import { recordOf } from './request-record';

// A caller's own id is kept when it looks like one (a UUID, a trace id), so its logs and ours join up.
const REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

const requestIdOf = (req: IncomingMessage): string => {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
};

// Only the path: a GET's query string carries the query and its variables, which are the caller's business.
const pathOf = (url: string | undefined) => (url ?? '').split('?')[0];

function bytesOf(res: ServerResponse): number | undefined {
  const length = Number(res.getHeader('content-length'));
  return Number.isFinite(length) ? length : undefined;
}

const isOurFault = (req: IncomingMessage) => recordOf(req).errorCodes?.includes('INTERNAL_SERVER_ERROR') ?? false;

/**
 * One JSON line per HTTP request when its answer is sent: request id (the caller's x-request-id or a
 * new one, returned in the x-request-id header), method, path, address, status, duration, answer
 * size in bytes, and for GraphQL the operation, its Neo4j transactions and the codes of its errors.
 * No header, query text or variable is logged, so no token or password can be.
 */
export function requestLog(logger: Logger) {
  return pinoHttp({
    logger,
    quietReqLogger: true,
    genReqId(req, res) {
      const id = requestIdOf(req);
      res.setHeader('x-request-id', id);
      return id;
    },
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage & { id?: string }) => ({
        method: req.method,
        path: pathOf(req.url),
        remoteAddress: req.socket?.remoteAddress,
      }),
      res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
    },
    customLogLevel(req, res, err) {
      if (err || res.statusCode >= 500 || isOurFault(req)) return 'error';
      if (res.statusCode >= 400 || recordOf(req).errorCodes?.length) return 'warn';
      return 'info';
    },
    customSuccessMessage: () => 'request',
    customErrorMessage: () => 'request failed',
    // the request id is already bound to the line (quietReqLogger), as requestId
    customSuccessObject: (req, res, fields) => ({ ...fields, bytes: bytesOf(res), ...recordOf(req) }),
    customErrorObject: (req, res, _error, fields) => ({ ...fields, bytes: bytesOf(res), ...recordOf(req) }),
  });
}
