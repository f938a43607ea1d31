// Public surface of @policy-graph/graph.
export * from './cypher-guard';
export * from './ingest';
export * from './checksum';
export * from './gazetteer-load';
export * from './read';
export * from './saved-queries';
