import type { Extraction, Outcome, Subject } from '@policy-graph/model';
import { Gazetteer } from '../gazetteer-load/gazetteer';
import { AliasTable, canonicalName, resolveName } from './canonical-name';
import type { DocumentProps, DocumentRows, FulfilsRow, OutcomeRow, PartRow, PlaceMentionRow } from './document-rows.types';
import { EntityCollector } from './entity-rows';
import { PlaceRows } from './place-rows';
import { sloganAliases } from './slogan-aliases';
import { toBaseUnit } from './unit-family';

export type * from './document-rows.types';

export interface RowOptions {
  sourceKey: string;
  // the body the document reports on, when the source says so better than the text ('country': national)
  subject?: Subject | 'country';
  gazetteer: Gazetteer;
  sloganAliases?: AliasTable;
}

const EVIDENCE_MAX = 400;

export function buildDocumentRows(x: Extraction, options: RowOptions): DocumentRows {
  const aliases = withListedAliases(options.sloganAliases ?? sloganAliases(), x.slogans);
  const docId = x.document.sha256;
  const placeRows = new PlaceRows(options.gazetteer);
  const subjectId = options.subject === 'country' ? placeRows.addCountry() : placeRows.addSubject(options.subject ?? x.subject);
  const bodyId = subjectId ?? `document:${docId}`;
  const slogans = new EntityCollector((n) => resolveName(n, aliases));
  const projects = new EntityCollector((n) => `${bodyId}|${canonicalName(n)}`);
  const placeMentions = collectPlaces(x, placeRows, subjectId);
  for (const s of x.slogans)
    slogans.add(resolveName(s.name, aliases), surfaces(s.name, s.aliases), s.mentions, { kind: s.kind ?? null, origin: s.origin ?? null, rule: s.rule ?? null, confidence: s.confidence ?? null });
  const parts = collectParts(x, slogans, aliases);
  for (const p of x.projects) projects.add(canonicalName(p.name), surfaces(p.name, p.aliases), p.mentions, { rule: p.rule ?? null, confidence: p.confidence ?? null });
  const fulfils = collectFulfils(x, slogans, projects, aliases);
  const outcomes = collectOutcomes(x, projects, docId);
  return {
    doc: documentProps(x, options),
    subjectId,
    places: [...placeRows.places.values()],
    partOf: [...placeRows.partOf.values()],
    placeMentions,
    slogans: slogans.list(),
    parts,
    projects: projects.list().map((p) => ({ ...p, bodyId })),
    outcomes,
    fulfils,
  };
}

// The aliases a document lists for a slogan (全域美丽大花园 under 全域美丽) resolve to that slogan
// everywhere in the document, on top of the campaign table.
function withListedAliases(base: AliasTable, slogans: Extraction['slogans']): AliasTable {
  const table = new Map(base);
  for (const s of slogans) {
    const target = resolveName(s.name, base);
    for (const alias of s.aliases) {
      const key = canonicalName(alias);
      if (key !== target && !table.has(key)) table.set(key, target);
    }
  }
  return table;
}

function surfaces(name: string, aliases: string[]): string[] {
  return [...new Set([name, canonicalName(name), ...aliases, ...aliases.map(canonicalName)])];
}

function documentProps(x: Extraction, options: RowOptions): DocumentProps {
  const d = x.document;
  return {
    id: d.sha256,
    file: d.file,
    sourceKey: options.sourceKey,
    title: d.title,
    date: d.date,
    year: d.year,
    script: d.script,
    format: d.format ?? null,
    source: d.source ?? null,
    publisher: d.publisher ?? null,
    extractor: d.extractor ?? null,
    subjectHint: options.subject ? JSON.stringify(options.subject) : null,
    text: d.text,
    ocrPages: d.ocrPages?.length ? d.ocrPages : null,
  };
}

function collectPlaces(x: Extraction, rows: PlaceRows, subjectId: string | null): PlaceMentionRow[] {
  const within = subjectId && /^\d{2}/.test(subjectId) ? subjectId.slice(0, 2) : null;
  const merged = new Map<string, PlaceMentionRow>();
  for (const place of x.places ?? []) {
    const id = rows.addMentioned(place, within);
    const row = merged.get(id) ?? { id, starts: [], ends: [] };
    for (const m of place.mentions) {
      row.starts.push(m.start);
      row.ends.push(m.end);
    }
    merged.set(id, row);
  }
  return [...merged.values()];
}

function collectParts(x: Extraction, slogans: EntityCollector, aliases: AliasTable): PartRow[] {
  const parts = new Map<string, PartRow>();
  const add = (wholeName: string, partName: string, order: number) => {
    const whole = slogans.find(wholeName) ?? slogans.add(resolveName(wholeName, aliases), [wholeName], []);
    const part = slogans.find(partName) ?? slogans.add(resolveName(partName, aliases), [partName], []);
    if (whole !== part && !parts.has(`${whole}>${part}`)) parts.set(`${whole}>${part}`, { whole, part, order });
  };
  for (const s of x.slogans) s.parts.forEach((p, i) => add(s.name, p, i + 1));
  x.relations.filter((r) => r.type === 'HAS_PART').forEach((r, i) => add(r.from, r.to, 1000 + i));
  return [...parts.values()];
}

function collectFulfils(x: Extraction, slogans: EntityCollector, projects: EntityCollector, aliases: AliasTable): FulfilsRow[] {
  const out = new Map<string, FulfilsRow>();
  for (const r of x.relations.filter((rel) => rel.type === 'FULFILS')) {
    const project = projects.find(r.from) ?? projects.add(canonicalName(r.from), [r.from], []);
    const slogan = slogans.find(r.to) ?? slogans.add(resolveName(r.to, aliases), [r.to], []);
    const prior = out.get(`${project}>${slogan}`);
    if (prior && prior.confidence >= r.confidence) continue;
    const { start, end } = r.evidence;
    const evidence = x.document.text.slice(start, Math.min(end, start + EVIDENCE_MAX));
    out.set(`${project}>${slogan}`, { project, slogan, confidence: r.confidence, rule: r.rule ?? null, start, end, evidence });
  }
  return [...out.values()];
}

function collectOutcomes(x: Extraction, projects: EntityCollector, docId: string): OutcomeRow[] {
  const seen = new Set<string>();
  return x.outcomes.map((o, i) => {
    const span = o.mentions[0];
    let id = span ? `${docId}:${span.start}` : `${docId}:#${i}`;
    if (seen.has(id)) id = `${id}#${i}`;
    seen.add(id);
    const projectId = o.project ? (projects.find(o.project) ?? projects.add(canonicalName(o.project), [o.project], [])) : null;
    return outcomeRow(o, id, x.document.year, projectId);
  });
}

function outcomeRow(o: Outcome, id: string, year: number | null, projectId: string | null): OutcomeRow {
  const base = o.baseValue != null && o.baseUnit ? { baseValue: o.baseValue, baseUnit: o.baseUnit } : toBaseUnit(o.value, o.unit);
  const span = o.mentions[0];
  return { id, value: o.value, unit: o.unit, ...base, status: o.status, metric: o.metric, text: o.text, year, start: span?.start ?? null, end: span?.end ?? null, projectId };
}
