import type { EntityRow } from './entity-rows';
import type { PartOfRow, PlaceRow } from './place-rows';

// The rows one document writes, already resolved to node ids: the input of the writer.

export interface DocumentProps {
  id: string;
  file: string;
  sourceKey: string;
  title: string | null;
  /** the title the source gave, kept when a reviewer's correction replaces it (re-extraction reads it) */
  sourceTitle?: string;
  date: string | null;
  year: number | null;
  script: string;
  format: string | null;
  source: string | null;
  publisher: string | null;
  // the extractor version that made the rows, and the subject the source gave (JSON), for re-extraction
  extractor: string | null;
  subjectHint: string | null;
  text: string;
  /** pages (1-based) whose text came from OCR; null when none did */
  ocrPages: number[] | null;
  /** the number of pages, for a document that has pages (set when it is written) */
  pageCount?: number;
}

export interface OutcomeRow {
  id: string;
  value: number;
  unit: string;
  baseValue: number;
  baseUnit: string;
  status: string;
  metric: string | null;
  text: string;
  year: number | null;
  start: number | null;
  end: number | null;
  projectId: string | null;
  /** the page it is stated on, in a document with pages */
  page?: number | null;
}

export interface PartRow {
  whole: string;
  part: string;
  order: number;
  /** the span of the sentence that states it, when a reviewer added it */
  start?: number;
  end?: number;
}

export interface FulfilsRow {
  project: string;
  slogan: string;
  confidence: number;
  /** the extraction rule that made the tie, when the extraction names one */
  rule: string | null;
  start: number;
  end: number;
  evidence: string;
  /** the page the evidence starts on, in a document with pages */
  page?: number | null;
}

export interface PlaceMentionRow {
  id: string;
  starts: number[];
  ends: number[];
  /** the page of each mention, in a document with pages */
  pages?: number[] | null;
}

export interface DocumentRows {
  doc: DocumentProps;
  subjectId: string | null;
  places: PlaceRow[];
  partOf: PartOfRow[];
  placeMentions: PlaceMentionRow[];
  slogans: EntityRow[];
  parts: PartRow[];
  projects: EntityRow[];
  outcomes: OutcomeRow[];
  fulfils: FulfilsRow[];
}
