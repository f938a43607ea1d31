import type { Span } from '../spans';
import { Division, gazetteer } from './gazetteer';

export interface PlaceMention {
  name: string;
  candidates: Division[];
  spans: Span[];
}

const SUFFIX = /街道|[镇乡区县市省旗盟州]/g;
const MAX_NAME = 8;
// Division names that are also common words in reports: 开发区, 中心镇, 发展乡(村), 新城区.
// (城西街道 names a street: only 城西区 and the like read as "the west of town")
const COMMON_WORD = /^(?:中心|城关|新城|老城|城|郊|矿|新|开发|保税|经济技术开发|经济开发|高新技术开发|高新|旅游度假|工业园|工业|小城|发展|农场|林场|示范|试验|先行|实验|产业|特|自贸|综合保税)(?:区|镇|乡|街道)$|^(?:城东|城西|城南|城北|城中)(?:区|镇|乡)$|^[和与及的在等个各全本我该每其为了到从对向与]/;

/** Full names of administrative divisions written in the text, longest match at each suffix. */
export function findPlaceMentions(text: string): Map<string, PlaceMention> {
  const g = gazetteer();
  const found = new Map<string, PlaceMention>();
  SUFFIX.lastIndex = 0;
  for (let m = SUFFIX.exec(text); m; m = SUFFIX.exec(text)) {
    const end = m.index + m[0].length;
    // 沁县, 沛县: a county's name may be two characters; other two-character names are words (市区, 城镇)
    const shortest = m[0] === '县' ? 2 : 3;
    for (let len = Math.min(MAX_NAME, end); len >= shortest; len--) {
      const name = text.slice(end - len, end);
      const candidates = g.byName.get(name);
      if (!candidates) continue;
      if (COMMON_WORD.test(name) || (/[乡镇]$/.test(name) && /[村区]/.test(text[end] ?? ''))) break;
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
