import { Agent, request } from 'node:http';

export interface GraphqlClient {
  post(body: unknown): Promise<void>;
  close(): void;
}

// The load generator's HTTP: node:http with kept-alive sockets, one per client, so the
// generator spends little CPU of the two cores it shares with the API and Neo4j.
export function graphqlClient(url: string, sockets: number): GraphqlClient {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const target = new URL('/graphql', url);
  const post = (body: unknown) =>
    new Promise<void>((done, fail) => {
      const payload = Buffer.from(JSON.stringify(body));
      const req = request(target, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let answer: { errors?: Array<{ message: string }> };
          try {
            answer = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            return fail(new Error(`HTTP ${res.statusCode}: the answer is not JSON`));
          }
          if (res.statusCode !== 200 || answer.errors) fail(new Error(answer.errors?.[0]?.message ?? `HTTP ${res.statusCode}`));
          else done();
        });
        res.on('error', fail);
      });
      req.on('error', fail);
      req.end(payload);
    });
  return { post, close: () => agent.destroy() };
}
