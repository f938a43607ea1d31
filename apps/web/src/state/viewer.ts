import type { Viewer } from '../api/review';

export const READER: Viewer = { name: null, role: 'READER' };

export function canReview(v: Viewer): boolean {
  return v.role === 'REVIEWER' || v.role === 'ADMIN';
}

/** Who is signed in; the review controls follow it. */
export class ViewerState {
  private value: Viewer = READER;
  private readonly listeners: ((v: Viewer) => void)[] = [];
  /** False until the API has said who a kept token names (a page opened on the Review tab waits for it). */
  known = false;

  get current(): Viewer {
    return this.value;
  }

  get reviewer(): boolean {
    return canReview(this.value);
  }

  set(v: Viewer): void {
    this.value = v;
    this.known = true;
    for (const l of this.listeners) l(v);
  }

  subscribe(listener: (v: Viewer) => void): void {
    this.listeners.push(listener);
  }
}
