import type { AnyNode, Element } from 'domhandler';
import { isChromeLine } from './html-chrome';

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'li', 'main', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'center', 'title',
]);
const CELL_TAGS = new Set(['td', 'th']);

function appendNode(node: AnyNode, parts: string[]): void {
  if (node.type === 'text') {
    parts.push(node.data.replace(/[ \t\r\n\f\u00a0]+/g, ' '));
    return;
  }
  if (node.type !== 'tag' && node.type !== 'root') return;
  const name = node.type === 'tag' ? (node as Element).name.toLowerCase() : '';
  if (name === 'br') {
    parts.push('\n');
    return;
  }
  const block = BLOCK_TAGS.has(name);
  if (block) parts.push('\n');
  for (const child of (node as Element).children) appendNode(child, parts);
  if (block) parts.push('\n');
  else if (CELL_TAGS.has(name)) parts.push(' ');
}

/** Text of a cleaned DOM with one line per block; empty and chrome-only lines dropped. */
export function blockText(root: AnyNode): string {
  const parts: string[] = [];
  appendNode(root, parts);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[ \u00a0]+|[ \u00a0]+$/g, ''))
    .filter((line) => line !== '' && !isChromeLine(line))
    .join('\n');
}
