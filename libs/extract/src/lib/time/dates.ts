// Publication date and the year the reported work belongs to.
// 来源/ 青禾网 作者/ 时间/2023-06-19: a news page may set its labels off with a slash
const LABELLED = /(?:发布日期|成文日期|发布时间|印发日期|日期|时间)[:：\s/]*(\d{4})[-年/.](\d{1,2})[-月/.](\d{1,2})/;
// a title line that ends in its date: 五角场街道2015年工作总结和2016年工作安排 2016-03-07
const TITLE_DATE = /^[^\n]{4,60}?\s(\d{4})-(\d{1,2})-(\d{1,2})\s*$/m;
// a web page's own date line under its title: 2025-02-28 14:50  来源: 青禾街道办事处, 2021年02月26日 来源: …
// or with the publishing column and city around it: 政务   2024-12-28 12:34   上海
const PAGE_DATE = /^[^\n\d]{0,12}(\d{4})[-年](\d{1,2})[-月](\d{1,2})日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:来源|(?:[\u4e00-\u9fff]{1,8}\s*)?$)/m;
const NEWSPAPER = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*星期/;
// ——2014年1月26日在…会议上, ——2014年1月26日西安市未央区第十六届人民代表大会
const DELIVERED = /(?:^|[（(—\s])(\d{4})年(\d{1,2})月(\d{1,2})日(?:在|[^。]{0,24}(?:会议|大会))/m;
// a report's delivery date alone in brackets under its title and occasion: ——在…会议上\n（2022年3月31日）
const BRACKETED_LINE = /^[（(](\d{4})年(\d{1,2})月(\d{1,2})日[）)]\s*$/m;
// a notice signed by its body, the date on the line below: 杭州市上城区人民政府办公室\n2019年2月15日
const SIGNED = /(?:人民政府|办公室|办事处|委员会|管委会|街道)\s*\n\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*(?:\n|$)/;
// text from PDFs spaces its figures: 2023 年
const YEAR = /((?:19|20)\d{2}) ?年/g;
const FUTURE_YEAR = /^(?:年底前|年前|年底|年末)|(?:计划于|计划在|力争|到|至|预计)$/;

function isoDate(y: string, m: string, d: string): string | null {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// a news item's lead gives the day without the year, which the title states: 青禾日报讯 1月30日，…
const NEWS_LEAD = /(?:报讯|网讯|电讯|新闻网讯|^讯)[^。\n\d]{0,24}?(\d{1,2})月(\d{1,2})日/m;

/** The publication date when the text (or its metadata) states one; `title` gives the year a news lead leaves out. */
export function findDate(text: string, metaDate: string | null | undefined, title: string | null = null): string | null {
  if (metaDate && /^\d{4}-\d{2}-\d{2}$/.test(metaDate)) return metaDate;
  const head = text.length > 20000 ? text.slice(0, 10000) + text.slice(-10000) : text;
  for (const re of [LABELLED, TITLE_DATE, PAGE_DATE, SIGNED, NEWSPAPER, DELIVERED, BRACKETED_LINE]) {
    // a page's date line stands at its top, not among the figures of its text
    // the bracketed delivery date is one of the title's lines: the title, the occasion, the date
    const m = re.exec(re === PAGE_DATE ? head.slice(0, 600) : re === BRACKETED_LINE ? head.split('\n', 4).join('\n') : head);
    const iso = m && isoDate(m[1], m[2], m[3]);
    if (iso) return iso;
  }
  const lead = NEWS_LEAD.exec(text.slice(0, 400));
  const titleYear = title ? /((?:19|20)\d{2}) ?年/.exec(title)?.[1] : undefined;
  return lead && titleYear ? isoDate(titleYear, lead[1], lead[2]) : null;
}

/** The year of the work: the first year in the title (…2022年工作总结和2023年工作计划 → 2022), the date's year, "2016年，是…", else the latest past year mentioned. */
export function findYear(text: string, date: string | null, title: string | null): number | null {
  const inTitle = title ? /((?:19|20)\d{2}) ?年/.exec(title) : null;
  // a meeting late in Y on the work of Y+1 (2024-12-28: 召开2025年工作讨论会) sums up Y's work first
  if (inTitle && date && Number(inTitle[1]) === Number(date.slice(0, 4)) + 1 && Number(date.slice(5, 7)) >= 11 && text.includes(`${date.slice(0, 4)}年`)) return Number(date.slice(0, 4));
  if (inTitle) return Number(inTitle[1]);
  if (date) return Number(date.slice(0, 4));
  const head = text.slice(0, 4000);
  const opening = /((?:19|20)\d{2}) ?年[，,]?是/.exec(head);
  if (opening) return Number(opening[1]);
  // a page that opens on its year: 2023年，在市委、市政府…的坚强领导下
  const leading = /^\s*((?:19|20)\d{2}) ?年[，,]/.exec(text);
  if (leading) return Number(leading[1]);
  let past = 0;
  let future = Infinity;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const y = Number(m[1]);
    const yearEnd = m.index + m[0].length - 1;
    const isFuture = FUTURE_YEAR.test(text.slice(yearEnd, yearEnd + 4)) || FUTURE_YEAR.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (isFuture) future = Math.min(future, y);
    else past = Math.max(past, y);
  }
  if (past) return /去年/.test(text) ? past + 1 : past;
  return future !== Infinity ? future - 1 : null;
}
