import type { Mention } from '../api/operations';
import type { DocSpan } from '../state/url-state';

/** The span without the white space at its ends; null when nothing else is left. */
export function trimSpan(text: string, span: DocSpan): DocSpan | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end > start ? { start, end } : null;
}

/** Mentions that lie inside the span, in the order of the text. */
export function mentionsIn(mentions: readonly Mention[], span: DocSpan): Mention[] {
  return mentions.filter((m) => m.start >= span.start && m.end <= span.end).sort((a, b) => a.start - b.start);
}

/**
 * The span of the text the reader selected inside `body`, in offsets of the document's text: the
 * body's text nodes are the text whole, in order, so the text before a point is its offset (UTF-16
 * code units, as the API counts). Null when nothing is selected there.
 */
export function selectedSpan(body: HTMLElement, text: string): DocSpan | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.rangeCount) return null;
  const range = selection.getRangeAt(0);
  if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) return null;
  const offsetOf = (node: Node, offset: number) => {
    const before = document.createRange();
    before.setStart(body, 0);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  return trimSpan(text, { start: offsetOf(range.startContainer, range.startOffset), end: offsetOf(range.endContainer, range.endOffset) });
}
