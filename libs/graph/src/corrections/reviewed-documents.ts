import type { Correction } from '@policy-graph/model';
import { toPlain, type CypherReader, type ReadRow } from '../read/reader';
import { canonicalName } from '../ingest/canonical-name';
import { decisionsInForce } from './apply-corrections';
import { outcomeIdOf, projectNameOf } from './correction-target';

// The documents reviewers have decided something about, with the facts the graph holds for each
// (extraction + corrections) and the decisions: what a gold annotation for `kg eval` is made of.

export interface ReviewedDocument {
  id: string;
  file: string;
  sourceKey: string;
  text: string;
  year: number | null;
  /** the subject's names by level, for the document's year, when a reviewer set the subject */
  subject: Partial<Record<'street' | 'district' | 'city' | 'province', string>> | null;
  slogans: { name: string; aliases: string[] }[];
  projects: { name: string; aliases: string[] }[];
  parts: { whole: string; part: string }[];
  outcomes: { id: string; value: number; unit: string; status: string }[];
  fulfils: { project: string; slogan: string }[];
}

/** What reviewers decided, as canonical keys: `project→slogan`, `programme→part`, names, outcome ids. */
export interface Decisions {
  acceptedFulfils: Set<string>;
  rejectedFulfils: Set<string>;
  acceptedParts: Set<string>;
  rejectedParts: Set<string>;
  acceptedSlogans: Set<string>;
  rejectedSlogans: Set<string>;
  acceptedProjects: Set<string>;
  rejectedProjects: Set<string>;
  /** outcomes whose status or value a reviewer set: confirmed as they now are */
  setOutcomes: Set<string>;
  rejectedOutcomes: Set<string>;
  /** documents whose subject or year a reviewer set */
  setDocuments: Map<string, { subject: boolean; year: boolean }>;
  /** documents a decision names by id */
  documents: Set<string>;
}

export const pairKey = (a: string, b: string) => `${a}→${b}`;

export function decisionsOf(log: Correction[]): Decisions {
  const d: Decisions = {
    acceptedFulfils: new Set(),
    rejectedFulfils: new Set(),
    acceptedParts: new Set(),
    rejectedParts: new Set(),
    acceptedSlogans: new Set(),
    rejectedSlogans: new Set(),
    acceptedProjects: new Set(),
    rejectedProjects: new Set(),
    setOutcomes: new Set(),
    rejectedOutcomes: new Set(),
    setDocuments: new Map(),
    documents: new Set(),
  };
  for (const c of decisionsInForce(log)) {
    switch (c.kind) {
      case 'accept-fulfils':
      case 'add-fulfils':
        d.acceptedFulfils.add(pairKey(projectNameOf(c.project), canonicalName(c.slogan)));
        if (c.kind === 'add-fulfils') d.documents.add(c.document);
        break;
      case 'reject-fulfils':
        d.rejectedFulfils.add(pairKey(projectNameOf(c.project), canonicalName(c.slogan)));
        break;
      case 'accept-part':
      case 'add-part':
        d.acceptedParts.add(pairKey(canonicalName(c.programme), canonicalName(c.part)));
        if (c.kind === 'add-part') d.documents.add(c.document);
        break;
      case 'reject-part':
        d.rejectedParts.add(pairKey(canonicalName(c.programme), canonicalName(c.part)));
        break;
      case 'accept-slogan':
        d.acceptedSlogans.add(canonicalName(c.slogan));
        break;
      case 'reject-slogan':
        d.rejectedSlogans.add(canonicalName(c.slogan));
        break;
      case 'accept-project':
        d.acceptedProjects.add(projectNameOf(c.project));
        break;
      case 'reject-project':
        d.rejectedProjects.add(projectNameOf(c.project));
        break;
      case 'set-outcome':
        d.setOutcomes.add(outcomeIdOf(c));
        d.documents.add(c.document);
        break;
      case 'reject-outcome':
        d.rejectedOutcomes.add(outcomeIdOf(c));
        d.documents.add(c.document);
        break;
      case 'set-document': {
        const was = d.setDocuments.get(c.document) ?? { subject: false, year: false };
        d.setDocuments.set(c.document, { subject: was.subject || c.subject !== undefined, year: was.year || c.year !== undefined });
        if (c.subject !== undefined || c.year !== undefined) d.documents.add(c.document);
        break;
      }
    }
  }
  return d;
}

const split = (keys: Set<string>) => [...keys].map((k) => k.split('→'));

// documents that state, mention or name what was decided
const CONCERNED = `
CALL {
  MATCH (d:Document) WHERE d.id IN $documents RETURN d.id AS id
  UNION
  MATCH (p:Project)-[f:FULFILS]->(s:Slogan) WHERE [p.name, s.id] IN $fulfils RETURN f.document AS id
  UNION
  MATCH (w:Slogan)-[h:HAS_PART]->(p:Slogan) WHERE [w.id, p.id] IN $parts UNWIND h.documents AS id RETURN id
  UNION
  MATCH (d:Document)-[:MENTIONS]->(n) WHERE (n:Slogan AND n.id IN $slogans) OR (n:Project AND n.name IN $projects) RETURN d.id AS id
  UNION
  MATCH (d:Document) WHERE any(name IN $named WHERE d.text CONTAINS name)
     OR any(pair IN $namedPairs WHERE d.text CONTAINS pair[0] AND d.text CONTAINS pair[1])
  RETURN d.id AS id
}
RETURN DISTINCT id ORDER BY id`;

const FACTS = `
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.file AS file, d.sourceKey AS sourceKey, d.text AS text, d.year AS year,
  COLLECT { MATCH (d)-[m:MENTIONS]->(s:Slogan) RETURN {name: s.name, aliases: s.aliases + m.aliases} AS x ORDER BY s.id } AS slogans,
  COLLECT { MATCH (d)-[m:MENTIONS]->(j:Project) RETURN {name: j.name, aliases: j.aliases + m.aliases} AS x ORDER BY j.id } AS projects,
  COLLECT { MATCH (d)-[:MENTIONS]->(w:Slogan)-[h:HAS_PART]->(p:Slogan) WHERE d.id IN h.documents RETURN {whole: w.id, part: p.id} AS x ORDER BY w.id, p.id } AS parts,
  COLLECT { MATCH (o:Outcome)-[:REPORTED_IN]->(d) RETURN {id: o.id, value: o.value, unit: o.unit, status: o.status} AS x ORDER BY o.id } AS outcomes,
  COLLECT { MATCH (d)-[:MENTIONS]->(j:Project)-[f:FULFILS {document: d.id}]->(s:Slogan) RETURN {project: j.name, slogan: s.id} AS x ORDER BY j.name, s.id } AS fulfils`;

// the subject's chain of places, by the memberships in force in the document's year
const SUBJECT = `
MATCH (d:Document {id: $id})-[:REPORTS_ON]->(p:Place)
MATCH path = (p)-[:PART_OF*0..4]->(a:Place)
WHERE all(r IN relationships(path) WHERE (r.since IS NULL OR d.year IS NULL OR r.since <= d.year) AND (r.until IS NULL OR d.year IS NULL OR r.until >= d.year))
RETURN DISTINCT a.level AS level, a.name AS name`;

export async function reviewedDocuments(db: CypherReader, log: Correction[]): Promise<{ decisions: Decisions; documents: ReviewedDocument[] }> {
  const decisions = decisionsOf(log);
  const ids = await db.read(CONCERNED, {
    documents: [...decisions.documents],
    fulfils: split(decisions.acceptedFulfils),
    parts: split(decisions.acceptedParts),
    slogans: [...decisions.acceptedSlogans],
    projects: [...decisions.acceptedProjects],
    named: [...decisions.rejectedSlogans, ...decisions.rejectedProjects],
    namedPairs: [...split(decisions.rejectedFulfils), ...split(decisions.rejectedParts)],
  });
  const documents: ReviewedDocument[] = [];
  for (const { id } of ids) {
    const [facts] = (await db.read(FACTS, { id })).map((r) => toPlain(r) as ReadRow);
    if (!facts) continue;
    const places = decisions.setDocuments.get(id as string)?.subject ? await db.read(SUBJECT, { id }) : [];
    const subject = places.length ? Object.fromEntries(places.filter((p) => p.level !== 'country').map((p) => [p.level as string, p.name as string])) : null;
    const uniq = (xs: string[]) => [...new Set(xs)].sort();
    const named = (xs: { name: string; aliases: string[] }[]) => xs.map((x) => ({ name: x.name, aliases: uniq(x.aliases.filter((a) => a !== x.name)) }));
    documents.push({
      ...(facts as unknown as ReviewedDocument),
      year: facts.year == null ? null : Number(facts.year),
      subject,
      slogans: named(facts.slogans as ReviewedDocument['slogans']),
      projects: named(facts.projects as ReviewedDocument['projects']),
      outcomes: (facts.outcomes as ReviewedDocument['outcomes']).map((o) => ({ ...o, value: Number(o.value) })),
    });
  }
  return { decisions, documents };
}
