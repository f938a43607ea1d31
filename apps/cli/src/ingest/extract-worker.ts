import type { IngestItem } from '@policy-graph/graph';
import { loadGazetteer } from '@policy-graph/graph';
import { extract } from './extractor';
import { PrepareRequest, prepareDocument } from './prepare-document';

// Runs on a worker thread of the extraction pool: extraction and row building for one document.
const gazetteer = loadGazetteer();

export default function prepareInWorker(request: PrepareRequest): Promise<IngestItem> {
  return prepareDocument(request, extract, gazetteer);
}
