import { createHash } from 'node:crypto';
import type { DocumentInfo, Extraction } from '@policy-graph/model';
import { analyseStructure, normaliseText, type DocumentStructure, type NormalisedText } from '@policy-graph/text';
import { findOutcomes } from '../outcomes/find-outcomes';
import { sectionTenses } from '../outcomes/section-tense';
import { documentTense } from '../outcomes/status';
import { findPlaceMentions, findSubject, listPlaces } from '../places';
import { extractProjects } from '../projects/extract-projects';
import { addShortFormMentions } from '../projects/short-form-mentions';
import { findFulfils, findHasPart, linkOutcomesToProjects } from '../relations';
import { extractSlogans } from '../slogans/extract-slogans';
import { findQuotes, quoteSpans } from '../slogans/quotes';
import { SpanSet } from '../spans';
import { findDate, findYear } from '../time/dates';
import { addSourceAliases } from './source-aliases';
import { extractorVersion } from './extractor-version';
import { completionCells } from './table-cells';

export interface ExtractMeta {
  file?: string;
  sha256?: string;
  title?: string | null;
  source?: string | null;
  publisher?: string | null;
  date?: string | null;
  format?: string;
}

function documentInfo(input: string, normalised: NormalisedText, structure: DocumentStructure, meta: ExtractMeta): DocumentInfo {
  const text = normalised.text;
  const title = meta.title ? normaliseText(meta.title).text : structure.title ? text.slice(structure.title.start, structure.title.end) : null;
  const date = findDate(text, meta.date, title);
  return {
    file: meta.file ?? '',
    sha256: meta.sha256 ?? createHash('sha256').update(input).digest('hex'),
    title,
    date,
    year: findYear(text, date, title),
    script: normalised.script,
    source: meta.source ?? null,
    publisher: meta.publisher ?? null,
    format: meta.format,
    extractor: extractorVersion(),
    text,
  };
}

/** The whole pipeline over one decoded text: normalise → structure → extract → resolve. */
export function extractText(input: string, meta: ExtractMeta = {}): Extraction {
  const normalised = normaliseText(input);
  const text = normalised.text;
  const structure = analyseStructure(text);
  const document = documentInfo(input, normalised, structure, meta);
  const placeMentions = findPlaceMentions(text);
  const subject = findSubject(text, document.title, placeMentions, document.year);
  const quotes = findQuotes(text);
  const quoteSet = new SpanSet(quoteSpans(quotes));
  const { slogans: sloganDrafts, partsRules, quotedProjects } = extractSlogans(text, quotes, structure);
  // 十大交通工程 as a part of “三个一”: a counted programme is a slogan's part, not a work
  const sloganNames = sloganDrafts.flatMap((s) => [s.name, ...s.aliases, ...s.parts.filter((p) => /^[一二三四五六七八九十百千两]+[个大项]/.test(p))]);
  // 数娱商圈 as one of “三圈并立”: a slogan's part is not a work of its own
  const found = extractProjects(text, quotedProjects, (i) => quoteSet.contains(i), sloganNames, sloganDrafts.flatMap((s) => s.parts));
  // 鹤鸣海 of “鹤鸣海”湿地温泉度假区: a quoted word written only inside a work's name is part of that name
  const named = found.projects.flatMap((p) => p.mentions).sort((a, b) => a.start - b.start);
  const slogans = sloganDrafts.filter((s) => s.mentions.some((m) => !insideLongerSpan(named, m)));
  const projects = addShortFormMentions(text, found.projects, slogans);
  const listedOnly = found.listedOnly;
  const outcomes = findOutcomes({ text, quotes: quoteSet, tense: documentTense(text), sectionTense: sectionTenses(text, structure, document.year), inCompletionCell: completionCells(structure) });
  linkOutcomesToProjects(text, outcomes, projects);
  const relations = [...findFulfils(text, structure, projects, slogans, listedOnly), ...findHasPart(slogans, partsRules)];
  addSourceAliases(input, normalised, [...slogans, ...projects]);
  return { document, subject, places: listPlaces(placeMentions, subject), slogans, projects, outcomes, relations };
}

const LONGEST_NAME = 80;

/** Whether a longer span of the sorted list holds the span (names are short: only those starting just before are looked at). */
function insideLongerSpan(sorted: { start: number; end: number }[], m: { start: number; end: number }): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < m.start - LONGEST_NAME) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < sorted.length && sorted[k].start <= m.start; k++) {
    const p = sorted[k];
    if (p.end >= m.end && p.end - p.start > m.end - m.start) return true;
  }
  return false;
}
