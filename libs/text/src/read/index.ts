export { readDocument } from './read-document';
export type { ReadDocument } from './read-document';
export { SUPPORTED_EXTENSIONS } from './document-format';
export type { DocumentFormat } from './document-format';
export { ReadError } from './read-error';
export type { ReadErrorCode } from './read-error';
// hostile files, for the tests and the bench that check a bomb fails its own upload
export { docxBomb, inflatingTo, pdfBomb, pdfOfPages, PRINT_WORD } from './hostile-files';
