import { Inject, Injectable } from '@nestjs/common';
import { getDocument, type CypherReader, type DocumentRow } from '@policy-graph/graph';
import { notFound } from '../common/errors';
import { CYPHER_READER } from '../neo4j/tokens';

@Injectable()
export class DocumentService {
  constructor(@Inject(CYPHER_READER) private readonly db: CypherReader) {}

  async get(id: string): Promise<DocumentRow> {
    const doc = await getDocument(this.db, id.trim());
    if (!doc) throw notFound('document', id);
    return doc;
  }
}
