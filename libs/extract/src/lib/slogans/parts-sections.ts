import type { DocumentStructure, Heading } from '@policy-graph/text';
import type { Span } from '../spans';
import type { SloganBook } from './draft';
import { countsOf } from './parts';

// A numbered slogan that heads a section whose sub-headings or paragraphs each open with one of
// its parts: （一）持续深入打好三大攻坚战 / 以“绣花功夫”持续推进脱贫攻坚。/ 以“铁腕手段”切实加强污染防治。…

const NUMBERING = /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、]|[①-⑳])\s*/;
const MANNER = /^(?:以|用|靠)“[^”]{1,12}”/;
const ADVERB = /^(?:强力|持续|切实|全力|扎实|大力|加快|深入|着力|坚决|全面|积极|进一步|不断|稳步|统筹|聚焦|坚持|继续|努力|加速|重点|精准|有效|全力以赴|奋力|高标准|高质量)/;
const VERB = /^(?:推进|加强|实施|抓好|打好|打赢|推动|做好|开展|深化|强化|落实|建设|打造|提升|决胜|做强|做优|做大|培育|发展|完善|构建|实现|守住|筑牢)/;

/** The part a lead names: its first clause without numbering, manner, adverbs and verbs. */
function partOfLead(lead: string): string | null {
  let s = (/^[^，。；：:,]{2,24}/.exec(lead.replace(NUMBERING, ''))?.[0] ?? '').replace(MANNER, '');
  // 扎实开展精准脱贫: strip how and what is done, never into the name itself (脱贫 alone)
  for (let before = ''; before !== s; ) {
    before = s;
    for (const re of [ADVERB, VERB]) {
      const stripped = s.replace(re, '');
      if (stripped.length >= 3) s = stripped;
    }
  }
  s = s.replace(/[“”]/g, '');
  return s.length >= 2 && s.length <= 12 && /^[\u4e00-\u9fff]+$/.test(s) ? s : null;
}

/** The units a section falls into: its sub-headings when it has them, else its paragraphs. */
function unitsOf(text: string, structure: DocumentStructure, h: Heading): Span[] {
  const inside = (s: Span) => s.start >= h.end && s.start < h.section.end;
  const subs = structure.headings.filter((x) => x.level > h.level && inside(x));
  const top = subs.length ? Math.min(...subs.map((x) => x.level)) : 0;
  if (subs.length >= 2) return subs.filter((x) => x.level === top);
  return structure.paragraphs.filter((p) => inside(p) && text.slice(p.start, p.end).trim().length > 0);
}

/** The run of same-level headings that starts on the line after `from`, up to the first of a higher level. */
function headingsAfter(text: string, structure: DocumentStructure, from: number): Heading[] {
  const next = structure.headings.find((h) => h.start >= from);
  if (!next || text.slice(from, next.start).trim()) return [];
  const run: Heading[] = [];
  for (const h of structure.headings) {
    if (h.start < next.start) continue;
    if (h.level < next.level) break;
    if (h.level === next.level) run.push(h);
  }
  return run;
}

// the programmes a list of headings names are slogans of their own: （二）换道领跑战略。
const PROGRAMME = /(战略|行动|工程|计划|攻坚战)$/;

/**
 * 重点任务是实施“十二大战略”： followed by （一）…战略。（二）…战略。…: a slogan that closes its
 * line with a colon is spelled out by the numbered headings that follow it.
 */
export function partsFromHeadingsAfterColon(text: string, structure: DocumentStructure, book: SloganBook): void {
  for (const d of book.all()) {
    const counts = countsOf(d.name);
    if (d.parts.length || !counts.length || d.name.length > 10) continue;
    for (const m of d.mentions) {
      const colon = /^”?[\u4e00-\u9fff]{0,4}[：:]\s*\n/.exec(text.slice(m.end, m.end + 12));
      if (!colon) continue;
      const run = headingsAfter(text, structure, m.end + colon[0].length);
      if (!counts.includes(run.length)) continue;
      const parts = run.map((h) => text.slice(h.start, h.end).replace(NUMBERING, '').split(/[。；：]/)[0].replace(/[“”]/g, '').trim());
      if (parts.some((p) => p.length < 2 || p.length > 24) || new Set(parts).size !== parts.length) continue;
      d.parts = parts;
      d.partsRule = 'parts.headings-after';
      d.kind = 'numbered';
      run.forEach((h, i) => {
        if (!PROGRAMME.test(parts[i]) || parts[i].includes('、')) return;
        const start = text.indexOf(parts[i], h.start);
        if (start >= 0) book.add(parts[i], parts[i], { start, end: start + parts[i].length }, 'slogan', 'slogan.heading-part');
      });
      break;
    }
  }
}

export function partsFromSectionLeads(text: string, structure: DocumentStructure, book: SloganBook): void {
  for (const d of book.all()) {
    const counts = countsOf(d.name);
    if (d.parts.length || !counts.length || d.name.length > 10) continue;
    for (const h of structure.headings) {
      if (!d.mentions.some((m) => m.start >= h.start && m.end <= h.end)) continue;
      // an opening paragraph that names the slogan again introduces the parts, it is not one
      const units = unitsOf(text, structure, h).filter((u) => !text.slice(u.start, u.end).includes(d.name));
      if (!counts.includes(units.length)) continue;
      const parts = units.map((u) => partOfLead(text.slice(u.start, u.end)));
      if (parts.some((p) => p === null) || new Set(parts).size !== parts.length) continue;
      d.parts = parts as string[];
      d.partsRule = 'parts.section-leads';
      d.kind = 'numbered';
      break;
    }
  }
}

/**
 * （一）打好三大攻坚战，着力补齐发展短板。有效防控重大风险。…扎实开展精准脱贫。…强力推进污染防治。…:
 * a paragraph opened by a numbered slogan names its parts in short run-in leads, one after another.
 */
export function partsFromRunInLeads(text: string, structure: DocumentStructure, book: SloganBook): void {
  for (const d of book.all()) {
    const counts = countsOf(d.name);
    if (d.parts.length || !counts.length || d.name.length > 10) continue;
    for (const m of d.mentions) {
      // the slogan in the paragraph's opening sentence, or in a heading its paragraph runs on from
      const own = structure.paragraphs.find((x) => x.start <= m.start && m.end <= x.end);
      const runOn = own ? null : structure.paragraphs.find((x) => x.start >= m.end && !/\n/.test(text.slice(m.end, x.start)));
      const p = own ?? runOn;
      if (!p || (own && /[。；]/.test(text.slice(p.start, m.start)))) continue;
      const body = text.slice(p.start, p.end);
      const leads: string[] = [];
      for (const sentence of body.split('。').slice(own ? 1 : 0)) {
        const lead = sentence.trim();
        // a short sentence without a comma, opened by how and what is done
        if (lead.length < 4 || lead.length > 14 || /[，,、；：“”\d]/.test(lead) || !(ADVERB.test(lead) || VERB.test(lead))) continue;
        const part = partOfLead(lead);
        if (part) leads.push(part);
      }
      if (!counts.includes(leads.length) || new Set(leads).size !== leads.length) continue;
      d.parts = leads;
      d.partsRule = 'parts.run-in-leads';
      d.kind = 'numbered';
      break;
    }
  }
}
