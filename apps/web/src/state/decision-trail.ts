import type { MergeCandidate, MergeKind, QueueItem } from '../api/review';

/** One decision a reviewer took: on a queued fact, on a merge candidate, or in the evidence panel. */
export type DecisionWhat =
  | { on: 'queue'; decision: 'accept' | 'reject' | 'skip'; item: QueueItem }
  | { on: 'merge'; kind: MergeKind; decision: 'merge' | 'distinct' | 'skip'; pair: MergeCandidate; from?: string; into?: string }
  | { on: 'entity'; decision: string; target: string; /** what the graph showed before, when the correction changed an id (a rename) */ focusBefore?: string[] };

export interface Decided {
  what: DecisionWhat;
  /** The correction it recorded; skipping records none. */
  correctionId: string | null;
  undone: boolean;
}

/** The decisions taken since signing in (kept for the browser tab), newest last; undo reverts the newest correction not yet undone. */
export class DecisionTrail {
  private readonly listeners: (() => void)[] = [];

  constructor(readonly entries: Decided[] = []) {}

  add(what: DecisionWhat, correctionId: string | null): Decided {
    const entry = { what, correctionId, undone: false };
    this.entries.push(entry);
    this.changed();
    return entry;
  }

  lastUndoable(): Decided | null {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e.correctionId && !e.undone) return e;
    }
    return null;
  }

  markUndone(entry: Decided): void {
    entry.undone = true;
    this.changed();
  }

  /** Forgets every decision (signing out). */
  clear(): void {
    this.entries.splice(0);
    this.changed();
  }

  /** Targets skipped on the queues and not undone, so that a queue read again leaves them out. */
  skippedTargets(): string[] {
    return this.entries.flatMap((e) => (e.what.on === 'queue' && e.what.decision === 'skip' && !e.undone ? [e.what.item.target] : []));
  }

  /** How many of each queue decision are in force. */
  counts(): { accepted: number; rejected: number; skipped: number; merged: number } {
    const live = this.entries.filter((e) => !e.undone);
    const count = (on: DecisionWhat['on'], decision: string) => live.filter((e) => e.what.on === on && e.what.decision === decision).length;
    return { accepted: count('queue', 'accept'), rejected: count('queue', 'reject'), skipped: count('queue', 'skip'), merged: count('merge', 'merge') };
  }

  onChange(listener: () => void): void {
    this.listeners.push(listener);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}
