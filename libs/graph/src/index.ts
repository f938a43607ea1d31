// Public surface of @policy-graph/graph.
export * from './errors';
export * from './executor';
export * from './migrate';
export * from './local-neo4j';
export * from './ingest';
export * from './checksum';
export * from './gazetteer-load';
export * from './cypher-guard';
export * from './read';
export * from './saved-queries';
export * from './export';
export * from './corrections';
export * from './reextract';
export * from './neighbours';
export * from './panel';
