import { Inject, Injectable } from '@nestjs/common';
import { deleteDocuments, isGraphError, loadGazetteer, reextractDocuments, type Neo4jExecutor } from '@policy-graph/graph';
import { apiError } from '../common/errors';
import { mapGraphError } from '../neo4j/driver-errors';
import type { ExecutorBinding } from '../neo4j/request-session';
import { NEO4J_EXECUTOR } from '../neo4j/tokens';
import type { DeletedDocument, ReextractResult } from './admin.model';

// What only an admin may do to the graph's documents: delete them and read them again.
@Injectable()
export class AdminService {
  private gazetteer: ReturnType<typeof loadGazetteer> | null = null;

  constructor(@Inject(NEO4J_EXECUTOR) private readonly executor: Neo4jExecutor) {}

  // `bind` runs the work on the request's bookmark chain, whose answer then carries the write's bookmark
  async deleteDocument(id: string, bind: ExecutorBinding): Promise<DeletedDocument> {
    const { missing } = await deleteDocuments(bind(this.executor), [id]).catch(mapBookmarkError);
    if (missing.length) throw apiError('NOT_FOUND', `No document has the id ${id}: nothing was deleted.`);
    return { id };
  }

  async reextract(changedOnly: boolean, dryRun: boolean, bind: ExecutorBinding): Promise<ReextractResult> {
    // the extractor loads on first use, so the API starts fast
    const { extractText, extractorVersion } = await import('@policy-graph/extract');
    this.gazetteer ??= loadGazetteer();
    const extractor = extractorVersion();
    const result = await reextractDocuments(bind(this.executor), this.gazetteer, extractText, extractor, { all: !changedOnly, dryRun }).catch(mapBookmarkError);
    return { ...result, extractor, dryRun };
  }
}

function mapBookmarkError(error: unknown): never {
  throw isGraphError(error, 'BAD_BOOKMARK') ? mapGraphError(error) : error;
}
