import { isNode, isPath, isRelationship, type ManagedTransaction, type Node, type Relationship } from 'neo4j-driver';
import type { ElementKeys, ExportElement } from './graph-element';
import { plainProperties } from './plain-value';
import { cypherAttrType, typesOf, type AttrType } from './attr-types';

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
  // names and the Cypher types of their values (valueType, Neo4j 5.13+)
  const keysOf = async (cypher: string) => {
    const rows = await db.executeRead(async (tx) => (await tx.run(cypher, { skip: SKIP })).records.map((r) => [r.get('k') as string, r.get('types') as string[]] as const));
    const kept = rows.filter(([k]) => !omit.has(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const types: Record<string, AttrType> = {};
    for (const [k, t] of kept) types[k] = cypherAttrType(t) ?? 'string';
    return { names: kept.map(([k]) => k), types };
  };
  return {
    keys: async () => {
      const node = await keysOf('MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip) UNWIND keys(n) AS k RETURN k, collect(DISTINCT valueType(n[k])) AS types');
      const edge = await keysOf('MATCH ()-[r]->() UNWIND keys(r) AS k RETURN k, collect(DISTINCT valueType(r[k])) AS types');
      return { node: node.names, edge: edge.names, types: { node: node.types, edge: edge.types } };
    },
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
      const types = { node: {} as Record<string, AttrType>, edge: {} as Record<string, AttrType> };
      await each(async (v) => {
        for (const k of Object.keys(v.properties)) if (!omit.has(k)) (isNode(v) ? node : edge).add(k);
        typesOf([plainProperties(v.properties, omit)], isNode(v) ? types.node : types.edge);
        if (isNode(v)) idOf.set(v.elementId, String(v.properties.id ?? v.elementId));
      });
      return { node: [...node].sort(), edge: [...edge].sort(), types };
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

// Nodes and relationships already read (the explorer's view), as a source.
export function elementsSource(nodes: Node[], rels: Relationship[], options: SourceOptions = {}): GraphSource {
  const omit = new Set(options.omit ?? ['text']);
  const idOf = new Map(nodes.map((n) => [n.elementId, String(n.properties.id ?? n.elementId)]));
  const nodeProps = nodes.map((n) => plainProperties(n.properties, omit));
  const relProps = rels.map((r) => plainProperties(r.properties, omit));
  const names = (props: Record<string, unknown>[]) => [...new Set(props.flatMap((p) => Object.keys(p)))].sort();
  return {
    keys: async () => ({ node: names(nodeProps), edge: names(relProps), types: { node: typesOf(nodeProps), edge: typesOf(relProps) } }),
    nodes: async (emit) => {
      for (const [i, n] of nodes.entries()) await emit({ kind: 'node', id: idOf.get(n.elementId) as string, labels: n.labels, properties: nodeProps[i] });
    },
    edges: async (emit) => {
      for (const [i, r] of rels.entries()) {
        const end = (id: string) => idOf.get(id) ?? id;
        await emit({ kind: 'edge', id: `e${i + 1}`, source: end(r.startNodeElementId), target: end(r.endNodeElementId), type: r.type, properties: relProps[i] });
      }
    },
  };
}
