import { extractDocument } from '@policy-graph/extract';
import type { ExtractFn } from './prepare-document';

// The extractor ingestion uses; the relative path is the file name, so it sees folder and year.
export const extract: ExtractFn = (bytes, fileName, meta) => extractDocument(bytes, fileName, meta);
