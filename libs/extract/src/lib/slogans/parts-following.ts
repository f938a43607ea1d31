import { countsOf, type PartsFound } from './parts';

// Parts of a numbered slogan that the text names after it rather than beside it.

const PART_VERBS = '(?:决胜|打好|打赢|坚决打好|坚决打赢|全力打好|深入打好|扎实打好|推进|实施|开展|深化|抓好)';

/** The noun a numbered slogan counts: 三大攻坚战 → 攻坚战, 五场攻坚战 → 攻坚战, 六大行动 → 行动. */
export function countedNoun(name: string): string | null {
  // 三张牌: the cards a province plays are named …牌 each (绿色能源牌)
  const m = /^[一二三四五六七八九十两]+[个大项场种条张]([\u4e00-\u9fff]{2,4}|牌)$/.exec(name);
  return m ? m[1] : null;
}

/**
 * 坚决打赢三大攻坚战。决胜污染防治攻坚战，…决胜防范化解重大风险攻坚战，…精准脱贫攻坚战: the
 * first N distinct phrases ending in the counted noun within the slogan's part of the text.
 */
export function namedPartsAfter(text: string, from: number, until: number, name: string): PartsFound | null {
  const noun = countedNoun(name);
  const counts = countsOf(name);
  // 五大中心 … 金融中心, 结算中心: facilities named later are works of their own, not the count's members
  // 五大发展: phrases ending in 发展 or 建设 later on are the report's own wording, not the count's members
  if (!noun || (noun.length < 2 && noun !== '牌') || !counts.length || /^(中心|平台|基地|园区|发展|建设|工作|改革)$/.test(noun)) return null;
  const re = new RegExp(`(?:^|[，。；、\\n：“]|${PART_VERBS})([\\u4e00-\\u9fff]{2,10}?${noun})`, 'g');
  const body = text.slice(from, until);
  const parts: string[] = [];
  for (let m = re.exec(body); m; m = re.exec(body)) {
    // 我们坚决打好脱贫攻坚战: the body and its verb are not the part's name
    const part = m[1].replace(/^(?:我们|我市|我区|我县|全市|全区|全县)/, '').replace(new RegExp(`^${PART_VERBS}`), '');
    if (part === name || /^[一二三四五六七八九十两]/.test(part) || parts.includes(part)) continue;
    // 以促进经济转型发展, 大力优化…: a phrase opened by a preposition or an adverb is a clause, not a name
    if (/^(以|大力|不断|加快|全面|切实|努力|着力|持续|进一步)/.test(part)) return null;
    parts.push(part);
    if (parts.length === Math.max(...counts)) break;
  }
  return counts.includes(parts.length) ? { parts, span: null, rule: 'parts.named-after' } : null;
}

/** 一个基地、三个中心、四个南昌: a slogan made of counted pieces has those pieces as parts. */
export function countedPieces(name: string): PartsFound | null {
  const pieces = name.split(/[、，,]/).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2 || !pieces.every((p) => /^[一二三四五六七八九十两]+[个大项条张]/.test(p) && p.length <= 8)) return null;
  return { parts: pieces, span: null, rule: 'parts.counted-pieces' };
}

const CHINESE_DIGIT: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** “8+8”现代产业…，做优食品、木业…八个传统产业，培育电子商务…八个新兴产业: each number counts one list that follows. */
export function listsPerAddend(text: string, from: number, name: string): PartsFound | null {
  if (!/^\d+(?:\+\d+)+$/.test(name)) return null;
  const addends = name.split('+').map(Number);
  const sentenceEnd = text.indexOf('。', from);
  const sentence = text.slice(from, sentenceEnd < 0 ? from + 400 : Math.min(sentenceEnd, from + 400));
  const parts: string[] = [];
  const re = /((?:[\u4e00-\u9fff]{1,8}、)+[\u4e00-\u9fff]{1,8}?)([一二两三四五六七八九十])[个大项]/g;
  let k = 0;
  for (let m = re.exec(sentence); m && k < addends.length; m = re.exec(sentence)) {
    const items = m[1].split('、');
    items[0] = items[0].replace(/^.*?(?:做优|做强|做大|培育|发展|壮大|提升|打造|推进|实施|包括|重点发展)/, '');
    if (items.length !== addends[k] || CHINESE_DIGIT[m[2]] !== addends[k]) return null;
    parts.push(...items);
    k++;
  }
  return k === addends.length ? { parts, span: null, rule: 'parts.lists-per-addend' } : null;
}

const DIGIT_OF: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * 三去一降一补: a slogan of counted verbs has as parts as many phrases opened by each verb as it counts
 * (去产能、去库存、去杠杆、降成本、补短板), found in the text after it, each ending a clause or a list item.
 */
export function countedVerbParts(text: string, from: number, until: number, name: string): PartsFound | null {
  const pairs = [...name.matchAll(/([一二两三四五六七八九十])([\u4e00-\u9fff])/g)];
  if (pairs.length < 2 || pairs.map((p) => p[0]).join('') !== name) return null;
  const body = text.slice(from, Math.min(until, from + 600));
  const parts: string[] = [];
  for (const [, count, verb] of pairs) {
    const found: string[] = [];
    for (const m of body.matchAll(new RegExp(`${verb}[\\u4e00-\\u9fff]{2,3}(?=[，、；。和”\\n]|$)`, 'g'))) if (!found.includes(m[0])) found.push(m[0]);
    if (found.length !== DIGIT_OF[count]) return null;
    parts.push(...found);
  }
  return { parts, span: null, rule: 'parts.named-after' };
}

/** 一轴双翼三城多点, each piece explained in quotes (“一轴”即…；“双翼”即…): the pieces are its parts. */
export function quotedPieces(text: string, written: string): PartsFound | null {
  const name = written.replace(/[、，\s]/g, '');
  if (!/^(?:[一二两三四五六七八九十双多][\u4e00-\u9fff]){3,}$/.test(name)) return null;
  const pieces = name.match(/[一二两三四五六七八九十双多][\u4e00-\u9fff]/g) ?? [];
  return pieces.every((p) => text.includes(`“${p}”`)) ? { parts: pieces, span: null, rule: 'parts.counted-pieces' } : null;
}
