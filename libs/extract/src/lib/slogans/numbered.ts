import type { DocumentStructure } from '@policy-graph/text';
import type { Span } from '../spans';
import type { SloganBook } from './draft';
import { clausesAfter, countsOf, listAfterNamely, listBefore, ordinalItemsAfter, PartsFound, plausibleParts, quotedListAfter } from './parts';

/** Fills in the parts of numbered slogans; returns the spans whose quotes were list items. */
export function findNumberedParts(text: string, book: SloganBook): Span[] {
  const consumed: Span[] = [];
  for (const d of book.all()) {
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
  }
  return consumed;
}

function partsAt(text: string, m: Span, counts: number[], name: string): PartsFound | null {
  const openAt = text[m.start - 1] === '“' ? m.start - 1 : m.start;
  const after = text[m.end] === '”' ? m.end + 1 : m.end;
  const plausible = (found: PartsFound | null) => (found && plausibleParts(name, found.parts) ? found : null);
  return (
    plausible(listBefore(text, openAt, counts)) ??
    listAfterNamely(text, after, counts, name) ??
    plausible(quotedListAfter(text, after, counts, name)) ??
    plausible(clausesAfter(text, after, counts, name)) ??
    ordinalItemsAfter(text, after, counts)
  );
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
    if (!counts.includes(found.size)) continue;
    d.parts = [...found.keys()];
    d.partsRule = 'parts.headings';
    d.kind = 'numbered';
    for (const [part, span] of found) book.add(part, part, span, 'slogan', 'slogan.heading-part');
  }
}
