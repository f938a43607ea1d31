import type { Span } from '../spans';
import { Division, gazetteer } from './gazetteer';

export interface PlaceMention {
  name: string;
  candidates: Division[];
  spans: Span[];
}

const SUFFIX = /街道|[镇乡区县市省旗盟州]/g;
const MAX_NAME = 8;

/** Full names of administrative divisions written in the text, longest match at each suffix. */
export function findPlaceMentions(text: string): Map<string, PlaceMention> {
  const g = gazetteer();
  const found = new Map<string, PlaceMention>();
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(text); m; m = SUFFIX.exec(text)) {
    const end = m.index + m[0].length;
    for (let len = Math.min(MAX_NAME, end); len >= 3; len--) {
      const name = text.slice(end - len, end);
      const candidates = g.byName.get(name);
      if (!candidates) continue;
      let pm = found.get(name);
      if (!pm) found.set(name, (pm = { name, candidates, spans: [] }));
      pm.spans.push({ start: end - len, end });
      break;
    }
  }
  return found;
}

export function countOf(text: string, word: string, cap = 50): number {
  if (word.length < 2) return 0;
  let n = 0;
  for (let i = text.indexOf(word); i >= 0 && n < cap; i = text.indexOf(word, i + word.length)) n++;
  return n;
}
