import { canonicalName } from '../ingest/canonical-name';
import type { DocumentRows, FulfilsRow } from '../ingest/document-rows.types';
import { toBaseUnit } from '../ingest/unit-family';
import { outcomeIdOf, projectNameOf, projectRef } from './correction-target';
import { emptyEntity, projectMatches, rekeyProjects } from './entity-corrections';

// Corrections of single facts (parts, ties, adoption, outcomes) and of a document's own record,
// applied to one document's rows. Facts a reviewer adds carry the rule 'reviewer' and confidence 1.

export const REVIEWER_RULE = 'reviewer';
const EVIDENCE_MAX = 400;

/** Whether a span lies inside this document's text (the log was checked when recorded; an import may not be). */
const spanIn = (rows: DocumentRows, c: { document: string; start: number; end: number }) => c.document === rows.doc.id && c.start < c.end && c.end <= rows.doc.text.length;

function withSlogan(rows: DocumentRows, id: string): DocumentRows {
  return rows.slogans.some((s) => s.id === id) ? rows : { ...rows, slogans: [...rows.slogans, emptyEntity(id, id, null)] };
}

export function rejectPart(rows: DocumentRows, programme: string, part: string): DocumentRows {
  const whole = canonicalName(programme);
  const p = canonicalName(part);
  return { ...rows, parts: rows.parts.filter((r) => !(r.whole === whole && r.part === p)) };
}

export function addPart(rows: DocumentRows, c: { programme: string; part: string; document: string; start: number; end: number }): DocumentRows {
  if (!spanIn(rows, c)) return rows;
  const whole = canonicalName(c.programme);
  const part = canonicalName(c.part);
  if (whole === part) return rows;
  const out = withSlogan(withSlogan(rows, whole), part);
  const stated = out.parts.find((p) => p.whole === whole && p.part === part);
  const row = { whole, part, order: stated?.order ?? 1000 + out.parts.length, start: c.start, end: c.end };
  return { ...out, parts: [...out.parts.filter((p) => p !== stated), row] };
}

export function addFulfils(rows: DocumentRows, c: { project: string; slogan: string; document: string; start: number; end: number }): DocumentRows {
  if (!spanIn(rows, c)) return rows;
  const slogan = canonicalName(c.slogan);
  let out = withSlogan(rows, slogan);
  let project = out.projects.find((p) => projectMatches(p, c.project));
  if (!project) {
    const bodyId = out.subjectId ?? `document:${out.doc.id}`;
    const id = c.project.includes('|') ? projectRef(c.project) : `${bodyId}|${projectNameOf(c.project)}`;
    project = emptyEntity(id, projectNameOf(c.project), id.slice(0, id.lastIndexOf('|')));
    out = { ...out, projects: [...out.projects, project] };
  }
  const id = project.id;
  const tie: FulfilsRow = { project: id, slogan, confidence: 1, rule: REVIEWER_RULE, start: c.start, end: c.end, evidence: out.doc.text.slice(c.start, Math.min(c.end, c.start + EVIDENCE_MAX)) };
  return { ...out, fulfils: [...out.fulfils.filter((f) => !(f.project === id && f.slogan === slogan)), tie] };
}

export function rejectFulfils(rows: DocumentRows, project: string, sloganRef: string): DocumentRows {
  const slogan = canonicalName(sloganRef);
  const gone = new Set(rows.projects.filter((p) => projectMatches(p, project)).map((p) => p.id));
  return { ...rows, fulfils: rows.fulfils.filter((f) => !(f.slogan === slogan && gone.has(f.project))) };
}

/** The document's subject does not adopt the slogan: its mention is marked, and no ADOPTS is derived from it. */
export function rejectAdopts(rows: DocumentRows, body: string, sloganRef: string): DocumentRows {
  if (rows.subjectId !== body) return rows;
  const id = canonicalName(sloganRef);
  return { ...rows, slogans: rows.slogans.map((s) => (s.id === id ? { ...s, adopts: false as const } : s)) };
}

export function rejectOutcome(rows: DocumentRows, c: { document: string; outcome: string }): DocumentRows {
  const id = outcomeIdOf(c);
  return { ...rows, outcomes: rows.outcomes.filter((o) => o.id !== id) };
}

export function setOutcome(rows: DocumentRows, c: { document: string; outcome: string; status?: string; value?: number }): DocumentRows {
  const id = outcomeIdOf(c);
  return {
    ...rows,
    outcomes: rows.outcomes.map((o) => {
      if (o.id !== id) return o;
      const value = c.value ?? o.value;
      return { ...o, status: c.status ?? o.status, ...(c.value !== undefined ? { value, ...toBaseUnit(value, o.unit) } : {}) };
    }),
  };
}

/** A document's subject, year or title put right; a new subject is the body of its projects too. */
export function setDocument(rows: DocumentRows, c: { document: string; subject?: string; year?: number; title?: string }): DocumentRows {
  if (c.document !== rows.doc.id) return rows;
  // the source's title is kept ('' when it gave none), so extracting again reads the source, not the correction
  const title = c.title === undefined ? {} : { title: c.title, sourceTitle: rows.doc.sourceTitle ?? rows.doc.title ?? '' };
  let out: DocumentRows = { ...rows, doc: { ...rows.doc, ...title, year: c.year ?? rows.doc.year } };
  if (c.year !== undefined) out = { ...out, outcomes: out.outcomes.map((o) => ({ ...o, year: c.year as number })) };
  if (c.subject !== undefined && c.subject !== rows.subjectId) {
    const oldBody = rows.subjectId ?? `document:${rows.doc.id}`;
    const ids = new Map<string, string>();
    const projects = out.projects.map((p) => {
      if (p.bodyId !== oldBody) return p;
      const id = `${c.subject}|${p.name}`;
      ids.set(p.id, id);
      return { ...p, id, bodyId: c.subject as string };
    });
    out = { ...rekeyProjects(out, ids), projects, subjectId: c.subject };
  }
  return out;
}
