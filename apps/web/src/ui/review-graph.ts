import type { QueueItem } from '../api/review';

/** What reviewing asks of the graph view and the other tabs. */
export interface ReviewGraph {
  /** Shows the tie's slogan and its neighbourhood with the tie marked; `reload` asks the API again even if it is on screen. */
  showTie(item: QueueItem, reload: boolean): Promise<void>;
  /** Shows a slogan's neighbourhood (after a merge). */
  showSlogan(id: string): Promise<void>;
  /** Reads what is on screen again from the API (after a correction made elsewhere). */
  reload(): Promise<void>;
  openDocument(id: string, start: number, end: number): void;
}
