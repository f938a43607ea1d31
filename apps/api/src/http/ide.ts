import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';

type Next = (error?: unknown) => void;

// The IDE's files, from node_modules: nothing comes from a CDN.
const ASSETS: Record<string, [string, string, string]> = {
  '/ide/react.js': ['react', 'umd/react.production.min.js', 'text/javascript'],
  '/ide/react-dom.js': ['react-dom', 'umd/react-dom.production.min.js', 'text/javascript'],
  '/ide/graphiql.js': ['graphiql', 'dist/index.umd.js', 'text/javascript'],
  '/ide/graphiql.css': ['graphiql', 'dist/style.css', 'text/css'],
};

/** The fallback page's one inline script; the Content-Security-Policy allows it by its hash. */
export const FALLBACK_IDE_SCRIPT = `
  const fetcher = GraphiQL.createFetcher({ url: '/graphql' });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(React.createElement(GraphiQL, { fetcher }));
`;

const FALLBACK_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>GraphiQL · policy-graph</title>
<link rel="icon" href="data:,"><link rel="stylesheet" href="/ide/graphiql.css">
<style>html,body,#graphiql{height:100%;margin:0}</style></head>
<body><div id="graphiql">Loading…</div>
<script src="/ide/react.js"></script><script src="/ide/react-dom.js"></script><script src="/ide/graphiql.js"></script>
<script>${FALLBACK_IDE_SCRIPT}</script></body></html>`;

const packageDir = (name: string) => dirname(require.resolve(`${name}/package.json`));

const wantsHtml = (req: IncomingMessage) => req.method === 'GET' && /text\/html/.test(req.headers.accept ?? '');

// GET /graphql from a browser gets the IDE: the web build's graphiql.html when built, else a minimal page.
export function ideMiddleware(webDir: string | null) {
  const built = webDir ? join(webDir, 'graphiql.html') : null;
  return (req: IncomingMessage, res: ServerResponse, next: Next): void => {
    const path = (req.url ?? '').split('?')[0];
    const asset = ASSETS[path];
    if (asset && req.method === 'GET') {
      res.writeHead(200, { 'content-type': `${asset[2]}; charset=utf-8`, 'cache-control': 'public, max-age=3600' });
      res.end(readFileSync(join(packageDir(asset[0]), asset[1])));
      return;
    }
    if ((path === '/graphql' || path === '/graphql/') && wantsHtml(req)) {
      const page = built && existsSync(built) ? readFileSync(built, 'utf8') : FALLBACK_PAGE;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page);
      return;
    }
    next();
  };
}
