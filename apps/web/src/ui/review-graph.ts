import type { QueueItem } from '../api/review';

/** What reviewing asks of the graph view and the other tabs. */
export interface ReviewGraph {
  /** Shows the fact's neighbourhood with it marked; `reload` asks the API again even if it is on screen. */
  showItem(item: QueueItem, reload: boolean): Promise<void>;
  /** Shows an entity's neighbourhood (after a merge). */
  showEntity(id: string): Promise<void>;
  /** Reads what is on screen (or the neighbourhood of `ids`) again from the API, after a correction made elsewhere or undone. */
  reload(ids?: string[]): Promise<void>;
  openDocument(id: string, start: number, end: number): void;
}
