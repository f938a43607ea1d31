import { bindParams, listSavedQueries } from '@policy-graph/graph';
import type { SavedQueryCatalog, SavedQueryEntry } from './saved-query.service';

// The graph library's loader over a folder of .cypher files, read on each call so edits show at once.
export function fileCatalog(dir: string): SavedQueryCatalog {
  return {
    async list(): Promise<SavedQueryEntry[]> {
      return listSavedQueries(dir).map((q) => ({
        name: q.name,
        description: q.description || null,
        descriptionZh: q.descriptionZh || null,
        params: q.params.map((p) => p.name),
        columns: q.columns.map((c) => c.name),
        cypher: q.cypher,
        bind: (given) => bindParams(q, given),
      }));
    },
  };
}
