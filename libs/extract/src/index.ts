// Public surface of @policy-graph/extract.
export {};
