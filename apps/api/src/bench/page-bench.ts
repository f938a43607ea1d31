// Single-client latency of every request the explorer page sends and of every saved query, on the graph
// at NEO4J_URI: p50/p95/max of --runs warm requests each, then the first request of each after the API
// is started again (a fresh `kg serve`, its warm-up racing the request as it would in use).
//   node dist/node/apps/api/src/bench/page-bench.js [--url http://host:port] [--runs 30] [--place 杭州市] [--slogan 最多跑一次]
// --url: a running API (then no restart is measured); else it starts `kg serve` itself (API_WORKERS workers).
import { parseArgs } from 'node:util';
import { startServer } from './server';

const { values } = parseArgs({
  options: { url: { type: 'string' }, runs: { type: 'string', default: '30' }, place: { type: 'string', default: '杭州市' }, slogan: { type: 'string', default: '最多跑一次' } },
});
const RUNS = Number(values.runs);
// one client sending hundreds of console queries a minute: the server it starts lets it (a server
// at --url needs RATE_LIMIT_REQUESTS and RATE_LIMIT_CONSOLE as high)
const SERVER_ENV = { ...process.env, RATE_LIMIT_REQUESTS: '1000000', RATE_LIMIT_CONSOLE: '1000000' };
const PLACE = String(values.place);
const SLOGAN = String(values.slogan);

interface Request {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

type Answer = Record<string, unknown>;

async function gql(url: string, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: Answer; errors?: Array<{ message: string }> };
  if (res.status !== 200 || body.errors?.length || !body.data) throw new Error(`HTTP ${res.status}: ${body.errors?.[0]?.message ?? 'no data'}`);
  return body.data;
}

// The texts of apps/web/src/api/operations.ts and apps/web/src/body/body-api.ts, as the page sends them.
const GRAPH = `nodes { data { id label type level years properties } } edges { data { id source target label type years properties } }`;
const PLACE_REF = 'id name level';
const ADOPTER = `body { ${PLACE_REF} } level district city province years firstYear reportYears`;
const TRACE_NODE = 'id name type';
const RESULT = `columns rows rowCount offset totalCount truncated truncatedBy rowLimit durationMs elements { ${GRAPH} }`;
// the console's page of a saved query's answer (PAGE in apps/web/src/ui/cypher-console.ts)
const SAVED_PAGE = { first: 500, offset: 0 };
const OUTCOME = 'id text metric value unit status year sentence documentId documentTitle documentYear start end page project { id name }';

async function pageRequests(url: string): Promise<Request[]> {
  const hits = (await gql(url, `query($t: String!) { search(text: $t, limit: 12) { id type name } }`, { t: PLACE })).search as Array<{ id: string; type: string; name: string }>;
  const place = hits.find((h) => h.type === 'Place' && h.name === PLACE) ?? hits.find((h) => h.name === PLACE);
  if (!place) throw new Error(`no place ${PLACE} in the graph`);
  const slogan = (await gql(url, `query($n: String!) { slogan(name: $n) { id } }`, { n: SLOGAN })).slogan as { id: string } | null;
  if (!slogan) throw new Error(`no slogan ${SLOGAN} in the graph`);
  const body = (await gql(url, `query($c: String!) { body(code: $c) { documents(first: 200) { nodes { id year } } } }`, { c: place.id })).body as {
    documents: { nodes: Array<{ id: string; year: number | null }> };
  };
  const years = [...new Set(body.documents.nodes.map((d) => d.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const document = body.documents.nodes.find((d) => d.year === years[years.length - 1]);
  if (!document || years.length < 2) throw new Error(`${PLACE} needs reports of two years or more`);
  const year = years[years.length - 1];
  const compare = years.slice(1).map((y, i) => `y${i}: compare(body: $body, yearA: ${years[i]}, yearB: ${y}) { slogans { new continued dropped } }`);
  const saved = (await gql(url, `{ savedQueries { name params } }`)).savedQueries as Array<{ name: string; params: string[] }>;
  const paramValues: Record<string, unknown> = { place: PLACE, slogan: SLOGAN, year, previousYear: year - 1 };
  const savedQuery = `query RunSavedQuery($name: String!, $params: JSON, $first: Int, $offset: Int) { runSavedQuery(name: $name, params: $params, first: $first, offset: $offset) { ${RESULT} } }`;
  const savedRequests: Request[] = [];
  for (const s of saved) {
    const first: Request = { name: s.name, query: savedQuery, variables: { name: s.name, params: Object.fromEntries(s.params.map((p) => [p, paramValues[p]])), ...SAVED_PAGE } };
    savedRequests.push(first);
    // the next page, when the answer has one
    const total = ((await gql(url, first.query, first.variables)).runSavedQuery as { totalCount: number }).totalCount;
    if (total > SAVED_PAGE.first) {
      const offset = SAVED_PAGE.first;
      savedRequests.push({ name: `${s.name} ${offset + 1}–${Math.min(total, offset + SAVED_PAGE.first)}`, query: savedQuery, variables: { ...first.variables, offset } });
    }
  }
  return [
    { name: 'search', query: `query Search($text: String!, $types: [EntityType!]) { search(text: $text, limit: 12, types: $types) { id type name score matchedOn context facts { level parent body adopters firstYear projects documents status year subject } } }`, variables: { text: SLOGAN, types: null } },
    {
      name: 'slogan',
      query: `query($name: String!) { slogan(name: $name) { id name aliases kind origin parts { id name }
        adopters(first: 50) { totalCount nodes { body { id name level } district city province years firstYear } }
        projects(first: 50) { totalCount nodes { project { id name bodyName } evidence confidence documentId } }
        outcomes(first: 50) { totalCount nodes { id text value unit status year } } } }`,
      variables: { name: SLOGAN },
    },
    {
      name: 'body',
      query: `query Body($code: String!) { body(code: $code) { id name level parents { parent { id name } depth }
        documents(first: 200) { nodes { id title file year } } slogansByYear { year slogans { name } } projects(first: 200) { nodes { id name years slogans } } } }`,
      variables: { code: place.id },
    },
    { name: 'body outcomes', query: `query BodyOutcomes($code: String!, $after: String) { body(code: $code) { outcomes(first: 200, after: $after) { nodes { ${OUTCOME} } pageInfo { endCursor hasNextPage } } } }`, variables: { code: place.id, after: null } },
    {
      name: 'diffusion',
      query: `query Diffusion($slogan: String!) { diffusion(slogan: $slogan) { slogan { id name } totalAdopters years { year cumulative newAdopters { ${PLACE_REF} } }
        firstAdopters { ${ADOPTER} } adopters { ${ADOPTER} } } }`,
      variables: { slogan: SLOGAN },
    },
    { name: 'neighbourhood', query: `query Neighbourhood($ids: [ID!]!, $depth: Int!, $limit: Int!) { neighbourhood(ids: $ids, depth: $depth, limit: $limit) { capped counts { nodes edges totalNodes totalEdges } elements { ${GRAPH} } } }`, variables: { ids: [slogan.id], depth: 1, limit: 150 } },
    { name: 'compare', query: `query Changes($body: String!) { ${compare.join(' ')} }`, variables: { body: place.id } },
    {
      name: 'trace',
      query: `query Trace($from: String!, $to: String!) { trace(from: $from, to: $to) { from { ${TRACE_NODE} } to { ${TRACE_NODE} } paths { length nodes { ${TRACE_NODE} }
        steps { from to type reversed evidence { source documentId text start end } } } } }`,
      variables: { from: PLACE, to: SLOGAN },
    },
    { name: 'document', query: `query Document($id: ID!) { document(id: $id) { id title file date year text pageCount ocrPages mentions { entityId type name start end } subjects { id name } } }`, variables: { id: document.id } },
    ...savedRequests,
  ];
}

async function timed(url: string, r: Request): Promise<number> {
  const started = process.hrtime.bigint();
  await gql(url, r.query, r.variables);
  return Number(process.hrtime.bigint() - started) / 1e6;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
const ms = (n: number | undefined) => (n === undefined ? '' : n.toFixed(1)).padStart(9);

async function warm(url: string, requests: Request[]): Promise<Map<string, number[]>> {
  const times = new Map<string, number[]>(requests.map((r) => [r.name, []]));
  for (const r of requests) await timed(url, r); // plans and pages in
  // round-robin, so drift of the shared machine spreads over every request alike
  for (let run = 0; run < RUNS; run++) for (const r of requests) times.get(r.name)?.push(await timed(url, r));
  return times;
}

async function main(): Promise<void> {
  let server = values.url ? null : await startServer(SERVER_ENV);
  const restarted = server !== null;
  const first = new Map<string, number>();
  let times: Map<string, number[]>;
  let requests: Request[];
  try {
    const url = server ? server.url : String(values.url);
    requests = await pageRequests(url);
    times = await warm(url, requests);
    if (server) {
      await server.stop();
      server = null;
      server = await startServer(SERVER_ENV);
      // each request's first time after the start; the warm-up runs meanwhile, as it does in use
      for (const r of requests) first.set(r.name, await timed(server.url, r));
    }
  } finally {
    await server?.stop();
  }
  process.stdout.write(`${PLACE} / ${SLOGAN}: ${RUNS} warm requests each, one client${restarted ? '; first: the first request after kg serve started again' : ''}\n`);
  process.stdout.write(`${'request'.padEnd(44)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'max ms'.padStart(9)}${restarted ? 'first ms'.padStart(9) : ''}\n`);
  for (const r of requests) {
    const sorted = [...(times.get(r.name) ?? [])].sort((a, b) => a - b);
    process.stdout.write(`${r.name.padEnd(44)}${ms(quantile(sorted, 0.5))}${ms(quantile(sorted, 0.95))}${ms(sorted[sorted.length - 1])}${restarted ? ms(first.get(r.name)) : ''}\n`);
  }
}

main().catch((error: Error) => {
  process.stderr.write(`page-bench: ${error.message}\n`);
  process.exit(1);
});
