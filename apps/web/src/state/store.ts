import { ViewState } from './url-state';

type Listener = (state: ViewState, prev: ViewState) => void;

/** The one mutable view state; modules subscribe rather than reach into each other. */
export class Store {
  private listeners: Listener[] = [];
  constructor(private current: ViewState) {}

  get state(): ViewState {
    return this.current;
  }

  update(patch: Partial<ViewState>): void {
    const prev = this.current;
    this.current = { ...prev, ...patch };
    for (const l of this.listeners) l(this.current, prev);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.push(listener);
    return () => (this.listeners = this.listeners.filter((l) => l !== listener));
  }
}
