// The local GraphQL IDE: GraphiQL bundled here because the machine has no CDN to load it from.
// GraphiQL's Monaco editors run their language services in web workers that Vite must bundle ahead of time.
import 'graphiql/setup-workers/vite';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

// A plain POST fetcher: queries and mutations only, which is all the API offers.
async function fetcher(params: unknown): Promise<unknown> {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(params),
  });
  return res.json();
}
const defaultQuery = `# policy-graph: Chinese, pinyin (quanyumeili) or initials (qyml) all find a slogan
query Search {
  search(text: "全域美丽", limit: 5) {
    id
    type
    name
    context
  }
}
`;

const root = document.getElementById('graphiql');
if (root) createRoot(root).render(createElement(GraphiQL, { fetcher: fetcher as never, defaultQuery }));
