import type { QueueItem } from '../api/review';

export const QUEUE_PAGE = 100;

/**
 * Where a reviewer is in the FULFILS queue. The queue is read again after every decision (decided
 * ties leave it on the server); skipped ties stay out for this visit, and a tie whose decision was
 * undone comes back first, so undo shows again what was just decided.
 */
export class ReviewWalk {
  private items: QueueItem[] = [];
  private more = false;
  private readonly skipped: Set<string>;
  private returned: QueueItem | null = null;

  constructor(skipped: Iterable<string> = []) {
    this.skipped = new Set(skipped);
  }

  /** How many to ask for, so that a page is not used up by skipped ties. */
  get fetchLimit(): number {
    return Math.min(500, QUEUE_PAGE + this.skipped.size);
  }

  load(queue: QueueItem[]): void {
    this.more = queue.length >= this.fetchLimit;
    const rest = queue.filter((i) => !this.skipped.has(i.target) && i.target !== this.returned?.target);
    this.items = this.returned ? [this.returned, ...rest] : rest;
  }

  get current(): QueueItem | null {
    return this.items[0] ?? null;
  }

  /** Takes a tie off the walk: decided on the server, or skipped here. */
  leave(item: QueueItem, skipped: boolean): void {
    if (skipped) this.skipped.add(item.target);
    if (this.returned?.target === item.target) this.returned = null;
    this.items = this.items.filter((i) => i.target !== item.target);
  }

  /** A tie whose correction was reverted: back on the queue, and first on screen. */
  putBack(item: QueueItem): void {
    this.skipped.delete(item.target);
    this.returned = item;
    this.items = [item, ...this.items.filter((i) => i.target !== item.target)];
  }

  /** Ties still to review here, and whether the queue holds more than were read. */
  left(): { count: number; more: boolean } {
    return { count: this.items.length, more: this.more };
  }
}
