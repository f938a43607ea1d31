import type { Span } from '../spans';

// 地铁1号线、2号线首期工程 and 轨道交通1号线、2号线一期: numbered lines listed after one prefix
// each carry that prefix (and a shared phase or works suffix).

export interface NumberedLine extends Span {
  name: string;
  surface: string;
}

// an item's own phase is kept only before the next item; a phase after the last one is shared
const LINES = /(地铁|轨道交通|城市轨道交通|轻轨|快轨|有轨电车|BRT)(\d+号线(?:[一二三四首]期(?=、))?(?:、\d+号线(?:[一二三四首]期(?=、))?)+)((?:[一二三四首]期)?(?:工程|项目)?)/g;

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
  return out;
}
