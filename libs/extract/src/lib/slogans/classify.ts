import { PROJECT_HEADS, PROJECT_NAME_ENDS, PROJECT_VERBS, SLOGAN_HEADS } from './vocabulary';
import type { Quote } from './quotes';

export type QuoteKind = 'slogan' | 'project' | 'other';

const NUMBERED_SHAPE = /[一二三四五六七八九十两双百千万]/;

/** Why a quoted phrase is a slogan, a project (with its full name) or neither. */
export function classifyQuote(text: string, q: Quote): { kind: QuoteKind; name: string } {
  const words = text.slice(q.start, q.end);
  if (isOther(words)) return { kind: 'other', name: words };
  const after = text.slice(q.outerEnd, q.outerEnd + 24);
  const before = text.slice(Math.max(0, q.outerStart - 4), q.outerStart);
  const numbered = (NUMBERED_SHAPE.test(words) && words.length <= 10) || /年$/.test(words);
  if (!numbered && !SLOGAN_HEADS.test(after)) {
    if (PROJECT_NAME_ENDS.test(words) && !/城市$/.test(words)) return { kind: 'project', name: words };
    const head = PROJECT_HEADS.exec(after);
    if (head && !/[“”]/.test(head[0])) return { kind: 'project', name: words + head[0] };
    if ((PROJECT_NAME_ENDS.test(words) && !/城市$/.test(words)) || (PROJECT_VERBS.test(before) && /^[^\s，。；、]/.test(after) && looksLikeName(words))) {
      return { kind: 'project', name: words };
    }
  }
  return { kind: 'slogan', name: words };
}

function looksLikeName(words: string): boolean {
  return words.length >= 3 && words.length <= 10 && !/[、，+]/.test(words) && !/(化|治|建设|创建|提升|管理|服务)$/.test(words);
}

/** Speech, dates, bare numbers and long sentences are quoted but are not names. */
export function isOther(words: string): boolean {
  const plain = words.replace(/\*+/g, '');
  if (plain.length < 2 || plain.length > 30) return true;
  if (/[。！？!?]/.test(words)) return true;
  if (/[，,]/.test(words) && words.length > 10) return true;
  if (/^[\d.\s:：\-/]+$/.test(plain) && !/^\d{3,}$/.test(plain)) return true;
  if (/^(我|我们|你|他|她|这|那)/.test(plain)) return true;
  return false;
}
