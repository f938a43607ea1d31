import { Inject, Injectable } from '@nestjs/common';
import { deleteDocuments, loadGazetteer, reextractDocuments, type Neo4jExecutor } from '@policy-graph/graph';
import { apiError } from '../common/errors';
import { NEO4J_EXECUTOR } from '../neo4j/tokens';
import type { DeletedDocument, ReextractResult } from './admin.model';

// What only an admin may do to the graph's documents: delete them and read them again.
@Injectable()
export class AdminService {
  private gazetteer: ReturnType<typeof loadGazetteer> | null = null;

  constructor(@Inject(NEO4J_EXECUTOR) private readonly executor: Neo4jExecutor) {}

  async deleteDocument(id: string): Promise<DeletedDocument> {
    const { missing } = await deleteDocuments(this.executor, [id]);
    if (missing.length) throw apiError('NOT_FOUND', `No document has the id ${id}: nothing was deleted.`);
    return { id };
  }

  async reextract(changedOnly: boolean, dryRun: boolean): Promise<ReextractResult> {
    // the extractor loads on first use, so the API starts fast
    const { extractText, extractorVersion } = await import('@policy-graph/extract');
    this.gazetteer ??= loadGazetteer();
    const extractor = extractorVersion();
    const result = await reextractDocuments(this.executor, this.gazetteer, extractText, extractor, { all: !changedOnly, dryRun });
    return { ...result, extractor, dryRun };
  }
}
