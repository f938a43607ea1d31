export { factChanges, factsOfRows, storedDocuments, storedFacts } from './stored-documents';
export type { DocumentFacts, StoredDocument } from './stored-documents';
