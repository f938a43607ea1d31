import { Gazetteer, IngestItem } from '@policy-graph/graph';
import type { Preparer } from './extraction-pool';
import { ExtractFn, PrepareRequest, prepareDocument } from './prepare-document';

// Extraction on the calling thread (one core, or tests).
export class InlinePreparer implements Preparer {
  constructor(private readonly extract: ExtractFn, private readonly gazetteer: Gazetteer) {}

  prepare(request: PrepareRequest): Promise<IngestItem> {
    return prepareDocument(request, this.extract, this.gazetteer);
  }

  async close(): Promise<void> {
    return;
  }
}
