// What an outcome measures: the words of its clause around the number, without cue words.
const LEADING = /^(?:[其中共计累均已再又还分别全年当年今年上半年下半年目前截至去年三年来同比比年内全街道全区全市仅将要并]+|实现|完成|达到|累计|新增|争取|力争|计划|推进|组织开展|开展|组织|实施|对|向|有|设立了|设立|规模达|达)+/;
const TRAILING = /(?:达到|达|为|约|超过|超|共计|共|近|逾|在|分别|以上|以下|左右|的)+$/;

function tidy(s: string): string {
  return s.replace(/[“”"‘’《》（）()·\s]/g, '').replace(LEADING, '').replace(TRAILING, '').replace(/^的/, '');
}

/** A short metric, preferring the words before the number, else those after the unit. */
export function metricOf(before: string, after: string): string | null {
  const head = tidy(before.slice(-24));
  if (head.length >= 2) return head.length > 20 ? head.slice(-20) : head;
  const tail = tidy(after.replace(/^(?:以上|以下|左右|的)/, '').split(/[，。；、,]/)[0] ?? '');
  return tail.length >= 2 ? tail.slice(0, 20) : null;
}
