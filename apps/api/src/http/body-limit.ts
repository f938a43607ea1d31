import type { IncomingMessage, ServerResponse } from 'node:http';
import { recordErrors } from '../logging/request-record';

interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
  length?: number;
  message?: string;
}

// Body-parser failures answered as GraphQL-shaped JSON, so clients read extensions.code as for any error.
export function bodyErrorHandler(limitBytes: number) {
  return (error: BodyParserError, req: IncomingMessage, res: ServerResponse, next: (e?: unknown) => void): void => {
    if (!error || !error.type) return next(error);
    const tooLarge = error.type === 'entity.too.large';
    const message = tooLarge
      ? `The request body has ${error.length ?? 'more than'} bytes; the limit is ${limitBytes} (BODY_LIMIT_BYTES).`
      : `The request body is not valid JSON: ${error.message}`;
    const code = tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    recordErrors(req, [code]);
    res.writeHead(tooLarge ? 413 : 400, { 'content-type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
  };
}
