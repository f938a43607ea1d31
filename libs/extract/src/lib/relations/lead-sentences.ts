import type { DocumentStructure, TextSpan } from '@policy-graph/text';

// Work reports open most paragraphs with a short sentence that names what the paragraph is about
// (深入推进工业倍增计划。…, ——工业倍增成效明显。…, 二是加快项目“双进”，加速腾笼换鸟。…) and
// put short run-in headings inside long paragraphs (协同发展纵深推进。…): each such sentence
// governs the text after it up to the next one or the paragraph's end.

export interface LeadScope {
  lead: TextSpan;
  scope: TextSpan;
}

const MAX_LEAD = 40;
const MAX_RUN_IN = 16;
const ORDINAL = /[一二三四五六七八九十]是/g;
const LEAD_PREFIX = /^(?:——|—|[一二三四五六七八九十]是|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])/;

function firstSentenceEnd(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) if (text[i] === '。' || text[i] === '；' || text[i] === '：') return i + 1;
  return -1;
}

export function leadScopes(text: string, structure: DocumentStructure): LeadScope[] {
  const out: LeadScope[] = [];
  for (const p of structure.paragraphs) {
    const starts = [p.start];
    ORDINAL.lastIndex = 0;
    const body = text.slice(p.start, p.end);
    for (let m = ORDINAL.exec(body); m; m = ORDINAL.exec(body)) {
      const at = p.start + m.index;
      if (at > p.start && /[。；]/.test(text[at - 1])) starts.push(at);
    }
    // run-in headings: a short sentence without commas between two full stops
    for (let i = p.start; i < p.end; i++) {
      if (text[i] !== '。' || i + 1 >= p.end) continue;
      const end = text.indexOf('。', i + 1);
      if (end < 0 || end >= p.end) continue;
      const sentence = text.slice(i + 1, end);
      // 有序推进“生态修复、城市修补”工程。: the commas of a quoted name do not make a sentence of clauses
      const unquoted = sentence.replace(/“[^”]*”/g, '“”');
      if (unquoted.length >= 4 && unquoted.length <= MAX_RUN_IN && !/[，,、；：\d]/.test(unquoted) && (!/[“”]/.test(sentence) || DECLARES.test(sentence))) starts.push(i + 1);
    }
    const sorted = [...new Set(starts)].sort((a, b) => a - b);
    sorted.forEach((start, k) => {
      // the paragraph's own lead governs all of it; ordinal items and run-in heads their stretch
      const next = start === p.start ? p.end : (sorted[k + 1] ?? p.end);
      const leadEnd = firstSentenceEnd(text, start, next);
      if (leadEnd < 0 || next - leadEnd < 8) return;
      const lead = text.slice(start, leadEnd).replace(LEAD_PREFIX, '');
      if (lead.length > MAX_LEAD) return;
      out.push({ lead: { start, end: leadEnd }, scope: { start: leadEnd, end: next === p.end ? listAfter(text, p.end) : next } });
    });
    // 扩大有效投资。启动“项目六大会战”，重点实施…。围绕工业实施…等项目…: after a short lead, a sentence
    // that opens by launching a quoted programme governs the rest of the paragraph
    const leadEnd = firstSentenceEnd(text, p.start, p.end);
    // (a lead that carries out a programme of its own, 实施“…”八大工程。深化健康大同建设。, keeps its paragraph)
    if (leadEnd > 0 && leadEnd - p.start <= MAX_RUN_IN + 4 && !/[“”]|^(?:[一二三四五六七八九十]是)?(?:深化|实施|推进|打造|建设|深入推进|全面推进|加快推进|加快建设)/.test(text.slice(p.start, leadEnd))) {
      const secondEnd = firstSentenceEnd(text, leadEnd, p.end);
      // …or a short sentence that ends by carrying out a counted programme (总投资2亿元实施十大工程。)
      const counted = secondEnd > 0 && secondEnd - leadEnd <= 24 ? COUNTED_PROGRAMME_END.exec(text.slice(leadEnd, secondEnd)) : null;
      const launched = DECLARES.test(text.slice(leadEnd, leadEnd + 12)) ? text.indexOf('”', leadEnd) + 1 : counted ? secondEnd : -1;
      if (launched > leadEnd && p.end - secondEnd >= 8) out.push({ lead: { start: leadEnd, end: launched }, scope: { start: secondEnd, end: p.end } });
    }
    // 把打造“三个姊妹篇”作为产业结构调整的主战场，…: a sentence that makes a programme the main front
    // of the paragraph's work governs the rest of the paragraph
    for (const m of body.matchAll(FRAMED_AS_MAIN)) {
      const start = p.start + (m.index ?? 0) + m[0].length - m[1].length;
      const sentenceEnd = firstSentenceEnd(text, start, p.end);
      if (sentenceEnd > 0 && p.end - sentenceEnd >= 8) out.push({ lead: { start, end: sentenceEnd }, scope: { start: sentenceEnd, end: p.end } });
    }
    // “工业倍增”成效明显，…建成A、B两大基地…: a clause that reports a programme's results governs its sentence
    for (let at = p.start; at < p.end; ) {
      const stop = text.slice(at, p.end).search(/[。；]/);
      const end = stop < 0 ? p.end : at + stop;
      const comma = text.indexOf('，', at);
      if (comma > at && comma < end && comma - at <= MAX_RUN_IN && RESULTS_CLAUSE.test(text.slice(at, comma)) && end - comma > 8) {
        out.push({ lead: { start: at, end: comma + 1 }, scope: { start: comma + 1, end } });
      }
      at = end + 1;
    }
  }
  return out;
}

const COUNTED_PROGRAMME_END = /(?:实施|启动|推进|开展|抓好)了?[一二三四五六七八九十百]+[大项个件](?:[\u4e00-\u9fff]{0,4}?)(?:工程|行动|项目|攻坚|实事)[。；]$/;
const FRAMED_AS_MAIN = /(?:^|[。；])(把[^，。；]{0,12}“[^”]{2,16}”[^，。；]{0,6}作为[^。；]{0,24}(?:主战场|主抓手|总抓手|重中之重|突破口|首要任务|牛鼻子|主引擎|主攻方向))/g;

// 全力打造“绿色能源牌”。: a short sentence that sets out to carry out a quoted programme leads what follows;
// 工业实现第二个“三年翻番”。 reports a result and leads nothing
const DECLARES = /^(?:全力|全面|大力|加快|持续|深入|扎实|着力|奋力|聚力|积极|进一步|有序|稳步)?(?:打造|实施|推进|推动|深化|开展|建设|做强|做优|擦亮|打响|打好|聚焦|突出|培育|启动)“/;

// …共谋划农业项目5个：\n（一）…\n（二）…: a paragraph that ends by announcing a list governs the numbered lines under it
const LIST_LINE = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．）)](?!\d)|[①-⑳])/;

function listAfter(text: string, end: number): number {
  if (!/[：:]\s*$/.test(text.slice(Math.max(0, end - 3), end))) return end;
  let at = end;
  for (;;) {
    const lineStart = text.indexOf('\n', at);
    if (lineStart < 0) return text.length;
    const lineEnd = text.indexOf('\n', lineStart + 1);
    const line = text.slice(lineStart + 1, lineEnd < 0 ? text.length : lineEnd);
    if (line.trim() === '') {
      at = lineStart + 1;
      continue;
    }
    if (!LIST_LINE.test(line)) return at;
    at = lineEnd < 0 ? text.length : lineEnd;
  }
}

const RESULTS_CLAUSE = /(成效明显|成效显著|成效突出|取得[^，]{0,4}成效|亮点纷呈|扎实推进|深入推进|全面推进|稳步推进|有序推进|加快推进|纵深推进)$/;
