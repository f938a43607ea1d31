import { Injectable } from '@nestjs/common';
import { getDocument, type CypherReader, type DocumentRow } from '@policy-graph/graph';
import { notFound } from '../common/errors';

@Injectable()
export class DocumentService {
  async get(db: CypherReader, id: string): Promise<DocumentRow> {
    const doc = await getDocument(db, id.trim());
    if (!doc) throw notFound('document', id);
    return doc;
  }
}
