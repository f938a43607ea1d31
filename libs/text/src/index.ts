// Public surface of @policy-graph/text.
export * from './lib/normalise';
export * from './lib/structure';
export { readPlainDocument, UndecodableInputError } from './lib/plain-read';
export type { PlainDocument } from './lib/plain-read';
export * from './read';
