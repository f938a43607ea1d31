export type ReadErrorCode =
  | 'UNDECODABLE'
  | 'UNSUPPORTED_FORMAT'
  | 'EMPTY'
  | 'CORRUPT_PDF'
  | 'ENCRYPTED_PDF'
  | 'PDF_PAGE_TOO_LARGE'
  | 'CORRUPT_DOCX'
  | 'CORRUPT_OFFICE'
  | 'CORRUPT_IMAGE'
  | 'CONVERSION_FAILED'
  | 'CONVERTER_UNAVAILABLE'
  | 'OCR_FAILED'
  | 'OCR_UNAVAILABLE'
  | 'INVALID_FRONT_MATTER';

/** A document that cannot be read, naming the file and what is wrong with it. */
export class ReadError extends Error {
  readonly code: ReadErrorCode;
  readonly fileName: string;
  readonly problem: string;

  constructor(code: ReadErrorCode, fileName: string, problem: string) {
    super(`${fileName}: ${problem} (${code})`);
    this.name = 'ReadError';
    this.code = code;
    this.fileName = fileName;
    this.problem = problem;
  }
}
