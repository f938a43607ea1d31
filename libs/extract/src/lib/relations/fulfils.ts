import type { Project, Relation, Slogan } from '@policy-graph/model';
import type { DocumentStructure, TextSpan } from '@policy-graph/text';
import { SpanSet } from '../spans';

interface Located {
  name: string;
  start: number;
}

function locate<T extends { name: string; mentions: TextSpan[] }>(items: T[]): Located[] {
  return items.flatMap((it) => it.mentions.map((m) => ({ name: it.name, start: m.start }))).sort((a, b) => a.start - b.start);
}

/** Groups located names by the span (sentence, section) that holds them. */
function bySpan(spans: TextSpan[], located: Located[]): Map<number, Set<string>> {
  const set = new SpanSet(spans);
  const index = new Map(spans.map((s, i) => [s, i]));
  const out = new Map<number, Set<string>>();
  for (const l of located) {
    const s = set.find(l.start);
    if (!s) continue;
    const i = index.get(s) ?? -1;
    const names = out.get(i) ?? new Set<string>();
    names.add(l.name);
    out.set(i, names);
  }
  return out;
}

/** FULFILS: a project and a slogan in one sentence, or a project in a section whose heading names the slogan. */
export function findFulfils(text: string, structure: DocumentStructure, projects: Project[], slogans: Slogan[]): Relation[] {
  const out = new Map<string, Relation>();
  const add = (from: string, to: string, confidence: number, evidence: TextSpan) => {
    const key = `${from}\u0000${to}`;
    if ((out.get(key)?.confidence ?? -1) < confidence) out.set(key, { type: 'FULFILS', from, to, confidence, evidence: { start: evidence.start, end: evidence.end } });
  };
  const projectsAt = locate(projects);
  const slogansAt = locate(slogans);
  const sentences = structure.sentences;
  const pBySentence = bySpan(sentences, projectsAt);
  const sBySentence = bySpan(sentences, slogansAt);
  for (const [i, ps] of pBySentence) {
    for (const s of sBySentence.get(i) ?? []) for (const p of ps) add(p, s, 0.8, sentences[i]);
  }
  headingRule(text, structure, projects, slogans, add);
  return [...out.values()];
}

function headingRule(text: string, structure: DocumentStructure, projects: Project[], slogans: Slogan[], add: (p: string, s: string, c: number, e: TextSpan) => void): void {
  const title = structure.title;
  for (const h of structure.headings) {
    if (title && h.start === title.start) continue;
    const heading = text.slice(h.start, h.end);
    const named = slogans.filter((s) => [s.name, ...s.aliases].some((n) => n.length >= 2 && heading.includes(n)));
    if (!named.length) continue;
    for (const p of projects) {
      if (!p.mentions.some((m) => m.start >= h.end && m.start < h.section.end)) continue;
      for (const s of named) add(p.name, s.name, 0.6, h.section);
    }
  }
}
