// Public surface of @policy-graph/config.
export {};
