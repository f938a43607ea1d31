import type { Span } from '../spans';

// 地铁1号线、2号线首期工程 and 轨道交通1号线、2号线一期: numbered lines listed after one prefix
// each carry that prefix (and a shared phase or works suffix).

export interface NumberedLine extends Span {
  name: string;
  surface: string;
}

// an item's own phase is kept only before the next item; a phase after the last one is shared
const LINES = /(地铁|轨道交通|城市轨道交通|轻轨|快轨|有轨电车|BRT)(\d+号线(?:[一二三四首]期(?=、))?(?:、\d+号线(?:[一二三四首]期(?=、))?)+)((?:[一二三四首]期)?(?:工程|项目)?)/g;

const SHARED_LINE = /(地铁|轨道交通|城市轨道交通|轻轨)((?:\d+号、)+\d+号线)/g;

export function numberedLines(text: string): NumberedLine[] {
  const out: NumberedLine[] = [];
  LINES.lastIndex = 0;
  for (let m = LINES.exec(text); m; m = LINES.exec(text)) {
    const [, prefix, list, suffix] = m;
    let at = m.index + prefix.length;
    for (const item of list.split('、')) {
      const own = /[一二三四首]期$/.test(item) ? '' : suffix;
      out.push({ name: prefix + item + own, surface: item, start: at, end: at + item.length });
      at += item.length + 1;
    }
  }
  // 地铁1号、2号线: numbers listed before the 线 they share
  SHARED_LINE.lastIndex = 0;
  for (let m = SHARED_LINE.exec(text); m; m = SHARED_LINE.exec(text)) {
    const [, prefix, list] = m;
    let at = m.index + prefix.length;
    for (const item of list.split('、')) {
      const name = prefix + (item.endsWith('线') ? item : item + '线');
      out.push({ name, surface: item, start: at, end: at + item.length });
      at += item.length + 1;
    }
  }
  return out;
}

// 轨道交通3号线开通运营，5号线全线…，6号线、S1线加快建设: bare lines after a prefixed one carry its
// prefix; 6号线、8号线一期等8条轨道交通线路: bare lines before a count of lines take the kind it names
const BARE_LINE = /(?<![\u4e00-\u9fffA-Za-z\d])([A-Z]?\d+号线|[A-Z]\d+线)((?:[一二三四首]期)?)/g;
const PREFIXED = /(地铁|城市轨道交通|轨道交通|轻轨|有轨电车)(?=[A-Z]?\d+号线|[A-Z]\d+线)/g;
const COUNTED_LINES = /^[^。；]{0,30}?等\d+条(地铁|城市轨道交通|轨道交通|轻轨)线路/;

export function bareLines(text: string): NumberedLine[] {
  const prefixes: { at: number; prefix: string }[] = [];
  PREFIXED.lastIndex = 0;
  for (let m = PREFIXED.exec(text); m; m = PREFIXED.exec(text)) prefixes.push({ at: m.index, prefix: m[1] });
  const out: NumberedLine[] = [];
  BARE_LINE.lastIndex = 0;
  for (let m = BARE_LINE.exec(text); m; m = BARE_LINE.exec(text)) {
    const before = [...prefixes].reverse().find((p) => p.at < m!.index && m!.index - p.at <= 300);
    const prefix = COUNTED_LINES.exec(text.slice(m.index, m.index + 40))?.[1] ?? before?.prefix;
    if (!prefix) continue;
    const surface = m[1] + m[2];
    out.push({ name: prefix + surface, surface, start: m.index, end: m.index + surface.length });
  }
  return out;
}
