import type { DocumentStructure } from '@policy-graph/text';
import type { Span } from '../spans';
import type { SloganBook } from './draft';
import { countedPieces, countedVerbParts, listsPerAddend, namedPartsAfter, quotedPieces } from './parts-following';
import { clausesAfter, countsOf, fieldsAroundAfter, listAfterHead, listAfterNamely, listBefore, ordinalItemsAfter, PartsFound, plausibleParts, quotedListAfter } from './parts';

/** Fills in the parts of numbered slogans; returns the spans whose quotes were list items. */
export function findNumberedParts(text: string, book: SloganBook, structure?: DocumentStructure): Span[] {
  const consumed: Span[] = [];
  for (const d of book.all()) {
    const pieces = countedPieces(d.name) ?? quotedPieces(text, d.name) ?? d.mentions.map((m) => listsPerAddend(text, text[m.end] === '”' ? m.end + 1 : m.end, d.name)).find(Boolean) ?? null;
    if (pieces) {
      d.parts = pieces.parts;
      d.partsRule = pieces.rule;
      d.kind = 'numbered';
      continue;
    }
    const counts = countsOf(d.name);
    if (!counts.length || d.name.length > 12) continue;
    for (const m of d.mentions) {
      const found = partsAt(text, m, counts, d.name);
      if (!found) continue;
      d.parts = found.parts.filter((p) => p.length > 0 && p.length <= 30);
      d.partsRule = found.rule;
      d.kind = 'numbered';
      if (found.span) consumed.push(found.span);
      break;
    }
    if (d.parts.length || !structure) continue;
    // parts named later in the slogan's own part of the text
    for (const m of d.mentions) {
      // a run-in heading may close the slogan's own paragraph early: look on through its section
      const found = namedPartsAfter(text, m.end, scopeEnd(structure, m.end, text.length), d.name) ?? namedPartsAfter(text, m.end, sectionEnd(structure, m.end, text.length), d.name) ?? countedVerbParts(text, m.end, sectionEnd(structure, m.end, text.length), d.name);
      if (!found) continue;
      d.parts = found.parts;
      d.partsRule = found.rule;
      d.kind = 'numbered';
      break;
    }
  }
  return consumed;
}

// 五场攻坚战, 五大工程, 六个新突破 written without quotes: a slogan when the text goes on to name its parts.
const COUNTED = /[一二三四五六七八九十两]+[个大项场条张](?:攻坚战|行动|工程|任务|板块|产业|平台|片区|中心|体系|突破|提升|专项)(?=[^\u4e00-\u9fff]|为|发展|建设|的|和|与|等|$)/g;

export function countedWithNamedParts(text: string, structure: DocumentStructure, book: SloganBook): void {
  COUNTED.lastIndex = 0;
  for (let m = COUNTED.exec(text); m; m = COUNTED.exec(text)) {
    if (book.get(m[0]) || /[第届]/.test(text[m.index - 1] ?? '')) continue;
    const end = m.index + m[0].length;
    const found = namedPartsAfter(text, end, scopeEnd(structure, end, text.length), m[0]);
    if (!found) continue;
    const d = book.add(m[0], m[0], { start: m.index, end }, 'numbered', 'slogan.numbered');
    d.parts = found.parts;
    d.partsRule = found.rule;
  }
}

// 打造A、B、C、D四个示范区, “百姓、老兵、好人”等三大宣讲兵团模式: a list counted by the phrase right after it
// (…四大先导产业产值占比…: the counted noun may run on into the sentence)
const COUNTED_AFTER_LIST = /[两二三四五六七八九十]+[个大项条张种](?:[\u4e00-\u9fff]{1,7}(?=[，。；,：:\s]|$)|[\u4e00-\u9fff]{0,6}?(?:产业|片区|行动|工程|任务|示范区|底线|目标|平台|体系|领域|板块)(?!基地|园区|集群|集聚区))/g;
// what a campaign counts: 五大攻坚行动, 三大工程, 四大片区 (两大体系, 三大机制 describe, they are not campaigns)
const SLOGAN_COUNT_HEAD = /(攻坚行动|攻坚战|行动|工程|片区|板块|示范区|战略|计划|提升|突破|专项|产业)$/;
const FRAME_WORD = /(模式|机制|格局|体系|布局)$/;
const LIST_VERB = /^(?:(?:启动实施|启动|紧盯|着力|加快|全力|大力|打造|建设|建成|筑牢|守住|实现|推进|推动|实施|抓好|做好|聚焦|围绕|坚持|突出|强化|创新实施|开展|深化|统筹|形成|构建)了?)+/;

export function countedAfterList(text: string, book: SloganBook, taken: Span[]): Span[] {
  const found: { name: string; at: number; parts: string[]; span: Span; quoted: boolean }[] = [];
  const known = book.all().flatMap((d) => d.parts);
  // where counted lists stand, those already read included: lists in a row make a framing
  const marks: number[] = [];
  COUNTED_AFTER_LIST.lastIndex = 0;
  for (let m = COUNTED_AFTER_LIST.exec(text); m; m = COUNTED_AFTER_LIST.exec(text)) {
    // …两大行动为牵引: what the count is used as is not part of its name
    // …五大工程的开展: what is done with the counted things is not part of their name
    // …三大工程深入实施: how the counted things go on is not part of their name
    const name = m[0].replace(/(?<=[\u4e00-\u9fff]{3})(?:深入|全面|扎实|稳步|加快|顺利|有序|持续|大力)?(?:实施|推进|开展|启动|落实)$/, '').replace(/为(?:牵引|抓手|重点|引领|核心|主线|载体|目标)$/, '').replace(/(?<=[\u4e00-\u9fff]{2})(水平|能力)$/, '').replace(/(?<=^[^的]{3,})的[\u4e00-\u9fff]*$/, '');
    const counts = countsOf(name);
    if (book.get(name)?.parts.length) marks.push(m.index);
    if (!counts.length || book.get(name)?.parts.length || /[第届]/.test(text[m.index - 1] ?? '')) continue;
    const list = listBefore(text, m.index, counts);
    // lists already read as another slogan's parts (8+8's eight and eight industries)
    if (!list?.span || taken.some((t) => t.start < list.span!.end && list.span!.start < t.end)) continue;
    const items = list.parts.length === text.slice(list.span.start, list.span.end).split('、').length ? text.slice(list.span.start, list.span.end).split('、') : list.parts;
    const parts = items.map((p, i) => (i === 0 ? p.replace(LIST_VERB, '').replace(/^以(?=[^，]{2})/, '') : p).replace(/[“”]/g, ''));
    if (parts.some((p) => p.length < 2 || p.length > 12 || /[\d，了]/.test(p))) continue;
    if (parts.filter((p) => known.some((k) => k.endsWith(p) || p.endsWith(k))).length * 2 >= parts.length) continue;
    marks.push(m.index);
    found.push({ name, at: m.index, parts, span: list.span, quoted: /^“[^”]+”(?:(?:和|及|与|、)“[^”]+”)*$/.test(text.slice(list.span.start, list.span.end).replace(/^[^“]*/, '')) });
  }
  // a quoted list, or counted lists in a row (四个示范区，五个底线，六个目标): a framing, not a description
  const sentenceOf = (at: number) => {
    let i = at - 1;
    while (i >= 0 && !'。；\n'.includes(text[i])) i--;
    return i;
  };
  const consumed: Span[] = [];
  for (const f of found) {
    const inRow = marks.filter((at) => sentenceOf(at) === sentenceOf(f.at)).length >= 2;
    if (!f.quoted && !inRow && !SLOGAN_COUNT_HEAD.test(f.name)) continue;
    const d = book.add(f.name, f.name, { start: f.at, end: f.at + f.name.length }, 'numbered', 'slogan.counted-list');
    const bare = f.name.replace(FRAME_WORD, '');
    if (bare !== f.name && bare.length >= 4) d.aliases.add(bare);
    d.parts = f.parts;
    d.partsRule = 'parts.list-before';
    // “净化工程、绿化工程…”五大工程: one quotation holding the whole list is the counted slogan written out
    const whole = /^“([^”]+、[^”]+)”$/.exec(text.slice(f.span.start, f.span.end).replace(/^[^“]*/, ''))?.[1];
    if (whole && book.get(whole)) {
      book.delete(whole);
      d.aliases.add(whole);
    }
    // “项目攻坚突破”和“全域争先进位”两大行动: items quoted one by one are slogans of their own too
    if (!f.quoted) consumed.push(f.span);
  }
  return consumed;
}

/** The end of the section (or, lacking headings, the paragraph) a mention stands in. */
/** The end of the numbered section (（五）…) a mention stands in, run-in headings aside. */
function sectionEnd(structure: DocumentStructure, at: number, textEnd: number): number {
  let end = textEnd;
  for (const h of structure.headings) if (h.level <= 2 && h.start <= at && at < h.section.end) end = Math.min(end, h.section.end);
  return Math.min(end, at + 1500);
}

function scopeEnd(structure: DocumentStructure, at: number, textEnd: number): number {
  let end = textEnd;
  for (const h of structure.headings) if (h.start <= at && at < h.section.end) end = Math.min(end, h.section.end);
  if (end === textEnd) {
    const p = structure.paragraphs.find((x) => x.start <= at && at < x.end);
    if (p) end = p.end;
  }
  return Math.min(end, at + 3000);
}

function partsAt(text: string, m: Span, counts: number[], name: string): PartsFound | null {
  const openAt = text[m.start - 1] === '“' ? m.start - 1 : m.start;
  const after = text[m.end] === '”' ? m.end + 1 : m.end;
  const plausible = (found: PartsFound | null) => (found && plausibleParts(name, found.parts) ? found : null);
  const before = listBefore(text, openAt, counts);
  // …、涉企违规收费罚款、涉企执法检查“五个专项治理”: a list as long as the count, right against the quote, is its parts however long
  const counted = /^[三四五六七八九十]+[个大项][\u4e00-\u9fff]{2,}$/.test(name);
  const adjacent = counted && before && text[m.start - 1] === '“' && before.span?.end === openAt && before.parts.every((p) => p.length <= 16 && !/\d/.test(p)) ? before : null;
  return (
    withPlaceKind(plausible(before) ?? adjacent, name) ??
    listAfterNamely(text, after, counts, name) ??
    plausible(quotedListAfter(text, after, counts, name)) ??
    plausible(clausesAfter(text, after, counts, name)) ??
    listAfterHead(text, after, counts, name) ??
    ordinalItemsAfter(text, after, counts, name) ??
    fieldsAroundAfter(text, after, counts)
  );
}

// 统筹沿汾、沿黄、沿太岳三大板块: short names of quarters each take the kind of area they are counted as
const AREA_KIND = /^[一二三四五六七八九十两]+[个大](板块|片区|组团|新城|园区|城区|功能区)$/;

function withPlaceKind(found: PartsFound | null, name: string): PartsFound | null {
  const kind = AREA_KIND.exec(name)?.[1];
  if (!found || !kind || !found.parts.every((p) => p.length <= 3 && !p.endsWith(kind.slice(-1)))) return found;
  return { ...found, parts: found.parts.map((p) => p + kind) };
}

/** 三个全域 with three sections headed 全域创新…, 全域美丽…, 全域治理…: the headings name the parts. */
export function partsFromHeadings(text: string, structure: DocumentStructure, book: SloganBook): void {
  for (const d of book.all()) {
    const m = /^[一二三四五六七八九十两]+[个大项](.{2,3})$/.exec(d.name);
    if (!m || d.parts.length) continue;
    const stem = m[1];
    const counts = countsOf(d.name);
    const found = new Map<string, Span>();
    for (const h of structure.headings) {
      if (text.startsWith(stem, h.start) && h.end - h.start >= stem.length + 2) {
        const part = text.slice(h.start, h.start + stem.length + 2);
        if (!found.has(part)) found.set(part, { start: h.start, end: h.start + part.length });
      }
    }
    if (!counts.includes(found.size)) {
      // 五个扎实: paragraphs that open with the stem (扎实推进经济持续健康发展，…) name the parts
      found.clear();
      for (const p of [...structure.headings, ...structure.paragraphs].sort((x, y) => x.start - y.start)) {
        // a line that opens with the stem, not a sentence run on after a numbered heading
        if (!text.startsWith(stem, p.start) || (p.start > 0 && text[p.start - 1] !== '\n')) continue;
        const clause = /^[^，。；：,]{3,16}/.exec(text.slice(p.start, p.start + 20))?.[0];
        if (clause && !found.has(clause)) found.set(clause, { start: p.start, end: p.start + clause.length });
      }
      if (!counts.includes(found.size)) continue;
      d.parts = [...found.keys()];
      d.partsRule = 'parts.paragraph-leads';
      d.kind = 'numbered';
      continue;
    }
    d.parts = [...found.keys()];
    d.partsRule = 'parts.headings';
    d.kind = 'numbered';
    for (const [part, span] of found) book.add(part, part, span, 'slogan', 'slogan.heading-part');
  }
}
