import { gazetteer, shortName } from '../places';
import { tagWords } from '../segment';
import type { SloganDraft, SloganBook } from './draft';

// Slogans written without quotes that a body builds from its own name or from a goal word:
// 数字福建, 清廉湖州, 美丽河北, 平安四川 (a quality and a place), 经济强省, 产业强镇, 科教兴市,
// 旅游富镇 (a means and the kind of body it makes strong), and the items of a quoted list that
// share an ending (“招商引资突破年、项目推进加速年、环境建设提升年”).

const QUALITY = '数字|智慧|美丽|畅通|文化|清廉|平安|法治|健康|幸福|文明|海上|绿色|生态|人文|品质|活力|开放|创新|诚信|书香|实力|魅力|和谐|宜居|数智|善治|共富|森林';
const STRONG_BODY = /(?<=^|[，。；、：\n“（(以照持施进绕设造为是动实入续快握出])([\u4e00-\u9fff]{2,5}?)(强省|强市|强区|强县|强镇|强街|兴省|兴市|兴区|兴县|兴镇|兴街|兴城|富镇|富县|富民|立省|立市|立区|立县|立镇)(?=[，。；、”）)和与及的战略为目标建设这\n]|$)/g;
const LEADING_VERB = /^(?:加快|加速|深入|大力|着力|全力|奋力|推动|促进|深化|持续|全面)*(?:大兴|实施|立足|坚持|推进|围绕|按照|建设|打造|创建|争创|以|为|是)?/;
const NOT_A_MEANS = /^(建设|实现|加快|推进|打造|全面|努力|奋力|成为|争创|全国|全省|全市|这个|一个)/;

const AREA_KIND = /^(新城|新区|城区|郊区|矿区|林区|开发区|高新区|新市)$/;

let placeBrand: RegExp | null = null;

/** 数字福建, 美丽河北: a quality word followed by a province, city or district short name. */
function placeBrandPattern(): RegExp {
  if (placeBrand) return placeBrand;
  const places = new Set<string>();
  for (const d of gazetteer().byCode.values()) {
    if (d.level === 'street') continue;
    const short = shortName(d.name);
    // 新城, 城区: places named like the kind of area a work is (生态新城 is a new town, not a place brand)
    if (short.length >= 2 && short.length <= 4 && /^[\u4e00-\u9fff]+$/.test(short) && !AREA_KIND.test(short)) places.add(short);
  }
  const names = [...places].sort((a, b) => b.length - a.length).join('|');
  placeBrand = new RegExp(`(?:${QUALITY})(?:${names})(?![\\u4e00-\\u9fff]{0,1}(?:市|省|区|县|人|路|街|大学|公司|集团|银行|日报|中心|基地|园|馆|项目|工程|平台|云))`, 'g');
  return placeBrand;
}

// 美丽幸福新西溪, 现代化品质新东港, 宜居幸福甘泉: a body's own goal, two or three qualities (or one
// and 新) before the short name of a place the text names in full
const QUALITY_CHAIN = `(?:${QUALITY}|现代化|高品质|美好|精致|和美|宜业|宜创)`;

/** Short names (西溪, 东港, 普陀) of the streets, towns and districts the text names in full. */
function ownPlaceShortNames(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/([\u4e00-\u9fff]{2,4}?)(街道|镇|乡|区|县)/g)) {
    const short = m[1].replace(/路$/, '');
    const full = m[1] + m[2];
    if (short.length >= 2 && gazetteer().byName.has(full)) out.add(short);
  }
  return [...out];
}

export function findOwnBrands(text: string, book: SloganBook): void {
  const shorts = ownPlaceShortNames(text);
  if (!shorts.length) return;
  const places = shorts.sort((a, b) => b.length - a.length).join('|');
  const re = new RegExp(`(?:${QUALITY_CHAIN}{2,3}新?|${QUALITY_CHAIN}新)(?:${places})(?=建设|的|目标|[，。；、”）)]|$)`, 'g');
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    book.add(m[0], m[0], { start, end: start + m[0].length }, 'slogan', 'slogan.place-brand');
  }
}

// 黄陂全面崛起, 辽宁全面振兴: the rise a place sets as its goal, named more than once
const GOAL = '全面崛起|绿色崛起|全面振兴|跨越发展';

export function findPlaceGoals(text: string, book: SloganBook): void {
  for (const m of text.matchAll(new RegExp(GOAL, 'g'))) {
    const at = m.index ?? 0;
    for (const length of [2, 3]) {
      const place = text.slice(at - length, at);
      const name = place + m[0];
      // a place the segmenter reads as one word, the text naming its goal twice
      const words = at - length >= 0 ? tagWords(text, at - length, at) : [];
      if (words.length !== 1 || words[0].tag !== 'ns' || !gazetteer().byShortName.has(place) || text.split(name).length - 1 < 2) continue;
      book.add(name, name, { start: at - length, end: at + m[0].length }, 'slogan', 'slogan.place-brand');
      break;
    }
  }
}

export function findBrandSlogans(text: string, book: SloganBook): void {
  const brand = placeBrandPattern();
  brand.lastIndex = 0;
  for (let m = brand.exec(text); m; m = brand.exec(text)) {
    // 资源, 合作, 安康 are places too: only a word the segmenter reads as a place counts
    const quality = new RegExp(`^(?:${QUALITY})`).exec(m[0])?.[0] ?? '';
    const words = tagWords(text, m.index + quality.length, m.index + m[0].length);
    const place = m[0].slice(quality.length);
    // 健康大同 where the text also says 大同市: a city the segmenter reads as a common word
    const namedInFull = gazetteer().byShortName.get(place)?.some((d) => d.level !== 'street' && d.name !== place && text.includes(d.name)) ?? false;
    if (words.length !== 1 || (words[0].tag !== 'ns' && !namedInFull)) continue;
    book.add(m[0], m[0], { start: m.index, end: m.index + m[0].length }, 'slogan', 'slogan.place-brand');
  }
  STRONG_BODY.lastIndex = 0;
  for (let m = STRONG_BODY.exec(text); m; m = STRONG_BODY.exec(text)) {
    const means = m[1].replace(LEADING_VERB, '');
    // 突出以港兴城: one character is the means when 以 names it
    const maxim = means.length === 1 && m[1].endsWith('以' + means);
    if ((means.length < 2 && !maxim) || NOT_A_MEANS.test(means)) continue;
    const name = (maxim ? '以' : '') + means + m[2];
    const start = m.index + m[1].length - means.length - (maxim ? 1 : 0);
    book.add(name, name, { start, end: start + name.length }, 'slogan', 'slogan.strong-body');
  }
}

/** “北水北用、南水南用”, “城内大商场、城外大市场”: two halves of one saying mirror each other word for word. */
function couplet(items: string[]): boolean {
  if (items.length !== 2 || items[0].length !== items[1].length) return false;
  const [a, b] = items;
  for (let i = 0; i < a.length - 1; i++) if (a[i] === b[i]) return true;
  return false;
}

/** “A年、B年、C年”: each item of a quoted slogan list that shares the last character is a slogan too. */
export function splitSharedEnding(book: SloganBook): void {
  for (const d of [...book.all()]) {
    const items = d.name.split('、');
    // “市域30分钟、杭甬30分钟”: reaches measured in minutes make one circle together, no slogan each
    // “种文化、送文化、赛文化”, “环庐山、大庐山、泛庐山”: three characters make a saying's beats, not slogans each
    if (items.length < 2 || items.some((it) => it.length < 4 || it.length > 10 || /\d/.test(it))) continue;
    const ending = items[0].slice(-1);
    // “保护好、挖掘好、运用好”: verbs of doing well, and “最高时效度、最优便利度”: measures aimed at, are no slogans each
    if (!items.every((it) => it.endsWith(ending)) || /[一二三四五六七八九十的好度率量]/.test(ending) || couplet(items)) continue;
    const m = d.mentions[0];
    let at = m.start;
    for (const item of items) {
      const added: SloganDraft = book.add(item, item, { start: at, end: at + item.length }, 'slogan', 'slogan.list-item');
      added.origin ??= d.origin;
      at += item.length + 1;
    }
  }
}
