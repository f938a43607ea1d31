import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';

type Next = (error?: unknown) => void;

// GraphiQL ships only as ES modules with Monaco web workers, so it exists only in the web build;
// without that build a browser gets a page saying how to make it (POST /graphql works either way).
const UNBUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>GraphiQL · policy-graph</title><link rel="icon" href="data:,"></head>
<body><h1>GraphiQL is not built</h1>
<p>The GraphQL IDE is part of the web build: run <code>npx nx run web:build</code> and reload.
Queries can still be POSTed to <code>/graphql</code>.</p></body></html>`;

const wantsHtml = (req: IncomingMessage) => req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '');

// GET /graphql from a browser gets the IDE: the web build's graphiql.html when built, else how to build it.
export function ideMiddleware(webDir: string | null) {
  const built = webDir ? join(webDir, 'graphiql.html') : null;
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const path = (req.url ?? '').split('?')[0];
    if ((path === '/graphql' || path === '/graphql/') && wantsHtml(req)) {
      const page = built && existsSync(built) ? readFileSync(built, 'utf8') : UNBUILT_PAGE;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
      return;
    }
    next();
  };
}
