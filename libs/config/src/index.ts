// Public surface of @policy-graph/config.
export * from './lib/config';
export * from './lib/env.schema';
export * from './lib/runtime';
