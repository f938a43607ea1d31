// Public surface of @policy-graph/text.
export * from './read';
