export { factChanges, factsOfRows, storedDocuments, storedFacts } from './stored-documents';
export type { DocumentFacts, StoredDocument } from './stored-documents';
export { rewriteDocuments, rowsOfStored } from './rewrite';
export type { ExtractStored, ReadWriteRunner, StoredMeta } from './rewrite';
export { reextractDocuments } from './reextract-documents';
export type { DocumentChanges, ReextractOptions, ReextractResult } from './reextract-documents';
