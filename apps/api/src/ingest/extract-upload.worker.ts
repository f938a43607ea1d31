import { join } from 'node:path';
import type { ExtractFn } from './ingest.pipeline';

// Runs on the upload extractor's thread: the CLI's extractor (loaded by path, as the API loads the CLI's
// ingest pipeline), so a document that takes too long or too much memory ends this thread, not the API.
const { extract } = require(join(__dirname, '..', '..', '..', 'cli', 'src', 'ingest', 'extractor')) as { extract: ExtractFn };

export interface UploadExtractRequest {
  bytes: Uint8Array;
  fileName: string;
  meta: Parameters<ExtractFn>[2];
}

export default function extractUpload(request: UploadExtractRequest) {
  return extract(request.bytes, request.fileName, request.meta);
}
