// Public surface of @policy-graph/graph.
export {};
