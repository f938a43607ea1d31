import { toPlain } from './reader';

export interface OutcomeReadRow {
  id: string;
  value: number;
  unit: string;
  baseValue: number | null;
  baseUnit: string | null;
  status: string;
  metric: string | null;
  text: string;
  year: number | null;
  start: number | null;
  end: number | null;
  documentId: string;
  project: { id: string; name: string; bodyId: string | null } | null;
  body: { id: string; name: string; code: string | null; level: string | null } | null;
}

// Cypher map projection of an Outcome `o` with its document, project and body.
export const OUTCOME_FIELDS = `o {
  .id, .value, .unit, .baseValue, .baseUnit, .status, .metric, .text, .year, .start, .end,
  documentId: head([(o)-[:REPORTED_IN]->(d:Document) | d.id]),
  project: head([(p:Project)-[:HAS_OUTCOME]->(o) | p { .id, .name, .bodyId }]),
  body: head([(o)-[:REPORTED_IN]->(:Document)-[:REPORTS_ON]->(pl:Place) | pl { .id, .name, .code, .level }])
}`;

export const toOutcome = (value: unknown) => toPlain(value) as OutcomeReadRow;
