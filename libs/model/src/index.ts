// Public surface of @policy-graph/model: the zod schemas and tables everything else shares.
export * from './lib/extraction.schema';
export * from './lib/correction.schema';
export * from './lib/repo-root';
export * from './lib/magnitudes';
export * from './lib/boundary-changes';
