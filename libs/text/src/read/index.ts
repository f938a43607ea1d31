export { readDocument } from './read-document';
export type { ReadDocument } from './read-document';
export { SUPPORTED_EXTENSIONS } from './document-format';
export type { DocumentFormat } from './document-format';
export { ReadError } from './read-error';
export type { ReadErrorCode } from './read-error';
