import { documentById, DocumentResult } from './operations';

const cache = new Map<string, Promise<DocumentResult>>();

/** A document's text is immutable by id (a sha256), so one fetch per id is enough; a correction of its title or year calls forgetDocument. */
export function getDocument(id: string): Promise<DocumentResult> {
  let hit = cache.get(id);
  if (!hit) {
    hit = documentById(id);
    hit.catch(() => cache.delete(id));
    cache.set(id, hit);
  }
  return hit;
}

export function forgetDocument(id: string): void {
  cache.delete(id);
}
