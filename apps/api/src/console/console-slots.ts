import { createHash } from 'node:crypto';
import { apiError } from '../common/errors';

/**
 * How many console queries each caller (a token, or an address when there is none) runs at once.
 * Tokens are kept only as hashes.
 */
export class ConsoleSlots {
  private readonly running = new Map<string, number>();

  constructor(private readonly perCaller: number) {}

  /** Takes a slot or throws TOO_MANY_REQUESTS; call the returned function when the query ends. */
  take(caller: string): () => void {
    const key = createHash('sha256').update(caller).digest('base64url');
    const count = this.running.get(key) ?? 0;
    if (count >= this.perCaller) {
      throw apiError(
        'TOO_MANY_REQUESTS',
        `You already run ${count} console ${count === 1 ? 'query' : 'queries'}; the limit is ${this.perCaller} at a time. Wait for one to finish.`,
      );
    }
    this.running.set(key, count + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.running.get(key) ?? 1) - 1;
      if (left > 0) this.running.set(key, left);
      else this.running.delete(key);
    };
  }
}
