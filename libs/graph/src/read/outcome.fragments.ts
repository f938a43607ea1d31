import { toPlain } from './reader';
import { sentenceAround } from './sentence-around';

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
  /** the page it is stated on, in a document with pages */
  page: number | null;
  documentId: string;
  documentTitle: string | null;
  documentYear: number | null;
  /** The sentence of the document that states it (the evidence), cut around start–end. */
  sentence: string | null;
  project: { id: string; name: string; bodyId: string | null } | null;
  body: { id: string; name: string; code: string | null; level: string | null } | null;
}

// Text read either side of an outcome to find its sentence.
const WINDOW = 240;

// Cypher map projection of an Outcome `o` with its document, project and body; `window` and
// `windowStart` are the text around it, cut to its sentence by withSentence.
export const OUTCOME_FIELDS = `o {
  .id, .value, .unit, .baseValue, .baseUnit, .status, .metric, .text, .year, .start, .end, .page,
  documentId: head([(o)-[:REPORTED_IN]->(d:Document) | d.id]),
  documentTitle: head([(o)-[:REPORTED_IN]->(d:Document) | d.title]),
  documentYear: head([(o)-[:REPORTED_IN]->(d:Document) | d.year]),
  windowStart: CASE WHEN o.start > ${WINDOW} THEN o.start - ${WINDOW} ELSE 0 END,
  window: head([(o)-[:REPORTED_IN]->(d:Document) WHERE o.start IS NOT NULL AND o.end IS NOT NULL |
    substring(d.text, CASE WHEN o.start > ${WINDOW} THEN o.start - ${WINDOW} ELSE 0 END, 2 * ${WINDOW} + o.end - o.start)]),
  project: head([(p:Project)-[:HAS_OUTCOME]->(o) | p { .id, .name, .bodyId }]),
  body: head([(o)-[:REPORTED_IN]->(:Document)-[:REPORTS_ON]->(pl:Place) | pl { .id, .name, .code, .level }])
}`;

/** An outcome read with OUTCOME_FIELDS: its window of text replaced by the sentence that holds it. */
export function withSentence(value: unknown): OutcomeReadRow {
  const { window, windowStart, ...row } = toPlain(value) as OutcomeReadRow & { window: string | null; windowStart: number };
  const sentence = window && row.start !== null && row.end !== null ? sentenceAround(window, windowStart, row.start, row.end).evidence : null;
  return { ...row, sentence };
}

export const toOutcome = withSentence;
