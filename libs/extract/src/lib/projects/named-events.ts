import type { Span } from '../spans';

// Events named by their edition (第七届全国城市运动会, 首届全国学青会) or by a one-character
// abbreviation of a fair (西博会, 厦洽会, 东博会, 省运会): held things, so projects.

export interface NamedEvent extends Span {
  name: string;
  /** the words as written where they differ from the name (评剧《黄显声》 for 评剧黄显声) */
  surface?: string;
}

const EDITION = /(?:第[一二三四五六七八九十百零\d]+届|首届)([^，。；、：\n“”()（）]{2,24}?(?:运动会|博览会|交易会|洽谈会|展览会|论坛|峰会|大会|文化节|艺术节|旅游节|音乐节|节|展|赛|会|活动月|月|周|嘉年华))/g;
const MEETING = /(人民代表大会|代表大会|全会|常委会|委员会|党代会|人大|政协|议事会|理事会|董事会|代表会)$/;
const ABBREVIATED = /(?:第[一二三四五六七八九十百零\d]+届|首届|国际|全国)?[\u4e00-\u9fff](?:博会|交会|洽会|台会|青会|运会|创会)/g;
// the character before an abbreviation must end a word: 成功举办西博会, 、厦洽会, 和海交会
const BEFORE_ABBREVIATION = /[，。；、：\n“”（(和与及暨办好加届赴在了的]$|^$/;

// 评剧《黄显声》, 《金城公主》舞台剧: a staged or screened work named by its title and its form
const FORM = '评剧|话剧|歌剧|舞剧|京剧|越剧|豫剧|黄梅戏|音乐剧|舞台剧|电影|纪录片|电视剧|动画片';
const TITLED_BEFORE = new RegExp(`(${FORM})《([^》\\n]{1,16})》`, 'g');
const TITLED_AFTER = new RegExp(`《([^》\\n]{1,16})》(${FORM})`, 'g');

export function findNamedEvents(text: string): NamedEvent[] {
  const out: NamedEvent[] = [];
  for (const m of text.matchAll(TITLED_BEFORE)) out.push({ name: m[1] + m[2], surface: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  for (const m of text.matchAll(TITLED_AFTER)) out.push({ name: m[1] + m[2], surface: m[0], start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  EDITION.lastIndex = 0;
  for (let m = EDITION.exec(text); m; m = EDITION.exec(text)) {
    if (MEETING.test(m[0]) || /\d{4}年/.test(m[1])) continue;
    out.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  }
  ABBREVIATED.lastIndex = 0;
  for (let m = ABBREVIATED.exec(text); m; m = ABBREVIATED.exec(text)) {
    const at = m.index;
    if (!BEFORE_ABBREVIATION.test(text.slice(Math.max(0, at - 1), at))) continue;
    if (out.some((e) => e.start <= at && at < e.end)) continue;
    out.push({ name: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}
