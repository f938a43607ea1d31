import type { ManagedTransaction } from 'neo4j-driver';
import type { DocumentRows } from '../ingest/document-rows.types';

// What re-extraction needs of a document already in the graph: its text and how it was read.
export interface StoredDocument {
  id: string;
  file: string;
  sourceKey: string;
  title: string | null;
  /** the title the source gave, when a reviewer's correction replaced it */
  sourceTitle?: string | null;
  date: string | null;
  source: string | null;
  publisher: string | null;
  format: string | null;
  extractor: string | null;
  subjectHint: string | null;
  text: string;
  /** pages read by OCR: the text alone does not say so */
  ocrPages?: number[] | null;
}

/** The facts a document contributes, as strings a person can read: what a re-extraction would change. */
export interface DocumentFacts {
  slogans: string[];
  projects: string[];
  fulfils: string[];
  parts: string[];
  outcomes: string[];
}

const DOCUMENTS = `
MATCH (d:Document) WHERE $ids IS NULL OR d.id IN $ids
RETURN d {.id, .file, .sourceKey, .title, .sourceTitle, .date, .source, .publisher, .format, .extractor, .subjectHint, .text, .ocrPages} AS doc
ORDER BY d.sourceKey, d.id`;

const FACTS = `
MATCH (d:Document {id: $id})
RETURN
  COLLECT { MATCH (d)-[:MENTIONS]->(s:Slogan) RETURN s.id ORDER BY s.id } AS slogans,
  COLLECT { MATCH (d)-[:MENTIONS]->(j:Project) RETURN j.id ORDER BY j.id } AS projects,
  COLLECT { MATCH (d)-[:MENTIONS]->(j:Project)-[f:FULFILS {document: d.id}]->(s:Slogan) RETURN j.id + ' → ' + s.id AS x ORDER BY x } AS fulfils,
  COLLECT { MATCH (d)-[:MENTIONS]->(w:Slogan)-[h:HAS_PART]->(p:Slogan) WHERE d.id IN h.documents RETURN w.id + ' ⊃ ' + p.id AS x ORDER BY x } AS parts,
  COLLECT { MATCH (o:Outcome)-[:REPORTED_IN]->(d) RETURN [o.value, o.unit, o.status] } AS outcomes`;

export async function storedDocuments(tx: ManagedTransaction, ids: string[] | null): Promise<StoredDocument[]> {
  const result = await tx.run(DOCUMENTS, { ids });
  return result.records.map((r) => r.get('doc') as StoredDocument);
}

export async function storedFacts(tx: ManagedTransaction, id: string): Promise<DocumentFacts> {
  const result = await tx.run(FACTS, { id });
  const r = result.records[0];
  const outcomes = (r.get('outcomes') as [unknown, string, string][]).map(([value, unit, status]) => outcomeFact(Number(value), unit, status)).sort();
  return { slogans: r.get('slogans'), projects: r.get('projects'), fulfils: r.get('fulfils'), parts: r.get('parts'), outcomes };
}

export const outcomeFact = (value: number, unit: string, status: string) => `${value} ${unit} ${status}`;

/** The facts rows would write, in the form storedFacts reads them back. */
export function factsOfRows(rows: DocumentRows): DocumentFacts {
  const sorted = (xs: string[]) => [...new Set(xs)].sort();
  return {
    slogans: sorted(rows.slogans.map((s) => s.id)),
    projects: sorted(rows.projects.map((p) => p.id)),
    fulfils: sorted(rows.fulfils.map((f) => `${f.project} → ${f.slogan}`)),
    parts: sorted(rows.parts.map((p) => `${p.whole} ⊃ ${p.part}`)),
    outcomes: rows.outcomes.map((o) => outcomeFact(o.value, o.unit, o.status)).sort(),
  };
}

/** What changes from one set of facts to another, as '+ kind fact' and '- kind fact' lines. */
export function factChanges(before: DocumentFacts, after: DocumentFacts): string[] {
  const out: string[] = [];
  for (const kind of ['slogans', 'projects', 'fulfils', 'parts', 'outcomes'] as const) {
    const was = new Set(before[kind]);
    const will = new Set(after[kind]);
    for (const f of after[kind]) if (!was.has(f)) out.push(`+ ${kind} ${f}`);
    for (const f of before[kind]) if (!will.has(f)) out.push(`- ${kind} ${f}`);
  }
  return out;
}
