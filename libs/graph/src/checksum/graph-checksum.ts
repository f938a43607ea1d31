import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { canonicalMap } from './canonical-value';

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  checksum: string;
}

export interface ChecksumOptions {
  database?: string;
  // properties that record when, not what (ingestedAt), left out of the checksum
  volatile?: string[];
}

const MODULUS = 1n << 256n;
const NODES = 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props';
const RELATIONSHIPS =
  'MATCH (a)-[r]->(b) RETURN a.id AS from, labels(a) AS fromLabels, type(r) AS type, b.id AS to, labels(b) AS toLabels, properties(r) AS props';

function hashOf(text: string): bigint {
  return BigInt(`0x${createHash('sha256').update(text).digest('hex')}`);
}

// Counts plus an order-free multiset hash (sum of item hashes mod 2^256) over labels and
// properties, so it never depends on internal ids or on the order things were written in.
export async function graphChecksum(driver: Driver, options: ChecksumOptions = {}): Promise<GraphChecksum> {
  const skip = new Set(options.volatile ?? ['ingestedAt']);
  const session = driver.session({ defaultAccessMode: 'READ', database: options.database });
  let sum = 0n;
  let nodes = 0;
  let relationships = 0;
  try {
    for await (const r of session.run(NODES)) {
      nodes += 1;
      sum += hashOf(`N${[...r.get('labels')].sort().join(':')}${canonicalMap(r.get('props'), skip)}`);
    }
    for await (const r of session.run(RELATIONSHIPS)) {
      relationships += 1;
      const ends = `${[...r.get('fromLabels')].sort().join(':')}/${r.get('from')}>${[...r.get('toLabels')].sort().join(':')}/${r.get('to')}`;
      sum += hashOf(`R${r.get('type')}${ends}${canonicalMap(r.get('props'), skip)}`);
    }
  } finally {
    await session.close();
  }
  return { nodes, relationships, checksum: (sum % MODULUS).toString(16).padStart(64, '0') };
}
