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
}

export interface PlaceMentionRow {
  id: string;
  starts: number[];
  ends: number[];
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
