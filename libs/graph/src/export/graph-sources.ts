import { isNode, isPath, isRelationship, type ManagedTransaction, type Node, type Relationship } from 'neo4j-driver';
import type { ElementKeys, ExportElement } from './graph-element';
import { plainProperties } from './plain-value';

export interface ReadRunner {
  executeRead<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T>;
}

// Where the elements come from: read in passes (keys, then nodes, then edges) so nothing is held.
export interface GraphSource {
  keys(): Promise<ElementKeys>;
  nodes(emit: (e: ExportElement) => Promise<void>): Promise<void>;
  edges(emit: (e: ExportElement) => Promise<void>): Promise<void>;
}

export interface SourceOptions {
  // properties left out of files (Document.text is the whole report)
  omit?: string[];
}

const SKIP = ['SchemaMigration'];

export function wholeGraphSource(db: ReadRunner, options: SourceOptions = {}): GraphSource {
  const omit = new Set(options.omit ?? ['text']);
  const keysOf = async (cypher: string) =>
    (await db.executeRead(async (tx) => (await tx.run(cypher, { skip: SKIP })).records.map((r) => r.get('k') as string))).filter((k) => !omit.has(k)).sort();
  return {
    keys: async () => ({
      node: await keysOf('MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip) UNWIND keys(n) AS k RETURN DISTINCT k'),
      edge: await keysOf('MATCH ()-[r]->() UNWIND keys(r) AS k RETURN DISTINCT k'),
    }),
    nodes: (emit) =>
      db.executeRead(async (tx) => {
        const query = 'MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip) RETURN coalesce(n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS props';
        for await (const r of tx.run(query, { skip: SKIP })) {
          await emit({ kind: 'node', id: r.get('id'), labels: r.get('labels'), properties: plainProperties(r.get('props'), omit) });
        }
      }),
    edges: (emit) =>
      db.executeRead(async (tx) => {
        const query = `MATCH (a)-[r]->(b) WHERE none(l IN labels(a) WHERE l IN $skip)
          RETURN coalesce(a.id, elementId(a)) AS source, coalesce(b.id, elementId(b)) AS target, type(r) AS type, properties(r) AS props`;
        let i = 0;
        for await (const r of tx.run(query, { skip: SKIP })) {
          i += 1;
          await emit({ kind: 'edge', id: `e${i}`, source: r.get('source'), target: r.get('target'), type: r.get('type'), properties: plainProperties(r.get('props'), omit) });
        }
      }),
  };
}

function* graphValues(value: unknown): Generator<Node | Relationship> {
  if (isNode(value) || isRelationship(value)) yield value;
  else if (isPath(value)) for (const seg of value.segments) yield* [seg.start, seg.relationship, seg.end];
  else if (Array.isArray(value)) for (const v of value) yield* graphValues(v);
}

// The nodes and relationships a read query returns (anywhere in its columns, paths included).
export function queryGraphSource(db: ReadRunner, cypher: string, params: Record<string, unknown>, options: SourceOptions = {}): GraphSource {
  const omit = new Set(options.omit ?? ['text']);
  const idOf = new Map<string, string>();
  const each = (visit: (v: Node | Relationship) => Promise<void>) =>
    db.executeRead(async (tx) => {
      for await (const record of tx.run(cypher, params)) for (const value of record.values()) for (const v of graphValues(value)) await visit(v);
    });
  return {
    async keys() {
      const node = new Set<string>();
      const edge = new Set<string>();
      await each(async (v) => {
        for (const k of Object.keys(v.properties)) if (!omit.has(k)) (isNode(v) ? node : edge).add(k);
        if (isNode(v)) idOf.set(v.elementId, String(v.properties.id ?? v.elementId));
      });
      return { node: [...node].sort(), edge: [...edge].sort() };
    },
    nodes: (emit) => {
      const seen = new Set<string>();
      return each(async (v) => {
        if (!isNode(v) || seen.has(v.elementId)) return;
        seen.add(v.elementId);
        await emit({ kind: 'node', id: idOf.get(v.elementId) ?? v.elementId, labels: v.labels, properties: plainProperties(v.properties, omit) });
      });
    },
    edges: (emit) => {
      const seen = new Set<string>();
      return each(async (v) => {
        if (!isRelationship(v) || seen.has(v.elementId)) return;
        seen.add(v.elementId);
        const end = (id: string) => idOf.get(id) ?? id;
        await emit({ kind: 'edge', id: `e${seen.size}`, source: end(v.startNodeElementId), target: end(v.endNodeElementId), type: v.type, properties: plainProperties(v.properties, omit) });
      });
    },
  };
}
