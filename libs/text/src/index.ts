// Public surface of @policy-graph/text.
export * from './lib/normalise';
export * from './lib/structure';
export * from './read';
