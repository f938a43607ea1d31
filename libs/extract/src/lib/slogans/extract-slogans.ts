import type { Slogan } from '@policy-graph/model';
import type { DocumentStructure } from '@policy-graph/text';
import type { Span } from '../spans';
import { classifyQuote } from './classify';
import { mergeVariants, SloganBook, SloganDraft, toSlogan } from './draft';
import { originBefore } from './origin';
import { findNumberedParts, partsFromHeadings } from './numbered';
import type { Quote } from './quotes';
import { findUnquotedSlogans } from './unquoted';

export interface QuotedProject {
  name: string;
  surface: string;
  span: Span;
}

export interface SloganResult {
  slogans: Slogan[];
  quotedProjects: QuotedProject[];
}

/** Display name: redaction marks and inner spaces dropped (**东部中心 → 东部中心). */
export function canonicalName(words: string): string {
  return words.replace(/\*+/g, '').replace(/\s+/g, '').trim();
}

export function extractSlogans(text: string, quotes: Quote[], structure: DocumentStructure): SloganResult {
  const book = new SloganBook();
  const quotedProjects: QuotedProject[] = [];
  for (const q of quotes) {
    const { kind, name } = classifyQuote(text, q);
    const span = { start: q.start, end: q.end };
    if (kind === 'project') quotedProjects.push({ name: canonicalName(name), surface: text.slice(q.start, q.end), span });
    if (kind !== 'slogan') continue;
    const canonical = canonicalName(name);
    if (canonical.length < 2) continue;
    const d = book.add(canonical, name, span, /[一二三四五六七八九十两双]/.test(canonical) ? 'numbered' : 'slogan');
    d.origin ??= originBefore(text, q.outerStart);
  }
  findUnquotedSlogans(text, structure, book);
  const consumed = findNumberedParts(text, book);
  dropConsumed(book, consumed);
  partsFromHeadings(text, structure, book);
  const merged = mergeVariants(book.all());
  return { slogans: merged.map(toSlogan), quotedProjects };
}

function dropConsumed(book: SloganBook, consumed: Span[]): void {
  const inside = (m: Span) => consumed.some((c) => m.start >= c.start && m.end <= c.end);
  for (const d of book.all()) if (d.mentions.every(inside)) book.delete(d.name);
}

export type { SloganDraft };
