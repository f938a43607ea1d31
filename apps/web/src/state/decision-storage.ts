import type { Decided } from './decision-trail';

// The decisions of this browser tab (sessionStorage), so that loading the page again keeps them and undo.
const KEY = 'policy-graph.decisions';

export function savedDecisions(): Decided[] {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY) ?? '[]') as unknown;
    return Array.isArray(saved) ? (saved as Decided[]) : [];
  } catch {
    return [];
  }
}

export function saveDecisions(entries: readonly Decided[]): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify(entries));
  } catch {
    // storage refused: the decisions last until the page is loaded again
  }
}
