// Public surface of @policy-graph/graph.
export * from './cypher-guard';
