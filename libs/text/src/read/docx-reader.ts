import { ReadError } from './read-error';

/** Paragraph text of a Word (.docx) document, one paragraph per line. */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  try {
    // mammoth loads with the first .docx read, not with everything that imports this library
    const { extractRawText } = await import('mammoth');
    const { value } = await extractRawText({ buffer: Buffer.from(bytes) });
    return value.replace(/\r\n?/g, '\n').replace(/\n{2,}/g, '\n').replace(/^\n+|\n+$/g, '');
  } catch (error) {
    throw new ReadError('CORRUPT_DOCX', fileName, `is not a readable Word document: ${(error as Error).message}`);
  }
}
