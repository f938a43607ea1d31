import type { RuleId } from '../rules';
import type { Span } from '../spans';

// Finds the enumerated parts of a numbered slogan (五大优势 → 基础优势, 产业优势, …).
const NUMERAL_VALUE: Record<string, number> = { 一: 1, 二: 2, 两: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const HARD_STOP = '，。；：！？\n';
const LEADING_VERBS = /^(?:(?:启动实施|启动|统筹|聚焦|创新实施|创新|实施|推进|开展|深化|建立|打造|坚持|认清|按照|围绕|依托|落实|推动|实现|全面|加快|贯彻|强化|提升|优化|完善)了?)+/;
const LEADING_VERB = /^(?:启动实施|启动|创新实施|实施|推进|开展|深化|建立|打造|坚持|认清|按照|围绕|依托|落实|推动|实现|全面|加快|贯彻|强化|提升|优化|完善|创新)/;

const NUMERAL_CHARS = /[一二两双三四五六七八九十个大项种]/g;
const GOVERNING_VERB = /(做到|实现|推进|落实|坚持|深化|树立|增强|坚定|打好|打赢|推动|抓好|强化|践行|贯彻|开展|实施|做好|加快)$/;

/** Parts that read as the slogan's members: free of figures, not a verb's object, and alike or sharing the slogan's words. */
export function plausibleParts(name: string, parts: string[]): boolean {
  if (parts.some((p) => !p || /[\d^[\]]/.test(p)) || GOVERNING_VERB.test(parts[parts.length - 1])) return false;
  // 四改八, 双向四改六: lanes widened, a road's measure and not a slogan with parts
  if (/^[二两三四五六七八九十]改[二两三四五六七八九十]$/.test(name)) return false;
  const words = new Set(name.replace(NUMERAL_CHARS, ''));
  const lengths = parts.map((p) => p.length);
  // 投融资、贸易、物流、监管服务、人员往来“五大便利化”: three or more short items are a list of their own
  const alike = (Math.max(...lengths) - Math.min(...lengths) <= 1 || parts.length >= 3) && Math.max(...lengths) <= (parts.length >= 4 ? 8 : 6);
  return alike || parts.every((p) => [...p].some((ch) => words.has(ch)));
}

export interface PartsFound {
  parts: string[];
  rule: RuleId;
  /** Text that held the enumeration; quotes inside it are parts, not slogans of their own. */
  span: Span | null;
}

/** Each numeral in the slogan that can count parts: 三级四源 → [3, 4]. */
export function countsOf(name: string): number[] {
  // 十二大战略, 十五个专项: a two-character count before a counter word
  const teen = /^十([一二三四五六七八九])[个大项条种场张]/.exec(name);
  if (teen) return [10 + NUMERAL_VALUE[teen[1]]];
  // 7个重点场景: a count in figures
  const figure = /^([2-9])[个大项条种张]/.exec(name);
  if (figure) return [Number(figure[1])];
  const out: number[] = [];
  [...name].forEach((ch, i, chars) => {
    // 店小二, 第二: a numeral that names rather than counts
    if (i === chars.length - 1 || /[小第]/.test(chars[i - 1] ?? '')) return;
    // 十二五, 二十: digits of a larger numeral, not a count
    if (NUMERAL_VALUE[chars[i - 1]] || NUMERAL_VALUE[chars[i + 1]]) return;
    if (NUMERAL_VALUE[ch] && NUMERAL_VALUE[ch] >= 2) out.push(NUMERAL_VALUE[ch]);
  });
  return out;
}

const stripQuotes = (s: string) => s.replace(/[“”"「」]/g, '').trim();

function trimToMedian(items: string[], fromEnd: boolean): string[] {
  const lengths = items.slice(1).map((s) => s.length).sort((a, b) => a - b);
  const median = lengths[lengths.length >> 1] ?? items[0].length;
  return items.map((s, i) => {
    const t = stripQuotes(s);
    if (i !== (fromEnd ? 0 : items.length - 1) || t.length <= median + 1) return t;
    const quoted = /“([^”]+)”$/.exec(s);
    if (quoted) return quoted[1];
    let stripped = t;
    for (let m = LEADING_VERB.exec(stripped); m && stripped.length > median + 1; m = LEADING_VERB.exec(stripped)) stripped = stripped.slice(m[0].length);
    return stripped.length <= median + 1 ? stripped : t.slice(-median);
  });
}

/** 生态修复和城市修补“双修”: two phrases of a like length and shape, once the verb before them is gone. */
function parallelHalves(a: string, b: string): boolean {
  const left = a.replace(LEADING_VERBS, '');
  return /^[\u4e00-\u9fff]{2,8}$/.test(left) && /^[\u4e00-\u9fff]{2,8}$/.test(b) && Math.abs(left.length - b.length) <= 1;
}

const BODY = /(?:党委|党工委|[省市州县区镇乡]委|人民政府|政府|人大|政协|管委会)$/;

/** 基础优势、产业优势、…平台优势这“五大优势” */
export function listBefore(text: string, at: number, counts: number[]): PartsFound | null {
  let end = at;
  const tail = text.slice(Math.max(0, at - 3), at);
  const connector = /(这|的|等|这些|这一)$/.exec(tail);
  if (connector) end -= connector[0].length;
  // 突出（果蔬、商贸、民生）三大经济事业: the list stands in brackets right before the count
  const bracketed = /[（(]([^（）()]{3,80})[）)]$/.exec(text.slice(Math.max(0, end - 84), end));
  if (bracketed && bracketed[1].includes('、')) end -= 1;
  let start = bracketed && bracketed[1].includes('、') ? end - bracketed[1].length : end;
  while (start > 0 && !HARD_STOP.includes(text[start - 1]) && !'（('.includes(text[start - 1]) && end - start < 160) start--;
  let items = text.slice(start, end).split('、');
  // “蓝天”“碧水”“绿地”“清洁”“田园”五项保护计划: quotes in a row are a list without its commas
  const run = items.length === 1 ? /(?:“[^”]{1,12}”){2,}$/.exec(items[0]) : null;
  if (run) {
    start = end - run[0].length;
    items = run[0].slice(1, -1).split('”“').map((x) => `“${x}”`);
  }
  // …营商环境优势区和开放联动新枢纽“五区一枢纽”, “项目攻坚突破”和“全域争先进位”两大行动: the last two joined by 和
  const joined = /^(.{2,}?)(?:和|及|与|以及)(.{2,})$/.exec(items[items.length - 1]);
  if (!counts.includes(items.length) && joined && counts.includes(items.length + 1) && (items.length > 1 || (/“[^”]+”$/.test(joined[1]) && /^“[^”]+”$/.test(joined[2])) || parallelHalves(joined[1], joined[2]))) items = [...items.slice(0, -1), items.length === 1 ? /“[^”]+”$/.exec(joined[1])?.[0] ?? joined[1].replace(LEADING_VERBS, '') : joined[1], joined[2]];
  // 推进“三项制度创新”和投融资、贸易、物流“五大便利化”: the list starts after the last 和 before it
  if (!counts.includes(items.length)) {
    const joint = Math.max(text.lastIndexOf('和', end - 1), text.lastIndexOf('及', end - 1), text.lastIndexOf('与', end - 1), text.lastIndexOf('”', end - 1));
    if (joint >= start && joint < end - 1) {
      start = joint + 1;
      items = text.slice(start, end).split('、');
    }
  }
  if (items.length < 2 || !counts.includes(items.length) || items.some((s) => stripQuotes(s).length === 0)) return null;
  // 主干道路、地下管廊和“三馆一场”: a list that runs on into the slogan with 和 has the slogan as its last member
  if (/(?:和|及|与)$/.test(items[items.length - 1])) return null;
  // 小区资金监管“两强化两提升”、小区重大事项“五议两公开”: items that hold a slogan of their own are neighbours, not parts
  const quoted = items.filter((s) => /“[^”]*”$/.test(s)).length;
  if (quoted > 0 && quoted < items.length) return null;
  // 实施县委、县政府“…”发展战略: the bodies that adopted a slogan are not its parts
  if (items.some((s) => BODY.test(s))) return null;
  // 以A、B为主要内容的“X”: A and B describe X, they are not its named parts
  if (/为(主要)?(内容|重点|核心|主线|抓手)$/.test(items[items.length - 1])) return null;
  const parts = trimToMedian(items, true);
  // 统筹沿汾、沿黄、沿太岳三大板块: the verb that governs the list is not the first item's
  // (启动实施了A、B…: the verb's 了 may be all the trimming left of it)
  const bare = parts[0].replace(LEADING_VERBS, '').replace(/^了(?=[\u4e00-\u9fff]{2})/, '');
  // 推动小街巷、…和城市出入口“五大改造”: a verb that only governs is never a part's first word
  const governs = /^(?:启动实施|启动|推动|推进|实施|开展|围绕|依托|按照|坚持|聚焦|了)/.test(parts[0]);
  if (bare.length >= 2 && (governs || parts.slice(1).every((p) => p.length < parts[0].length))) parts[0] = bare;
  return { parts, span: { start, end }, rule: 'parts.list-before' };
}

/** “三圈并立”的…格局，即北部…数娱商圈；中部…莲花商圈；南部…浙科园商圈 */
export function listAfterNamely(text: string, from: number, counts: number[], name: string): PartsFound | null {
  const window = text.slice(from, from + 30);
  const k = window.search(/即|包括|分别是|就是/);
  if (k < 0 || /[。；]/.test(window.slice(0, k))) return null;
  const start = from + k + (window[k] === '即' || window[k] === '就' ? (window[k] === '即' ? 1 : 2) : window[k] === '包' ? 2 : 3);
  let end = start;
  while (end < text.length && text[end] !== '。' && text[end] !== '\n' && end - start < 400) end++;
  const body = text.slice(start, end);
  for (const sep of ['；', '，', '、']) {
    const items = body.split(sep).map((s) => s.trim()).filter(Boolean);
    if (!counts.includes(items.length)) continue;
    const parts = tidyEnds(items.map((s) => stripQuotes(s.includes('的') && sep === '；' ? s.slice(s.lastIndexOf('的') + 1) : s)));
    if (plausibleParts(name, parts)) return { parts, span: { start, end }, rule: 'parts.namely' };
  }
  return null;
}

/** 在…存在的乱堆放 | … | 乱悬挂等突出问题 → 乱堆放 | … | 乱悬挂: lead-in and tail words off the outer items. */
function tidyEnds(parts: string[]): string[] {
  const out = [...parts];
  const first = out[0].split(/[的是，：]/).pop() ?? out[0];
  out[0] = first.replace(LEADING_VERB, '') || first;
  const middle = out.slice(1, -1).map((p) => p.length).sort((a, b) => a - b);
  const median = middle[middle.length >> 1] ?? out[out.length - 1].length;
  const last = out[out.length - 1].split('等')[0];
  out[out.length - 1] = last.length > median + 1 && last.length <= median * 2 ? last.slice(0, median) : last;
  return out;
}

/** “三级四源”治理体系建设，实现“警源、访源、诉源、患源” — a quoted list soon after. */
export function quotedListAfter(text: string, from: number, counts: number[], name: string): PartsFound | null {
  const window = text.slice(from, from + 40);
  const open = window.indexOf('“');
  if (open < 0 || /[。；]/.test(window.slice(0, open))) return null;
  const closeAt = text.slice(from + open, from + 120).indexOf('”');
  if (closeAt < 0) return null;
  const close = from + open + closeAt;
  const items = text.slice(from + open + 1, close).split('、');
  const last = name[name.length - 1];
  if (!counts.includes(items.length) || !items.every((s) => s.endsWith(last))) return null;
  return { parts: items, span: { start: from + open, end: close + 1 }, rule: 'parts.quoted-list' };
}

/** “三专”工作机制，组建专班、专人负责、专项推进: the list of the clause right after the slogan's head. */
export function listAfterHead(text: string, from: number, counts: number[], name: string): PartsFound | null {
  const head = /^[\u4e00-\u9fff]{0,6}[，：]/.exec(text.slice(from, from + 8));
  if (!head) return null;
  const start = from + head[0].length;
  // …法务“四张清单”: a quoted name after the list is the list's own label, not a part
  const clause = /^[^，。；：\n“]{3,80}/.exec(text.slice(start))?.[0];
  if (!clause) return null;
  // “三个一”行动计划，组织实施百大…项目、十大…工程和十大…工程: the verb opens the list, 和 closes it
  const opener = /^(?:组织实施|组织|实施|推进|推动|开展|打造|抓好|启动|制定|建立|形成|探索)/.exec(clause)?.[0] ?? '';
  let items = clause.slice(opener.length).split('、');
  if (!counts.includes(items.length)) items = [...items.slice(0, -1), ...items[items.length - 1].split(/[和及与]/)];
  if (!counts.includes(items.length) || items.some((s) => s.length < 2 || s.length > 10)) return null;
  const stem = new Set(name.replace(NUMERAL_CHARS, ''));
  // items that are counted programmes of their own make up a slogan of counts (三个一: 百大…, 十大…, 十大…)
  const counted = items.every((s) => /^[一二三四五六七八九十百千两]+[个大项]/.test(s));
  // 突出“五大抓手”，推动协同发展、创新驱动、…: a quoted count whose next clause opens with a verb
  // of carrying out and lists as many things is named by them, whatever words they share
  const carriedOut = opener !== '' && text[from - 1] === '”' && head[0].length === 1;
  if (!counted && !carriedOut && !items.every((s) => [...s].some((ch) => stem.has(ch)))) return null;
  const at = start + opener.length;
  return { parts: items, span: { start: at, end: start + clause.length }, rule: 'parts.list-after' };
}

/** “三个结合”，全面发力与精准宣传相结合，网络媒体与新型媒体相结合，… */
export function clausesAfter(text: string, from: number, counts: number[], name: string): PartsFound | null {
  const noun = name.slice(-2);
  if (text[from] !== '，' && text[from] !== '：') return null;
  let end = from + 1;
  while (end < text.length && text[end] !== '。' && text[end] !== '\n' && end - from < 300) end++;
  const clauses = text.slice(from + 1, end).split('，');
  for (const n of counts) {
    const items = clauses.slice(0, n);
    if (items.length === n && items.every((s) => s.includes(noun))) return { parts: items, span: null, rule: 'parts.clauses' };
  }
  return null;
}

/**
 * 启动“项目六大会战”…。围绕工业实施…；围绕重大基础设施实施…；…: the fields the following clauses
 * each open with (围绕X实施…) are the parts, when there are as many as the slogan counts.
 */
export function fieldsAroundAfter(text: string, from: number, counts: number[]): PartsFound | null {
  const window = text.slice(from, from + 1500);
  const stop = window.search(/\n\s*\n|\n[（(]?[一二三四五六七八九十]+[、）)]/);
  const body = stop < 0 ? window : window.slice(0, stop);
  const parts: string[] = [];
  for (const m of body.matchAll(/(?:^|[。；，])\s*围绕([\u4e00-\u9fff]{2,8}?)(?:实施|推进|建设|开展|打造|抓好)/g)) parts.push(m[1]);
  return parts.length >= 2 && counts.includes(parts.length) && new Set(parts).size === parts.length ? { parts, span: null, rule: 'parts.clauses' } : null;
}

/** “三大载体”增强党建活力。一是…。二是…。三是… */
export function ordinalItemsAfter(text: string, from: number, counts: number[], name = ''): PartsFound | null {
  // 五个强化 → 一是强化战略定力: the verb the slogan counts is part of each item's name
  const stem = name.replace(NUMERAL_CHARS, '');
  const k = text.slice(from, from + 80).indexOf('一是');
  if (k < 0) return null;
  const first = from + k;
  const ordinals = '一二三四五六七八九十';
  const parts: string[] = [];
  let pos = first;
  for (let i = 0; i < 10 && pos >= 0 && pos - from < 2000; i++) {
    const stop = text.slice(pos + 2, pos + 200).search(/[。；]/);
    const item = text.slice(pos + 2, stop < 0 ? pos + 200 : pos + 2 + stop);
    const quoted = /“([^”]+)”/.exec(item);
    // 一是打造大数据和大健康“姊妹篇”: the quoted word is the slogan's own noun, the words before it the part
    const ownNoun = !!quoted && name.includes(quoted[1]);
    const plain = ownNoun ? item.replace(/“[^”]+”/, '') : item;
    parts.push(quoted && !ownNoun ? quoted[1] : (stem.length >= 2 && plain.startsWith(stem) ? plain : plain.replace(LEADING_VERBS, '')).replace(/[，,].*$/, ''));
    const next = ordinals[i + 1] + '是';
    const nextAt = text.slice(pos + 2, pos + 600).indexOf(next);
    pos = nextAt >= 0 ? pos + 2 + nextAt : -1;
  }
  // 一是着力保持经济平稳运行: sentences of what was done, not the names of parts
  if (parts.filter((p) => /^(着力|全力|努力|切实|大力|持续|积极|不断|坚持)/.test(p) || p.length > 12).length * 2 >= parts.length) return null;
  return counts.includes(parts.length) ? { parts, span: null, rule: 'parts.ordinals' } : null;
}
