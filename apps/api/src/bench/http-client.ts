import { Agent, request } from 'node:http';

const DATA = Buffer.from('{"data":{');

export interface GraphqlClient {
  post(body: unknown): Promise<void>;
  close(): void;
}

// The load generator's HTTP: node:http with kept-alive sockets, one per client, so the
// generator spends little CPU of the two cores it shares with the API and Neo4j.
export function graphqlClient(url: string, sockets: number): GraphqlClient {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const target = new URL('/graphql', url);
  // A kept-alive socket the server closed while idle (between rounds) fails the request written to it:
  // that one is sent again on a fresh socket, as Node's documentation advises.
  const post = (body: unknown): Promise<void> =>
    send(body).catch((error: Error & { code?: string; reusedSocket?: boolean }) => {
      if (error.reusedSocket && error.code === 'ECONNRESET') return send(body);
      throw error;
    });
  const send = (body: unknown) =>
    new Promise<void>((done, fail) => {
      const payload = Buffer.from(JSON.stringify(body));
      const req = request(target, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': payload.length } }, (res) => {
        // An answer without errors starts {"data":{ (the server writes errors first); the rest is read
        // but not kept or parsed, as wrk or autocannon would: parsing would bill the service for the
        // client's CPU on the cores they share. Anything else is kept and parsed for its message.
        const chunks: Buffer[] = [];
        let good: boolean | undefined;
        res.on('data', (c: Buffer) => {
          good ??= res.statusCode === 200 && c.subarray(0, DATA.length).equals(DATA);
          if (!good) chunks.push(c);
        });
        res.on('end', () => {
          if (!chunks.length) return done();
          const body = Buffer.concat(chunks);
          let answer: { errors?: Array<{ message: string }> };
          try {
            answer = JSON.parse(body.toString('utf8'));
          } catch {
            return fail(new Error(`HTTP ${res.statusCode}: the answer is not JSON`));
          }
          fail(new Error(answer.errors?.[0]?.message ?? `HTTP ${res.statusCode}: no data`));
        });
        res.on('error', fail);
      });
      req.on('error', (error) => fail(Object.assign(error, { reusedSocket: req.reusedSocket })));
      req.end(payload);
    });
  return { post, close: () => agent.destroy() };
}
