import type { DocumentRows } from './document-rows';
import { WriteCounts, emptyCounts } from './write-counts';
import type { WriteStatus } from './document-writer';

export interface FailedDocument {
  file: string;
  reason: string;
}

export interface IngestSummary {
  documents: number;
  new: number;
  unchanged: number;
  replaced: number;
  failed: FailedDocument[];
  rows: number;
  counts: WriteCounts;
  seconds: number;
}

export function emptySummary(): IngestSummary {
  return { documents: 0, new: 0, unchanged: 0, replaced: 0, failed: [], rows: 0, counts: emptyCounts(), seconds: 0 };
}

export function record(summary: IngestSummary, status: WriteStatus): void {
  summary.documents += 1;
  summary[status] += 1;
}

// The facts a document carries, counted as the rows its batched statements write.
export function rowCount(rows: DocumentRows): number {
  return (
    1 +
    rows.places.length +
    rows.partOf.length +
    rows.placeMentions.length +
    rows.slogans.length +
    rows.parts.length +
    rows.projects.length +
    rows.outcomes.length +
    rows.fulfils.length
  );
}
