// One key per decision; none fires while a person types in a field or holds a modifier (Ctrl+Z is the graph's undo).
export type ReviewMode = 'ties' | 'merges';
export type ReviewAction = 'accept' | 'reject' | 'skip' | 'undo' | 'merge' | 'distinct';

const KEYS: Record<ReviewMode, Record<string, ReviewAction>> = {
  ties: { a: 'accept', r: 'reject', s: 'skip', u: 'undo' },
  merges: { m: 'merge', n: 'distinct', s: 'skip', u: 'undo' },
};

/** The key each action is on in a mode, for the buttons' labels. */
export function keyOf(mode: ReviewMode, action: ReviewAction): string | null {
  const hit = Object.entries(KEYS[mode]).find(([, a]) => a === action);
  return hit ? hit[0].toUpperCase() : null;
}

interface TargetLike {
  tagName?: string;
  type?: string;
  isContentEditable?: boolean;
}

const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file']);

/** True when a key press goes into a text field (or an editable element), not to a shortcut. */
export function isTyping(from: object | null): boolean {
  if (!from) return false;
  const target = from as TargetLike;
  if (target.isContentEditable) return true;
  const tag = target.tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NOT_TEXT.has((target.type ?? 'text').toLowerCase());
}

export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  /** The element the key went to (an EventTarget in the page). */
  target: object | null;
}

export function reviewAction(mode: ReviewMode, e: KeyLike): ReviewAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return null;
  return KEYS[mode][e.key.toLowerCase()] ?? null;
}
