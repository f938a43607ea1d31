import { createHash } from 'node:crypto';
import type { ManagedTransaction } from 'neo4j-driver';
import { canonicalMap } from './canonical-value';

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  checksum: string;
}

export interface ReadTransactionRunner {
  executeRead<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
}

export interface ChecksumOptions {
  // properties that record when, not what (ingestedAt), left out of the checksum
  volatile?: string[];
  // bookkeeping that is not graph content (SchemaMigration, the Correction log)
  skipLabels?: string[];
}

const MODULUS = 1n << 256n;
const NODES = 'MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip) RETURN labels(n) AS labels, properties(n) AS props';
const RELATIONSHIPS = `MATCH (a)-[r]->(b) WHERE none(l IN labels(a) + labels(b) WHERE l IN $skip)
RETURN a.id AS from, labels(a) AS fromLabels, type(r) AS type, b.id AS to, labels(b) AS toLabels, properties(r) AS props`;

function hashOf(text: string): bigint {
  return BigInt(`0x${createHash('sha256').update(text).digest('hex')}`);
}

const labelsOf = (labels: string[]) => [...labels].sort().join(':');

// Counts plus an order-free multiset hash (sum of item hashes mod 2^256) over labels and
// properties, so it never depends on internal ids or on the order things were written in.
export function graphChecksum(runner: ReadTransactionRunner, options: ChecksumOptions = {}): Promise<GraphChecksum> {
  const skip = new Set(options.volatile ?? ['ingestedAt']);
  const params = { skip: options.skipLabels ?? ['SchemaMigration', 'Correction'] };
  return runner.executeRead(async (tx) => {
    let sum = 0n;
    let nodes = 0;
    let relationships = 0;
    for await (const r of tx.run(NODES, params)) {
      nodes += 1;
      sum += hashOf(`N${labelsOf(r.get('labels'))}${canonicalMap(r.get('props'), skip)}`);
    }
    for await (const r of tx.run(RELATIONSHIPS, params)) {
      relationships += 1;
      const ends = `${labelsOf(r.get('fromLabels'))}/${r.get('from')}>${labelsOf(r.get('toLabels'))}/${r.get('to')}`;
      sum += hashOf(`R${r.get('type')}${ends}${canonicalMap(r.get('props'), skip)}`);
    }
    return { nodes, relationships, checksum: (sum % MODULUS).toString(16).padStart(64, '0') };
  });
}
