// .docx, .xlsx, .pptx, .odt and .zip are zip archives: they start with a local file header.
const isZipArchive = (bytes: Uint8Array) => bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

// The sizes a zip-based document declares for its parts, read from its directory without inflating
// anything: a small file that would unpack past `limitBytes` is refused before it is read. (A part
// that lies about its size is stopped by the extractor's memory ceiling and deadline.)
export function unpackedSizeProblem(bytes: Uint8Array, limitBytes: number): string | null {
  if (!isZipArchive(bytes)) return null;
  // the unzipper loads with the first archive, not when the API starts
  const { unzipSync } = require('fflate') as typeof import('fflate');
  let total = 0;
  let problem: string | null = null;
  try {
    unzipSync(bytes, {
      filter: (entry) => {
        total += entry.originalSize;
        if (entry.originalSize > limitBytes) problem ??= `its part ${entry.name} unpacks to ${mib(entry.originalSize)}, more than the ${mib(limitBytes)} one document may unpack to`;
        return false;
      },
    });
  } catch {
    // No directory to read (a download cut short, a damaged file): nothing can be inflated from it,
    // so the reader fails it with the file's name, its kind and the problem (CORRUPT_DOCX, CONVERSION_FAILED).
    return null;
  }
  if (problem) return problem;
  return total > limitBytes ? `it unpacks to ${mib(total)}, more than the ${mib(limitBytes)} one document may unpack to` : null;
}
