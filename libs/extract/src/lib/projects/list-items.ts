import type { Span } from '../spans';
import { afterLastVerb, dropGoverning } from './trim-name';

// Projects named as items of a list: 华夏动漫、a963等一批文化创意项目; 浙商财富中心、亚都大厦、中天MCC…
// 青禾华侨城、…、石溪购物村等一批高端旅游设施: facilities counted as a batch are named one by one
const LIST_TAIL = /^等(?:(?:\d+个|[一二三四五六七八九十]+个|一批|各类|)[^，。；、]{0,8}?(项目|工程|活动|场馆|院校|综合体)(?!载体|平台|方式|形式|机制|示范|案例)|(?:一批|\d+[个处]|[一二三四五六七八九十]+[个处])[^，。；、]{0,8}?设施)/;
const LEADING = /^(?:已经|已|又|先后|积极|配合|做好|完成|推进|加快|实施了|实施|建成|建设|开展|重点|打造|依托|引进|包括|举办|去年|今年|还|并|了|对|和|及|与|以及|组织|通过|抓紧|续建|新开工|竣工|开工)+/;
const HARD = '，。；：！？\n（）()';

export interface ListItem extends Span {
  name: string;
  /** 项目 or 工程 when the list ends in 等…项目: each item is also called by it (青禾电站项目) */
  kind?: string;
}

function itemsBefore(text: string, end: number): ListItem[] {
  let start = end;
  while (start > 0 && !HARD.includes(text[start - 1]) && end - start < 120) start--;
  const items: ListItem[] = [];
  let pos = start;
  for (const raw of text.slice(start, end).split(/、|和(?=[\u4e00-\u9fff]{2})/)) {
    const lead = LEADING.exec(raw)?.[0].length ?? 0;
    const cut = raw.slice(lead).search(/\d+[幢个家座所处项]|等/);
    const surface = (cut > 0 ? raw.slice(lead, lead + cut) : raw.slice(lead)).trimEnd();
    const kept = dropGoverning(afterLastVerb(surface));
    const s = pos + lead + (surface.length - kept.length) + (kept.includes('的') ? kept.lastIndexOf('的') + 1 : 0);
    const name = kept.replace(/[“”]/g, '').replace(/^.*的/, '');
    if (name.length >= 2 && name.length <= 16 && !/\*/.test(name) && !/^[“”]|[“”]$/.test(kept.replace(/“[^”]*”/g, 'x'))) {
      items.push({ name, start: s, end: pos + lead + surface.length });
    }
    pos += raw.length + 1;
  }
  return items;
}

/** Items before 等…项目 are projects, each one. */
export function itemsBeforeGenericHead(text: string): ListItem[] {
  const out: ListItem[] = [];
  for (let i = text.indexOf('等'); i >= 0; i = text.indexOf('等', i + 1)) {
    // 集资诈骗、恶意逃废债务等违法活动: offences listed, not works
    if (!LIST_TAIL.test(text.slice(i, i + 16)) || /^等[^，。；]{0,6}(违法|非法|犯罪|违规)/.test(text.slice(i, i + 12))) continue;
    // 与中国铝业、国电集团等18家央企签约项目: the partners that sign, not the works
    if (/^等[^，。；、]{0,8}?(企|公司|集团|单位|院所|高校|银行)/.test(text.slice(i, i + 14))) continue;
    // 青禾、松岭等名人故居保护工程: the people whose homes are kept, not works of their own
    if (/^等[^，。；、]{0,4}?(故居|旧居|名人)/.test(text.slice(i, i + 10))) continue;
    // 等高速公路项目: the kind of road or railway each item is names it better than 项目
    const route = /^等(?:\d+[个条]|[一二三四五六七八九十]+[个条]|一批|重点|重大)*(高速公路|城际铁路|铁路|公路|高速)(?:项目|工程)/.exec(text.slice(i, i + 14))?.[1];
    const kind = route ?? /^等(?:\d+个|[一二三四五六七八九十]+个|一批|重点|重大)*(项目|工程)/.exec(text.slice(i, i + 8))?.[1];
    out.push(...itemsBefore(text, i).map((it) => ({ ...it, kind })));
  }
  return out;
}

export const ROAD = /(?:[^道公铁马]路|街|大道|环线|[^路干专支]线|[^过]桥|隧道|高速|快速路|延伸段|改线)$/;

/** The other items of an enumeration in which at least two items are already projects (one, when all are roads). */
export function siblingsOfProjects(text: string, known: Span[]): ListItem[] {
  const out: ListItem[] = [];
  const knownEnds = new Set(known.map((k) => k.end));
  const seen = new Set<number>();
  for (const k of known) {
    if (text[k.end] !== '、' && text[k.start - 1] !== '、') continue;
    let end = k.end;
    while (end < text.length && !HARD.includes(text[end]) && end - k.end < 120) end++;
    const items = itemsBefore(text, end);
    const key = items[0]?.start ?? -1;
    if (items.length < 2 || seen.has(key)) continue;
    seen.add(key);
    // an item is known when a known name ends where it ends (give or take a quantifier)
    const known = items.filter((it) => [it.end - 1, it.end, it.end + 1, it.end + 2].some((e) => knownEnds.has(e)));
    if (known.length >= 2 && items.length >= 3) out.push(...items.filter((it) => it.name.length >= 3));
    // 北环线、西环线、青禾路、松岭西路延伸段: roads listed with one known road are roads, each named
    else if (known.length === 1 && items.length >= 2) {
      // the last item carries the work done on all of them: 松岭西路延伸段建设
      const roads = items.map((it) => {
        const work = /(?:建设|工程)$/.exec(it.name)?.[0].length ?? 0;
        return { ...it, name: it.name.slice(0, it.name.length - work), end: it.end - work };
      });
      if (roads.every((it) => ROAD.test(it.name) && !/\d+条|^(?:打通|新建|改建|建设|改造)/.test(it.name))) out.push(...roads.filter((it) => it.name.length >= 3 && it.name.length <= 10));
    }
  }
  return out;
}
